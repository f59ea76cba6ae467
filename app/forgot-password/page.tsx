import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/auth/password-reset-forms';
import { Notice } from '@/components/ui/notice';
import { mailDelivery } from '@/lib/mail/send';

export const metadata: Metadata = { title: 'Reset your password' };
export const dynamic = 'force-dynamic';

export default function ForgotPasswordPage() {
  const available = mailDelivery() !== 'none';
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-slate-900">Reset your password</h1>
        <p className="text-slate-800">Enter your account’s email address: we will send it a link to choose a new password. The link works once, for 30 minutes.</p>
      </div>
      {available ? (
        <ForgotPasswordForm />
      ) : (
        <Notice tone="error" title="Password reset is unavailable">
          This site has no mail server set up, so it cannot send reset links. Contact the site’s administrator.
        </Notice>
      )}
    </div>
  );
}
