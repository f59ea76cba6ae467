import type { Metadata } from 'next';
import Link from 'next/link';
import { ResetPasswordForm } from '@/components/auth/password-reset-forms';
import { Notice } from '@/components/ui/notice';

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false, follow: false }, referrer: 'no-referrer' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const value = typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Choose a new password</h1>
      {value ? (
        <>
          <p className="text-slate-800">Choosing it signs out every session of your account, on every device.</p>
          <ResetPasswordForm token={value} />
        </>
      ) : (
        <Notice tone="error" title="This link is incomplete">
          Open the link from the email again, whole, or <Link href="/forgot-password">ask for a new one</Link>.
        </Notice>
      )}
    </div>
  );
}
