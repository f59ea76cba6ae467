// Benchmark only (npm run bench): 404 unless SMARTPICK_BENCH=1. See lib/http/bench-ceiling.ts.
import { benchRoutesEnabled, ceilingBody, ceilingQuerySchema } from '@/lib/http/bench-ceiling';
import { parseQuery } from '@/lib/http/body';
import { handleErrors, NotFoundError } from '@/lib/http/errors';

export const dynamic = 'force-dynamic';

export const POST = handleErrors(async (request: Request) => {
  if (!benchRoutesEnabled()) throw new NotFoundError();
  const { bytes } = parseQuery(new URL(request.url), ceilingQuerySchema);
  // The same headers as a JSON reply of the API (jsonResponse); the request body is not read.
  return new Response(ceilingBody(bytes), { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
});
