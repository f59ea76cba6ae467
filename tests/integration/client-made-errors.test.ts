// Issue 14, W6: requests any anonymous client can send that once answered 500. Each must answer 4xx
// (or a redirect) with the JSON error shape for API routes; tests/e2e/security-headers.spec.ts sends
// the ones the router sees first through the real server.
import { describe, expect, it } from 'vitest';
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { POST as register } from '@/app/api/register/route';
import { BASE_URL } from './helpers';
import { GOOD_PASSWORD, uniqueEmail } from './support/auth';

const authContext = (...nextauth: string[]) => ({ params: Promise.resolve({ nextauth }) });

async function csrf(cookie = ''): Promise<{ token: string; cookie: string }> {
  const response = await authGet(new Request(`${BASE_URL}/api/auth/csrf`, { headers: { cookie } }), authContext('csrf'));
  const setCookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { token: ((await response.json()) as { csrfToken: string }).csrfToken, cookie: [cookie, setCookie].filter(Boolean).join('; ') };
}

describe('requests that once made the server answer 500', () => {
  it('answers GET /api/auth/callback/credentials 405 in the JSON error shape', async () => {
    const response = await authGet(new Request(`${BASE_URL}/api/auth/callback/credentials`), authContext('callback', 'credentials'));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('method_not_allowed');
  });

  it('keeps /api/auth working with a planted next-auth.callback-url cookie', async () => {
    const planted = 'next-auth.callback-url=x';
    for (const action of ['csrf', 'session', 'providers']) {
      const response = await authGet(new Request(`${BASE_URL}/api/auth/${action}`, { headers: { cookie: planted } }), authContext(action));
      expect(response.status, action).toBe(200);
    }
    const { token, cookie } = await csrf(planted);
    const signIn = await authPost(
      new Request(`${BASE_URL}/api/auth/callback/credentials`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: BASE_URL, 'x-forwarded-for': '192.0.2.201' },
        body: new URLSearchParams({ csrfToken: token, email: uniqueEmail('planted'), password: 'wrong password', json: 'true' }),
      }),
      authContext('callback', 'credentials'),
    );
    expect(signIn.status).toBeLessThan(500);
  });

  it('answers a non-URL callbackUrl posted to the credentials callback without a 500, and never sends the user off the site', async () => {
    const { token, cookie } = await csrf();
    const response = await authPost(
      new Request(`${BASE_URL}/api/auth/callback/credentials`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: BASE_URL, 'x-forwarded-for': '192.0.2.202' },
        body: new URLSearchParams({ csrfToken: token, email: uniqueEmail('nonurl'), password: 'wrong password', callbackUrl: 'http://[::1', json: 'true' }),
      }),
      authContext('callback', 'credentials'),
    );
    expect(response.status).toBeLessThan(500);
    const body = (await response.json()) as { url?: string };
    if (body.url) expect(new URL(body.url).origin).toBe(BASE_URL);
  });

  it('answers sign-up and sign-in with an X-Forwarded-For of thousands of characters without a 500', async () => {
    const long = `${'1.'.repeat(200)}, ${'x'.repeat(3000)}`;
    const signUp = await register(
      new Request(`${BASE_URL}/api/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: BASE_URL, 'x-forwarded-for': long },
        body: JSON.stringify({ email: uniqueEmail('longxff'), password: GOOD_PASSWORD }),
      }),
    );
    expect(signUp.status).toBe(201);
    const { token, cookie } = await csrf();
    const signIn = await authPost(
      new Request(`${BASE_URL}/api/auth/callback/credentials`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin: BASE_URL, 'x-forwarded-for': long },
        body: new URLSearchParams({ csrfToken: token, email: uniqueEmail('longxff'), password: 'wrong password', json: 'true' }),
      }),
      authContext('callback', 'credentials'),
    );
    expect(signIn.status).toBeLessThan(500);
  });
});
