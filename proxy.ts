// Every page gets a Content-Security-Policy with a fresh nonce (DESIGN.md §7). Next.js reads the
// nonce from the request's CSP header while rendering and puts it on its scripts, so pages must
// render per request (the root layout awaits connection()). Only headers happen here: a proxy may
// redirect, never authorize (CVE-2025-29927). API routes and static files get their headers from
// next.config.js instead, so the ranking API pays nothing for this.
import { NextResponse, type NextRequest } from 'next/server';
import { createNonce, pageContentSecurityPolicy } from '@/lib/http/security-headers';

export function proxy(request: NextRequest) {
  const policy = pageContentSecurityPolicy({ nonce: createNonce(), development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Everything but what next.config.js covers with NON_PAGE_CONTENT_SECURITY_POLICY (keep the two
  // lists equal: a response must carry exactly one policy; tests/e2e/security-headers.spec.ts checks).
  matcher: ['/((?!api(?:/|$)|_next/static/|_next/image|favicon\\.ico$|icon\\.svg$).*)'],
};
