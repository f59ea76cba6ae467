// The session cookie's flags, as the real sign-in sets them: HttpOnly and SameSite=Lax always; Secure
// with the __Secure- prefix (and a __Host- CSRF cookie) when the site is served over https.
import { afterEach, describe, expect, it } from 'vitest';
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { currentUser } from '@/lib/auth/session';
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/options';
import { CookieJar, GOOD_PASSWORD, signIn, signUp, uniqueEmail } from './support/auth';

interface SetCookie {
  name: string;
  attributes: Map<string, string>;
}

function parseSetCookie(line: string): SetCookie {
  const [pair, ...parts] = line.split(';').map((part) => part.trim());
  const attributes = new Map<string, string>();
  for (const part of parts) {
    const [key, ...value] = part.split('=');
    attributes.set(key!.toLowerCase(), value.join('='));
  }
  return { name: pair!.slice(0, pair!.indexOf('=')), attributes };
}

function cookiesOf(response: Response): Map<string, SetCookie> {
  return new Map(response.headers.getSetCookie().map(parseSetCookie).map((cookie) => [cookie.name, cookie]));
}

const context = (...segments: string[]) => ({ params: Promise.resolve({ nextauth: segments }) });

/** Signs in through Auth.js's own two steps, as the browser does, on the given site. */
async function signInOn(site: string, email: string) {
  const jar = new CookieJar();
  const csrf = await authGet(new Request(`${site}/api/auth/csrf`), context('csrf'));
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await authPost(
    new Request(`${site}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), origin: site, 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ csrfToken, email, password: GOOD_PASSWORD, json: 'true' }),
    }),
    context('callback', 'credentials'),
  );
  jar.store(response);
  return { csrf: cookiesOf(csrf), signIn: cookiesOf(response), jar };
}

const siteUrl = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = siteUrl;
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, site-wide and lasts the session’s 30 days on an http site (local)', async () => {
    const email = uniqueEmail('cookie-http');
    expect((await signUp(email)).status).toBe(201);
    const { response } = await signIn(email);
    const session = cookiesOf(response).get('next-auth.session-token');
    expect(session).toBeDefined();
    expect(session!.attributes.has('httponly')).toBe(true);
    expect(session!.attributes.get('samesite')).toBe('Lax');
    expect(session!.attributes.get('path')).toBe('/');
    expect(session!.attributes.has('domain')).toBe(false);
    expect(session!.attributes.has('secure')).toBe(false);
    const expires = Date.parse(session!.attributes.get('expires')!);
    expect(Math.abs(expires - (Date.now() + SESSION_MAX_AGE_SECONDS * 1000))).toBeLessThan(60_000);
  });

  it('is also Secure, with the __Secure- prefix, when the site is served over https; the CSRF cookie is __Host-', async () => {
    const email = uniqueEmail('cookie-https');
    expect((await signUp(email)).status).toBe(201);
    const site = 'https://smartpick.example';
    process.env.NEXTAUTH_URL = site;
    const { csrf, signIn: signedIn, jar } = await signInOn(site, email);

    expect(signedIn.has('next-auth.session-token')).toBe(false);
    const session = signedIn.get('__Secure-next-auth.session-token');
    expect(session).toBeDefined();
    for (const flag of ['secure', 'httponly']) expect(session!.attributes.has(flag)).toBe(true);
    expect(session!.attributes.get('samesite')).toBe('Lax');

    const csrfCookie = csrf.get('__Host-next-auth.csrf-token');
    expect(csrfCookie).toBeDefined();
    for (const flag of ['secure', 'httponly']) expect(csrfCookie!.attributes.has(flag)).toBe(true);
    expect(csrfCookie!.attributes.get('path')).toBe('/');
    expect(csrfCookie!.attributes.has('domain')).toBe(false);

    // The app reads the prefixed cookie back: the user is signed in.
    expect((await currentUser(new Headers({ cookie: jar.header() })))?.email).toBe(email);
  });
});
