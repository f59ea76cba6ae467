// Issue 14, W4: anyone who knows an email can try passwords against it. The limits keep the owner
// able to sign in (rate-limit.ts); this tells the owner it happened. Every failed sign-in against an
// existing account (a wrong password, or an attempt the limits refused) is counted on the account,
// and the owner sees the count, with when it started and when the last one was, once signed in,
// until they dismiss it.
import 'server-only';
import { getDb } from '@/lib/db/client';

export interface SignInNotice {
  failedAttempts: number;
  firstAt: string;
  lastAt: string;
}

/** Counts a failed sign-in against the account with this (normalised) email, if there is one. */
export async function noteFailedSignIn(email: string): Promise<void> {
  await getDb().$executeRaw`
    UPDATE "User"
    SET "failedSignIns" = "failedSignIns" + 1,
        "firstFailedSignInAt" = COALESCE("firstFailedSignInAt", now()),
        "lastFailedSignInAt" = now()
    WHERE email = ${email}`;
}

/** The failed sign-ins the owner has not yet dismissed; null when there are none. */
export async function readSignInNotice(userId: string): Promise<SignInNotice | null> {
  const user = await getDb().user.findUnique({
    where: { id: userId },
    select: { failedSignIns: true, firstFailedSignInAt: true, lastFailedSignInAt: true },
  });
  if (!user || user.failedSignIns === 0 || !user.firstFailedSignInAt || !user.lastFailedSignInAt) return null;
  return { failedAttempts: user.failedSignIns, firstAt: user.firstFailedSignInAt.toISOString(), lastAt: user.lastFailedSignInAt.toISOString() };
}

/** The owner has seen the notice: count afresh from the next failure. */
export async function dismissSignInNotice(userId: string): Promise<void> {
  await getDb().user.update({ where: { id: userId }, data: { failedSignIns: 0, firstFailedSignInAt: null, lastFailedSignInAt: null } });
}
