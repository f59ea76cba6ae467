import { describe, expect, it } from 'vitest';
import { DEFAULT_CALLBACK_URL, safeCallbackUrl } from '@/lib/auth/callback-url';

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
  ])('falls back to /lists for %s', (_label, value) => {
    expect(safeCallbackUrl(value)).toBe(DEFAULT_CALLBACK_URL);
  });

  it('uses the fallback it is given', () => {
    expect(safeCallbackUrl('https://evil.example', '/plan')).toBe('/plan');
  });
});
