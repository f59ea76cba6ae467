import { describe, expect, it } from 'vitest';
import { GET as authGet } from '@/app/api/auth/[...nextauth]/route';
import { POST as register } from '@/app/api/register/route';
import { currentUser } from '@/lib/auth/session';
import {
  limiterKey,
  SIGN_IN_FAILURES_PER_ACCOUNT_AND_CLIENT,
  SIGN_IN_FREE_FAILURES,
  SIGN_IN_MAX_DELAY_SECONDS,
  signInDelaySeconds,
} from '@/lib/auth/rate-limit';
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
  it('checks at most 5 passwords of a 40-attempt parallel burst from one client, then refuses that client even the right one', async () => {
    const email = uniqueEmail('burst');
    await signUp(email, GOOD_PASSWORD, '203.0.113.77');
    const attempts = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(email, `wrong password ${i}`, '192.0.2.10')),
    );
    const checked = attempts.filter((a) => a.response.status !== 429);
    expect(checked.length).toBeLessThanOrEqual(SIGN_IN_FAILURES_PER_ACCOUNT_AND_CLIENT.points);
    const refused = attempts.find((a) => a.response.status === 429);
    expect(Number(refused?.response.headers.get('retry-after'))).toBeGreaterThan(0);
    // Whatever was checked, this client is now refused, even with the right password.
    const after = await signIn(email, GOOD_PASSWORD, '192.0.2.10');
    expect(after.response.status).toBe(429);
    expect(after.jar.has('next-auth.session-token')).toBe(false);
  });

  it('does not lock the owner out for failures from other clients: a short, growing delay instead', async () => {
    const email = uniqueEmail('owner');
    await signUp(email, GOOD_PASSWORD, '203.0.113.77');
    for (let i = 0; i < SIGN_IN_FREE_FAILURES; i++) {
      expect((await signIn(email, `wrong ${i}`, `192.0.2.${20 + i}`)).response.status).not.toBe(429);
    }
    // Five failures from elsewhere: the owner, from their own address, still signs in at once.
    const owner = await signIn(email, GOOD_PASSWORD, '203.0.113.9');
    expect(owner.jar.has('next-auth.session-token')).toBe(true);
    // Past the free failures, each one makes the next attempt wait a little: seconds, not 15 minutes.
    for (let i = 0; i <= SIGN_IN_FREE_FAILURES; i++) await signIn(email, `wrong again ${i}`, `192.0.2.${40 + i}`);
    const delayed = await signIn(email, GOOD_PASSWORD, '203.0.113.9');
    expect(delayed.response.status).toBe(429);
    const wait = Number(delayed.response.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(2);
  });

  it('grows the delay by doubling, up to five minutes', () => {
    expect([5, 6, 7, 8, 12, 50].map(signInDelaySeconds)).toEqual([0, 1, 2, 4, 64, SIGN_IN_MAX_DELAY_SECONDS]);
  });

  it('forgives a client its failures after a successful sign-in', async () => {
    const email = uniqueEmail('reset');
    await signUp(email, GOOD_PASSWORD, '203.0.113.77');
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT_AND_CLIENT.points - 1; i++) await signIn(email, `wrong ${i}`, '192.0.2.50');
    const ok = await signIn(email, GOOD_PASSWORD, '192.0.2.50');
    expect(ok.jar.has('next-auth.session-token')).toBe(true);
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ACCOUNT_AND_CLIENT.points - 1; i++) {
      expect((await signIn(email, `wrong again ${i}`, '192.0.2.50')).response.status).not.toBe(429);
    }
  });

  it('counts failures for the longest emails too, and never shows a database message (W5)', async () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.example`.slice(0, 250) + '.com';
    expect(email.length).toBeGreaterThan(240);
    const replies: Response[] = [];
    for (let i = 0; i <= SIGN_IN_FAILURES_PER_ACCOUNT_AND_CLIENT.points; i++) replies.push((await signIn(email, `wrong ${i}`, '192.0.2.60')).response);
    for (const reply of replies) {
      expect(reply.status).toBeLessThan(500);
      expect(await reply.text()).not.toMatch(/character varying|value too long/i);
    }
    expect(replies.at(-1)?.status).toBe(429);
  });

  it('keys every limiter on a fixed-length hash, never the raw input', () => {
    expect(limiterKey('x'.repeat(10_000))).toMatch(/^[0-9a-f]{64}$/);
    expect(limiterKey('Name@Example.com')).toBe(limiterKey('name@example.com'));
    expect(limiterKey('a', 'b')).not.toBe(limiterKey('ab'));
  });
});
