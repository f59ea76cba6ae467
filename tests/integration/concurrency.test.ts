// Races, through the real route handlers on the real database: two saves of the same list version
// (one wins, the other gets 409 and nothing is lost), and a catalog import while rankings are served
// (every ranking is entirely one catalog version).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as recommend } from '@/app/api/recommendations/route';
import { importCatalog } from '@/lib/catalog/import/import-catalog';
import { getDb } from '@/lib/db/client';
import type { SavedListView } from '@/lib/lists/types';
import type { ExpandedRecommendationResponse as ExpandedReply } from '@/lib/recommendations/types';
import { jsonRequest } from './helpers';
import { signedInUser } from './support/auth';
import { parseErrorBody } from './support/error-shape';
import { listBody, listsApi, rankedPrograms } from './support/lists';

const ITERATIONS = 20;

describe('two saves of the same list version at once', () => {
  it(`lets exactly one win and tells the other to reload, ${ITERATIONS} times over, losing nothing`, { timeout: 120_000 }, async () => {
    const api = listsApi((await signedInUser('race')).jar.header());
    const ids = (await rankedPrograms(8)).results.map((result) => result.program.id);
    const [a, b, c, d, e] = ids as [string, string, string, string, string];
    const outcomes = { laptop: 0, phone: 0 };

    for (let round = 0; round < ITERATIONS; round++) {
      const created = await api.create(listBody(`Race ${round}`, [a, b, c]));
      expect(created.status).toBe(201);
      const list = (await created.json()) as SavedListView;
      // Two devices change the same version differently; one also adds programs (it ranks first, so
      // the two take different paths and times to the version check).
      const laptop = { version: list.version, name: `Laptop ${round}`, items: [{ programId: c, rank: 1, note: 'laptop' }, { programId: a, rank: 2 }, { programId: b, rank: 3 }] };
      const phone = {
        version: list.version,
        name: `Phone ${round}`,
        items: [{ programId: d, rank: 1, status: 'applied' }, { programId: b, rank: 2 }, { programId: e, rank: 3 }, { programId: a, rank: 4, note: 'phone' }],
      };
      const [fromLaptop, fromPhone] = await Promise.all([api.patch(list.id, laptop), api.patch(list.id, phone)]);
      expect([fromLaptop.status, fromPhone.status].sort(), `round ${round}`).toEqual([200, 409]);

      const laptopWon = fromLaptop.status === 200;
      outcomes[laptopWon ? 'laptop' : 'phone'] += 1;
      const winner = (await (laptopWon ? fromLaptop : fromPhone).json()) as SavedListView;
      const loser = parseErrorBody(await (laptopWon ? fromPhone : fromLaptop).text());
      expect(loser.error.code).toBe('version_conflict');
      expect(loser.error.message).toMatch(/reload/i);

      // The stored list is the winner's, whole: its name, every one of its programs in its order, its notes.
      const sent = laptopWon ? laptop : phone;
      const stored = (await (await api.get(list.id)).json()) as SavedListView;
      expect(stored).toEqual(winner);
      expect(stored.version).toBe(list.version + 1);
      expect(stored.name).toBe(sent.name);
      expect(stored.items.map((item) => [item.programId, item.rank])).toEqual(sent.items.map((item) => [item.programId, item.rank]));
      expect(stored.items.map((item) => item.note).filter(Boolean)).toEqual([laptopWon ? 'laptop' : 'phone']);

      // The loser reloads and makes its change again: it goes through on the new version.
      const retried = await api.patch(list.id, { ...(laptopWon ? phone : laptop), version: stored.version });
      expect(retried.status).toBe(200);
      expect(((await retried.json()) as SavedListView).items).toHaveLength((laptopWon ? phone : laptop).items.length);
    }
    console.log(`[concurrency] ${ITERATIONS} races of two saves: laptop won ${outcomes.laptop}, phone won ${outcomes.phone}; every loser got 409`);
  });
});

/** Programs of a specialty with few programs, so each ranking covers all of them on one page. */
const SPECIALTY = 'VASC';
const PLAN = {
  profile: { applicantType: 'US_MD', graduationYear: 2026, step2Score: 245, examFailures: 0, researchItems: 3, visaNeeded: 'NONE' },
  preferences: { specialties: [SPECIALTY] },
  limit: 500,
  // The programs' positions too (issue 18: the lean reply leaves them out).
  expand: true,
} as const;

interface CatalogVersion {
  label: string;
  /** Program id → what the ranking shows of it at this version. */
  programs: Map<string, { name: string; city: string | null; positions: number | null }>;
}

function canonicalCsv(label: string, rows: { id: string; name: string; city: string; positions: number }[]): string {
  const lines = rows.map((row) => `${row.id},${row.name} (${label}),Concurrency Example Hospital,${SPECIALTY},NY,${row.city},URBAN,UNIVERSITY,${row.positions}`);
  return ['acgme_id,name,institution,specialty,state,city,setting,type,positions', ...lines].join('\n');
}

const IMPORTS = [
  canonicalCsv('v1', [{ id: '4509990001', name: 'Alpha', city: 'Albany', positions: 2 }, { id: '4509990002', name: 'Beta', city: 'Buffalo', positions: 3 }]),
  // v2 renames both, moves one and adds a third: any mix of v1 and v2 in one ranking shows.
  canonicalCsv('v2', [{ id: '4509990001', name: 'Alpha', city: 'Ithaca', positions: 5 }, { id: '4509990002', name: 'Beta', city: 'Buffalo', positions: 4 }, { id: '4509990003', name: 'Gamma', city: 'Utica', positions: 1 }]),
  canonicalCsv('v3', [{ id: '4509990001', name: 'Alpha', city: 'Albany', positions: 6 }, { id: '4509990003', name: 'Gamma', city: 'Rome', positions: 2 }]),
];

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'smartpick-concurrency-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** What the database holds for the specialty now, labelled with the catalog revision. */
async function catalogNow(): Promise<[string, CatalogVersion]> {
  const db = getDb();
  const [revision, rows] = await db.$transaction(
    async (tx) => [
      await tx.catalogRevision.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }),
      await tx.program.findMany({ where: { specialtyCode: SPECIALTY }, select: { id: true, name: true, city: true, positions: true } }),
    ] as const,
    { isolationLevel: 'RepeatableRead' },
  );
  const version = `rev-${revision?.id ?? 0}`;
  return [version, { label: version, programs: new Map(rows.map((row) => [row.id, { name: row.name, city: row.city, positions: row.positions }])) }];
}

async function rank(): Promise<ExpandedReply> {
  const response = await recommend(jsonRequest('/api/recommendations', PLAN));
  expect(response.status).toBe(200);
  return (await response.json()) as ExpandedReply;
}

describe('a catalog import while rankings are served', () => {
  it('serves every ranking from one catalog version: old or new, never a mix', { timeout: 120_000 }, async () => {
    const versions = new Map<string, CatalogVersion>();
    const importFile = async (index: number) => {
      const file = path.join(scratch, `concurrency-v${index + 1}.csv`);
      await writeFile(file, IMPORTS[index]!);
      const report = await importCatalog(getDb(), { path: file, format: 'canonical', name: `Concurrency v${index + 1}`, importedBy: 'concurrency-test' });
      expect(report.rejected).toEqual([]);
      const [version, catalog] = await catalogNow();
      versions.set(version, catalog);
      return version;
    };

    const first = await importFile(0);
    const replies: ExpandedReply[] = [];
    let importing = true;
    // Four clients rank over and over while two imports land; each keeps ranking until the last version reached it.
    let last = first;
    const rankers = Array.from({ length: 4 }, async () => {
      const seen: string[] = [];
      for (;;) {
        // Requests arrive through I/O: let the event loop run between them, as a server's would.
        await new Promise((resolve) => setImmediate(resolve));
        const reply = await rank();
        replies.push(reply);
        seen.push(reply.catalogVersion);
        if (!importing && reply.catalogVersion === last) return seen;
      }
    });
    for (const index of [1, 2]) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      last = await importFile(index);
    }
    importing = false;
    let timer: NodeJS.Timeout | undefined;
    const seenByRanker = await Promise.race([
      Promise.all(rankers),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the new catalog version never reached the rankings')), 60_000);
      }),
    ]).finally(() => clearTimeout(timer));

    const counts = new Map<string, number>();
    for (const reply of replies) {
      const version = versions.get(reply.catalogVersion);
      expect(version, `a ranking names catalog ${reply.catalogVersion}, which no import produced`).toBeDefined();
      counts.set(reply.catalogVersion, (counts.get(reply.catalogVersion) ?? 0) + 1);
      // Every program is the one of this version, and every program of this version that the
      // applicant can apply to is there (the imported ones all are).
      for (const result of reply.results) {
        expect(version!.programs.get(result.program.id), `${result.program.id} in ${reply.catalogVersion}`).toEqual({
          name: result.program.name,
          city: result.program.city,
          positions: result.program.positions,
        });
      }
      const imported = [...version!.programs.keys()].filter((id) => id.startsWith('acgme-450999'));
      expect(reply.results.filter((r) => r.program.id.startsWith('acgme-450999')).map((r) => r.program.id).sort()).toEqual(imported.sort());
      expect(reply.total).toBe(reply.results.length);
    }
    // No client went back to an older catalog once it had been served a newer one.
    const order = [...versions.keys()];
    for (const seen of seenByRanker) {
      const positions = seen.map((v) => order.indexOf(v));
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
    }
    expect(counts.get(last)).toBeGreaterThan(0);
    console.log(`[concurrency] ${replies.length} rankings during 2 imports, by catalog version: ${[...counts].map(([v, n]) => `${v}: ${n}`).join(', ')}`);
  });
});
