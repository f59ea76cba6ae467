// Signs users up and in through the real routes, keeping cookies like a browser would.
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { POST as register } from '@/app/api/register/route';
import { BASE_URL } from '../helpers';

export class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair!.indexOf('=');
      const name = pair!.slice(0, index).trim();
      const value = pair!.slice(index + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }
}

const context = (...segments: string[]) => ({ params: Promise.resolve({ nextauth: segments }) });

let counter = 0;
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}-${Date.now()}-${counter}@example.org`;
}

export const GOOD_PASSWORD = 'correct horse battery staple';

export async function signUp(email: string, password = GOOD_PASSWORD, ip = '198.51.100.7'): Promise<Response> {
  return register(
    new Request(`${BASE_URL}/api/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: BASE_URL, 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

export async function signIn(email: string, password = GOOD_PASSWORD, ip = '198.51.100.7'): Promise<{ response: Response; jar: CookieJar }> {
  const jar = new CookieJar();
  const csrf = await authGet(new Request(`${BASE_URL}/api/auth/csrf`, { headers: { 'x-forwarded-for': ip } }), context('csrf'));
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await authPost(
    new Request(`${BASE_URL}/api/auth/callback/credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), origin: BASE_URL, 'x-forwarded-for': ip },
      body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
    }),
    context('callback', 'credentials'),
  );
  jar.store(response);
  return { response, jar };
}

export async function signOut(jar: CookieJar): Promise<Response> {
  const csrf = await authGet(new Request(`${BASE_URL}/api/auth/csrf`, { headers: { cookie: jar.header() } }), context('csrf'));
  jar.store(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await authPost(
    new Request(`${BASE_URL}/api/auth/signout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), origin: BASE_URL },
      body: new URLSearchParams({ csrfToken, json: 'true' }),
    }),
    context('signout'),
  );
  jar.store(response);
  return response;
}

let addresses = 0;
/**
 * A fresh client address (TEST-NET-2) per user, so that test files making many users do not spend
 * one address's sign-up allowance (SIGN_UP_PER_IP), which the whole run shares.
 */
function nextClientIp(): string {
  addresses += 1;
  return `198.51.100.${100 + (addresses % 150)}`;
}

/** A signed-up, signed-in user with its cookie jar. */
export async function signedInUser(label = 'user', ip = nextClientIp()): Promise<{ email: string; jar: CookieJar }> {
  const email = uniqueEmail(label);
  const created = await signUp(email, GOOD_PASSWORD, ip);
  if (created.status !== 201) throw new Error(`sign-up failed: ${created.status} ${await created.text()}`);
  const { response, jar } = await signIn(email, GOOD_PASSWORD, ip);
  if (!jar.has('next-auth.session-token')) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { email, jar };
}
