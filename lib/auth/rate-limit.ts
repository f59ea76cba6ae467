// Brute-force limits for sign-in and sign-up (DESIGN.md §7), stored in PostgreSQL so every app
// instance shares them (rate-limiter-flexible's RateLimiterPostgres on the RateLimit table).
//
// Sign-in (issue 14, V2 and W4):
// - Points are consumed before the password is checked, atomically in the database (an upsert that
//   returns the new count), and given back on success. Reading the count first and charging it after
//   let a parallel burst through the read together: 100 parallel attempts had 50 passwords checked.
// - The tight limit is per account and client together, so an attacker's failures from elsewhere do
//   not use up the owner's attempts. Per account alone there is a higher ceiling, and past a few
//   failures each one delays the account's next attempt a little longer (1 s, 2 s, 4 s … 5 min)
//   rather than locking it for 15 minutes.
// - Keys are hashes of fixed length, never raw input: a 250-character email overflowed the key's
//   varchar(255) and stopped failures being counted (W5); arbitrary header strings grew memory (V3).
import 'server-only';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { serverEnv } from '@/lib/env/server';
import { TooManyRequestsError } from '@/lib/http/errors';

interface Limits {
  points: number;
  duration: number;
  blockDuration?: number;
}

/** Sign-in attempts per client address: SIGN_IN_RATE_LIMIT (20 unless set) in 15 minutes, then 15 minutes' wait. */
export const signInPerIp = (): Limits => ({ points: serverEnv().SIGN_IN_RATE_LIMIT, duration: 15 * 60, blockDuration: 15 * 60 });
/** Failed sign-ins per account from one client: 5 in 15 minutes, then 15 minutes' wait (OWASP ASVS 5.0 V6.3). */
export const SIGN_IN_FAILURES_PER_ACCOUNT_AND_CLIENT: Limits = { points: 5, duration: 15 * 60, blockDuration: 15 * 60 };
/** Failed sign-ins per account from anywhere: a ceiling of 100 an hour. */
export const SIGN_IN_FAILURES_PER_ACCOUNT: Limits = { points: 100, duration: 60 * 60 };
/** Failures per account before each further one delays the next attempt; the delay doubles up to its cap. */
export const SIGN_IN_FREE_FAILURES = 5;
export const SIGN_IN_MAX_DELAY_SECONDS = 5 * 60;
/** Sign-ups per client address: SIGN_UP_RATE_LIMIT (10 unless set) an hour. */
export const signUpPerIp = (): Limits => ({ points: serverEnv().SIGN_UP_RATE_LIMIT, duration: 60 * 60, blockDuration: 60 * 60 });

/** Password-reset requests per client address an hour (past it: 429). */
export const PASSWORD_RESET_PER_IP: Limits = { points: 10, duration: 60 * 60, blockDuration: 60 * 60 };
/** Reset mails per account an hour: past it, requests still answer 202 but send nothing (no inbox flooding, nothing revealed). */
export const PASSWORD_RESET_MAILS_PER_ACCOUNT: Limits = { points: 3, duration: 60 * 60 };

interface Limiters {
  signInIp: RateLimiterPostgres;
  signInPair: RateLimiterPostgres;
  signInAccount: RateLimiterPostgres;
  signInDelay: RateLimiterPostgres;
  signUpIp: RateLimiterPostgres;
  resetIp: RateLimiterPostgres;
  resetAccount: RateLimiterPostgres;
}

const globalForLimiters = globalThis as unknown as { smartpickLimiters?: Limiters };

function limiters(): Limiters {
  if (globalForLimiters.smartpickLimiters) return globalForLimiters.smartpickLimiters;
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3, connectionTimeoutMillis: 5_000 });
  pool.on('error', (error) => console.warn(`[rate-limit] idle connection error: ${error.message}`));
  const make = (keyPrefix: string, limits: Limits) =>
    new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', tableName: 'RateLimit', tableCreated: true, keyPrefix, ...limits });
  globalForLimiters.smartpickLimiters = {
    signInIp: make('signin-ip', signInPerIp()),
    signInPair: make('signin-pair', SIGN_IN_FAILURES_PER_ACCOUNT_AND_CLIENT),
    signInAccount: make('signin-account', SIGN_IN_FAILURES_PER_ACCOUNT),
    // One point: blocked for the current delay after a failure past the free ones.
    signInDelay: make('signin-delay', { points: 1, duration: SIGN_IN_MAX_DELAY_SECONDS }),
    signUpIp: make('signup-ip', signUpPerIp()),
    resetIp: make('reset-ip', PASSWORD_RESET_PER_IP),
    resetAccount: make('reset-account', PASSWORD_RESET_MAILS_PER_ACCOUNT),
  };
  return globalForLimiters.smartpickLimiters;
}

/** A limiter key: 64 hex characters whatever it is given (an email, an address, a pair of them). */
export function limiterKey(...parts: readonly string[]): string {
  return createHash('sha256').update(parts.map((part) => part.toLowerCase()).join('\u0000')).digest('hex');
}

async function consume(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new TooManyRequestsError(error.msBeforeNext / 1000);
    throw error;
  }
}

/** The delay after the account's nth failure in the ceiling's window: none for the free ones, then 1 s doubling to the cap. */
export function signInDelaySeconds(failures: number): number {
  if (failures <= SIGN_IN_FREE_FAILURES) return 0;
  return Math.min(SIGN_IN_MAX_DELAY_SECONDS, 2 ** (failures - SIGN_IN_FREE_FAILURES - 1));
}

/**
 * Charges a sign-in attempt before the password is checked: the client's address, the account and
 * client together, and the account's ceiling; refuses (429) while the account's delay runs.
 */
export async function reserveSignInAttempt(ip: string, email: string): Promise<void> {
  const l = limiters();
  const account = limiterKey(email);
  await consume(l.signInIp, limiterKey(ip));
  const delay = await l.signInDelay.get(account);
  if (delay && delay.consumedPoints > 1) throw new TooManyRequestsError(delay.msBeforeNext / 1000);
  await consume(l.signInPair, limiterKey(email, ip));
  await consume(l.signInAccount, account);
}

/** After a wrong password: the attempt stays charged, and past the free failures the account waits a little longer. */
export async function recordFailedSignIn(email: string): Promise<void> {
  const l = limiters();
  const account = limiterKey(email);
  const state = await l.signInAccount.get(account);
  const seconds = signInDelaySeconds(state?.consumedPoints ?? 0);
  if (seconds > 0) await l.signInDelay.block(account, seconds);
}

/** After the right password: the account's failures are forgiven (the owner has proved who they are), and its delay lifted. */
export async function recordSuccessfulSignIn(ip: string, email: string): Promise<void> {
  const l = limiters();
  const account = limiterKey(email);
  await Promise.all([l.signInPair.delete(limiterKey(email, ip)), l.signInDelay.delete(account), l.signInAccount.delete(account)]);
}

export async function limitSignUp(ip: string): Promise<void> {
  await consume(limiters().signUpIp, limiterKey(ip));
}

export async function limitPasswordResetRequest(ip: string): Promise<void> {
  await consume(limiters().resetIp, limiterKey(ip));
}

/** Whether another reset mail may go to this account this hour (charged when true). */
export async function mayMailPasswordReset(email: string): Promise<boolean> {
  try {
    await limiters().resetAccount.consume(limiterKey(email));
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}
