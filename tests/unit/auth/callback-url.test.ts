import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authRedirectUrl, DEFAULT_CALLBACK_URL, safeCallbackUrl } from '@/lib/auth/callback-url';

describe('safeCallbackUrl', () => {
  it.each([
    ['/lists', '/lists'],
    ['/lists/pending', '/lists/pending'],
    ['/lists/abc?tab=notes#top', '/lists/abc?tab=notes#top'],
    ['/results', '/results'],
  ])('keeps the same-site path %s', (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/lists'],
    ['a protocol-relative URL', '//evil.example/lists'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a scheme', 'javascript:alert(1)'],
    ['a relative path', 'lists'],
    ['a control character', '/\tevil'],
    ['an empty string', ''],
    ['an API route', '/api/auth/signout'],
    ['a repeated parameter', ['/lists', '/plan']],
    ['nothing', undefined],
    // Issue 14, V1: each of these normalises to "//evil.example".
    ['a dot segment before a double slash', '/.//evil.example'],
    ['a double-dot segment before a double slash', '/..//evil.example'],
    ['dot-dot segments climbing out of a path', '/lists/../..//evil.example'],
    ['a dot segment and a path', '/.//evil.example/lists'],
    ['an encoded dot segment', '/%2e//evil.example'],
    ['an encoded double-dot segment', '/lists/%2e%2e/%2e%2e//evil.example'],
  ])('falls back to /lists for %s', (_label, value) => {
    expect(safeCallbackUrl(value)).toBe(DEFAULT_CALLBACK_URL);
  });

  it('uses the fallback it is given', () => {
    expect(safeCallbackUrl('https://evil.example', '/plan')).toBe('/plan');
  });

  it('never returns a path that leaves the site, whatever mix of slashes, dots and encodings it is given', () => {
    const piece = fc.constantFrom('/', '//', '.', '..', '%2e', '%2E', '%2f', '%5c', '\\', 'evil.example', 'lists', '?', '#', '@', ':', '%09', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const result = safeCallbackUrl(pieces.join(''));
        expect(result.startsWith('/')).toBe(true);
        expect(result.startsWith('//')).toBe(false);
        expect(result.startsWith('/\\')).toBe(false);
        const resolved = new URL(result, 'https://ours.example');
        expect(resolved.origin).toBe('https://ours.example');
        // A browser given it lands exactly there.
        expect(`${resolved.pathname}${resolved.search}${resolved.hash}`).toBe(result);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('authRedirectUrl (the Auth.js redirect callback)', () => {
  const BASE = 'https://smartpick.example';
  it.each([
    ['/lists', `${BASE}/lists`],
    [`${BASE}/lists/abc?tab=1`, `${BASE}/lists/abc?tab=1`],
    ['https://evil.example/lists', `${BASE}/`],
    ['//evil.example', `${BASE}/`],
    ['/.//evil.example', `${BASE}/`],
    ['/lists/../..//evil.example', `${BASE}/`],
    ['x', `${BASE}/`],
    ['', `${BASE}/`],
    ['http://[::1', `${BASE}/`],
    [undefined, `${BASE}/`],
  ])('sends %s to %s', (url, expected) => {
    expect(authRedirectUrl(url, BASE)).toBe(expected);
  });

  it('never throws, and always stays on the base origin', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.webPath()), (url) => {
        expect(new URL(authRedirectUrl(url, BASE)).origin).toBe(BASE);
      }),
    );
  });
});
