// npm run bench:catalog [-- --scale 20 --runs 30] — the /programs page's queries on a scratch database:
// median and p95 time of each typical view (count + page, as the page runs them), then
// EXPLAIN (ANALYZE, BUFFERS) of every SQL statement Prisma sent for it.
// --scale N copies the demo programs N-1 times with new ids (in the scratch database only), to
// show how the plans change with the catalog's size. Not part of npm test.
import { PrismaPg } from '@prisma/adapter-pg';
import { countProgramsByStateIn, searchPrograms } from '@/lib/catalog/program-search';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { programQuerySchema, type ProgramQuery } from '@/lib/schemas/programs';

function numberFlag(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at === -1) return fallback;
  const value = Number(args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number ≥ 1`);
  return value;
}

const SCALE = numberFlag('scale', 1);
const RUNS = numberFlag('runs', 30);
const COPY_MARK = '~copy';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set: run through `npm run bench:catalog` (scripts/with-db.ts).');
if (!/smartpick_bench/.test(url)) throw new Error('The bench grows the catalog: it runs only on a database named smartpick_bench.');

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }), log: [{ emit: 'event', level: 'query' }] });
let captured: Array<{ query: string; params: unknown[] }> | null = null;
db.$on('query', (event) => {
  captured?.push({ query: event.query, params: JSON.parse(event.params) as unknown[] });
});

/** Copies of the demo rows with new ids (unique codes cleared), so the catalog is SCALE times larger. */
async function growCatalog() {
  await db.$executeRawUnsafe(`DELETE FROM "Program" WHERE id LIKE '%${COPY_MARK}%'`);
  if (SCALE > 1) {
    const columns = await db.$queryRawUnsafe<Array<{ column_name: string }>>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'Program' AND table_schema = current_schema() ORDER BY ordinal_position`,
    );
    const names = columns.map((c) => c.column_name);
    const values = names.map((name) =>
      name === 'id' ? `p.id || '${COPY_MARK}' || g` : name === 'acgmeId' || name === 'nrmpCode' ? 'NULL' : `p."${name}"`,
    );
    await db.$executeRawUnsafe(
      `INSERT INTO "Program" (${names.map((n) => `"${n}"`).join(', ')})
       SELECT ${values.join(', ')} FROM "Program" p, generate_series(1, ${SCALE - 1}) g WHERE p.source = 'demo'`,
    );
  }
  await db.$executeRawUnsafe('VACUUM ANALYZE "Program"');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

async function time(run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < 3; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

async function explain(run: () => Promise<unknown>): Promise<string[]> {
  captured = [];
  await run();
  const statements = captured;
  captured = null;
  const plans: string[] = [];
  for (const { query, params } of statements) {
    const rows = await db.$queryRawUnsafe<Array<{ 'QUERY PLAN': string }>>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, ...params);
    plans.push(`  SQL: ${query.replace(/\s+/g, ' ').slice(0, 400)}\n  params: ${JSON.stringify(params)}\n${rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}`);
  }
  return plans;
}

async function main() {
  await growCatalog();
  const total = await db.program.count();
  const query = (params: Record<string, string>): ProgramQuery => programQuerySchema.parse(params);
  const deepPage = String(Math.min(Math.floor((total - 1) / 25) + 1, 401));
  const views: Array<[string, () => Promise<unknown>]> = [
    ['no filter (sort by name), page 1', () => searchPrograms(db, query({}))],
    ['specialty IM + state NY', () => searchPrograms(db, query({ specialty: 'IM', state: 'NY' }))],
    ['text search "chicago"', () => searchPrograms(db, query({ q: 'chicago' }))],
    ['J-1 + H-1B + IMG residents', () => searchPrograms(db, query({ j1: 'true', h1b: 'true', imgs: 'true' }))],
    ['sort by size, page 1', () => searchPrograms(db, query({ sort: 'size' }))],
    ['sort by location, IM', () => searchPrograms(db, query({ sort: 'location', specialty: 'IM' }))],
    [`deep page ${deepPage} (sort by name)`, () => searchPrograms(db, query({ page: deepPage }))],
    ['cutoff ≤ 230 + YOG ≥ 5, FM', () => searchPrograms(db, query({ specialty: 'FM', cutoff: '230', yog: '5' }))],
    ['programs per state (map), IM', () => countProgramsByStateIn(db, query({ specialty: 'IM' }))],
  ];

  console.log(`Catalog: ${total.toLocaleString('en-US')} programs (scale ${SCALE}); ${RUNS} runs per view.\n`);
  const results: Array<[string, number, number]> = [];
  for (const [name, run] of views) {
    const t = await time(run);
    results.push([name, t.median, t.p95]);
  }
  console.log('view'.padEnd(40), 'median ms'.padStart(10), 'p95 ms'.padStart(10));
  for (const [name, median, p95] of results) console.log(name.padEnd(40), median.toFixed(1).padStart(10), p95.toFixed(1).padStart(10));
  console.log('');
  for (const [name, run] of views) {
    console.log(`=== ${name}`);
    console.log((await explain(run)).join('\n'));
    console.log('');
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
