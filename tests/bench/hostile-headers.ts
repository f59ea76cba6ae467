// Issue 14, V3: "20,000 requests with unique 15 KB X-Forwarded-For values grew the server from 290 MB
// to 1.29 GB; 3,000 empty sign-ups added 3,000 rate-limit rows; rotating the header dodged every
// per-address limit". This replays that attack against the production build behind the app's own
// server (scripts/server.ts), served directly (TRUST_PROXY_HOPS 0, the default), and reports what
// it costs now: the server's memory before and after, the rate-limit rows added, and how each
// route answered. Target (issue 14): 3,000 such requests grow memory by less than 150 MB.
//
//   npm run bench:hostile [-- --requests=3000 --header-bytes=15000 --connections=16 --no-build --port=3400]
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { withDatabase } from '@/lib/db/embedded';
import { run, startServer, stopAll, type Server } from './http-server';

const DATABASE = 'smartpick_hostile';
const TARGET_GROWTH_MB = 150;

interface Options {
  requests: number;
  headerBytes: number;
  connections: number;
  build: boolean;
  port: number;
}

function parseOptions(args: readonly string[]): Options {
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const arg = args.find((a) => a.startsWith(`--${name}=`));
    if (!arg) return fallback;
    const n = Number(arg.slice(name.length + 3));
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} takes a whole number from ${min} to ${max}`);
    return n;
  };
  return {
    requests: whole('requests', 3000, 1, 100_000),
    // Node's default limit on a request's headers is 16 KiB: 15,000 characters and the rest fit.
    headerBytes: whole('header-bytes', 15_000, 1, 16_000),
    connections: whole('connections', 16, 1, 256),
    build: !args.includes('--no-build'),
    port: whole('port', 3400, 1024, 65535),
  };
}

/** Resident memory (MB) of the app server's process: the node process running scripts/server.ts in the group. */
function serverRssMb(group: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!cmdline.includes('scripts/server.ts')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) / 1024;
    } catch {
      // exited meanwhile
    }
  }
  if (total === 0) throw new Error('The server process was not found in /proc (Linux only).');
  return total;
}

async function rateLimitRows(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*)::int AS n FROM "RateLimit"')).rows[0].n);
  } finally {
    await client.end();
  }
}

interface Attack {
  name: string;
  send: (base: string, forwarded: string) => Promise<number>;
}

async function attacks(base: string): Promise<Attack[]> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const json = { 'content-type': 'application/json' };
  const ranking = JSON.stringify({
    profile: { applicantType: 'US_MD', graduationYear: 2027, step2Score: 240, examFailures: 0, researchItems: 2, visaNeeded: 'NONE' },
    preferences: { specialties: ['IM'] },
    limit: 1,
  });
  const status = async (response: Promise<Response>) => {
    const r = await response;
    await r.arrayBuffer();
    return r.status;
  };
  return [
    { name: 'POST /api/register (empty body)', send: (b, xff) => status(fetch(`${b}/api/register`, { method: 'POST', headers: { ...json, 'x-forwarded-for': xff }, body: '{}' })) },
    {
      name: 'POST /api/auth/callback/credentials',
      send: (b, xff) =>
        status(
          fetch(`${b}/api/auth/callback/credentials`, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': xff },
            body: new URLSearchParams({ csrfToken, email: `nobody-${randomBytes(6).toString('hex')}@example.com`, password: 'not it', json: 'true' }),
          }),
        ),
    },
    { name: 'POST /api/recommendations', send: (b, xff) => status(fetch(`${b}/api/recommendations`, { method: 'POST', headers: { ...json, 'x-forwarded-for': xff }, body: ranking })) },
  ];
}

/** A different value every time, as the probe sent: a plausible address list padded to the size asked for. */
function uniqueHeader(bytes: number): string {
  const head = `${randomBytes(4).join('.')}, `;
  return head + randomBytes(Math.ceil(bytes / 2)).toString('hex').slice(0, Math.max(0, bytes - head.length));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!process.env.DATABASE_URL) throw new Error('Run through npm run bench:hostile (scripts/with-db.ts sets DATABASE_URL).');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    CHECKPOINT_DISABLE: '1',
    TRUST_PROXY_HOPS: '0',
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
  };
  if (options.build) await run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], env);
  const server: Server = await startServer({ port: options.port, database: DATABASE, cpuProfDir: null, core: null }, env);
  const databaseUrl = withDatabase(process.env.DATABASE_URL, DATABASE);
  try {
    const list = await attacks(server.base);
    // Warm-up with ordinary requests, so the memory measured first is the server's working size.
    for (let i = 0; i < 60; i += 1) await list[i % list.length]!.send(server.base, '192.0.2.1');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const before = { rss: serverRssMb(server.group), rows: await rateLimitRows(databaseUrl) };
    let peak = before.rss;
    const statuses = list.map(() => new Map<number, number>());
    let next = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (next < options.requests) {
          const i = next++;
          const attack = i % list.length;
          const code = await list[attack]!.send(server.base, uniqueHeader(options.headerBytes)).catch(() => -1);
          statuses[attack]!.set(code, (statuses[attack]!.get(code) ?? 0) + 1);
          if (i % 100 === 0) peak = Math.max(peak, serverRssMb(server.group));
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const after = { rss: serverRssMb(server.group), rows: await rateLimitRows(databaseUrl) };
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const settled = serverRssMb(server.group);
    peak = Math.max(peak, after.rss);

    console.log(`\n${options.requests} requests, each with a unique ${options.headerBytes}-character X-Forwarded-For, ${options.connections} at a time, in ${seconds.toFixed(1)} s`);
    console.log('TRUST_PROXY_HOPS=0 (served directly): every limit keys on the socket address\n');
    console.log('| route | answers |');
    console.log('| --- | --- |');
    list.forEach((attack, i) => {
      const answers = [...statuses[i]!.entries()].sort(([a], [b]) => a - b).map(([code, n]) => `${n} × ${code === -1 ? 'network error' : code}`);
      console.log(`| ${attack.name} | ${answers.join(', ')} |`);
    });
    const growth = peak - before.rss;
    console.log('\n| measure | before | after | growth |');
    console.log('| --- | --- | --- | --- |');
    console.log(`| server RSS, MB (peak during the run) | ${before.rss.toFixed(0)} | ${peak.toFixed(0)} | ${growth.toFixed(0)} |`);
    console.log(`| server RSS, MB (10 s after) | ${before.rss.toFixed(0)} | ${settled.toFixed(0)} | ${(settled - before.rss).toFixed(0)} |`);
    console.log(`| RateLimit rows | ${before.rows} | ${after.rows} | ${after.rows - before.rows} |`);
    console.log(`\nTarget: growth < ${TARGET_GROWTH_MB} MB: ${growth < TARGET_GROWTH_MB ? 'met' : 'NOT met'}.`);
  } catch (error) {
    console.error(`Last lines of the server's output:\n${server.log.slice(-20).join('\n')}`);
    throw error;
  } finally {
    await stopAll();
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
