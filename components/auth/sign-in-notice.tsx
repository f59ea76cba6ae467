'use client';

import { useEffect, useState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { SIGN_IN_NOTICE_ADVICE, signInNoticeSummary, type SignInNoticeData } from './sign-in-notice-words';

/** Tells a signed-in owner of failed sign-ins on their account (issue 14, W4) until they dismiss it. */
export function SignInNotice() {
  const [notice, setNotice] = useState<SignInNoticeData | null>(null);
  const [dismissFailed, setDismissFailed] = useState(false);

  useEffect(() => {
    let active = true;
    fetch('/api/account/sign-in-notice', { cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<{ notice: SignInNoticeData | null }>) : { notice: null }))
      .then((body) => active && setNotice(body.notice))
      // Unreadable: nothing to show; it stays on the account for the next page.
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, []);

  if (!notice) return null;
  const dismiss = async () => {
    setDismissFailed(false);
    try {
      const response = await fetch('/api/account/sign-in-notice', { method: 'DELETE' });
      if (!response.ok) throw new Error(String(response.status));
      setNotice(null);
    } catch {
      setDismissFailed(true);
    }
  };
  return (
    <section aria-labelledby="sign-in-notice-title" className="basis-full rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-slate-900 print:hidden">
      <h2 id="sign-in-notice-title" className="font-semibold">
        Failed sign-ins on your account
      </h2>
      <p className="mt-1 text-sm">{signInNoticeSummary(notice)}</p>
      <p className="mt-1 text-sm">{SIGN_IN_NOTICE_ADVICE}</p>
      <button type="button" onClick={dismiss} className={buttonClasses('secondary', 'mt-2 px-3 py-1 text-sm')}>
        Got it, dismiss
      </button>
      {dismissFailed ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          That didn’t go through. Check your connection and try again.
        </p>
      ) : null}
    </section>
  );
}
