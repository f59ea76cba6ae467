// The benchmark's ceiling (npm run bench, tests/bench/http.ts): a reply of a given size from memory,
// with no work, so the ranking route's throughput can be read against what Next.js alone can serve.
// Never on for users: the route answers 404 unless SMARTPICK_BENCH=1, which only the harness sets.
import { z } from 'zod';

/** The largest reply the ceiling builds: well above any ranking reply (500 results ≈ 1 MB). */
export const CEILING_MAX_BYTES = 8 * 1024 * 1024;
/** `{"p":""}`: the smallest JSON document the padding fits in. */
const EMPTY_DOCUMENT = '{"p":""}';
export const CEILING_MIN_BYTES = EMPTY_DOCUMENT.length;

export const ceilingQuerySchema = z.strictObject({
  bytes: z.coerce
    .number({ error: 'bytes must be a number' })
    .int({ error: 'bytes must be a whole number' })
    .min(CEILING_MIN_BYTES, { error: `bytes must be at least ${CEILING_MIN_BYTES}` })
    .max(CEILING_MAX_BYTES, { error: `bytes must be at most ${CEILING_MAX_BYTES}` }),
});

/** Whether the benchmark-only routes answer (SMARTPICK_BENCH=1, set by the harness alone). */
export function benchRoutesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SMARTPICK_BENCH === '1';
}

// A benchmark asks for one or two sizes: each is built once and served as is afterwards.
const bodies = new Map<number, Uint8Array<ArrayBuffer>>();
const MAX_CACHED_SIZES = 8;

/** A JSON document of exactly `bytes` bytes (ASCII), built once per size. */
export function ceilingBody(bytes: number): Uint8Array<ArrayBuffer> {
  let body = bodies.get(bytes);
  if (!body) {
    body = new TextEncoder().encode(`{"p":"${'x'.repeat(bytes - CEILING_MIN_BYTES)}"}`);
    if (bodies.size >= MAX_CACHED_SIZES) bodies.clear();
    bodies.set(bytes, body);
  }
  return body;
}
