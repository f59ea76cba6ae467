// Every JSON route, called in-process against the real database with thousands of generated hostile
// requests (tests/integration/support/hostile.ts): never a 5xx, every 4xx in the documented shape,
// and the refusals the contract names (415 wrong type, 413 over 64 KB, 400 not JSON) where they apply.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as recommend } from '@/app/api/recommendations/route';
import { POST as register } from '@/app/api/register/route';
import { GET as listsIndex, POST as createList } from '@/app/api/lists/route';
import { GET as getList, PATCH as patchList } from '@/app/api/lists/[id]/route';
import { GET as listPrograms } from '@/app/api/programs/route';
import { GET as getProgram } from '@/app/api/programs/[id]/route';
import { getDb } from '@/lib/db/client';
import { MAX_BODY_BYTES } from '@/lib/http/body';
import type { SavedListView } from '@/lib/lists/types';
import { BASE_URL } from './helpers';
import { signedInUser } from './support/auth';
import { parseErrorBody } from './support/error-shape';
import { HOSTILE_KEYS, hostileBodies, hostileString, isJsonType, requestFor, type BodyCase } from './support/hostile';
import { SAME_ORIGIN } from './support/lists';

/** Cases per route (the issue asks for at least 5,000). */
const RUNS = 5_000;
const ROUTE_TIMEOUT_MS = 240_000;

/** A small specialty keeps the valid cases' rankings cheap. */
const PLAN = {
  profile: { applicantType: 'US_IMG', graduationYear: 2024, step2Score: 241, examFailures: 0, researchItems: 2, usceMonths: 3, visaNeeded: 'J1' },
  preferences: { specialties: ['THOR'], preferredStates: ['NY'], excludedStates: ['TX'], programTypes: ['UNIVERSITY'], weights: { location: 3 } },
};

/** Statuses and kinds seen, printed per route so the counts are on record. */
class Tally {
  readonly byStatus = new Map<number, number>();
  readonly byKind = new Map<string, number>();
  cases = 0;

  add(kind: string, status: number): void {
    this.cases += 1;
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
  }

  print(route: string, ms: number): void {
    const list = (map: Map<string | number, number>) => [...map].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([k, n]) => `${k}: ${n}`).join(', ');
    console.log(`[fuzz] ${route}: ${this.cases} cases in ${(ms / 1000).toFixed(1)} s\n  status  ${list(this.byStatus)}\n  kinds   ${list(this.byKind)}`);
  }
}

function preview(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes);
  return text.length > 300 ? `${text.slice(0, 300)}… (${bytes.byteLength} bytes)` : text;
}

/** What the contract says a body-reading route answers, when the body alone decides it. */
function contractStatus(body: BodyCase): number | null {
  if (!isJsonType(body.contentType)) return 415;
  if (body.bytes.byteLength > MAX_BODY_BYTES) return 413;
  try {
    JSON.parse(new TextDecoder().decode(body.bytes));
    return null;
  } catch {
    return 400;
  }
}

/** The invariants every reply keeps: no 5xx, JSON, no-store, and the documented error shape. */
async function checkReply(response: Response, context: () => string): Promise<void> {
  const text = await response.text();
  if (response.status >= 500) throw new Error(`${response.status} for ${context()}\nreply: ${text.slice(0, 500)}`);
  expect(response.headers.get('cache-control'), context()).toBe('no-store');
  if (response.status >= 400) {
    try {
      parseErrorBody(text);
    } catch (error) {
      throw new Error(`${(error as Error).message}\nfor ${context()}`);
    }
  } else if (response.status !== 204) JSON.parse(text);
}

interface BodyRoute {
  valid: unknown;
  send: (body: BodyCase, signedIn: boolean) => Promise<Response>;
  /** The route needs a session: one case in five is sent signed out and must get 401 before its body is read. */
  needsSession?: boolean;
}

async function fuzzBodies(name: string, route: BodyRoute): Promise<Tally> {
  const tally = new Tally();
  const started = Date.now();
  const signedIn = route.needsSession ? fc.integer({ min: 0, max: 4 }).map((n) => n > 0) : fc.constant(true);
  await fc.assert(
    fc.asyncProperty(hostileBodies(route.valid), signedIn, async (body, withSession) => {
      const response = await route.send(body, withSession);
      const context = () => `${name}${withSession ? '' : ' signed out'}, ${body.kind} (${body.contentType ?? 'no content type'}): ${preview(body.bytes)}`;
      const expected = withSession ? contractStatus(body) : 401;
      if (expected !== null) expect(response.status, context()).toBe(expected);
      await checkReply(response, context);
      tally.add(withSession ? body.kind : 'signed out', response.status);
    }),
    { numRuns: RUNS },
  );
  tally.print(name, Date.now() - started);
  return tally;
}

let ip = 0;
/** A new client address per sign-up, so that the per-IP limit lets validation run (TEST-NET-3 and beyond). */
function nextIp(): string {
  ip += 1;
  return `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`;
}

let cookie: string;
let programIds: string[];
let listId: string;
let listVersion: number;

beforeAll(async () => {
  cookie = (await signedInUser('fuzz')).jar.header();
  const programs = await getDb().program.findMany({ where: { specialtyCode: 'THOR' }, select: { id: true }, orderBy: { id: 'asc' }, take: 3 });
  programIds = programs.map((p) => p.id);
  const created = await createList(
    new Request(`${BASE_URL}/api/lists`, {
      method: 'POST',
      headers: { ...SAME_ORIGIN, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Fuzz target', input: PLAN, items: programIds.map((programId, i) => ({ programId, rank: i + 1 })) }),
    }),
  );
  expect(created.status).toBe(201);
  const list = (await created.json()) as SavedListView;
  listId = list.id;
  listVersion = list.version;
});

const params = <T>(value: T) => ({ params: Promise.resolve(value) });
/** Stands for the list's current version in the valid PATCH body; the sender puts the real one in. */
const VERSION_MARKER = 777_777;

describe(`fuzzing the JSON routes (${RUNS} cases each)`, () => {
  it('POST /api/recommendations', { timeout: ROUTE_TIMEOUT_MS }, async () => {
    const tally = await fuzzBodies('POST /api/recommendations', {
      valid: { ...PLAN, limit: 10 },
      send: (body) => recommend(requestFor(`${BASE_URL}/api/recommendations`, 'POST', body)),
    });
    // Some mutations keep the body valid: the engine and the catalog were reached, not only the schema.
    expect(tally.byStatus.get(200) ?? 0).toBeGreaterThan(50);
    expect(tally.byStatus.get(400) ?? 0).toBeGreaterThan(RUNS / 2);
  });

  it('POST /api/register', { timeout: ROUTE_TIMEOUT_MS }, async () => {
    const tally = await fuzzBodies('POST /api/register', {
      valid: { email: 'fuzz-register@example.org', password: 'a long enough pass phrase', name: 'Fuzz' },
      send: (body) => register(requestFor(`${BASE_URL}/api/register`, 'POST', body, { 'x-forwarded-for': nextIp() })),
    });
    expect((tally.byStatus.get(201) ?? 0) + (tally.byStatus.get(409) ?? 0)).toBeGreaterThan(20);
  });

  it('POST /api/lists, signed in and out', { timeout: ROUTE_TIMEOUT_MS }, async () => {
    const tally = await fuzzBodies('POST /api/lists', {
      valid: { name: 'Fuzzed list', input: PLAN, items: programIds.map((programId, i) => ({ programId, rank: i + 1, note: 'n' })) },
      send: (body, signedIn) => createList(requestFor(`${BASE_URL}/api/lists`, 'POST', body, { ...SAME_ORIGIN, ...(signedIn ? { cookie } : {}) })),
      needsSession: true,
    });
    expect(tally.byStatus.get(201) ?? 0).toBeGreaterThan(20);
    expect(tally.byStatus.get(401) ?? 0).toBeGreaterThan(RUNS / 10);
  });

  it('PATCH /api/lists/[id], signed in and out', { timeout: ROUTE_TIMEOUT_MS }, async () => {
    const tally = await fuzzBodies('PATCH /api/lists/[id]', {
      valid: { version: VERSION_MARKER, name: 'Renamed', items: [...programIds].reverse().map((programId, i) => ({ programId, rank: i + 1, status: 'applied' })) },
      send: async (body, signedIn) => {
        const text = new TextDecoder().decode(body.bytes);
        const withVersion = body.kind === 'mutated valid body' ? { ...body, bytes: new TextEncoder().encode(text.replace(String(VERSION_MARKER), String(listVersion))) } : body;
        const headers = { ...SAME_ORIGIN, ...(signedIn ? { cookie } : {}) };
        const response = await patchList(requestFor(`${BASE_URL}/api/lists/${listId}`, 'PATCH', withVersion, headers), params({ id: listId }));
        if (response.status === 200) listVersion = ((await response.clone().json()) as SavedListView).version;
        return response;
      },
      needsSession: true,
    });
    expect(tally.byStatus.get(200) ?? 0).toBeGreaterThan(20);
    // The list is still whole and readable after everything thrown at it.
    const after = await getList(new Request(`${BASE_URL}/api/lists/${listId}`, { headers: { cookie } }), params({ id: listId }));
    expect(after.status).toBe(200);
    expect(((await after.json()) as SavedListView).items.length).toBeGreaterThan(0);
  });
});

const QUERY_KEYS = ['q', 'specialty', 'state', 'region', 'type', 'setting', 'size', 'j1', 'h1b', 'imgs', 'dos', 'cutoff', 'yog', 'sort', 'page', 'limit'];
const QUERY_VALUES = ['IM', 'IM,FM', 'NY', 'NORTHEAST', 'UNIVERSITY', 'URBAN', 'SMALL', 'true', 'false', '230', 'none', '3', 'name', 'size', '1', '2', '100', '401', '0', '-1', '1e3', '2.5', 'NaN', 'Infinity'];

const hostileQuery = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 6 })),
          fc.oneof(fc.constantFrom(...QUERY_VALUES), hostileString),
        ),
        { maxLength: 8 },
      )
      .map((pairs) => {
        const search = new URLSearchParams();
        for (const [key, value] of pairs) search.append(key, value);
        return search.toString();
      }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom('q=%', 'q=%zz', 'q=%E0%A4%A', 'q=%00', 'state=%F0%9F%98', 'page=9999999999999999999999', 'limit=1e2', 'q=' + 'a'.repeat(5_000), '__proto__[x]=1', 'state=NY&state=NJ&state=' + 'CA,'.repeat(100)) },
);

describe(`fuzzing the query and path parameters (${RUNS} cases each)`, () => {
  it('GET /api/programs with hostile query strings', { timeout: ROUTE_TIMEOUT_MS }, async () => {
    const tally = new Tally();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(hostileQuery, async (query) => {
        const response = await listPrograms(new Request(`${BASE_URL}/api/programs?${query}`));
        expect([200, 400], query).toContain(response.status);
        await checkReply(response, () => `GET /api/programs?${query}`);
        tally.add('query', response.status);
      }),
      { numRuns: RUNS },
    );
    tally.print('GET /api/programs', Date.now() - started);
    expect(tally.byStatus.get(200) ?? 0).toBeGreaterThan(100);
  });

  it('GET /api/programs/[id] and /api/lists/[id] with hostile ids', { timeout: ROUTE_TIMEOUT_MS }, async () => {
    const tally = new Tally();
    const started = Date.now();
    const someId = fc.oneof(hostileString, fc.constantFrom(...programIds, listId, `${listId}\u0000`, `${programIds[0]}'`, 'x'.repeat(65)));
    await fc.assert(
      fc.asyncProperty(someId, fc.boolean(), async (id, asList) => {
        const response = asList
          ? await getList(new Request(`${BASE_URL}/api/lists/x`, { headers: { cookie } }), params({ id }))
          : await getProgram(new Request(`${BASE_URL}/api/programs/x`), params({ id }));
        expect([200, 404], JSON.stringify(id)).toContain(response.status);
        await checkReply(response, () => `${asList ? 'list' : 'program'} id ${JSON.stringify(id)}`);
        tally.add(asList ? 'list id' : 'program id', response.status);
      }),
      { numRuns: RUNS },
    );
    tally.print('GET /api/programs/[id], /api/lists/[id]', Date.now() - started);
    const index = await listsIndex(new Request(`${BASE_URL}/api/lists`, { headers: { cookie } }));
    expect(index.status).toBe(200);
  });
});
