// Issue 17 part 5: password reset by email, against a real SMTP server this test starts
// (smtp-server) and a real database: 202 whether or not the account exists, a single-use 30-minute
// link, the new password works and the old does not, every session is signed out.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as requestReset } from '@/app/api/password-reset/route';
import { POST as confirmReset } from '@/app/api/password-reset/confirm/route';
import { GET as sessionNotice } from '@/app/api/account/sign-in-notice/route';
import { hashResetToken, RESET_TOKEN_TTL_MS } from '@/lib/auth/password-reset';
import { getDb } from '@/lib/db/client';
import { BASE_URL } from './helpers';
import { GOOD_PASSWORD, signIn, signUp, uniqueEmail } from './support/auth';

interface Received {
  to: string;
  subject: string;
  text: string;
}

const inbox: Received[] = [];
let server: SMTPServer;
const saved = { host: process.env.SMTP_HOST, port: process.env.SMTP_PORT };

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push({ to: (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String((server.server.address() as AddressInfo).port);
});

afterAll(async () => {
  process.env.SMTP_HOST = saved.host;
  process.env.SMTP_PORT = saved.port;
  if (saved.host === undefined) delete process.env.SMTP_HOST;
  if (saved.port === undefined) delete process.env.SMTP_PORT;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let addresses = 0;
const post = (handler: (r: Request) => Promise<Response>, path: string, body: unknown, ip = `203.0.113.${10 + (addresses++ % 200)}`) =>
  handler(new Request(`${BASE_URL}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: BASE_URL, 'x-forwarded-for': ip }, body: JSON.stringify(body) }));

async function mailFor(email: string): Promise<Received> {
  for (let i = 0; i < 100; i++) {
    const found = inbox.find((m) => m.to === email);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail reached ${email}`);
}

const linkIn = (text: string) => new URL(/https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(text)![0]);

describe('password reset by email', () => {
  it('mails a single-use link; the new password works, the old does not, and every session is signed out', async () => {
    const email = uniqueEmail('reset');
    expect((await signUp(email, GOOD_PASSWORD, '198.51.100.31')).status).toBe(201);
    const before = await signIn(email, GOOD_PASSWORD, '198.51.100.31');
    const cookie = before.jar.header();
    expect((await sessionNotice(new Request(`${BASE_URL}/api/account/sign-in-notice`, { headers: { cookie } }))).status).toBe(200);

    const asked = await post(requestReset, '/api/password-reset', { email: email.toUpperCase() });
    expect(asked.status).toBe(202);
    const mail = await mailFor(email);
    expect(mail.subject).toBe('Reset your SmartPick password');
    const link = linkIn(mail.text);
    expect(link.origin).toBe(BASE_URL);
    const token = link.searchParams.get('token')!;
    // 256 bits, URL-safe; only its hash is stored.
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await getDb().passwordResetToken.findUniqueOrThrow({ where: { tokenHash: hashResetToken(token) } });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(RESET_TOKEN_TTL_MS - 5_000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(RESET_TOKEN_TTL_MS + 5_000);

    const weak = await post(confirmReset, '/api/password-reset/confirm', { token, password: 'short' });
    expect(weak.status).toBe(400);
    expect(((await weak.json()) as { error: { fields: Record<string, string[]> } }).error.fields.password).toEqual(['Use at least 10 characters.']);

    const newPassword = 'a brand new long passphrase';
    const done = await post(confirmReset, '/api/password-reset/confirm', { token, password: newPassword });
    expect(done.status).toBe(200);
    // The session made before is signed out.
    expect((await sessionNotice(new Request(`${BASE_URL}/api/account/sign-in-notice`, { headers: { cookie } }))).status).toBe(401);
    // The new password signs in; the old one does not.
    expect((await signIn(email, newPassword, '198.51.100.32')).jar.has('next-auth.session-token')).toBe(true);
    expect((await signIn(email, GOOD_PASSWORD, '198.51.100.33')).jar.has('next-auth.session-token')).toBe(false);
    // Used once.
    const again = await post(confirmReset, '/api/password-reset/confirm', { token, password: 'yet another long passphrase' });
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/expired or was already used/);
  });

  it('answers 202 for an address with no account, and mails nothing', async () => {
    const email = uniqueEmail('nobody');
    const asked = await post(requestReset, '/api/password-reset', { email });
    expect(asked.status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(inbox.some((m) => m.to === email)).toBe(false);
  });

  it('refuses an expired link with a clear 400, and a malformed body with field messages', async () => {
    const email = uniqueEmail('expired');
    expect((await signUp(email, GOOD_PASSWORD, '198.51.100.34')).status).toBe(201);
    expect((await post(requestReset, '/api/password-reset', { email })).status).toBe(202);
    const token = linkIn((await mailFor(email)).text).searchParams.get('token')!;
    await getDb().passwordResetToken.update({ where: { tokenHash: hashResetToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const late = await post(confirmReset, '/api/password-reset/confirm', { token, password: 'a brand new long passphrase' });
    expect(late.status).toBe(400);
    expect(((await late.json()) as { error: { fields: Record<string, string[]> } }).error.fields.token).toEqual(['This reset link has expired or was already used. Ask for a new one.']);
    const bad = await post(confirmReset, '/api/password-reset/confirm', { token: 'x', password: '' });
    expect(bad.status).toBe(400);
    const fields = ((await bad.json()) as { error: { fields: Record<string, string[]> } }).error.fields;
    expect(Object.keys(fields).sort()).toEqual(['password', 'token']);
    expect((await post(requestReset, '/api/password-reset', { email: 'not-an-address' })).status).toBe(400);
  });

  it('sends at most 3 reset mails an hour to one account, still answering 202', async () => {
    const email = uniqueEmail('flood');
    expect((await signUp(email, GOOD_PASSWORD, '198.51.100.35')).status).toBe(201);
    for (let i = 0; i < 5; i++) expect((await post(requestReset, '/api/password-reset', { email })).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(inbox.filter((m) => m.to === email)).toHaveLength(3);
  });
});
