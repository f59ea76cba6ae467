// Auth.js's own routes (/api/auth/*), driven from the Request itself rather than next/headers, so
// the same code serves Next.js and the integration tests. Credentials sign-in is rate limited here,
// before Auth.js sees it, so a blocked client gets 429 with Retry-After.
import 'server-only';
import { createRequire } from 'node:module';
import path from 'node:path';
import { errorResponse } from '@/lib/http/errors';
import { clientIp } from '@/lib/http/client-ip';
import { emailSchema } from '@/lib/schemas/auth';
import { authOptions } from './options';
import { limitSignInAttempt } from './rate-limit';
import { parseCookies } from './cookies';

// Auth.js's core handler is not in next-auth's package exports: its route wrapper reads cookies and
// headers through next/headers, which exist only inside a Next.js request. Load the core by path
// (an interop edge; next-auth is a server-external package, see next.config.js). The bundler is told
// to leave these requires to Node (webpackIgnore): it cannot resolve a computed path at build time.
interface AuthCore {
  AuthHandler(params: { req: Record<string, unknown>; options: unknown }): Promise<{ status?: number } & Record<string, unknown>>;
}
interface AuthNextUtils {
  getBody(request: Request): Promise<Record<string, string> | undefined>;
  toResponse(internal: unknown): Response;
}
const requireFromHere = createRequire(import.meta.url);
const nextAuthDir = path.dirname(requireFromHere.resolve(/* webpackIgnore: true */ 'next-auth'));
const { AuthHandler } = requireFromHere(/* webpackIgnore: true */ path.join(nextAuthDir, 'core', 'index.js')) as AuthCore;
const { getBody, toResponse } = requireFromHere(/* webpackIgnore: true */ path.join(nextAuthDir, 'next', 'utils.js')) as AuthNextUtils;

export async function handleAuthRequest(request: Request, segments: readonly string[]): Promise<Response> {
  const [action, providerId] = segments;
  const url = new URL(request.url);
  const query = Object.fromEntries(url.searchParams);
  const body = (await getBody(request.clone())) ?? {};
  if (request.method === 'POST' && action === 'callback' && providerId === 'credentials') {
    const email = emailSchema.safeParse(body.email);
    try {
      await limitSignInAttempt(clientIp(request.headers), email.success ? email.data : 'invalid');
    } catch (error) {
      return errorResponse(error);
    }
  }
  const internal = await AuthHandler({
    req: {
      body,
      query,
      cookies: Object.fromEntries(parseCookies(request.headers.get('cookie'))),
      headers: Object.fromEntries(request.headers),
      method: request.method,
      action,
      providerId,
      error: query.error ?? providerId,
    },
    options: authOptions(),
  });
  const response = toResponse(internal);
  const redirect = response.headers.get('Location');
  if (body.json === 'true' && redirect) {
    response.headers.delete('Location');
    response.headers.set('Content-Type', 'application/json');
    return new Response(JSON.stringify({ url: redirect }), { status: internal.status ?? 200, headers: response.headers });
  }
  return response;
}
