// Lighthouse on /, /plan and /results of the production build, on its own fresh embedded database.
// Usage: npm run lighthouse [-- --no-build] [--port=N] [--runs=N]
//   --no-build  audit the existing .next build
//   --port=N    serve on that port (default: a free one)
//   --runs=N    audit each page N times per preset and keep the run with the median performance score
//   --page=P    audit only that page (/, /plan or /results; repeat for several)
//   --preset=P  audit only with that preset (mobile or desktop)
//               (default 3: scores move with the machine's load, one run can be an outlier)
// Runs Lighthouse's default (mobile) config and its desktop preset, prints the scores and first-load JS
// per page, lists the audits behind every score under target, saves the reports in .data/lighthouse/
// and exits non-zero when a target is missed. CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import lighthouse, { desktopConfig, navigation, type Config, type Flags, type Result } from 'lighthouse';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REQUEST_STORAGE_KEY, type StoredRequest } from '@/components/plan/request-storage';
import { rankingBody } from '@/components/results/ranking-request';
import { recommendationRequestSchema } from '@/lib/schemas/recommendation';
import { kilobytes, routeBundleSizes } from './bundle-size';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

const PAGES = ['/', '/plan', '/results'] as const;
type PagePath = (typeof PAGES)[number];
const PRESETS = { mobile: undefined, desktop: desktopConfig } satisfies Record<string, Config | undefined>;
type Preset = keyof typeof PRESETS;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
/** Issue 6: performance ≥ 95, accessibility 100, best practices ≥ 95 (SEO is reported, not a target). */
const TARGETS: Partial<Record<Category, number>> = { performance: 95, accessibility: 100, 'best-practices': 95 };

const REPORT_DIR = path.resolve('.data', 'lighthouse');
const DATABASE = 'smartpick_lh';
const SERVER_START_TIMEOUT_MS = 120_000;
const SERVER_STOP_TIMEOUT_MS = 20_000;

const require = createRequire(import.meta.url);
const NEXT_BIN = require.resolve('next/dist/bin/next');
const TSX_CLI = require.resolve('tsx/cli');

interface Options {
  build: boolean;
  port: number | null;
  runs: number;
  pages: PagePath[];
  presets: Preset[];
}

const isPreset = (value: string | undefined): value is Preset => value !== undefined && Object.hasOwn(PRESETS, value);
const isPage = (value: string | undefined): value is PagePath => (PAGES as readonly (string | undefined)[]).includes(value);

function parseOptions(args: string[]): Options {
  const options: Options = { build: true, port: null, runs: 3, pages: [], presets: [] };
  for (const arg of args) {
    const [name, value] = arg.split('=', 2);
    if (arg === '--no-build') options.build = false;
    else if (name === '--port' && /^\d+$/.test(value ?? '')) options.port = Number(value);
    else if (name === '--runs' && /^[1-9]$/.test(value ?? '')) options.runs = Number(value);
    else if (name === '--page' && isPage(value)) options.pages.push(value);
    else if (name === '--preset' && isPreset(value)) options.presets.push(value);
    else throw new Error(`Unknown option ${arg}. Usage: npm run lighthouse [-- --no-build] [--port=N] [--runs=1..9] [--page=${PAGES.join('|')}] [--preset=mobile|desktop]`);
  }
  if (options.pages.length === 0) options.pages = [...PAGES];
  if (options.presets.length === 0) options.presets = Object.keys(PRESETS) as Preset[];
  return options;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

// ---- the server ---------------------------------------------------------------------------------

/** `next start` behind scripts/with-db.ts on a fresh database; stop() ends both, database included. */
class ProductionServer {
  private exited: Promise<void>;
  /** The server's last words, shown only when it fails to start (its shutdown chatter is noise here). */
  private stderrTail: string[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly origin: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderrTail = [...this.stderrTail, ...chunk.split('\n')].slice(-60);
    });
  }

  static async start(port: number): Promise<ProductionServer> {
    const args = [TSX_CLI, 'scripts/with-db.ts', `--database=${DATABASE}`, '--fresh', '--migrate', '--seed', '--'];
    args.push(process.execPath, NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1');
    // Its own process group, so that a hung server can be killed whole; its own embedded data folder.
    const child = spawn(process.execPath, args, {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? '.data/lighthouse-postgres' },
    });
    const server = new ProductionServer(child, `http://127.0.0.1:${port}`);
    try {
      await server.waitUntilReady();
    } catch (error) {
      console.error(server.stderrTail.join('\n'));
      await server.stop();
      throw error;
    }
    return server;
  }

  private async waitUntilReady() {
    const deadline = Date.now() + SERVER_START_TIMEOUT_MS;
    let exitedEarly = false;
    void this.exited.then(() => (exitedEarly = true));
    while (Date.now() < deadline && !exitedEarly) {
      try {
        if ((await fetch(`${this.origin}/api/specialties`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(exitedEarly ? 'The server exited before it was ready.' : `The server was not ready within ${SERVER_START_TIMEOUT_MS / 1000} s.`);
  }

  /** SIGTERM: tsx relays it to with-db, which stops next and then its embedded PostgreSQL. */
  async stop() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const stopped = await Promise.race([this.exited.then(() => true), sleep(SERVER_STOP_TIMEOUT_MS).then(() => false)]);
    if (!stopped && this.child.pid) {
      console.error('The server did not stop in time: killing its process group.');
      process.kill(-this.child.pid, 'SIGKILL');
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

// ---- the audits ---------------------------------------------------------------------------------

async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath || !existsSync(executablePath)) {
    throw new Error(`No Chromium${executablePath ? ` at ${executablePath}` : ''}: install Debian's chromium or set CHROMIUM_PATH.`);
  }
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, defaultViewport: null });
}

/**
 * A plan as the /plan form leaves it: sessionStorage of this tab (components/plan/request-storage.ts).
 * The two specialties with the most positions, so that /results shows a real ranking.
 */
async function samplePlan(origin: string): Promise<StoredRequest> {
  const specialties = (await (await fetch(`${origin}/api/specialties`)).json()) as { code: string; positions?: number | null }[];
  const codes = [...specialties]
    .sort((a, b) => (b.positions ?? 0) - (a.positions ?? 0))
    .slice(0, 2)
    .map((specialty) => specialty.code);
  return recommendationRequestSchema.pick({ profile: true, preferences: true }).parse({
    profile: { applicantType: 'US_MD', graduationYear: 2027, step2Score: 245, examFailures: 0, researchItems: 4, visaNeeded: 'NONE' },
    preferences: { specialties: codes },
  });
}

/**
 * A server serves its first ranking cold (the catalog read from the database, the code not yet
 * optimized by V8): over a second, against tens of milliseconds afterwards. Users meet a running
 * server, so the audits do too: a few rankings first, as a load balancer's warm-up would.
 */
async function warmUp(origin: string, plan: StoredRequest): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const response = await fetch(`${origin}/api/recommendations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: rankingBody(plan, 0),
    });
    if (!response.ok) throw new Error(`Warming up: POST /api/recommendations answered ${response.status}.`);
    await response.arrayBuffer();
  }
}

interface Run {
  lhr: Result;
  /** Why the run does not count (the page was not in the state it should be audited in). */
  invalid: string | null;
}

interface Audit extends Run {
  page: PagePath;
  preset: Preset;
}

// A row of the table (desktop) or a card of the list (phones and tablets, issue 17).
const RANKING_ROW = '#ranking-heading ~ * tbody tr, ol[aria-labelledby="ranking-heading"] > li';
const RANKING_TIMEOUT_MS = 60_000;

async function auditPage(browser: Browser, origin: string, page: PagePath, preset: Preset, plan: StoredRequest): Promise<Run> {
  const tab = await browser.newPage();
  const url = `${origin}${page}`;
  const flags: Flags = { logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] };
  try {
    let result;
    if (page === '/results') {
      // The plan goes where the form puts it, the tab's sessionStorage, and the HTTP cache is cleared
      // (a cold load, as Lighthouse's own reset would do). The navigation counts as done when the
      // ranking's rows are drawn: Lighthouse alone stops waiting while up to two requests are still
      // open, and the ranking's request is one of them.
      await tab.goto(`${origin}/api/specialties`);
      await tab.evaluate((key, value) => window.sessionStorage.setItem(key, value), REQUEST_STORAGE_KEY, JSON.stringify(plan));
      const cdp = await tab.createCDPSession();
      await cdp.send('Network.clearBrowserCache');
      await cdp.detach();
      const navigate = async () => {
        await tab.goto(url);
        await tab.waitForSelector(RANKING_ROW, { timeout: RANKING_TIMEOUT_MS });
      };
      result = await navigation(tab, navigate, { config: PRESETS[preset], flags });
    } else {
      result = await lighthouse(url, flags, PRESETS[preset], tab);
    }
    if (!result) throw new Error(`Lighthouse returned nothing for ${page} (${preset}).`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${page} (${preset}): ${result.lhr.runtimeError.message}`);
    return { lhr: result.lhr, invalid: page === '/results' ? await rankingProblem(tab, result.lhr) : null };
  } finally {
    await tab.close();
  }
}

/** An audit of "No answers yet" would be worthless: the ranking must have been fetched and drawn. */
async function rankingProblem(tab: Page, lhr: Result): Promise<string | null> {
  const requests = (lhr.audits['network-requests']?.details as { items?: { url?: string; statusCode?: number }[] } | undefined)?.items ?? [];
  const ranking = requests.find((request) => request.url?.endsWith('/api/recommendations'));
  const rows = await tab.evaluate((selector) => document.querySelectorAll(selector).length, RANKING_ROW);
  if (ranking?.statusCode === 200 && rows > 0) return null;
  const answered = ranking ? `answered ${ranking.statusCode}` : 'not seen by Lighthouse';
  return `/results did not show a ranking during the audit (POST /api/recommendations ${answered}; ${rows} table rows afterwards)`;
}

async function auditAll(origin: string, runs: number, pages: readonly PagePath[], presets: readonly Preset[]): Promise<Audit[]> {
  const plan = await samplePlan(origin);
  await warmUp(origin, plan);
  const browser = await launchChromium();
  try {
    const audits: Audit[] = [];
    for (const preset of presets) {
      for (const page of pages) {
        const results: Run[] = [];
        for (let run = 0; run < runs; run += 1) {
          process.stdout.write(`[lighthouse] ${preset} ${page}${runs > 1 ? ` run ${run + 1}/${runs}` : ''}\n`);
          const result = await auditPage(browser, origin, page, preset, plan);
          if (result.invalid) console.error(`[lighthouse] ${result.invalid}`);
          results.push(result);
        }
        // The median of the valid runs; when none is valid, one invalid run, reported as such.
        const valid = results.filter((result) => !result.invalid);
        const pool = (valid.length > 0 ? valid : results).sort((a, b) => (score(a.lhr, 'performance') ?? 0) - (score(b.lhr, 'performance') ?? 0));
        audits.push({ page, preset, ...pool[Math.floor((pool.length - 1) / 2)]! });
      }
    }
    return audits;
  } finally {
    await browser.close();
  }
}

// ---- the report ---------------------------------------------------------------------------------

function score(lhr: Result, category: Category): number | null {
  const value = lhr.categories[category]?.score;
  return typeof value === 'number' ? Math.round(value * 100) : null;
}

function missedTargets(lhr: Result): Category[] {
  return CATEGORIES.filter((category) => {
    const target = TARGETS[category];
    const value = score(lhr, category);
    return target !== undefined && (value === null || value < target);
  });
}

/** Script bytes the page actually transferred (compressed as served), from Lighthouse's network log. */
function transferredScriptBytes(lhr: Result): number {
  const items = (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  return items.filter((item) => item.resourceType === 'Script').reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
}

/** The audits that cost points in a category: the ones weighed in its score, then any other failing one. */
function failingAudits(lhr: Result, category: Category): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && typeof audit.score === 'number' && audit.score < (category === 'performance' ? 0.9 : 1))
    .sort((a, b) => b.ref.weight - a.ref.weight)
    .map(({ ref, audit }) => `${audit!.id}${ref.weight > 0 ? ` (weight ${ref.weight})` : ''}: ${audit!.title}${audit!.displayValue ? ` — ${audit!.displayValue}` : ''}`);
}

function printReport(audits: Audit[]) {
  const sizes = routeBundleSizes();
  const header = ['page', 'preset', 'perf', 'a11y', 'best pr.', 'SEO', 'JS transferred', 'first-load JS (gz)', 'CPU index'];
  const widths = [10, 8, 6, 6, 9, 5, 15, 19, 10];
  const line = (cells: string[]) => cells.map((cell, index) => (index < 2 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join(' ');
  console.log(`\n${line(header)}`);
  for (const { page, preset, lhr } of audits) {
    const missed = new Set(missedTargets(lhr));
    const cell = (category: Category) => `${score(lhr, category) ?? '–'}${missed.has(category) ? '!' : ''}`;
    const size = sizes?.find((entry) => entry.route === page);
    console.log(
      line([
        page,
        preset,
        cell('performance'),
        cell('accessibility'),
        cell('best-practices'),
        cell('seo'),
        kilobytes(transferredScriptBytes(lhr)),
        size ? kilobytes(size.gzippedBytes) : 'no build stats',
        String(Math.round(lhr.environment.benchmarkIndex)),
      ]),
    );
  }
  console.log(`Targets: ${Object.entries(TARGETS).map(([category, target]) => `${category} ≥ ${target}`).join(', ')} ('!' marks a miss).`);
  console.log('JS transferred: scripts as served during the audit; first-load JS: the build\'s route bundle stats (npm run size).');
  console.log(
    `CPU index: Lighthouse's benchmarkIndex for the kept run (higher is faster). Mobile scores simulate a 4x slower CPU than the` +
      ` one measured, so a busy machine lowers them; load average now ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} on ${os.cpus().length} cores.`,
  );

  for (const { page, preset, lhr } of audits) {
    for (const category of missedTargets(lhr)) {
      console.log(`\n${page} (${preset}) ${category} ${score(lhr, category) ?? '–'} < ${TARGETS[category]}:`);
      for (const audit of failingAudits(lhr, category)) console.log(`  - ${audit}`);
    }
  }
}

async function saveReports(audits: Audit[]) {
  await mkdir(REPORT_DIR, { recursive: true });
  const slug = (page: string) => (page === '/' ? 'home' : page.slice(1).replaceAll('/', '-'));
  for (const { page, preset, lhr } of audits) {
    await writeFile(path.join(REPORT_DIR, `${slug(page)}-${preset}.json`), JSON.stringify(lhr));
  }
  const summary = audits.map(({ page, preset, lhr, invalid }) => ({
    page,
    preset,
    lighthouseVersion: lhr.lighthouseVersion,
    fetchTime: lhr.fetchTime,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(lhr, category)])),
    missed: missedTargets(lhr),
    invalid,
  }));
  await writeFile(path.join(REPORT_DIR, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log(`\nReports: ${path.relative(process.cwd(), REPORT_DIR)}/ (open one in the Lighthouse viewer, or read summary.json).`);
}

// ---- main ---------------------------------------------------------------------------------------

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED ??= '1';
  process.env.CHECKPOINT_DISABLE ??= '1';
  const options = parseOptions(process.argv.slice(2));
  if (options.build) {
    const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { stdio: 'inherit', env: process.env });
    if (build.status !== 0) throw new Error('next build failed.');
  } else if (!existsSync('.next/BUILD_ID')) {
    throw new Error('No build in .next: run without --no-build.');
  }

  const port = options.port ?? (await freePort());
  let server: ProductionServer | undefined;
  let stopping = false;
  const stopAll = async () => {
    if (stopping) return;
    stopping = true;
    await server?.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  }

  try {
    console.log(`[lighthouse] starting the production server on port ${port} (database ${DATABASE}, fresh)`);
    server = await ProductionServer.start(port);
    const audits = await auditAll(server.origin, options.runs, options.pages, options.presets);
    printReport(audits);
    await saveReports(audits);
    for (const audit of audits.filter((audit) => audit.invalid)) console.error(`\n${audit.page} (${audit.preset}) is not a valid audit: ${audit.invalid}.`);
    const missed = audits.filter((audit) => audit.invalid || missedTargets(audit.lhr).length > 0);
    if (missed.length > 0) {
      console.error(`\n${missed.length} of ${audits.length} audits missed a target or were not valid.`);
      process.exitCode = 1;
    } else {
      console.log(`\nAll ${audits.length} audits met the targets.`);
    }
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
