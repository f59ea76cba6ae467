// Auth.js's own routes (/api/auth/*), driven from the Request itself rather than next/headers, so
// the same code serves Next.js and the integration tests. Before Auth.js sees a POST: the same-origin
// check every state-changing route makes (Auth.js's own CSRF token is a double-submit cookie, which
// a sibling subdomain able to set cookies defeats), the 64 KB body cap, and the credentials sign-in
// rate limit, so a blocked client gets 429 with Retry-After.
import 'server-only';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readBodyText } from '@/lib/http/body';
import { AppError, errorResponse, TooManyRequestsError, ValidationError } from '@/lib/http/errors';
import { assertSameOrigin } from '@/lib/http/origin';
import { siteOrigin } from '@/lib/http/site-origin';
import { clientIp } from '@/lib/http/client-ip';
import { emailSchema } from '@/lib/schemas/auth';
import { authRedirectUrl } from './callback-url';
import { authOptions } from './options';
import { reserveSignInAttempt } from './rate-limit';
import { noteFailedSignIn } from './sign-in-notice';
import { parseCookies } from './cookies';

// Auth.js's core handler is not in next-auth's package exports: its route wrapper reads cookies and
// headers through next/headers, which exist only inside a Next.js request. Load the core by path
// (an interop edge; next-auth is a server-external package, see next.config.js). The bundler is told
// to leave these requires to Node (webpackIgnore): it cannot resolve a computed path at build time.
interface AuthCore {
  AuthHandler(params: { req: Record<string, unknown>; options: unknown }): Promise<{ status?: number } & Record<string, unknown>>;
}
interface AuthNextUtils {
  toResponse(internal: unknown): Response;
}
// With NEXTAUTH_URL unset, Auth.js takes its origin from the host headers only when AUTH_TRUST_HOST is
// set, and otherwise falls back to http://localhost:3000. The headers it gets are ours (siteOrigin,
// below), never a client's X-Forwarded-Host, so trusting them is trusting siteOrigin.
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= 'true';

const requireFromHere = createRequire(import.meta.url);
const nextAuthDir = path.dirname(requireFromHere.resolve(/* webpackIgnore: true */ 'next-auth'));
const { AuthHandler } = requireFromHere(/* webpackIgnore: true */ path.join(nextAuthDir, 'core', 'index.js')) as AuthCore;
const { toResponse } = requireFromHere(/* webpackIgnore: true */ path.join(nextAuthDir, 'next', 'utils.js')) as AuthNextUtils;

/** A POST's form or JSON fields, as Auth.js's own reader returns them, but size-capped and never a 500. */
async function readAuthBody(request: Request): Promise<Record<string, unknown>> {
  if (request.method !== 'POST') return {};
  const type = request.headers.get('content-type') ?? '';
  const text = await readBodyText(request);
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  if (!type.includes('application/json')) return {};
  try {
    const json: unknown = JSON.parse(text);
    return json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  } catch {
    throw new ValidationError('The request body is not valid JSON.');
  }
}

export async function handleAuthRequest(request: Request, segments: readonly string[]): Promise<Response> {
  try {
    return await runAuthHandler(request, segments);
  } catch (error) {
    return errorResponse(error);
  }
}

/** Auth.js answers 500 (INVALID_CALLBACK_URL_ERROR) to a callbackUrl it cannot parse, from the query, the body or a planted cookie. */
const CALLBACK_URL_COOKIES = new Set(['next-auth.callback-url', '__Secure-next-auth.callback-url']);

function safeCallbackUrls(fields: Record<string, unknown>, origin: string): Record<string, unknown> {
  return 'callbackUrl' in fields ? { ...fields, callbackUrl: authRedirectUrl(fields.callbackUrl, origin) } : fields;
}

async function runAuthHandler(request: Request, segments: readonly string[]): Promise<Response> {
  const [action, providerId] = segments;
  // Only the form's POST signs in with a password; a GET here once made Auth.js answer 500 (issue 14, W6).
  if (action === 'callback' && providerId === 'credentials' && request.method !== 'POST') {
    throw new AppError(405, 'method_not_allowed', 'Sign in with the form: this address takes a POST.', undefined, { Allow: 'POST' });
  }
  if (request.method !== 'GET') assertSameOrigin(request);
  const url = new URL(request.url);
  const origin = siteOrigin(request);
  const site = new URL(origin);
  const query = safeCallbackUrls(Object.fromEntries(url.searchParams), origin);
  const body = safeCallbackUrls(await readAuthBody(request), origin);
  const cookies = Object.fromEntries(
    [...parseCookies(request.headers.get('cookie'))].map(([name, value]) => [name, CALLBACK_URL_COOKIES.has(name) ? authRedirectUrl(value, origin) : value]),
  );
  if (request.method === 'POST' && action === 'callback' && providerId === 'credentials') {
    const email = emailSchema.safeParse(body.email);
    try {
      await reserveSignInAttempt(clientIp(request.headers), email.success ? email.data : 'invalid');
    } catch (error) {
      // Refused by the limits: the owner is told of it too (sign-in-notice.ts).
      if (error instanceof TooManyRequestsError && email.success) await noteFailedSignIn(email.data);
      throw error;
    }
  }
  const internal = await AuthHandler({
    req: {
      body,
      query,
      cookies,
      // Auth.js derives its own origin from these when NEXTAUTH_URL is unset: give it ours, never a client's X-Forwarded-Host.
      headers: { ...Object.fromEntries(request.headers), host: site.host, 'x-forwarded-host': site.host, 'x-forwarded-proto': site.protocol.replace(':', '') },
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
