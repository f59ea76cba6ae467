// Issue 14, W4: failed sign-ins against an account are counted on it, and its owner is told once signed in.
import { describe, expect, it } from 'vitest';
import { DELETE as dismiss, GET as readNotice } from '@/app/api/account/sign-in-notice/route';
import { BASE_URL } from './helpers';
import { signIn, signedInUser, uniqueEmail, type CookieJar } from './support/auth';

const URL_PATH = `${BASE_URL}/api/account/sign-in-notice`;

async function noticeOf(jar: CookieJar) {
  const response = await readNotice(new Request(URL_PATH, { headers: { cookie: jar.header() } }));
  expect(response.status).toBe(200);
  return ((await response.json()) as { notice: { failedAttempts: number; firstAt: string; lastAt: string } | null }).notice;
}

describe('the failed sign-in notice', () => {
  it('is empty for an account nobody has tried', async () => {
    const { jar } = await signedInUser('notice-none');
    expect(await noticeOf(jar)).toBeNull();
  });

  it('counts wrong passwords and attempts the limits refused, until the owner dismisses it', async () => {
    const { email, jar } = await signedInUser('notice');
    const attacker = '203.0.113.77';
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await signIn(email, `wrong password number ${i}`, attacker)).response.status);
    // Five checked and refused (401), then the limits answer 429; all eight are the owner's to know.
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
    const notice = await noticeOf(jar);
    expect(notice?.failedAttempts).toBe(8);
    expect(Date.parse(notice!.firstAt)).toBeLessThanOrEqual(Date.parse(notice!.lastAt));
    expect(Date.now() - Date.parse(notice!.lastAt)).toBeLessThan(60_000);

    const crossSite = await dismiss(new Request(URL_PATH, { method: 'DELETE', headers: { cookie: jar.header(), origin: 'https://evil.example' } }));
    expect(crossSite.status).toBe(403);
    expect((await noticeOf(jar))?.failedAttempts).toBe(8);

    const dismissed = await dismiss(new Request(URL_PATH, { method: 'DELETE', headers: { cookie: jar.header(), origin: BASE_URL } }));
    expect(dismissed.status).toBe(204);
    expect(await noticeOf(jar)).toBeNull();
  });

  it('is the owner’s alone: signed out it is 401, and failures on an unknown email count nowhere', async () => {
    const response = await readNotice(new Request(URL_PATH));
    expect(response.status).toBe(401);
    const unknown = await signIn(uniqueEmail('notice-nobody'), 'a wrong password here', '203.0.113.78');
    expect(unknown.response.status).toBe(401);
    const { jar } = await signedInUser('notice-other');
    expect(await noticeOf(jar)).toBeNull();
  });
});
