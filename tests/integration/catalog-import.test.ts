// The catalog importer against a real PostgreSQL, on a database of its own (created, migrated and
// seeded with the demo catalog here, dropped after) so imports do not disturb the other tests.
// Reads the real public files from ../shared/reference/real; never copies their rows.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_SOURCE } from '@/lib/catalog/demo-generator';
import { importCatalog, type ImportOptions } from '@/lib/catalog/import/import-catalog';
import type { ImportReport } from '@/lib/catalog/import/report';
import { FatalImportError } from '@/lib/catalog/import/types';
import { seedDemoCatalog } from '@/lib/catalog/seed';
import { getCatalogSnapshot, invalidateCatalogSnapshot, peekCatalogSnapshot } from '@/lib/catalog/snapshot';
import { createPrismaClient, type Database } from '@/lib/db/create-client';
import { dropDatabase, ensureDatabase, withDatabase } from '@/lib/db/embedded';
import { migrateDatabase } from '@/lib/db/migrations';
import { recommendPrograms } from '@/lib/recommendations/service';
import { recommendationRequestSchema } from '@/lib/schemas/recommendation';
import { validRequest } from './helpers';

const REAL_DIR = path.resolve(process.cwd(), '..', 'shared', 'reference', 'real');
const ERAS_DIR = path.join(REAL_DIR, 'eras-participating-programs-2021');
const NRMP_FILE = path.join(REAL_DIR, 'nrmp-program-results-2020.csv');

const databaseName = `smartpick_import_${Date.now()}_${process.pid}`;
let adminUrl: string;
let databaseUrl: string;
let db: Database;
let scratch: string;

function run(options: Omit<ImportOptions, 'importedBy'>): Promise<ImportReport> {
  return importCatalog(db, { importedBy: 'integration-test', ...options });
}

/** What a failed import must leave exactly as it was. */
async function catalogState() {
  const [programs, imports, revisions, latest] = await Promise.all([
    db.program.count(),
    db.catalogImport.count(),
    db.catalogRevision.count(),
    db.program.aggregate({ _max: { updatedAt: true } }),
  ]);
  return { programs, imports, revisions, lastWrite: latest._max.updatedAt?.toISOString() ?? null };
}

function expectAccounted(report: ImportReport) {
  expect(report.inserted + report.updated + report.unchanged + report.rejected.length).toBe(report.read);
}

beforeAll(async () => {
  if (!existsSync(ERAS_DIR) || !existsSync(NRMP_FILE)) {
    throw new Error(
      `The real public files are missing: expected ${ERAS_DIR} and ${NRMP_FILE} (../shared/reference/real from the repo root). ` +
        'These tests need them and do not skip.',
    );
  }
  adminUrl = withDatabase(inject('databaseUrl'), 'postgres');
  await ensureDatabase(adminUrl, databaseName);
  databaseUrl = withDatabase(adminUrl, databaseName);
  await migrateDatabase(databaseUrl);
  db = createPrismaClient(databaseUrl);
  await seedDemoCatalog(db);
  scratch = await mkdtemp(path.join(tmpdir(), 'smartpick-import-'));
});

afterAll(async () => {
  await db?.$disconnect();
  if (adminUrl) await dropDatabase(adminUrl, databaseName);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('catalog import of the real public files', () => {
  it('the catalog snapshot says the catalog is demo data only until something is imported', async () => {
    invalidateCatalogSnapshot();
    // A page peeks without waiting: nothing in memory yet, so nothing to say; the peek starts the load.
    expect(peekCatalogSnapshot(db)).toBeUndefined();
    const loaded = await getCatalogSnapshot(db);
    expect(loaded.demoOnly).toBe(true);
    expect(peekCatalogSnapshot(db)).toBe(loaded);
    invalidateCatalogSnapshot();
  });

  it('a dry run reports every row and writes nothing', async () => {
    const before = await catalogState();
    const report = await run({ path: ERAS_DIR, dryRun: true });
    expect(report.dryRun).toBe(true);
    expect(report.importId).toBeNull();
    expect(report.read).toBe(5000);
    expect(report.inserted).toBeGreaterThan(4000);
    expectAccounted(report);
    expect(await catalogState()).toEqual(before);
  });

  it('imports the ERAS directory: every row accounted for, ACGME ids kept as text with leading zeros', async () => {
    const report = await run({ path: ERAS_DIR });
    expect(report.read).toBe(5000);
    expectAccounted(report);
    expect(report.updated).toBe(0);
    expect(report.rejected.every((r) => r.file && r.row >= 2 && r.reason.length > 0)).toBe(true);
    // Transitional Year programs come in as PGY-1 programs (issue 16), not as rejections.
    expect(report.rejected.filter((r) => r.file === 'Transitional Year.csv')).toEqual([]);
    expect(await db.program.findUnique({ where: { acgmeId: '9990100001' }, select: { specialtyCode: true, track: true, state: true } })).toEqual({
      specialtyCode: 'TY',
      track: 'PRELIMINARY',
      state: 'AL',
    });

    const program = await db.program.findUnique({ where: { acgmeId: '0400121010' } });
    expect(program).toMatchObject({
      id: 'acgme-0400121010',
      specialtyCode: 'ANES',
      institution: 'University of Alabama Medical Center',
      city: 'Birmingham',
      state: 'AL',
      region: 'SOUTH',
      erasParticipating: true,
      source: 'ERAS participating programs 2021',
      importId: report.importId,
    });
    expect(program?.fieldSources).toMatchObject({ acgmeId: report.importId, website: report.importId });

    const record = await db.catalogImport.findUniqueOrThrow({ where: { id: report.importId! } });
    expect(record).toMatchObject({ format: 'eras', dataYear: 2021, rowsRead: 5000, inserted: report.inserted, rejectedCount: report.rejected.length });
    expect(await db.program.count({ where: { importId: report.importId } })).toBe(report.inserted);
  });

  it('importing the same directory twice changes nothing the second time', async () => {
    const stamps = async () =>
      (await db.program.findMany({ where: { source: { not: DEMO_SOURCE } }, select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } })).map(
        (p) => `${p.id}@${p.updatedAt.toISOString()}`,
      );
    const before = await stamps();
    const revisions = await db.catalogRevision.count();
    const report = await run({ path: ERAS_DIR });
    expect(report).toMatchObject({ inserted: 0, updated: 0, unchanged: before.length });
    expectAccounted(report);
    expect(await stamps()).toEqual(before);
    expect(await db.catalogRevision.count()).toBe(revisions);
  });

  it('a failure in the middle of the write phase rolls everything back', async () => {
    const before = await catalogState();
    const demoThor = await db.program.count({ where: { source: DEMO_SOURCE, specialtyCode: 'THOR' } });
    // failAfterWrites is a test seam: the importer throws after that many write statements. Here the
    // 4th is the second batch of new programs, after the import record, the demo deletion and batch 1.
    await expect(run({ path: NRMP_FILE, replaceDemo: true, failAfterWrites: 4 })).rejects.toThrow(/nothing was written/);
    expect(await catalogState()).toEqual(before);
    expect(await db.program.count({ where: { source: DEMO_SOURCE, specialtyCode: 'THOR' } })).toBe(demoThor);
  });

  it('imports the NRMP results by program code, with positions offered and filled and no city', async () => {
    const report = await run({ path: NRMP_FILE });
    expect(report.read).toBe(5769);
    expectAccounted(report);
    expect(report.inserted).toBeGreaterThan(3000);
    expect(await db.program.findUnique({ where: { nrmpCode: '1903140C0' } })).toMatchObject({
      id: 'nrmp-1903140C0',
      specialtyCode: 'IM',
      institution: 'Brookwood Baptist Health',
      state: 'AL',
      city: null,
      positions: 10,
      positionsFilled: 10,
      source: 'NRMP program results 2020',
    });
    // A code the PDF conversion split across columns, rejoined and reported.
    expect(await db.program.findUnique({ where: { nrmpCode: '1046040C0' } })).toMatchObject({ specialtyCode: 'ANES', state: 'CA' });
    expect(report.repaired.some((r) => r.repair.includes('1046040C0'))).toBe(true);
    // Issue 16: the track letter becomes the program's track; preliminary years come in (kept out of rankings).
    expect(await db.program.findUnique({ where: { nrmpCode: '1903140C0' }, select: { track: true } })).toEqual({ track: 'CATEGORICAL' });
    expect(await db.program.findUnique({ where: { nrmpCode: '1903140P1' } })).toMatchObject({ specialtyCode: 'IM', track: 'PRELIMINARY', positions: 4 });
    expect(await db.program.findUnique({ where: { nrmpCode: '1929080A0' } })).toMatchObject({ specialtyCode: 'DERM', track: 'ADVANCED' });
    const tracks = await db.program.groupBy({ by: ['track'], where: { source: 'NRMP program results 2020' }, _count: true });
    expect(new Set(tracks.map((t) => t.track))).toEqual(new Set(['CATEGORICAL', 'ADVANCED', 'PRELIMINARY', 'PHYSICIAN']));
  });

  it('a copy with one broken row in the middle changes nothing', async () => {
    const lines = (await readFile(NRMP_FILE, 'utf8')).split('\n');
    const middle = Math.floor(lines.length / 2);
    lines.splice(middle, 0, 'Broken Row Hosp-AL,Internal Medicine,9999140C0,3');
    const broken = path.join(scratch, 'nrmp-broken.csv');
    await writeFile(broken, lines.join('\n'));
    const before = await catalogState();
    const failure = await run({ path: broken }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FatalImportError);
    expect((failure as FatalImportError).where?.row).toBe(middle + 1);
    expect((failure as FatalImportError).message).toMatch(/Invalid Record Length/);
    expect(await catalogState()).toEqual(before);
  });

  it('--replace-demo removes the demo programs of the imported specialties only, and the demo seed does not bring them back', async () => {
    const file = path.join(scratch, 'thoracic.csv');
    await writeFile(
      file,
      [
        'acgme_id,name,institution,specialty,city,state,positions,website',
        '0001000001,Example Thoracic Program,Example Hospital,THOR,Denver,CO,2,https://example.org/thoracic',
        '0001000002,Another Thoracic Program,Another Hospital,THOR,,TX,1,',
        '0001000003,Bad State Program,Bad Hospital,THOR,Nowhere,XX,1,',
      ].join('\n'),
    );
    const demoIm = await db.program.count({ where: { source: DEMO_SOURCE, specialtyCode: 'IM' } });
    expect(await db.program.count({ where: { source: DEMO_SOURCE, specialtyCode: 'THOR' } })).toBeGreaterThan(0);

    const report = await run({ path: file, replaceDemo: true });
    expect(report).toMatchObject({ format: 'canonical', read: 3, inserted: 2, bySpecialty: { THOR: 2 } });
    expect(report.rejected).toEqual([{ row: 4, reason: expect.stringMatching(/^state must be one of/) }]);
    expect(Object.keys(report.replacedDemo)).toEqual(['THOR']);
    expect(await db.program.count({ where: { source: DEMO_SOURCE, specialtyCode: 'THOR' } })).toBe(0);
    expect(await db.program.count({ where: { source: DEMO_SOURCE, specialtyCode: 'IM' } })).toBe(demoIm);

    await seedDemoCatalog(db);
    expect(await db.program.count({ where: { source: DEMO_SOURCE, specialtyCode: 'THOR' } })).toBe(0);
    expect(await db.program.count({ where: { source: DEMO_SOURCE, specialtyCode: 'IM' } })).toBe(demoIm);
  });

  it('updates only the fields that differ, records which import wrote them, and never overwrites a demo program', async () => {
    const demo = await db.program.findFirstOrThrow({ where: { source: DEMO_SOURCE, specialtyCode: 'IM' }, orderBy: { id: 'asc' } });
    const before = await db.program.findUniqueOrThrow({ where: { acgmeId: '0001000002' } });
    const file = path.join(scratch, 'thoracic-update.csv');
    await writeFile(
      file,
      [
        'acgme_id,name,institution,specialty,city,state,positions',
        '0001000001,Example Thoracic Program,Example Hospital,THOR,Denver,CO,3',
        '0001000002,Another Thoracic Program,Another Hospital,THOR,,TX,1',
        `${demo.acgmeId},Not A Demo,Nobody,IM,Boston,MA,4`,
      ].join('\n'),
    );
    const report = await run({ path: file, name: 'Thoracic update' });
    expect(report).toMatchObject({ read: 3, inserted: 0, updated: 1, unchanged: 1 });
    expect(report.rejected).toEqual([{ row: 4, reason: expect.stringContaining(`is the id of a demo program (${demo.id})`) }]);

    const updated = await db.program.findUniqueOrThrow({ where: { acgmeId: '0001000001' } });
    expect(updated).toMatchObject({ positions: 3, source: 'Thoracic update', importId: report.importId });
    expect(updated.fieldSources).toMatchObject({ positions: report.importId });
    expect((updated.fieldSources as Record<string, number>).name).not.toBe(report.importId);
    expect(await db.program.findUniqueOrThrow({ where: { acgmeId: '0001000002' } })).toEqual(before);
    expect(await db.program.findUniqueOrThrow({ where: { id: demo.id } })).toEqual(demo);
  });

  it('the engine ranks imported programs, many fields unknown and some without a city', async () => {
    invalidateCatalogSnapshot();
    const request = recommendationRequestSchema.parse({ ...validRequest, preferences: { specialties: ['THOR'] }, limit: 500 });
    const reply = await recommendPrograms(db, request);
    const imported = await db.program.count({ where: { specialtyCode: 'THOR' } });
    expect(reply.demoCatalog).toBe(false);
    expect((await getCatalogSnapshot(db)).demoOnly).toBe(false);
    expect(reply.total + reply.excluded.total).toBe(imported);
    expect(reply.results.length).toBeGreaterThan(0);
    expect(reply.results.every((r) => r.program.source !== DEMO_SOURCE)).toBe(true);
    expect(reply.results.some((r) => r.program.city === null)).toBe(true);
    invalidateCatalogSnapshot();
  });

  it('the CLI prints the report as JSON on the last line of stdout', async () => {
    const { stdout } = await promisify(execFile)('npm', ['run', '--silent', 'catalog:import', '--', NRMP_FILE, '--dry-run', '--json'], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      maxBuffer: 20 * 1024 * 1024,
    });
    const last = stdout.trim().split('\n').at(-1) ?? '';
    const report = JSON.parse(last) as ImportReport;
    expect(report).toMatchObject({ read: 5769, inserted: 0, updated: 0, dryRun: true });
    expect(report.unchanged).toBeGreaterThan(3000);
    expectAccounted(report);
  }, 60_000);
});
