// What the API refuses before it does any work: too many rankings from one address (429), bodies over
// 64 KB however they arrive (413), and fields it does not know (400 naming the field).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as programsGet } from '@/app/api/programs/route';
import { POST as recommend } from '@/app/api/recommendations/route';
import { POST as register } from '@/app/api/register/route';
import { POST as authPost } from '@/app/api/auth/[...nextauth]/route';
import { POST as listsPost } from '@/app/api/lists/route';
import { PATCH as listPatch } from '@/app/api/lists/[id]/route';
import { getDb } from '@/lib/db/client';
import type { ApiErrorBody } from '@/lib/recommendations/types';
import { UNKNOWN_FIELD_MESSAGE } from '@/lib/schemas/recommendation';
import { BASE_URL, jsonRequest, validRequest } from './helpers';
import { GOOD_PASSWORD, signedInUser, uniqueEmail } from './support/auth';
import { BODY_VARIANTS, OVERSIZED_BYTES, oversizedRequest } from './support/bodies';
import { SAME_ORIGIN, listBody, listsApi, rankedPrograms } from './support/lists';

// This file's own limit (the other integration tests run with none): set before anything reads the env.
const LIMIT_PER_MINUTE = 5;
const previousLimit = process.env.RECOMMENDATIONS_RATE_LIMIT;
process.env.RECOMMENDATIONS_RATE_LIMIT = String(LIMIT_PER_MINUTE);
afterAll(() => {
  process.env.RECOMMENDATIONS_RATE_LIMIT = previousLimit;
});

let addresses = 0;
/** A client address (TEST-NET-3) no other test in this file uses. */
function freshIp(): string {
  addresses += 1;
  return `203.0.113.${addresses}`;
}

function rankFrom(forwardedFor: string, body: unknown = { ...validRequest, limit: 1 }) {
  return recommend(jsonRequest('/api/recommendations', body, { headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor } }));
}

async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
  return ((await response.json()) as ApiErrorBody).error;
}

describe('POST /api/recommendations rate limit', () => {
  it(`answers 429 with Retry-After after ${LIMIT_PER_MINUTE} rankings a minute from one address, and leaves other addresses alone`, async () => {
    const [busy, other] = [freshIp(), freshIp()];
    for (let i = 0; i < LIMIT_PER_MINUTE; i++) expect((await rankFrom(busy)).status).toBe(200);

    const refused = await rankFrom(busy);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(await errorOf(refused)).toEqual({ code: 'too_many_requests', message: 'Too many requests: wait a moment and try again.' });

    // Refused before the body is read: a bad body from the same address is still a 429, not a 400.
    expect((await rankFrom(busy, { nonsense: true })).status).toBe(429);
    expect((await rankFrom(other)).status).toBe(200);
  });

  it('counts by the rightmost X-Forwarded-For entry (what the proxy in front appended), whatever the client wrote before it', async () => {
    const real = freshIp();
    for (let i = 0; i < LIMIT_PER_MINUTE; i++) expect((await rankFrom(`10.9.8.${i}, ${real}`)).status).toBe(200);
    expect((await rankFrom(`10.9.8.99, ${real}`)).status).toBe(429);
  });
});

describe('bodies over 64 KB', () => {
  let cookie: string;
  let listId: string;
  beforeAll(async () => {
    cookie = (await signedInUser('caps')).jar.header();
    const ranking = await rankedPrograms(2);
    const created = await listsApi(cookie).create(listBody('Capped', ranking.results.map((r) => r.program.id)));
    listId = ((await created.json()) as { id: string }).id;
  });

  /** A body that is valid JSON but for its padding: were it parsed, the answer would be a 400. */
  const padded = (value: object) => JSON.stringify({ ...value, padding: 'x'.repeat(OVERSIZED_BYTES) });
  const json = { 'content-type': 'application/json' };

  const routes = [
    {
      route: 'POST /api/recommendations',
      send: (variant: (typeof BODY_VARIANTS)[number]) =>
        recommend(oversizedRequest('POST', '/api/recommendations', padded(validRequest), variant, { ...json, 'x-forwarded-for': freshIp() })),
    },
    {
      route: 'POST /api/register',
      send: (variant: (typeof BODY_VARIANTS)[number]) =>
        register(
          oversizedRequest('POST', '/api/register', padded({ email: uniqueEmail('big'), password: GOOD_PASSWORD }), variant, {
            ...json,
            ...SAME_ORIGIN,
            'x-forwarded-for': freshIp(),
          }),
        ),
    },
    {
      route: 'POST /api/lists',
      send: (variant: (typeof BODY_VARIANTS)[number]) =>
        listsPost(oversizedRequest('POST', '/api/lists', padded(listBody('Big', ['a'])), variant, { ...json, ...SAME_ORIGIN, cookie })),
    },
    {
      route: 'PATCH /api/lists/[id]',
      send: (variant: (typeof BODY_VARIANTS)[number]) =>
        listPatch(oversizedRequest('PATCH', `/api/lists/${listId}`, padded({ version: 1, name: 'Big' }), variant, { ...json, ...SAME_ORIGIN, cookie }), {
          params: Promise.resolve({ id: listId }),
        }),
    },
    {
      route: 'POST /api/auth/callback/credentials',
      send: (variant: (typeof BODY_VARIANTS)[number]) =>
        authPost(
          oversizedRequest(
            'POST',
            '/api/auth/callback/credentials',
            new URLSearchParams({ email: uniqueEmail('big'), password: 'x'.repeat(OVERSIZED_BYTES) }).toString(),
            variant,
            { 'content-type': 'application/x-www-form-urlencoded', ...SAME_ORIGIN, 'x-forwarded-for': freshIp() },
          ),
          { params: Promise.resolve({ nextauth: ['callback', 'credentials'] }) },
        ),
    },
  ];

  it.each(routes.flatMap(({ route, send }) => BODY_VARIANTS.map((variant) => [route, variant, send] as const)))(
    '%s answers 413 for a 70 KB body (%s)',
    async (_route, variant, send) => {
      const before = { users: await getDb().user.count(), lists: await getDb().savedList.count() };
      const response = await send(variant);
      expect(response.status).toBe(413);
      expect(await errorOf(response)).toEqual({ code: 'payload_too_large', message: 'The request body is larger than 64 KB.' });
      expect({ users: await getDb().user.count(), lists: await getDb().savedList.count() }).toEqual(before);
      expect(await getDb().savedList.findUnique({ where: { id: listId }, select: { name: true, version: true } })).toEqual({ name: 'Capped', version: 1 });
    },
  );
});

describe('fields the API does not know', () => {
  const unknown = [UNKNOWN_FIELD_MESSAGE];

  it('POST /api/recommendations refuses them at any depth, naming each', async () => {
    const cases: Array<[object, Record<string, string[]>]> = [
      [{ ...validRequest, userId: 'someone' }, { userId: unknown }],
      [{ ...validRequest, profile: { ...validRequest.profile, email: 'a@example.org' } }, { 'profile.email': unknown }],
      [{ ...validRequest, preferences: { specialties: ['IM'], weights: { price: 3 } } }, { 'preferences.weights.price': unknown }],
    ];
    for (const [body, fields] of cases) {
      const response = await rankFrom(freshIp(), body);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({ code: 'invalid_input', message: 'Some fields need attention.', fields });
    }
  });

  it('POST /api/register refuses them and creates no account', async () => {
    const email = uniqueEmail('role');
    const response = await register(
      jsonRequest('/api/register', { email, password: GOOD_PASSWORD, role: 'admin' }, { headers: { 'content-type': 'application/json', ...SAME_ORIGIN, 'x-forwarded-for': freshIp() } }),
    );
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields).toEqual({ role: unknown });
    expect(await getDb().user.count({ where: { email } })).toBe(0);
  });

  it('POST and PATCH /api/lists refuse them (server-owned fields too) and change nothing', async () => {
    const api = listsApi((await signedInUser('unknown-fields')).jar.header());
    const ids = (await rankedPrograms(2)).results.map((r) => r.program.id);
    const body = listBody('Mine', ids);

    const withOwner = await api.create({ ...body, ownerId: 'someone-else' });
    expect(withOwner.status).toBe(400);
    expect((await errorOf(withOwner)).fields).toEqual({ ownerId: unknown });
    const withChance = await api.create({ ...body, items: [{ ...body.items[0]!, chance: 0.99 }] });
    expect((await errorOf(withChance)).fields).toEqual({ 'items.0.chance': unknown });
    expect(((await (await api.index()).json()) as unknown[]).length).toBe(0);

    const saved = (await (await api.create(body)).json()) as { id: string };
    const patched = await api.patch(saved.id, { version: 1, name: 'Renamed', createdAt: '2020-01-01T00:00:00Z' });
    expect(patched.status).toBe(400);
    expect((await errorOf(patched)).fields).toEqual({ createdAt: unknown });
    expect(await getDb().savedList.findUnique({ where: { id: saved.id }, select: { name: true, version: true } })).toEqual({ name: 'Mine', version: 1 });
  });

  it('GET /api/programs refuses query parameters it does not know', async () => {
    const response = await programsGet(new Request(`${BASE_URL}/api/programs?specialty=IM&admin=1`));
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields).toEqual({ admin: unknown });
  });
});
