// Where to go after signing in or up. Only a path on this site: an absolute URL, a protocol-relative
// "//host" or a backslash trick ("/\host", which browsers read as "//host") would let a crafted
// link send a freshly signed-in user to another site (OWASP, "Unvalidated Redirects and Forwards").
// The check is made on the path as the URL parser normalises it, because that is what we hand to
// the browser: "/.//evil.example" and "/lists/../..//evil.example" both normalise to
// "//evil.example" (issue 14, V1). One function serves the pages, the forms and Auth.js's redirect.

export const DEFAULT_CALLBACK_URL = '/lists';

/** Any origin works here: it only tells whether the path stayed on it once resolved. */
const PROBE_ORIGIN = 'https://smartpick.invalid';

/** The normalised path, query and hash of a same-site relative URL; null for anything else. */
function sameSitePath(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Control characters and backslashes have no place in our own paths and are how parsers get confused.
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\p{Cc}]/u.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return null;
  // What the browser will do with it: resolve it once more. It must land on the same path.
  const again = new URL(path, PROBE_ORIGIN);
  if (again.origin !== PROBE_ORIGIN || `${again.pathname}${again.search}${again.hash}` !== path) return null;
  return path;
}

/** The path, query and hash of a same-site relative URL; the fallback for anything else. */
export function safeCallbackUrl(value: string | string[] | undefined | null, fallback = DEFAULT_CALLBACK_URL): string {
  const path = sameSitePath(value);
  // Auth.js's own routes are not pages to land on.
  return path === null || path.startsWith('/api/') ? fallback : path;
}

/**
 * Auth.js's redirect callback: an absolute URL on our own origin, whatever it is given (a path, an
 * absolute URL, junk). Never throws: a planted callback-url cookie or a posted non-URL once made
 * every /api/auth route answer 500 (issue 14, W6).
 */
export function authRedirectUrl(url: unknown, baseUrl: string): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return '/';
  }
  let candidate: unknown = url;
  if (typeof url === 'string' && !url.startsWith('/')) {
    try {
      const absolute = new URL(url);
      candidate = absolute.origin === base.origin ? `${absolute.pathname}${absolute.search}${absolute.hash}` : null;
    } catch {
      candidate = null;
    }
  }
  const path = sameSitePath(candidate) ?? '/';
  return `${base.origin}${path}`;
}
