// The words of the failed sign-in notice (lib/auth/sign-in-notice.ts), apart from the component so a
// table test can read them.

export interface SignInNoticeData {
  failedAttempts: number;
  firstAt: string;
  lastAt: string;
}

/** "Dec 7, 2026, 2:05 PM UTC" in the reader's time zone unless one is given (tests). */
export function formatNoticeTime(iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(
    new Date(iso),
  );
}

/** What happened, in one sentence. */
export function signInNoticeSummary(notice: SignInNoticeData, timeZone?: string): string {
  const times = notice.failedAttempts === 1 ? 'once' : `${notice.failedAttempts.toLocaleString('en-US')} times`;
  const when =
    notice.failedAttempts === 1 || notice.firstAt === notice.lastAt
      ? `on ${formatNoticeTime(notice.lastAt, timeZone)}`
      : `between ${formatNoticeTime(notice.firstAt, timeZone)} and ${formatNoticeTime(notice.lastAt, timeZone)}`;
  return `Someone tried to sign in to your account with a wrong password ${times}, ${when}.`;
}

export const SIGN_IN_NOTICE_ADVICE =
  'If that was you, there is nothing to do. If it was not, your account is still yours: the attempts failed, and after a few of them each try from the same place has to wait. Make sure your password is not one you use anywhere else.';
