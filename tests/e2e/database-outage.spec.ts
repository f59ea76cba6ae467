// The database goes away while the app runs, then comes back: a real browser against a real
// production server (`next start`) on an embedded PostgreSQL of this spec's own, which the test
// stops and starts again. The shared webServer of the other specs is left alone: this one serves
// on E2E_PORT + 1 from its own database in its own folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { REQUEST_STORAGE_KEY } from '@/components/plan/request-storage';
import { seedDemoCatalog } from '@/lib/catalog/seed';
import { CATALOG_VERSION_CHECK_MS } from '@/lib/catalog/snapshot';
import { createPrismaClient } from '@/lib/db/create-client';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded';
import { migrateDatabase } from '@/lib/db/migrations';
import { DATABASE_RETRY_AFTER_SECONDS } from '@/lib/http/errors';
import { apiErrorSchema } from '../integration/support/error-shape';

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const SITE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = path.resolve('.data', `e2e-outage-postgres-${process.pid}`);
const DATABASE = 'smartpick_outage';
/** A hang detector for failing requests, generous for a loaded 2-core machine: not a speed target. */
const FAIL_WITHIN_MS = 10_000;
/** Rankings that succeed may be slow on a busy machine (a cold server, other test runs); only a hang fails. */
const ANSWER_WITHIN_MS = 30_000;
/** Page assertions wait this long: this spec's own server is cold and shares the machine with the suite's. */
const PAGE = { timeout: 45_000 };

const PLAN = {
  profile: { applicantType: 'US_MD', graduationYear: 2027, step2Score: 248, examFailures: 0, researchItems: 3, visaNeeded: 'NONE' },
  preferences: { specialties: ['IM'] },
};

let database: EmbeddedDatabase | undefined;
let server: ChildProcess | undefined;
const serverLog: string[] = [];

async function startDatabase(port?: number): Promise<EmbeddedDatabase> {
  const started = await startEmbeddedPostgres(DATA_DIR, { port });
  if (!started.owned) throw new Error(`${DATA_DIR} is already served by another PostgreSQL; this spec must own its server.`);
  return started;
}

async function waitForServer(deadline: number): Promise<void> {
  for (;;) {
    if (server?.exitCode !== null) throw new Error(`next start exited (${server?.exitCode}):\n${serverLog.join('').slice(-2_000)}`);
    try {
      if ((await fetch(`${SITE}/api/specialties`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer on ${SITE}:\n${serverLog.join('').slice(-2_000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await startDatabase();
  await ensureDatabase(database.urlFor('postgres'), DATABASE);
  const url = database.urlFor(DATABASE);
  await migrateDatabase(url);
  const db = createPrismaClient(url);
  try {
    await seedDemoCatalog(db);
  } finally {
    await db.$disconnect();
  }
  // Its own process group, so that afterAll ends next start and every process it started.
  server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  server.stdout?.on('data', (chunk: Buffer) => serverLog.push(chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => serverLog.push(chunk.toString()));
  await waitForServer(Date.now() + 90_000);
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (server.exitCode === null) process.kill(-server.pid, 'SIGKILL');
  }
  await database?.stop();
  await rm(DATA_DIR, { recursive: true, force: true });
});

async function rank(request: APIRequestContext) {
  const started = Date.now();
  const response = await request.post(`${SITE}/api/recommendations`, { data: PLAN, failOnStatusCode: false });
  const ms = Date.now() - started;
  expect(ms, 'a ranking answers').toBeLessThan(ANSWER_WITHIN_MS);
  if (!response.ok()) expect(ms, 'a failing ranking answers quickly, even when the database is gone').toBeLessThan(FAIL_WITHIN_MS);
  return { response, text: await response.text() };
}

/** Rankings until one has the wanted status; each must answer quickly; the other statuses allowed on the way. */
async function rankUntil(request: APIRequestContext, status: number, allowedMeanwhile: number[], withinMs: number) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const reply = await rank(request);
    if (reply.response.status() === status) return reply;
    expect(allowedMeanwhile, reply.text.slice(0, 300)).toContain(reply.response.status());
    expect(Date.now(), `no ${status} within ${withinMs} ms`).toBeLessThan(deadline);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Uncaught page errors are crashes; the browser's own log lines for the answers this test provokes are not. */
function watchForCrashes(page: Page): string[] {
  const crashes: string[] = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  return crashes;
}

const LEAKS = /\bat [\w.<>$]+ \(|node_modules|\.(?:ts|js|mjs):\d+|prisma|ECONNREFUSED|57P01|PostgreSQL/i;

test('when the database stops, rankings answer 503 and pages say so kindly; when it returns, the app recovers without a restart', async ({
  page,
  context,
  request,
}) => {
  const crashes = watchForCrashes(page);

  await test.step('with the database up, rankings and the results page work', async () => {
    const { response } = await rank(request);
    expect(response.status()).toBe(200);
    await page.goto(`${SITE}/`);
    await page.evaluate(([key, value]) => window.sessionStorage.setItem(key, value), [REQUEST_STORAGE_KEY, JSON.stringify(PLAN)] as const);
    await page.goto(`${SITE}/results`);
    await expect(page.getByRole('table').first()).toBeVisible(PAGE);
  });

  await test.step('the database stops', async () => {
    await database!.stop();
  });

  await test.step('POST /api/recommendations answers 503 with Retry-After and the documented error, no stack trace', async () => {
    // The in-memory catalog may serve until its next revision check (CATALOG_VERSION_CHECK_MS), then 503.
    const { response, text } = await rankUntil(request, 503, [200], CATALOG_VERSION_CHECK_MS + 15_000);
    expect(response.headers()['retry-after']).toBe(String(DATABASE_RETRY_AFTER_SECONDS));
    expect(response.headers()['content-type']).toMatch(/application\/json/);
    expect(response.headers()['cache-control']).toBe('no-store');
    const body = apiErrorSchema.parse(JSON.parse(text));
    expect(body.error.code).toBe('service_unavailable');
    expect(body.error.message).toMatch(/try again/i);
    expect(text).not.toMatch(LEAKS);
  });

  await test.step('the results page says so in words, with a way to try again', async () => {
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'Please wait a moment' });
    await expect(alert).toBeVisible(PAGE);
    await expect(alert).toContainText(/try again in a moment/i);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(await page.locator('body').innerText()).not.toMatch(LEAKS);
  });

  await test.step('a page that reads the catalog shows the friendly error page', async () => {
    const catalog = await context.newPage();
    const catalogCrashes = watchForCrashes(catalog);
    await catalog.goto(`${SITE}/programs`);
    await expect(catalog.getByRole('heading', { name: 'Something went wrong' })).toBeVisible(PAGE);
    await expect(catalog.getByRole('button', { name: 'Try again' })).toBeVisible();
    expect(await catalog.locator('body').innerText()).not.toMatch(LEAKS);
    expect(catalogCrashes).toEqual([]);
    await catalog.close();
  });

  await test.step('the database starts again where the app expects it', async () => {
    database = await startDatabase(database!.port);
  });

  await test.step('the same request succeeds again, without restarting the app', async () => {
    const { text } = await rankUntil(request, 200, [503], 30_000);
    expect((JSON.parse(text) as { results: unknown[] }).results.length).toBeGreaterThan(0);
    expect(server!.exitCode).toBeNull();
  });

  await test.step('the results page recovers with "Try again", and the catalog page loads', async () => {
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('table').first()).toBeVisible(PAGE);
    await page.goto(`${SITE}/programs`);
    await expect(page.getByRole('heading', { name: 'Programs', level: 1 })).toBeVisible(PAGE);
  });

  expect(crashes).toEqual([]);
});
