import { afterEach, describe, expect, it, vi } from 'vitest';

const saved = process.env.SIGN_IN_RATE_LIMIT;
afterEach(() => {
  if (saved === undefined) delete process.env.SIGN_IN_RATE_LIMIT;
  else process.env.SIGN_IN_RATE_LIMIT = saved;
});

/** serverEnv() and the sign-in limit per address as a fresh server start would read them. */
async function startWith(value: string | undefined) {
  if (value === undefined) delete process.env.SIGN_IN_RATE_LIMIT;
  else process.env.SIGN_IN_RATE_LIMIT = value;
  vi.resetModules();
  const { serverEnv } = await import('@/lib/env/server');
  const { signInPerIp } = await import('@/lib/auth/rate-limit');
  return { serverEnv, signInPerIp };
}

describe('SIGN_IN_RATE_LIMIT', () => {
  it.each([
    [undefined, 20],
    ['5', 5],
    ['1000', 1000],
  ])('reads %j as %i sign-in attempts per address in 15 minutes', async (value, expected) => {
    const { signInPerIp } = await startWith(value);
    expect(signInPerIp()).toEqual({ points: expected, duration: 15 * 60, blockDuration: 15 * 60 });
  });

  it.each(['0', '-1', '2.5', 'lots'])('refuses %j at start-up with a readable message', async (value) => {
    const { serverEnv } = await startWith(value);
    expect(serverEnv).toThrow('SIGN_IN_RATE_LIMIT');
  });
});
