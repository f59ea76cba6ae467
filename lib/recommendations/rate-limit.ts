// The anonymous ranking API's limit per client address (DESIGN.md §7). Kept in this process's memory,
// not PostgreSQL: it runs before every ranking, and a database round trip each time would cost more
// than the check is worth. With several app instances, each counts on its own (the effective limit is
// the per-instance limit times the instances a client reaches); sign-in and sign-up, where a shared
// count matters, use PostgreSQL (lib/auth/rate-limit.ts).
import 'server-only';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { serverEnv } from '@/lib/env/server';
import { TooManyRequestsError } from '@/lib/http/errors';

const WINDOW_SECONDS = 60;

const limiters = new Map<number, RateLimiterMemory>();

function limiterFor(perMinute: number): RateLimiterMemory {
  let limiter = limiters.get(perMinute);
  if (!limiter) {
    limiter = new RateLimiterMemory({ keyPrefix: `recommendations-${perMinute}`, points: perMinute, duration: WINDOW_SECONDS });
    limiters.set(perMinute, limiter);
  }
  return limiter;
}

/** Counts one ranking for this address; a 429 with Retry-After past `perMinute` (0: no limit). */
export async function limitRecommendations(ip: string, perMinute = serverEnv().RECOMMENDATIONS_RATE_LIMIT): Promise<void> {
  if (perMinute === 0) return;
  try {
    await limiterFor(perMinute).consume(ip);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new TooManyRequestsError(error.msBeforeNext / 1000);
    throw error;
  }
}

/**
 * Ranking work a signed-in user asks for (compare a list with today, save a list, add programs to
 * one): the same per-minute budget, counted per user rather than per address, so one account cannot
 * keep the server busy for everyone (issue 14, W2).
 */
export async function limitSignedInRanking(userId: string, perMinute = serverEnv().RECOMMENDATIONS_RATE_LIMIT): Promise<void> {
  await limitRecommendations(`user:${userId}`, perMinute);
}
