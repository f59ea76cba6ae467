import { describe, expect, it } from 'vitest';
import { hasMalformedPath, isApiPath, malformedApiPathResponse } from '@/lib/http/malformed-path';

describe('hasMalformedPath', () => {
  it.each(['/api/lists/%ff', '/api/programs/%', '/programs/%ff%fe', '/lists/%', '/a/%e2%82', '/%zz'])('flags %s', (url) => {
    expect(hasMalformedPath(url)).toBe(true);
  });

  it.each(['/', '/programs/abc', '/api/lists/%2F', '/programs/caf%C3%A9', '/search?q=%ff', '/x#%'])('lets %s through (a query or hash is not the router’s path)', (url) => {
    expect(hasMalformedPath(url)).toBe(false);
  });
});

describe('malformedApiPathResponse', () => {
  it('is a 400 in the API error shape with the security headers', () => {
    const answer = malformedApiPathResponse(true);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'bad_request', message: expect.stringContaining('not valid') } });
    expect(answer.headers).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-store' });
    expect(answer.headers['Content-Security-Policy']).toContain("default-src 'none'");
  });

  it('tells API paths from pages', () => {
    expect([isApiPath('/api/lists/x'), isApiPath('/api'), isApiPath('/apis'), isApiPath('/lists')]).toEqual([true, true, false, false]);
  });
});
