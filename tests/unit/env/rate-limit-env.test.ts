import { afterEach, describe, expect, it, vi } from 'vitest';

const saved = process.env.RECOMMENDATIONS_RATE_LIMIT;
afterEach(() => {
  if (saved === undefined) delete process.env.RECOMMENDATIONS_RATE_LIMIT;
  else process.env.RECOMMENDATIONS_RATE_LIMIT = saved;
});

/** serverEnv() as a fresh server start would read it. */
async function startWith(value: string | undefined) {
  if (value === undefined) delete process.env.RECOMMENDATIONS_RATE_LIMIT;
  else process.env.RECOMMENDATIONS_RATE_LIMIT = value;
  vi.resetModules();
  const { serverEnv } = await import('@/lib/env/server');
  return serverEnv;
}

describe('RECOMMENDATIONS_RATE_LIMIT', () => {
  it.each([
    [undefined, 60],
    ['', 60],
    ['0', 0],
    ['120', 120],
  ])('reads %j as %i rankings a minute', async (value, expected) => {
    expect((await startWith(value))().RECOMMENDATIONS_RATE_LIMIT).toBe(expected);
  });

  it.each(['-1', '2.5', 'lots'])('refuses %j at start-up with a readable message', async (value) => {
    expect(await startWith(value)).toThrow('RECOMMENDATIONS_RATE_LIMIT: RECOMMENDATIONS_RATE_LIMIT is a whole number of rankings per minute');
  });
});
