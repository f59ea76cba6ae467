// Password reset by email (issue 17). A request always answers the same (202), whether or not the
// account exists; for an account with a password it stores the SHA-256 of a random 256-bit token
// (URL-safe) valid for 30 minutes and mails a link to /reset-password?token=…. Confirming with a
// valid, unused token sets the new password, uses the token up (and every other outstanding one of
// the account) and bumps sessionVersion, which signs out every session the account had.
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getDb } from '@/lib/db/client';
import { AppError, ValidationError } from '@/lib/http/errors';
import { sendMail } from '@/lib/mail/send';
import { hashPassword, passwordWeakness } from './password';
import { mayMailPasswordReset } from './rate-limit';

export const RESET_TOKEN_BYTES = 32;
export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;
export const RESET_PATH = '/reset-password';

export const INVALID_TOKEN_MESSAGE = 'This reset link has expired or was already used. Ask for a new one.';

export class ResetUnavailableError extends AppError {
  constructor() {
    super(503, 'reset_unavailable', 'Password reset is not available on this site right now: it has no mail server. Contact the site’s administrator.');
  }
}

export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function resetMail(link: string): { subject: string; text: string } {
  return {
    subject: 'Reset your SmartPick password',
    text: [
      'Someone (we hope you) asked to reset the password of your SmartPick account.',
      '',
      'To choose a new password, open this link within 30 minutes:',
      link,
      '',
      'It works once. If you did not ask for it, ignore this message: your password stays as it is.',
    ].join('\n'),
  };
}

/** Mails a reset link to the account's address when there is such an account with a password; silent otherwise. */
export async function requestPasswordReset(email: string, origin: string, now: Date = new Date()): Promise<void> {
  const user = await getDb().user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true } });
  // Accounts that sign in only with GitHub or Google have no password to reset.
  if (!user?.email || user.passwordHash === null) return;
  if (!(await mayMailPasswordReset(email))) return;
  const token = randomBytes(RESET_TOKEN_BYTES).toString('base64url');
  await getDb().passwordResetToken.create({
    data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS) },
  });
  const link = `${origin}${RESET_PATH}?token=${token}`;
  // Not awaited: a request for a real account must not answer later than one for no account (the
  // delay would tell who has one). A failure is logged, without the address.
  void sendMail({ to: user.email, ...resetMail(link) }).catch((error: unknown) => {
    console.warn(`[password-reset] the reset mail could not be sent: ${error instanceof Error ? error.message : String(error)}`);
  });
}

/** Sets the new password with a valid token; a used, expired or unknown token is a 400 that says so. */
export async function confirmPasswordReset(token: string, password: string, now: Date = new Date()): Promise<void> {
  const db = getDb();
  const tokenHash = hashResetToken(token);
  const found = await db.passwordResetToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { email: true } } } });
  if (!found || found.usedAt !== null || found.expiresAt.getTime() <= now.getTime()) {
    throw new ValidationError(INVALID_TOKEN_MESSAGE, { token: [INVALID_TOKEN_MESSAGE] });
  }
  const weakness = passwordWeakness(password, found.user.email ?? undefined);
  if (weakness) throw new ValidationError('Choose a stronger password.', { password: [weakness] });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // Used once: the update only succeeds while the token is still unused, so two confirms racing cannot both pass.
    const used = await tx.passwordResetToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) throw new ValidationError(INVALID_TOKEN_MESSAGE, { token: [INVALID_TOKEN_MESSAGE] });
    await tx.passwordResetToken.updateMany({ where: { userId: found.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: found.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  });
}
