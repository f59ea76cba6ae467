import { describe, expect, it } from 'vitest';
import { GET as authGet } from '@/app/api/auth/[...nextauth]/route';
import { POST as register } from '@/app/api/register/route';
import { currentUser } from '@/lib/auth/session';
import { SIGN_IN_FAILURES_PER_ACCOUNT } from '@/lib/auth/rate-limit';
import { BASE_URL } from './helpers';
import { GOOD_PASSWORD, signIn, signOut, signUp, signedInUser, uniqueEmail } from './support/auth';

async function whoIs(cookie: string) {
  return currentUser(new Headers({ cookie }));
}

describe('sign-up', () => {
  it('creates an account (201) and refuses the same email again (409)', async () => {
    const email = uniqueEmail('signup');
    const first = await signUp(email);
    expect(first.status).toBe(201);
    expect(((await first.json()) as { email: string }).email).toBe(email);
    const again = await signUp(email.toUpperCase());
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('email_taken');
  });

  it.each([
    ['short', 'Use at least 10 characters.'],
    ['1234567890', 'That password is too common; choose another.'],
    ['aaaaaaaaaaaa', 'Use more different characters.'],
  ])('refuses the weak password %s with a reason (400)', async (password, reason) => {
    const response = await signUp(uniqueEmail('weak'), password);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Record<string, string[]> } };
    expect(body.error.fields.password).toEqual([reason]);
  });

  it('refuses a cross-site sign-up', async () => {
    const response = await register(
      new Request(`${BASE_URL}/api/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
        body: JSON.stringify({ email: uniqueEmail(), password: GOOD_PASSWORD }),
      }),
    );
    expect(response.status).toBe(403);
  });
});

describe('sign-in and sign-out', () => {
  it('signs in with the right password and knows who is asking', async () => {
    const { email, jar } = await signedInUser('signin');
    expect((await whoIs(jar.header()))?.email).toBe(email);
  });

  it('gives the same generic answer for a wrong password and an unknown email (no enumeration)', async () => {
    const email = uniqueEmail('enum');
    await signUp(email);
    const wrongPassword = await signIn(email, 'not the password at all', '203.0.113.10');
    const unknownEmail = await signIn(uniqueEmail('nobody'), 'not the password at all', '203.0.113.10');
    expect(wrongPassword.jar.has('next-auth.session-token')).toBe(false);
    expect(unknownEmail.jar.has('next-auth.session-token')).toBe(false);
    expect(wrongPassword.response.status).toBe(unknownEmail.response.status);
    expect(await wrongPassword.response.json()).toEqual(await unknownEmail.response.json());
  });

  it('ends the session on sign-out: the old cookie, replayed, is refused', async () => {
    const { jar } = await signedInUser('signout');
    const stolen = jar.header();
    expect(await whoIs(stolen)).not.toBeNull();
    const response = await signOut(jar);
    expect(response.status).toBe(200);
    expect(await whoIs(stolen)).toBeNull();
    const session = await authGet(new Request(`${BASE_URL}/api/auth/session`, { headers: { cookie: stolen } }), {
      params: Promise.resolve({ nextauth: ['session'] }),
    });
    expect(((await session.json()) as { user?: unknown }).user).toBeUndefined();
  });
});

describe('brute-force protection', () => {
  it('blocks an account after repeated failures (429 with Retry-After), even with the right password', async () => {
    const email = uniqueEmail('brute');
    await signUp(email);
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT.points; i++) {
      const attempt = await signIn(email, `wrong password ${i}`, `192.0.2.${i + 1}`);
      expect(attempt.response.status).not.toBe(429);
    }
    const blocked = await signIn(email, GOOD_PASSWORD, '192.0.2.200');
    expect(blocked.response.status).toBe(429);
    expect(Number(blocked.response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.jar.has('next-auth.session-token')).toBe(false);
  });

  it('resets the failure count after a successful sign-in', async () => {
    const email = uniqueEmail('reset');
    await signUp(email);
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT.points - 1; i++) await signIn(email, `wrong ${i}`, '192.0.2.50');
    const ok = await signIn(email, GOOD_PASSWORD, '192.0.2.50');
    expect(ok.jar.has('next-auth.session-token')).toBe(true);
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT.points - 1; i++) {
      expect((await signIn(email, `wrong again ${i}`, '192.0.2.51')).response.status).not.toBe(429);
    }
  });
});
