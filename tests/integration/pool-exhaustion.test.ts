// A saturated database answers 503 with Retry-After within a bounded wait, never a hang, and the app
// works again as soon as connections free up: the real route handlers on the real pool
// (lib/db/create-client.ts), then the exact errors Prisma 7 + adapter-pg throw, on a client with a tiny pool.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { POST as recommend } from '@/app/api/recommendations/route';
import { invalidateCatalogSnapshot } from '@/lib/catalog/snapshot';
import { getDb } from '@/lib/db/client';
import { createPrismaClient, POOL_CONNECTION_TIMEOUT_MS, POOL_MAX_CONNECTIONS, type Database } from '@/lib/db/create-client';
import { DATABASE_RETRY_AFTER_SECONDS, errorResponse, isDatabaseUnavailable } from '@/lib/http/errors';
import { jsonRequest, validRequest } from './helpers';
import { signedInUser } from './support/auth';
import { parseErrorBody } from './support/error-shape';
import { listBody, listsApi, rankedPrograms } from './support/lists';

/** Generous: a hang detector on a loaded 2-core machine, not a speed target. */
const SLACK_MS = 5_000;

let admin: pg.Client;

beforeEach(async () => {
  admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
});

afterEach(async () => {
  await admin.end();
});

/** Sleeping statements that hold `count` of the client's connections, tagged so they can be found and cancelled. */
async function holdConnections(db: Database, count: number, tag: string): Promise<{ release: () => Promise<void> }> {
  const sleepers = Promise.allSettled(Array.from({ length: count }, () => db.$queryRawUnsafe(`SELECT pg_sleep(60)::text AS ${tag}`)));
  const deadline = Date.now() + 15_000;
  for (;;) {
    const { rows } = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1 AND pid <> pg_backend_pid()`,
      [`%AS ${tag}%`],
    );
    if (rows[0]!.n === count) break;
    if (Date.now() > deadline) throw new Error(`only ${rows[0]!.n} of ${count} connections are held`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    release: async () => {
      await admin.query(`SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`, [`%AS ${tag}%`]);
      const settled = await sleepers;
      // Cancelled, as asked: none of them ran to the end.
      expect(settled.every((result) => result.status === 'rejected')).toBe(true);
    },
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

async function expectUnavailable(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
  expect(parseErrorBody(await response.text()).error.code).toBe('service_unavailable');
}

describe('when every pooled connection is busy', () => {
  it('answers 503 with Retry-After after the pool’s bounded wait, for a ranking and a list save, then serves again', async () => {
    const api = listsApi((await signedInUser('pool')).jar.header());
    const ids = (await rankedPrograms(3)).results.map((result) => result.program.id);
    const created = await api.create(listBody('Pool', ids));
    const list = (await created.json()) as { id: string; version: number };

    const held = await holdConnections(getDb(), POOL_MAX_CONNECTIONS, 'pool_exhaustion_test');
    try {
      // The ranking needs the database: its cached catalog is gone.
      invalidateCatalogSnapshot();
      const [ranking, save] = await Promise.all([
        timed(() => recommend(jsonRequest('/api/recommendations', validRequest))),
        timed(() => api.patch(list.id, { version: list.version, name: 'Renamed while saturated' })),
      ]);
      for (const { value, ms } of [ranking, save]) {
        await expectUnavailable(value);
        // It waited for a connection (it did not fail at once) and then gave up: bounded, not a hang.
        expect(ms).toBeGreaterThanOrEqual(POOL_CONNECTION_TIMEOUT_MS - 250);
        expect(ms).toBeLessThan(POOL_CONNECTION_TIMEOUT_MS + SLACK_MS);
      }
    } finally {
      await held.release();
    }

    const again = await recommend(jsonRequest('/api/recommendations', validRequest));
    expect(again.status).toBe(200);
    const saved = await api.patch(list.id, { version: list.version, name: 'Renamed afterwards' });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { name: string }).name).toBe('Renamed afterwards');
  });
});

describe('what Prisma throws when the database is saturated', () => {
  it('maps a pool wait timeout, a transaction that cannot start and a statement timeout to 503, and the pool recovers', async () => {
    const tiny = createPrismaClient(process.env.DATABASE_URL!, { maxConnections: 1, connectionTimeoutMs: 1_000 });
    const impatient = createPrismaClient(process.env.DATABASE_URL!, { maxConnections: 1, statementTimeoutMs: 300 });
    try {
      const slow = await impatient.$queryRaw`SELECT pg_sleep(2)::text`.then(
        () => null,
        (error: unknown) => error,
      );
      const held = await holdConnections(tiny, 1, 'tiny_pool_test');
      let poolWait: unknown;
      let transactionStart: unknown;
      try {
        poolWait = await tiny.program.count().catch((error: unknown) => error);
        transactionStart = await tiny.$transaction((tx) => tx.program.count(), { maxWait: 300 }).catch((error: unknown) => error);
      } finally {
        await held.release().catch(() => undefined);
      }
      for (const error of [slow, poolWait, transactionStart]) {
        expect(error).toBeInstanceOf(Error);
        expect(isDatabaseUnavailable(error), String(error)).toBe(true);
        await expectUnavailable(errorResponse(error));
      }
      expect(String(transactionStart)).toMatch(/unable to start a transaction/i);
      expect(String(poolWait)).toMatch(/timeout exceeded when trying to connect/i);
      expect(String(slow)).toMatch(/statement timeout/i);
      // Nothing leaked: the one connection serves queries and transactions again.
      expect(await tiny.program.count()).toBeGreaterThan(0);
      expect(await tiny.$transaction((tx) => tx.program.count())).toBeGreaterThan(0);
    } finally {
      await Promise.all([tiny.$disconnect(), impatient.$disconnect()]);
    }
  });
});
