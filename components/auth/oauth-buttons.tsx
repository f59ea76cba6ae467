'use client';

import { signIn } from 'next-auth/react';
import { Button } from '@/components/ui/button';

interface OAuthButtonsProps {
  github: boolean;
  google: boolean;
  callbackUrl: string;
  /** "Sign in" or "Sign up": the buttons say what they will do. */
  verb: 'Sign in' | 'Sign up';
}

/** Only the providers the server has keys for: the page decides, this renders. */
export function OAuthButtons({ github, google, callbackUrl, verb }: OAuthButtonsProps) {
  if (!github && !google) return null;
  return (
    <section aria-labelledby="oauth-heading" className="flex flex-col gap-3 border-t border-slate-300 pt-6">
      <h2 id="oauth-heading" className="text-lg font-semibold text-slate-900">
        Or use another account
      </h2>
      <div className="flex flex-col gap-3 sm:flex-row">
        {github ? (
          <Button variant="secondary" onClick={() => void signIn('github', { callbackUrl })}>
            {verb} with GitHub
          </Button>
        ) : null}
        {google ? (
          <Button variant="secondary" onClick={() => void signIn('google', { callbackUrl })}>
            {verb} with Google
          </Button>
        ) : null}
      </div>
    </section>
  );
}
