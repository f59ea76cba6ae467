// npm run bench [-- --no-build --connections 32 --duration 10 --rounds 5 --warmup 3 --port 3300 --cpu-prof [DIR] --no-pin]
// POST /api/recommendations under load (autocannon), side by side with a ceiling route that returns
// the same number of bytes from memory with no work: the ratio says what share of what Next.js alone
// can serve the ranking keeps. Not part of npm test.
//
// `next build` (unless --no-build), then scripts/with-db.ts starts the database (embedded, or the
// server of DATABASE_URL) with a fresh scratch database, smartpick_bench_http, seeded with the demo
// catalog, and next start on 127.0.0.1:PORT with SMARTPICK_BENCH=1 (the ceiling route exists) and
// the ranking's rate limit off. Each route is loaded for --duration seconds in --rounds slices, the
// ranking and its ceiling taking turns, so that a change in the machine's load hits both alike; each
// slice counts only once it has settled (--warmup seconds, and every connection served: see load()).
// Besides req/s and latency it reads the server's CPU time per request from /proc: that figure does
// not depend on what else runs on the machine.
//
// The ranking requests are not one body repeated: each request takes the next of PROFILE_COUNT
// realistic applicants (every applicant type, scores across the range, visa needs, preferences), so
// nothing about one profile (a warm branch, a repeated result) flatters the figures. Where the
// machine has two cores or more, next start (and its database) run on the last core and this
// process, the load generator, on the others (taskset; --no-pin to share), so that the two do not
// take each other's time. A last row loads the ranking with one connection: the latency one user
// sees when the server is not saturated.
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { PAGE_SIZE } from '@/components/results/ranking-request';
import { generateDemoCatalog } from '@/lib/catalog/demo-generator';
import { summarizeCpuProfiles } from './cpu-profile';
import { engineChecks, measureEngine, printEngineTable, type EngineRow } from './engine-scaling';
import { beforeStop, groupCpuSeconds, run, startServer, stopAll, type Server } from './http-server';

/**
 * The targets at 32 connections (issues 6 and 18): the ranking keeps ≥ 80% of its ceiling's req/s
 * for one specialty and ≥ 60% for five; its p99 no more than twice its ceiling's; one connection's
 * p99 ≤ 50 ms; a reply of a page of 100 results ≤ 80 KB.
 */
const TARGET_CONNECTIONS = 32;
const TARGET_RATIO = 0.8;
const TARGET_RATIO_FIVE = 0.6;
const TARGET_P99_OVER_CEILING = 2;
const TARGET_P99_MS = 50;
const TARGET_REPLY_BYTES = 80 * 1000;
const DATABASE = 'smartpick_bench_http';
/** The rate limit of POST /api/recommendations, off for the benchmark (0 = off). */
const RATE_LIMIT_ENV = { RECOMMENDATIONS_RATE_LIMIT: '0' };
/** The reply size of the floor row: a small JSON reply. */
const FLOOR_BYTES = 2000;
/** How many different applicants the ranking requests take turns with. */
const PROFILE_COUNT = 64;

interface Options {
  build: boolean;
  connections: number;
  durationS: number;
  rounds: number;
  warmupS: number;
  port: number;
  cpuProfDir: string | null;
  pin: boolean;
}

function parseOptions(args: string[]): Options {
  const value = (name: string): string | undefined => {
    const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (at === -1) return undefined;
    if (args[at]!.includes('=')) return args[at]!.slice(name.length + 3);
    const next = args[at + 1];
    return next === undefined || next.startsWith('--') ? '' : next;
  };
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (raw === '' || !Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} takes a whole number from ${min} to ${max}`);
    return n;
  };
  const cpuProf = value('cpu-prof');
  const options = {
    build: !args.includes('--no-build'),
    connections: whole('connections', TARGET_CONNECTIONS, 1, 1000),
    durationS: whole('duration', 10, 1, 600),
    rounds: whole('rounds', 5, 1, 100),
    warmupS: whole('warmup', 3, 0, 60),
    port: whole('port', 3300, 1024, 65535),
    cpuProfDir: cpuProf === undefined ? null : path.resolve(cpuProf || '.data/cpu-prof'),
    pin: !args.includes('--no-pin'),
  };
  if (options.durationS < options.rounds) throw new Error('--duration must be at least --rounds (one second per slice)');
  return options;
}

interface Target {
  name: string;
  path: string;
  /** The bodies requests take turns with (one for the ceiling, which ignores it). */
  bodies: string[];
}

/** What the slices of one route add up to. */
interface Tally {
  seconds: number;
  requests: number;
  failures: number;
  latenciesMs: number[];
  nodeCpuS: number;
  postgresCpuS: number;
}

const emptyTally = (): Tally => ({ seconds: 0, requests: 0, failures: 0, latenciesMs: [], nodeCpuS: 0, postgresCpuS: 0 });

let running: autocannon.Instance | null = null;
beforeStop(() => running?.stop());

/**
 * autocannon's default of 10 s is shorter than the ramp's longest wait for 5 specialties (see load()):
 * a request is a failure only if it takes longer than this.
 */
const REQUEST_TIMEOUT_S = 30;
/** A slice that has not settled by then is given up (the machine is far too busy, or the server stuck). */
const SETTLE_LIMIT_S = 60;

/**
 * One slice of load on one route, added to `tally`: `settleS` seconds and more to settle, then
 * `seconds` counted. Why "and more": autocannon opens its connections afresh for each slice, and a
 * saturated Node.js server lets new connections in only slowly, a few per turn of its event loop,
 * while the connections it already serves keep their turns (seen here: the last of 32 connections
 * waited 4 s for its first reply from the ranking, and the same with a plain node:http server doing
 * 9 ms of work). Counting that ramp measured it, not the route: p99s of 1.5 s. So a slice counts
 * only once every connection has had a reply and `settleS` seconds have passed; from then on every
 * connection waits its turn, as behind a proxy that keeps its connections to the app open.
 */
function load(server: Server, target: Target, connections: number, settleS: number, seconds: number, tally: Tally): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let next = 0;
    const request = {
      method: 'POST' as const,
      path: target.path,
      headers: { 'content-type': 'application/json' },
      setupRequest: (req: autocannon.Request) => ({ ...req, body: target.bodies[next++ % target.bodies.length] }),
    };
    const served = new Set<unknown>();
    let steady: { at: number; cpu: ReturnType<typeof groupCpuSeconds> } | null = null;
    let counted = 0;
    let failed = 0;
    const instance = autocannon({ url: server.base, requests: [request], connections, duration: SETTLE_LIMIT_S + settleS + seconds, timeout: REQUEST_TIMEOUT_S }, (error, result) => {
      running = null;
      clearTimeout(giveUp);
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      if (steady === null) return reject(new Error(`${target.name}: not every connection had a reply within ${SETTLE_LIMIT_S} s`));
      const cpuAfter = groupCpuSeconds(server.group);
      tally.seconds += (performance.now() - steady.at) / 1000;
      tally.requests += counted;
      // A failure anywhere in the slice counts, the ramp's too.
      tally.failures += result.errors + result.timeouts + failed;
      if (result.errors + result.timeouts + failed > 0) {
        console.error(`[bench] ${target.name}: ${result.errors} errors, ${result.timeouts} timeouts, ${failed} replies not 2xx in one slice`);
      }
      if (steady.cpu && cpuAfter) {
        tally.nodeCpuS += cpuAfter.node - steady.cpu.node;
        tally.postgresCpuS += cpuAfter.postgres - steady.cpu.postgres;
      }
      resolve();
    });
    running = instance;
    const giveUp = setTimeout(() => instance.stop(), (SETTLE_LIMIT_S + settleS) * 1000);
    instance.on('response', (client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 300) failed += 1;
      if (steady !== null) {
        counted += 1;
        if (status < 300) tally.latenciesMs.push(ms);
        return;
      }
      served.add(client);
      if (served.size === connections && performance.now() - started >= settleS * 1000) {
        steady = { at: performance.now(), cpu: groupCpuSeconds(server.group) };
        clearTimeout(giveUp);
        setTimeout(() => instance.stop(), seconds * 1000);
      }
    });
  });
}

/** One request per body, to check every reply; returns the replies' sizes and texts. */
async function probe(base: string, target: Target): Promise<Array<{ bytes: number; text: string }>> {
  const replies = [];
  for (const body of target.bodies) {
    const response = await fetch(base + target.path, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const buffer = Buffer.from(await response.arrayBuffer());
    if (!response.ok) throw new Error(`${target.name}: HTTP ${response.status}: ${buffer.toString().slice(0, 300)}\nbody: ${body}`);
    replies.push({ bytes: buffer.byteLength, text: buffer.toString() });
  }
  return replies;
}

const STATE_SETS = [['NY', 'NJ', 'PA'], ['CA', 'OR', 'WA'], ['TX'], ['IL', 'OH', 'MI', 'WI'], [], ['FL', 'GA', 'NC']];

/**
 * Realistic requests for the first page, as /results asks for it: applicant `i` of PROFILE_COUNT
 * (the same list every run), taking turns through applicant types, scores from 215 to 265, visa
 * needs, failed attempts, years since graduation and preferences.
 */
function rankingBodies(specialties: string[]): string[] {
  const types = ['US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'] as const;
  return Array.from({ length: PROFILE_COUNT }, (_, i) => {
    const applicantType = types[i % types.length]!;
    const img = applicantType === 'US_IMG' || applicantType === 'NON_US_IMG';
    const states = STATE_SETS[i % STATE_SETS.length]!;
    return JSON.stringify({
      profile: {
        applicantType,
        graduationYear: img ? 2020 + (i % 7) : 2027,
        ...(applicantType === 'US_DO' && i % 8 === 1 ? { comlexLevel2Score: 480 + ((i * 37) % 250) } : { step2Score: 215 + ((i * 23) % 51) }),
        examFailures: i % 9 === 0 ? 1 : 0,
        researchItems: (i * 5) % 12,
        ...(img ? { usceMonths: (i * 3) % 13 } : {}),
        visaNeeded: applicantType === 'NON_US_IMG' ? (['J1', 'H1B', 'J1_OR_H1B'] as const)[i % 3] : 'NONE',
      },
      preferences: {
        specialties,
        ...(states.length > 0 ? { preferredStates: states } : {}),
        ...(i % 5 === 0 ? { excludedStates: ['AK', 'HI'] } : {}),
        ...(i % 2 === 0 ? { settings: ['URBAN'] } : {}),
        ...(i % 3 === 0 ? { programTypes: ['UNIVERSITY', 'COMMUNITY_UNIVERSITY_AFFILIATED'] } : {}),
      },
      limit: PAGE_SIZE,
      offset: 0,
    });
  });
}

/** The demo catalog's largest specialties: a request names at most 5, so "the whole catalog" is these. */
function largestSpecialties(count: number): { codes: string[]; catalog: number } {
  const { programs } = generateDemoCatalog();
  const sizes = new Map<string, number>();
  for (const p of programs) sizes.set(p.specialtyCode, (sizes.get(p.specialtyCode) ?? 0) + 1);
  const top = [...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count);
  return { codes: top.map(([code]) => code), catalog: programs.length };
}

interface Row {
  name: string;
  tally: Tally;
  bytes: number;
  /** Against the ceiling of the same size: req/s and CPU per request (null for a ceiling row). */
  ratio: { throughput: number; cpu: number | null } | null;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]!;
}

const perRequestMs = (cpuS: number, tally: Tally) => (tally.requests > 0 ? (1000 * cpuS) / tally.requests : NaN);
const requestsPerSecond = (tally: Tally) => tally.requests / tally.seconds;

function printTable(rows: Row[], cpuKnown: boolean): void {
  const header = ['route', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/req', 'db CPU ms/req', 'body bytes', 'requests', 'failed', 'ratio req/s', 'ratio CPU'];
  const cells = rows.map(({ name, tally, bytes, ratio }) => {
    const sorted = [...tally.latenciesMs].sort((a, b) => a - b);
    return [
      name,
      requestsPerSecond(tally).toFixed(0),
      percentile(sorted, 0.5).toFixed(1),
      percentile(sorted, 0.99).toFixed(1),
      cpuKnown ? perRequestMs(tally.nodeCpuS, tally).toFixed(2) : 'n/a',
      cpuKnown ? perRequestMs(tally.postgresCpuS, tally).toFixed(3) : 'n/a',
      String(bytes),
      String(tally.requests),
      String(tally.failures),
      ratio ? ratio.throughput.toFixed(2) : '',
      ratio?.cpu != null ? ratio.cpu.toFixed(2) : '',
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    CHECKPOINT_DISABLE: '1',
    SMARTPICK_BENCH: '1',
    ...RATE_LIMIT_ENV,
    // next start refuses to run without one; a throwaway secret for a server nobody signs in to.
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
  };
  if (options.build) await run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], env);

  const whole = largestSpecialties(5);
  const targets: Target[] = [
    { name: 'ranking, 1 specialty (IM)', path: '/api/recommendations', bodies: rankingBodies(['IM']) },
    { name: `ranking, ${whole.codes.length} specialties`, path: '/api/recommendations', bodies: rankingBodies(whole.codes) },
  ];
  const cores = pinCores(options.pin);
  const server = await startServer({ port: options.port, database: DATABASE, cpuProfDir: options.cpuProfDir, core: cores?.server ?? null }, env);
  const loadBefore = os.loadavg();
  const rows: Row[] = [];
  const requests: string[] = [];
  try {
    for (const target of targets) {
      const replies = await probe(server.base, target);
      const totals = replies.map((r) => JSON.parse(r.text) as { total: number; excluded: { total: number } });
      const spread = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
      requests.push(`${target.name}: ${spread(totals.map((t) => t.total))} ranked, ${spread(totals.map((t) => t.excluded.total))} excluded, ${spread(replies.map((r) => r.bytes))} bytes`);
      // The ceiling answers the median size of the replies (they differ a little from applicant to applicant).
      const bytes = [...replies.map((r) => r.bytes)].sort((a, b) => a - b)[Math.floor(replies.length / 2)]!;
      const ceiling: Target = { name: `  ceiling, same ${bytes} bytes`, path: `/api/bench/ceiling?bytes=${bytes}`, bodies: [target.bodies[0]!] };
      if ((await probe(server.base, ceiling))[0]!.bytes !== bytes) throw new Error('The ceiling did not answer the bytes asked for.');
      const ranking = emptyTally();
      const top = emptyTally();
      const slice = options.durationS / options.rounds;
      for (let round = 0; round < options.rounds; round++) {
        // Taking turns, and who goes first too, so that a drift in the machine's load evens out.
        const order = round % 2 === 0 ? ([[target, ranking], [ceiling, top]] as const) : ([[ceiling, top], [target, ranking]] as const);
        for (const [t, tally] of order) await load(server, t, options.connections, options.warmupS, slice, tally);
      }
      const cpuRatio = ranking.nodeCpuS > 0 ? perRequestMs(top.nodeCpuS, top) / perRequestMs(ranking.nodeCpuS, ranking) : null;
      rows.push({ name: target.name, tally: ranking, bytes, ratio: { throughput: requestsPerSecond(ranking) / requestsPerSecond(top), cpu: cpuRatio } });
      rows.push({ name: ceiling.name, tally: top, bytes, ratio: null });
    }
    // The floor: Next.js alone, a small reply and no work. No route can beat its p99 at these connections.
    const floor: Target = { name: `ceiling, ${FLOOR_BYTES} bytes (Next.js alone)`, path: `/api/bench/ceiling?bytes=${FLOOR_BYTES}`, bodies: [targets[0]!.bodies[0]!] };
    const floorTally = emptyTally();
    await load(server, floor, options.connections, options.warmupS, options.durationS, floorTally);
    rows.push({ name: floor.name, tally: floorTally, bytes: FLOOR_BYTES, ratio: null });
    // One user at a time: the latency of a ranking when the server is not saturated.
    const single = emptyTally();
    await load(server, targets[0]!, 1, options.warmupS, options.durationS, single);
    rows.push({ name: `${targets[0]!.name}, 1 connection`, tally: single, bytes: rows[0]!.bytes, ratio: null });
  } catch (error) {
    console.error(`Last lines of the server's output:\n${server.log.slice(-20).join('\n')}`);
    throw error;
  } finally {
    await stopAll();
  }
  // The engine alone, once the server is gone (it would take the engine's core otherwise).
  const engine = measureEngine();
  report(options, rows, requests, whole.catalog, loadBefore, groupCpuSeconds(process.pid) !== null, cores, engine);
}

interface Cores {
  server: number;
  generator: string;
}

/** The last core for the server (started under taskset), the others for this process; null if not pinned. */
function pinCores(wanted: boolean): Cores | null {
  const count = os.availableParallelism();
  if (!wanted || count < 2) return null;
  const cores = { server: count - 1, generator: count === 2 ? '0' : `0-${count - 2}` };
  try {
    execFileSync('taskset', ['-p', '-c', cores.generator, String(process.pid)], { stdio: 'ignore' });
    return cores;
  } catch {
    console.error('[bench] taskset is not available: the server and the load generator share every core');
    return null;
  }
}

function report(
  options: Options,
  rows: Row[],
  requests: string[],
  catalog: number,
  loadBefore: number[],
  cpuKnown: boolean,
  cores: Cores | null,
  engine: readonly EngineRow[],
): void {
  if (options.cpuProfDir) summarizeCpuProfiles(options.cpuProfDir);
  const cpus = os.cpus();
  const external = Boolean(process.env.DATABASE_URL);
  console.log(`\nnode ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${new Date().toISOString()}`);
  console.log(
    `${options.connections} connections; per route ${options.durationS} s counted in ${options.rounds} slices, taking turns with its ceiling, each after ${options.warmupS} s ` +
      `and every connection's first reply (not counted); ` +
      `rate limit off (${Object.entries(RATE_LIMIT_ENV).map(([k, v]) => `${k}=${v}`).join(', ')}).`,
  );
  console.log(
    `Requests: ${PROFILE_COUNT} applicants taking turns, page of ${PAGE_SIZE} as /results asks; demo catalog of ${catalog} programs. ${requests.join('; ')}.`,
  );
  const placement = cores
    ? `autocannon runs in this process on core(s) ${cores.generator}, next start and its database on core ${cores.server} (taskset)`
    : `autocannon runs in this process on the same machine as next start, so both share ${cpus.length} cores`;
  console.log(
    `Read with care: ${placement} ` +
      `(load average ${loadBefore[0]!.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after, other work included). ` +
      `req/s and latencies are what this machine gave now; "server CPU ms/req" (next start's own CPU time, from /proc) does not depend on ` +
      `that, and "ratio CPU" (ceiling CPU/req ÷ ranking CPU/req) is the throughput ratio a server with cores of its own would see.` +
      `${external ? ' The database is DATABASE_URL\'s server: its CPU is not counted here.' : ''}\n`,
  );
  printTable(rows, cpuKnown);
  const [one, oneCeiling, all, , floor, single] = rows as [Row, Row, Row, Row, Row, Row];
  const p99 = (row: Row) => percentile([...row.tally.latenciesMs].sort((a, b) => a - b), 0.99);
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(
    `\nReply size (median of the ${PROFILE_COUNT} applicants, page of ${PAGE_SIZE}): ${kb(one.bytes)} for 1 specialty, ${kb(all.bytes)} for ` +
      `${all.name.replace('ranking, ', '')}; target ≤ ${kb(TARGET_REPLY_BYTES)} (uncompressed).`,
  );
  console.log('\nEngine alone (npm run bench:engine), in this process after the server stopped:');
  printEngineTable(engine);
  const checks: Array<[string, boolean]> = [
    [`req/s ratio ${one.ratio!.throughput.toFixed(2)} ≥ ${TARGET_RATIO} (1 specialty)`, one.ratio!.throughput >= TARGET_RATIO],
    [`req/s ratio ${all.ratio!.throughput.toFixed(2)} ≥ ${TARGET_RATIO_FIVE} (${all.name.replace('ranking, ', '')})`, all.ratio!.throughput >= TARGET_RATIO_FIVE],
    // At 32 connections a p99 is bound by queueing: 32 ÷ req/s is the mean wait. The ceiling's p99 says what no work at all gives.
    [
      `p99 ${p99(one).toFixed(1)} ms ≤ ${TARGET_P99_OVER_CEILING} × its ceiling's ${p99(oneCeiling).toFixed(1)} ms (1 specialty; Next.js alone: ${p99(floor).toFixed(1)} ms)`,
      p99(one) <= TARGET_P99_OVER_CEILING * p99(oneCeiling),
    ],
    [`p99 ${p99(single).toFixed(1)} ms ≤ ${TARGET_P99_MS} ms (1 specialty, 1 connection)`, p99(single) <= TARGET_P99_MS],
    [`reply ${kb(one.bytes)} ≤ ${kb(TARGET_REPLY_BYTES)} (page of ${PAGE_SIZE}, 1 specialty)`, one.bytes <= TARGET_REPLY_BYTES],
    ...engineChecks(engine),
    ['no failed requests', rows.every((r) => r.tally.failures === 0 && r.tally.requests > 0)],
  ];
  const pass = checks.every(([, ok]) => ok);
  const note = options.connections === TARGET_CONNECTIONS ? '' : ` (the targets are set at ${TARGET_CONNECTIONS} connections; this run used ${options.connections})`;
  console.log(`\n${pass ? 'PASS' : 'FAIL'}: ${checks.map(([text, ok]) => `${ok ? '✓' : '✗'} ${text}`).join('; ')}${note}`);
  process.exitCode = pass ? 0 : 1;
}

main().catch(async (error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  await stopAll();
  process.exit(1);
});
