// Brute-force limits for sign-in and sign-up (DESIGN.md §7), stored in PostgreSQL so every app
// instance shares them (rate-limiter-flexible's RateLimiterPostgres on the RateLimit table).
import 'server-only';
import pg from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '@/lib/http/errors';

/** Sign-in attempts per IP address: 20 in 15 minutes, then 15 minutes' wait. */
export const SIGN_IN_PER_IP = { points: 20, duration: 15 * 60, blockDuration: 15 * 60 };
/** Failed sign-ins per account: 5 in 15 minutes, then 15 minutes' wait (OWASP ASVS 5.0 V6.3). */
export const SIGN_IN_FAILURES_PER_ACCOUNT = { points: 5, duration: 15 * 60, blockDuration: 15 * 60 };
/** Sign-ups per IP address: 10 an hour. */
export const SIGN_UP_PER_IP = { points: 10, duration: 60 * 60, blockDuration: 60 * 60 };

interface Limiters {
  signInIp: RateLimiterPostgres;
  signInAccount: RateLimiterPostgres;
  signUpIp: RateLimiterPostgres;
}

const globalForLimiters = globalThis as unknown as { smartpickLimiters?: Limiters };

function limiters(): Limiters {
  if (globalForLimiters.smartpickLimiters) return globalForLimiters.smartpickLimiters;
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3, connectionTimeoutMillis: 5_000 });
  pool.on('error', (error) => console.warn(`[rate-limit] idle connection error: ${error.message}`));
  const make = (keyPrefix: string, limits: { points: number; duration: number; blockDuration: number }) =>
    new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', tableName: 'RateLimit', tableCreated: true, keyPrefix, ...limits });
  globalForLimiters.smartpickLimiters = {
    signInIp: make('signin-ip', SIGN_IN_PER_IP),
    signInAccount: make('signin-account', SIGN_IN_FAILURES_PER_ACCOUNT),
    signUpIp: make('signup-ip', SIGN_UP_PER_IP),
  };
  return globalForLimiters.smartpickLimiters;
}

async function consume(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new TooManyRequestsError(error.msBeforeNext / 1000);
    throw error;
  }
}

async function assertNotBlocked(limiter: RateLimiterPostgres, key: string): Promise<void> {
  const state = await limiter.get(key);
  if (state && state.consumedPoints >= limiter.points) throw new TooManyRequestsError(state.msBeforeNext / 1000);
}

/** Counts a sign-in attempt from this IP and refuses when this IP or this account is blocked. */
export async function limitSignInAttempt(ip: string, email: string): Promise<void> {
  await assertNotBlocked(limiters().signInAccount, email);
  await consume(limiters().signInIp, ip);
}

export async function recordFailedSignIn(email: string): Promise<void> {
  await limiters().signInAccount.consume(email).catch((error: unknown) => {
    if (!(error instanceof RateLimiterRes)) throw error;
  });
}

export async function resetSignInFailures(email: string): Promise<void> {
  await limiters().signInAccount.delete(email);
}

export async function limitSignUp(ip: string): Promise<void> {
  await consume(limiters().signUpIp, ip);
}
