import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { currentUser } from '@/lib/auth/session';
import { githubSignInEnabled, googleSignInEnabled } from '@/lib/env/server';

export const metadata: Metadata = { title: 'Create an account' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentUser(await headers())) redirect(callbackUrl);
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-slate-900">Create an account</h1>
        <p className="text-slate-800">
          An account keeps your lists, with each program&apos;s status and your notes, on any device. Planning needs no
          account.
        </p>
      </div>
      <SignUpForm callbackUrl={callbackUrl} />
      <OAuthButtons github={githubSignInEnabled()} google={googleSignInEnabled()} callbackUrl={callbackUrl} verb="Sign up" />
    </div>
  );
}
