import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { authErrorMessage } from '@/components/auth/auth-error-words';
import { OAuthButtons } from '@/components/auth/oauth-buttons';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Notice } from '@/components/ui/notice';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { currentUser } from '@/lib/auth/session';
import { githubSignInEnabled, googleSignInEnabled } from '@/lib/env/server';

export const metadata: Metadata = { title: 'Sign in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentUser(await headers())) redirect(callbackUrl);
  const error = authErrorMessage(params.error);
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-slate-900">Sign in</h1>
        <p className="text-slate-800">Sign in to save your lists and track each program from application to rank list.</p>
      </div>
      {error ? (
        <Notice tone="error" role="alert" title="You are not signed in">
          {error}
        </Notice>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <OAuthButtons github={githubSignInEnabled()} google={googleSignInEnabled()} callbackUrl={callbackUrl} verb="Sign in" />
    </div>
  );
}
