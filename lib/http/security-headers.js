// @ts-check
// Security headers on every response (DESIGN.md §7; OWASP ASVS 5.0 V3.4). Plain JavaScript with no
// imports: proxy.ts uses it for pages (a fresh nonce per request) and next.config.js, which Node loads
// as is, for everything else.

/**
 * The headers every response carries, whatever it is.
 * @param {{ production: boolean }} options
 * @returns {Record<string, string>}
 */
export function baseSecurityHeaders({ production }) {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Features the site never uses, denied to it and to anything it could embed.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), browsing-topics=()',
    // frame-ancestors 'none' is the modern form; X-Frame-Options covers browsers without CSP level 2.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Production only: a browser ignores HSTS received over plain http (`next start` on a laptop),
    // and honours it once the site is served over https, which production must be.
    ...(production ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/**
 * A page's policy. Scripts run only with this response's nonce (Next.js puts it on its own inline
 * and bundle scripts) or when loaded by such a script ('strict-dynamic'); never 'unsafe-inline'.
 * <style> elements need the nonce too; style attributes are allowed (style-src-attr), because
 * server-rendered markup carries a few (the map legend's swatches, the compare table's width) and a
 * nonce cannot cover an attribute. Under `next dev` only: 'unsafe-eval', because React uses eval to
 * rebuild server stacks, and inline <style> elements without a nonce, because the dev server injects
 * every stylesheet as one (with a nonce in the list a browser would ignore 'unsafe-inline', so the
 * development policy has none for styles).
 * @param {{ nonce: string; development: boolean }} options
 * @returns {string}
 */
export function pageContentSecurityPolicy({ nonce, development }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Everything that is not a page (API replies, icons, bundles): nothing may run or load in it and
 * nothing may frame it. form-action 'self' keeps Auth.js's fallback pages under /api/auth usable.
 */
export const NON_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * 128 random bits, base64: unguessable and fresh for every response.
 * @returns {string}
 */
export function createNonce() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
