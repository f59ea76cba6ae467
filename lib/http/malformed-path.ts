// A path whose percent-encoding does not decode ("/api/lists/%ff", "/programs/%") made Next.js's
// router answer a plain-text 500 without our security headers, before any handler ran (issue 14, W6).
// Our server (scripts/server.ts) catches such paths first: API paths get a 400 in the API's JSON
// error shape, pages the site's own 404 page. No imports but the headers module, so the server can
// load it outside Next.js.
import { baseSecurityHeaders, NON_PAGE_CONTENT_SECURITY_POLICY } from './security-headers.js';

/** A path no page has, so Next.js renders its 404 page, with every header a page gets. */
export const NOT_FOUND_PATH = '/_malformed-address';

/** True when the URL's path (before ? and #) has a percent-sequence that does not decode. */
export function hasMalformedPath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/** The 400 an API path with a broken encoding gets: status, headers and body. */
export function malformedApiPathResponse(production: boolean): { status: number; headers: Record<string, string>; body: string } {
  return {
    status: 400,
    headers: {
      ...baseSecurityHeaders({ production }),
      'Content-Security-Policy': NON_PAGE_CONTENT_SECURITY_POLICY,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    },
    body: JSON.stringify({ error: { code: 'bad_request', message: 'This address is not valid: part of it is wrongly encoded.' } }),
  };
}
