// Where to go after signing in or up. Only a path on this site: an absolute URL, a protocol-relative
// "//host" or a backslash trick ("/\host", which browsers read as "//host") would let a crafted
// link send a freshly signed-in user to another site (OWASP, "Unvalidated Redirects and Forwards").

export const DEFAULT_CALLBACK_URL = '/lists';

/** Any origin works here: it only tells whether the path stayed on it once resolved. */
const PROBE_ORIGIN = 'https://smartpick.invalid';

/** The path, query and hash of a same-site relative URL; the fallback for anything else. */
export function safeCallbackUrl(value: string | string[] | undefined | null, fallback = DEFAULT_CALLBACK_URL): string {
  if (typeof value !== 'string') return fallback;
  // Control characters and backslashes have no place in our own paths and are how parsers get confused.
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\p{Cc}]/u.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Auth.js's own routes are not pages to land on.
  return path.startsWith('/api/') ? fallback : path;
}
