// Every state-changing route refuses a request from another site (DESIGN.md §7), and writes nothing;
// the same request from our own pages goes through. The route list is read from app/api, so a new
// write route without a test here fails this file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { DELETE as dismissSignInNotice } from '@/app/api/account/sign-in-notice/route';
import { POST as register } from '@/app/api/register/route';
import { POST as requestReset } from '@/app/api/password-reset/route';
import { POST as confirmReset } from '@/app/api/password-reset/confirm/route';
import { currentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import type { ApiErrorBody } from '@/lib/recommendations/types';
import { BASE_URL, jsonRequest } from './helpers';
import { CookieJar, GOOD_PASSWORD, signUp, signedInUser, uniqueEmail } from './support/auth';
import { SAME_ORIGIN, listBody, listsApi, rankedPrograms } from './support/lists';

/** What browsers send with a request that another site's page made. */
const CROSS_SITE_VARIANTS: Record<string, Record<string, string>> = {
  'another site (Fetch Metadata and Origin)': { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
  'another site (Origin only, an older browser)': { origin: 'https://evil.example' },
  'a sibling subdomain (same-site)': { origin: 'http://evil.localhost:3000', 'sec-fetch-site': 'same-site' },
  'a sandboxed frame or data: URL (Origin: null)': { origin: 'null' },
};

/** Routes that take writes but change nothing on the server (ranking is a pure read of the catalog). */
const NOT_STATE_CHANGING = new Set(['POST /api/recommendations', 'POST /api/bench/ceiling']);

/** "METHOD /api/path" for every POST, PUT, PATCH and DELETE exported under app/api. */
function writeRoutes(): string[] {
  const root = path.resolve('app/api');
  const routes: string[] = [];
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (path.basename(file) !== 'route.ts') continue;
    const source = readFileSync(path.join(root, file), 'utf8');
    const exported = [
      ...[...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!),
      ...[...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => [...m[1]!.matchAll(/\bas\s+(POST|PUT|PATCH|DELETE)\b/g)].map((a) => a[1]!)),
    ];
    for (const method of exported) routes.push(`${method} /api/${path.dirname(file).split(path.sep).join('/')}`);
  }
  return routes.sort();
}

const authContext = (...segments: string[]) => ({ params: Promise.resolve({ nextauth: segments }) });

async function csrfTokenFor(jar: CookieJar): Promise<string> {
  const response = await authGet(new Request(`${BASE_URL}/api/auth/csrf`, { headers: { cookie: jar.header() } }), authContext('csrf'));
  jar.store(response);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

function authForm(segments: string[], fields: Record<string, string>, jar: CookieJar, headers: Record<string, string>) {
  return authPost(
    new Request(`${BASE_URL}/api/auth/${segments.join('/')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header(), ...headers },
      body: new URLSearchParams({ ...fields, json: 'true' }),
    }),
    authContext(...segments),
  );
}

let victim: { email: string; jar: CookieJar };
let listId: string;
let programIds: string[];

async function victimState() {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { email: victim.email }, select: { id: true, sessionVersion: true, failedSignIns: true } });
  return {
    sessionVersion: user.sessionVersion,
    failedSignIns: user.failedSignIns,
    lists: await db.savedList.findMany({ where: { ownerId: user.id }, select: { id: true, name: true, version: true, shareTokenHash: true }, orderBy: { id: 'asc' } }),
    signedIn: (await currentUser(new Headers({ cookie: victim.jar.header() })))?.email ?? null,
    resetTokens: await db.passwordResetToken.count({ where: { userId: user.id } }),
  };
}

/** Each write route, sent with the given origin headers and the victim's cookies. */
const attempts: Record<string, (headers: Record<string, string>) => Promise<Response>> = {
  'POST /api/register': (headers) =>
    register(jsonRequest('/api/register', { email: uniqueEmail('csrf-signup'), password: GOOD_PASSWORD }, { headers: { 'content-type': 'application/json', ...headers } })),
  'POST /api/lists': (headers) => listsApi(victim.jar.header()).create(listBody('Planted', programIds), headers),
  'PATCH /api/lists/[id]': (headers) => listsApi(victim.jar.header()).patch(listId, { version: 1, name: 'Renamed by someone else' }, headers),
  'DELETE /api/lists/[id]': (headers) => listsApi(victim.jar.header()).remove(listId, headers),
  'POST /api/lists/[id]/share': (headers) => listsApi(victim.jar.header()).share(listId, headers),
  'DELETE /api/lists/[id]/share': (headers) => listsApi(victim.jar.header()).unshare(listId, headers),
  'DELETE /api/account/sign-in-notice': (headers) =>
    dismissSignInNotice(new Request(`${BASE_URL}/api/account/sign-in-notice`, { method: 'DELETE', headers: { cookie: victim.jar.header(), ...headers } })),
  'POST /api/password-reset': (headers) => requestReset(jsonRequest('/api/password-reset', { email: victim.email }, { headers: { 'content-type': 'application/json', ...headers } })),
  'POST /api/password-reset/confirm': (headers) =>
    confirmReset(jsonRequest('/api/password-reset/confirm', { token: 'A'.repeat(43), password: 'a planted long passphrase' }, { headers: { 'content-type': 'application/json', ...headers } })),
  // Auth.js's POSTs, each with a valid CSRF token of its own: the origin check refuses them anyway.
  'POST /api/auth/[...nextauth]': async (headers) => {
    const jar = new CookieJar();
    const signIn = await authForm(['callback', 'credentials'], { csrfToken: await csrfTokenFor(jar), email: victim.email, password: GOOD_PASSWORD }, jar, headers);
    jar.store(signIn);
    if (jar.has('next-auth.session-token')) throw new Error('a cross-site sign-in set a session cookie');
    return signIn;
  },
};

/** Auth.js's other POSTs, sent as the victim: sign-out and the session update. */
const authAttempts: Record<string, (headers: Record<string, string>) => Promise<Response>> = {
  signout: async (headers) => authForm(['signout'], { csrfToken: await csrfTokenFor(victim.jar) }, victim.jar, headers),
  session: async (headers) => authForm(['session'], { csrfToken: await csrfTokenFor(victim.jar) }, victim.jar, headers),
};

beforeAll(async () => {
  victim = await signedInUser('csrf-victim');
  programIds = (await rankedPrograms(2)).results.map((r) => r.program.id);
  const created = await listsApi(victim.jar.header()).create(listBody('Mine', programIds));
  listId = ((await created.json()) as { id: string }).id;
  // Shared, so that a cross-site "stop sharing" or a new link would show in victimState.
  expect((await listsApi(victim.jar.header()).share(listId)).status).toBe(201);
  // A notice of failed sign-ins for the victim, which a cross-site dismiss must not clear.
  await getDb().user.update({ where: { email: victim.email }, data: { failedSignIns: 3, firstFailedSignInAt: new Date(), lastFailedSignInAt: new Date() } });
});

describe('cross-site requests', () => {
  it('this file covers every state-changing route under app/api', () => {
    expect(writeRoutes().filter((route) => !NOT_STATE_CHANGING.has(route))).toEqual(Object.keys(attempts).sort());
  });

  const cases = Object.keys(attempts).flatMap((route) => Object.keys(CROSS_SITE_VARIANTS).map((variant) => [route, variant] as const));
  it.each(cases)('%s from %s is refused (403) and writes nothing', async (route, variant) => {
    const usersBefore = await getDb().user.count();
    const before = await victimState();
    const response = await attempts[route]!(CROSS_SITE_VARIANTS[variant]!);
    expect(response.status).toBe(403);
    expect(((await response.json()) as ApiErrorBody).error).toEqual({
      code: 'cross_site_request',
      message: 'This request did not come from SmartPick’s own pages, so it was refused.',
    });
    expect(await victimState()).toEqual(before);
    expect(await getDb().user.count()).toBe(usersBefore);
  });

  const authCases = Object.keys(authAttempts).flatMap((action) => Object.keys(CROSS_SITE_VARIANTS).map((variant) => [action, variant] as const));
  it.each(authCases)('POST /api/auth/%s from %s is refused (403) and the session lives on', async (action, variant) => {
    const before = await victimState();
    expect(before.signedIn).toBe(victim.email);
    const response = await authAttempts[action]!(CROSS_SITE_VARIANTS[variant]!);
    expect(response.status).toBe(403);
    expect(((await response.json()) as ApiErrorBody).error.code).toBe('cross_site_request');
    expect(await victimState()).toEqual(before);
  });
});

describe('the same requests from our own pages', () => {
  it('go through: sign-up, sign-in, create, rename, delete and sign-out', async () => {
    expect((await register(jsonRequest('/api/register', { email: uniqueEmail('own'), password: GOOD_PASSWORD }, { headers: { 'content-type': 'application/json', ...SAME_ORIGIN } }))).status).toBe(201);
    const email = uniqueEmail('own-signin');
    expect((await signUp(email, GOOD_PASSWORD, '198.51.100.240')).status).toBe(201);
    const jar = new CookieJar();
    jar.store(await authForm(['callback', 'credentials'], { csrfToken: await csrfTokenFor(jar), email, password: GOOD_PASSWORD }, jar, SAME_ORIGIN));
    expect(jar.has('next-auth.session-token')).toBe(true);

    const api = listsApi(victim.jar.header());
    expect((await api.create(listBody('Second', programIds))).status).toBe(201);
    expect((await api.patch(listId, { version: 1, name: 'Renamed by me' })).status).toBe(200);
    expect((await api.remove(listId)).status).toBe(204);
    expect((await authAttempts.signout!(SAME_ORIGIN)).status).toBe(200);
    expect((await victimState()).signedIn).toBeNull();
  });
});
