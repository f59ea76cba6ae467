// Two app instances on one PostgreSQL (issue 18 part 4), as behind a load balancer: production
// servers (scripts/server.ts, as `npm start` runs it) of this spec's own, on an embedded PostgreSQL
// in its own folder, sharing one database and one AUTH_SECRET. A session made on one works on the
// other, the sign-up limit is counted across both, and a catalog import is seen by both within 5 s.
// The shared webServer of the other specs is left alone: these serve on E2E_PORT + 2 and + 3.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { seedDemoCatalog } from '@/lib/catalog/seed';
import { createPrismaClient } from '@/lib/db/create-client';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded';
import { migrateDatabase } from '@/lib/db/migrations';
import { INTERNAL_MEDICINE_PLAN, newAccount, registerWithApi, signInWithApi } from './account-fixtures';

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
const SITES = [`http://127.0.0.1:${BASE_PORT}`, `http://127.0.0.1:${BASE_PORT + 1}`] as const;
const DATA_DIR = path.resolve('.data', `e2e-instances-postgres-${process.pid}`);
const DATABASE = 'smartpick_instances';
/** Sign-ups per address an hour on these two instances: small, so that the test reaches it. */
const SIGN_UP_LIMIT = 4;
/** What the issue asks: an import reaches every instance within this long. */
const IMPORT_SEEN_WITHIN_MS = 5_000;

let database: EmbeddedDatabase | undefined;
let databaseUrl = '';
const servers: ChildProcess[] = [];
const serverLog: string[] = [];

async function waitForServer(server: ChildProcess, site: string, deadline: number): Promise<void> {
  for (;;) {
    if (server.exitCode !== null) throw new Error(`${site} exited (${server.exitCode}):\n${serverLog.join('').slice(-2_000)}`);
    try {
      if ((await fetch(`${site}/api/specialties`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${site} did not answer:\n${serverLog.join('').slice(-2_000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  database = await startEmbeddedPostgres(DATA_DIR);
  if (!database.owned) throw new Error(`${DATA_DIR} is already served by another PostgreSQL; this spec must own its server.`);
  await ensureDatabase(database.urlFor('postgres'), DATABASE);
  databaseUrl = database.urlFor(DATABASE);
  await migrateDatabase(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  try {
    await seedDemoCatalog(db);
  } finally {
    await db.$disconnect();
  }
  // One secret for both, as every instance behind a load balancer must share (README, Running several instances).
  const secret = randomBytes(32).toString('base64url');
  for (const site of SITES) {
    const port = new URL(site).port;
    // Its own process group, so that afterAll ends the server and every process it started.
    const server = spawn('npx', ['tsx', 'scripts/server.ts', '-p', port, '-H', '127.0.0.1'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: secret,
        AUTH_TRUST_HOST: 'true',
        NEXT_TELEMETRY_DISABLED: '1',
        RECOMMENDATIONS_RATE_LIMIT: '1000',
        SIGN_UP_RATE_LIMIT: String(SIGN_UP_LIMIT),
      },
    });
    server.stdout?.on('data', (chunk: Buffer) => serverLog.push(chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => serverLog.push(chunk.toString()));
    servers.push(server);
  }
  // One after the other: two cold starts at once on two cores would only slow both.
  for (const [i, site] of SITES.entries()) await waitForServer(servers[i]!, site, Date.now() + 90_000);
});

test.afterAll(async () => {
  await Promise.all(servers.map(stop));
  await database?.stop();
  await rm(DATA_DIR, { recursive: true, force: true });
});

async function contextFor(site: string, storageState?: Awaited<ReturnType<APIRequestContext['storageState']>>) {
  return playwrightRequest.newContext({ baseURL: site, ...(storageState ? { storageState } : {}) });
}

async function catalogVersion(context: APIRequestContext): Promise<string> {
  const response = await context.post('/api/recommendations', { data: { ...INTERNAL_MEDICINE_PLAN, limit: 1 } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { catalogVersion: string }).catalogVersion;
}

test('a session made on one instance works on the other, and so does what it saved', async () => {
  const [a, b] = SITES;
  const onA = await contextFor(a);
  const account = newAccount('instances');
  await registerWithApi(onA, account);
  await signInWithApi(onA, account);
  // The same cookies, sent to the other instance (a load balancer may route any request anywhere).
  const onB = await contextFor(b, await onA.storageState());
  try {
    const session = (await (await onB.get('/api/auth/session')).json()) as { user?: { email?: string } };
    expect(session.user?.email).toBe(account.email);
    // A list saved through B is there when A is asked.
    const ranked = await onB.post('/api/recommendations', { data: { ...INTERNAL_MEDICINE_PLAN, limit: 3 } });
    const { results } = (await ranked.json()) as { results: { rank: number; tier: string; program: { id: string } }[] };
    const items = results.map((result) => ({ programId: result.program.id, rank: result.rank, tier: result.tier }));
    const saved = await onB.post('/api/lists', { data: { name: 'Saved through B', input: INTERNAL_MEDICINE_PLAN, items } });
    expect(saved.status(), await saved.text()).toBe(201);
    const { id } = (await saved.json()) as { id: string };
    const read = await onA.get(`/api/lists/${id}`);
    expect(read.status()).toBe(200);
    expect(((await read.json()) as { name: string }).name).toBe('Saved through B');
  } finally {
    await onA.dispose();
    await onB.dispose();
  }
});

test('the sign-up limit is counted across both instances, not per instance', async () => {
  const contexts = await Promise.all(SITES.map((site) => contextFor(site)));
  try {
    // The first test made one account from this address; the rest of the budget alternates A, B, A…
    for (let made = 1; made < SIGN_UP_LIMIT; made++) await registerWithApi(contexts[made % 2]!, newAccount('instances-limit'));
    // Spent on the two together: each instance now refuses, though neither alone saw SIGN_UP_LIMIT.
    for (const context of contexts) {
      const refused = await context.post('/api/register', { data: newAccount('instances-limit') });
      expect(refused.status(), await refused.text()).toBe(429);
      expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    }
  } finally {
    await Promise.all(contexts.map((context) => context.dispose()));
  }
});

test(`a catalog import through one database reaches both instances within ${IMPORT_SEEN_WITHIN_MS / 1000} s`, async () => {
  const contexts = await Promise.all(SITES.map((site) => contextFor(site)));
  try {
    const before = await Promise.all(contexts.map(catalogVersion));
    expect(before[0]).toBe(before[1]);
    // The import as an operator runs it: the CLI, once, against the shared database.
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const importer = spawn(
        'npx',
        ['tsx', 'scripts/catalog-import.ts', 'tests/fixtures/catalog/e2e-programs.csv', '--name', 'Two instances', '--year', '2026', '--by', 'e2e'],
        { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DATABASE_URL: databaseUrl } },
      );
      importer.stderr?.on('data', (chunk: Buffer) => serverLog.push(chunk.toString()));
      importer.once('error', reject);
      importer.once('exit', resolve);
    });
    expect(exitCode, serverLog.join('').slice(-2_000)).toBe(0);
    const imported = Date.now();
    const seenAfter = await Promise.all(
      contexts.map(async (context) => {
        for (;;) {
          const version = await catalogVersion(context);
          if (version !== before[0]) return { version, ms: Date.now() - imported };
          expect(Date.now() - imported, 'the import is not seen yet').toBeLessThan(IMPORT_SEEN_WITHIN_MS + 5_000);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }),
    );
    console.log(`[instances] import seen after ${seenAfter.map((seen) => `${seen.ms} ms`).join(' and ')} (${before[0]} -> ${seenAfter[0]!.version})`);
    expect(seenAfter[0]!.version).toBe(seenAfter[1]!.version);
    for (const seen of seenAfter) expect(seen.ms).toBeLessThanOrEqual(IMPORT_SEEN_WITHIN_MS);
  } finally {
    await Promise.all(contexts.map((context) => context.dispose()));
  }
});
