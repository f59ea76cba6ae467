// Issue 14, W2 and W3: limits on what one signed-in account can ask of the server. Ranking work
// (compare, save, add programs) counts against a per-user budget; an account keeps at most 100
// lists of at most 400 programs; GET /api/lists is paged.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { MAX_LIST_ITEMS, MAX_LISTS_PER_ACCOUNT } from '@/lib/schemas/list-rules';
import type { SavedListSummary, SavedListView } from '@/lib/lists/types';
import { signedInUser } from './support/auth';
import { PLAN, listBody, listsApi, rankedPrograms } from './support/lists';

const PER_MINUTE = 4;
const previousLimit = process.env.RECOMMENDATIONS_RATE_LIMIT;
process.env.RECOMMENDATIONS_RATE_LIMIT = String(PER_MINUTE);

let topIds: string[];
beforeAll(async () => {
  topIds = (await rankedPrograms(5)).results.map((r) => r.program.id);
  return () => {
    process.env.RECOMMENDATIONS_RATE_LIMIT = previousLimit;
  };
});

async function userIdOf(email: string): Promise<string> {
  return (await getDb().user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

describe('ranking work per signed-in user', () => {
  it(`refuses the ${PER_MINUTE + 1}th save or compare in a minute (429 with Retry-After), and leaves other users alone`, async () => {
    const busy = listsApi((await signedInUser('busy')).jar.header());
    const created = await busy.create(listBody('one', topIds.slice(0, 2)));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as SavedListView;
    const statuses: number[] = [];
    for (let i = 0; i < PER_MINUTE; i++) statuses.push((await busy.compare(id)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await busy.create(listBody('two', topIds.slice(0, 2)));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    const other = listsApi((await signedInUser('other')).jar.header());
    expect((await other.create(listBody('mine', topIds.slice(0, 2)))).status).toBe(201);
  });
});

describe('caps on lists', () => {
  it(`keeps at most ${MAX_LISTS_PER_ACCOUNT} lists per account, with a clear 409`, async () => {
    const { email, jar } = await signedInUser('hoarder');
    const ownerId = await userIdOf(email);
    await getDb().savedList.createMany({
      data: Array.from({ length: MAX_LISTS_PER_ACCOUNT }, (_, i) => ({ ownerId, name: `list ${i}`, input: PLAN, engineVersion: 'x', catalogVersion: 'x' })),
    });
    const api = listsApi(jar.header());
    const refused = await api.create(listBody('one too many', topIds.slice(0, 1)));
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('list_limit');
    expect(body.error.message).toContain(`${MAX_LISTS_PER_ACCOUNT} saved lists`);
    expect(await getDb().savedList.count({ where: { ownerId } })).toBe(MAX_LISTS_PER_ACCOUNT);

    // Paged: the newest first, 30 at a time, with the total in a header.
    const page = await api.index('?limit=30&offset=90');
    expect(page.status).toBe(200);
    expect(page.headers.get('x-total-count')).toBe(String(MAX_LISTS_PER_ACCOUNT));
    expect(((await page.json()) as SavedListSummary[]).length).toBe(10);
    expect((await api.index('?limit=500')).status).toBe(400);
  });

  it(`refuses a list of more than ${MAX_LIST_ITEMS} programs with a field message`, async () => {
    const api = listsApi((await signedInUser('long')).jar.header());
    const ids = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `p${i}`);
    const response = await api.create(listBody('too long', ids));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain(`at most ${MAX_LIST_ITEMS} programs`);
  });
});
