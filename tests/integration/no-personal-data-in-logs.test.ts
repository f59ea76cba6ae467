// DESIGN.md §7: no scores, emails or other personal data in logs. Everything the server side writes
// (console and process.stdout/stderr) during a whole visit is captured and searched for what the
// user typed: sign-up, sign-in (also a wrong password), ranking with scores, saving, exporting, a
// tampered session cookie, a bad request, sign-out.
import { format } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GET as authGet } from '@/app/api/auth/[...nextauth]/route';
import { POST as recommend } from '@/app/api/recommendations/route';
import { POST as register } from '@/app/api/register/route';
import { BASE_URL, jsonRequest } from './helpers';
import { signIn, signOut } from './support/auth';
import { SAME_ORIGIN, listsApi } from './support/lists';

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

let captured: string[] = [];
let restore: Array<() => void> = [];

beforeEach(() => {
  captured = [];
  for (const method of CONSOLE_METHODS) {
    const original = console[method];
    console[method] = (...args: unknown[]) => void captured.push(format(...args));
    restore.push(() => (console[method] = original));
  }
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      captured.push(String(chunk));
      return (original as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => (stream.write = original));
  }
});

afterEach(() => {
  for (const undo of restore.reverse()) undo();
  restore = [];
});

describe('logs during a whole visit', () => {
  it('hold no email, name, password or score the user entered', async () => {
    const email = `Quinta.Harrowgate+${Date.now()}@example.org`;
    const name = 'Quinta Harrowgate';
    const password = 'periwinkle ostrich 7731 ledger';
    const profile = { applicantType: 'US_IMG', graduationYear: 2019, step2Score: 251, examFailures: 1, researchItems: 173, usceMonths: 11, visaNeeded: 'J1' };
    const plan = { profile, preferences: { specialties: ['IM'], preferredStates: ['NY'] } };
    const ip = '192.0.2.77';

    const created = await register(
      jsonRequest('/api/register', { email, password, name }, { headers: { 'content-type': 'application/json', ...SAME_ORIGIN, 'x-forwarded-for': ip } }),
    );
    expect(created.status).toBe(201);
    expect((await signIn(email, 'not the password, wrong on purpose', ip)).jar.has('next-auth.session-token')).toBe(false);
    const { jar } = await signIn(email, password, ip);
    expect(jar.has('next-auth.session-token')).toBe(true);

    const ranked = await recommend(jsonRequest('/api/recommendations', { ...plan, limit: 5 }, { headers: { 'content-type': 'application/json', 'x-forwarded-for': ip } }));
    expect(ranked.status).toBe(200);
    const { results } = (await ranked.json()) as { results: { rank: number; program: { id: string } }[] };
    const bad = await recommend(jsonRequest('/api/recommendations', { ...plan, profile: { ...profile, email } }, { headers: { 'content-type': 'application/json' } }));
    expect(bad.status).toBe(400);

    const api = listsApi(jar.header());
    const saved = await api.create({ name: `${name}'s list`, input: plan, items: results.map((r) => ({ programId: r.program.id, rank: r.rank })) });
    expect(saved.status).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    const exported = await api.exportCsv(id);
    expect(exported.status).toBe(200);
    expect((await exported.text()).split('\r\n').filter(Boolean)).toHaveLength(1 + results.length);

    // A forged session cookie: Auth.js reports it, and our logger writes the report's code.
    const forged = await authGet(new Request(`${BASE_URL}/api/auth/session`, { headers: { cookie: `next-auth.session-token=${Buffer.from(email).toString('base64url')}` } }), {
      params: Promise.resolve({ nextauth: ['session'] }),
    });
    expect(forged.status).toBe(200);
    expect((await signOut(jar)).status).toBe(200);

    const log = captured.join('\n');
    // The capture works, and the app did write during the visit: the forged cookie's report.
    expect(log).toContain('[auth] JWT_SESSION_ERROR');
    for (const secret of [email, email.toLowerCase(), email.split('@')[0]!.toLowerCase(), 'Harrowgate', password, Buffer.from(email).toString('base64url')]) {
      expect(log.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    for (const score of [251, 173]) expect(log).not.toMatch(new RegExp(`\\b${score}\\b`));
  });
});
