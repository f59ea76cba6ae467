import { afterEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/bench/ceiling/route';
import { ceilingBody, CEILING_MAX_BYTES, CEILING_MIN_BYTES } from '@/lib/http/bench-ceiling';

const ceiling = (query: string) => POST(new Request(`http://localhost:3000/api/bench/ceiling${query}`, { method: 'POST', body: '{}' }));

describe('the benchmark ceiling route', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([undefined, '', '0', 'true', 'yes'])('does not exist unless SMARTPICK_BENCH=1 (set to %j)', async (value) => {
    vi.stubEnv('SMARTPICK_BENCH', value);
    const response = await ceiling('?bytes=1000');
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });

  it('answers the requested number of bytes of JSON with the API headers when the flag is set', async () => {
    vi.stubEnv('SMARTPICK_BENCH', '1');
    const response = await ceiling('?bytes=12345');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(Buffer.byteLength(text)).toBe(12345);
    expect(JSON.parse(text)).toEqual({ p: 'x'.repeat(12345 - CEILING_MIN_BYTES) });
  });

  it.each(['', '?bytes=abc', `?bytes=${CEILING_MIN_BYTES - 1}`, `?bytes=${CEILING_MAX_BYTES + 1}`, '?bytes=10.5', '?bytes=10&x=1'])(
    'refuses a bad size (%s) with 400 and a field message',
    async (query) => {
      vi.stubEnv('SMARTPICK_BENCH', '1');
      const response = await ceiling(query);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe('invalid_input');
    },
  );

  it('builds each size once', () => {
    expect(ceilingBody(100)).toBe(ceilingBody(100));
    expect(ceilingBody(CEILING_MIN_BYTES).byteLength).toBe(CEILING_MIN_BYTES);
  });
});
