import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getComparedPrograms } from '@/lib/catalog/compare';
import { getProgramDetail, RELATED_PROGRAMS_MAX } from '@/lib/catalog/program-detail';
import { getDb } from '@/lib/db/client';

// Test data of its own, with unique ids, removed afterwards: the other files share the database.
const run = randomUUID().slice(0, 8);
const institution = `Detail Test Institute ${run}`;
const ids = { a: `detail-${run}-a`, b: `detail-${run}-b`, other: `detail-${run}-other-state` };
let erasId = 0;
let nrmpId = 0;

function importRow(name: string, format: string, dataYear: number, createdAt: Date) {
  return {
    name,
    fileName: `${format}-${run}.csv`,
    format,
    dataYear,
    rowsRead: 1,
    inserted: 1,
    updated: 0,
    unchanged: 0,
    rejectedCount: 0,
    rejections: [],
    repairs: [],
    replacedDemo: [],
    importedBy: 'program-detail test',
    createdAt,
  };
}

function programRow(id: string, state: string, importId: number, source: string) {
  return { id, name: `Detail Test Program ${id}`, institution, specialtyCode: 'IM', state, region: state === 'AL' ? 'SOUTH' : 'WEST', source, importId } as const;
}

beforeAll(async () => {
  const db = getDb();
  const eras = await db.catalogImport.create({ data: importRow(`ERAS test list ${run}`, 'eras', 2021, new Date('2026-11-20T12:00:00Z')) });
  const nrmp = await db.catalogImport.create({ data: importRow(`NRMP test results ${run}`, 'nrmp', 2020, new Date('2026-11-21T12:00:00Z')) });
  erasId = eras.id;
  nrmpId = nrmp.id;
  await db.program.createMany({
    data: [
      {
        ...programRow(ids.a, 'AL', eras.id, eras.name),
        acgmeId: `9${run}`,
        nrmpCode: '1903140C0',
        city: 'Birmingham',
        website: 'http://example.org/residency',
        erasParticipating: true,
        positions: 10,
        positionsFilled: 9,
        fieldSources: { positions: nrmp.id, positionsFilled: nrmp.id, nrmpCode: nrmp.id },
      },
      programRow(ids.b, 'AL', eras.id, eras.name),
      programRow(ids.other, 'CA', eras.id, eras.name),
    ],
  });
});

afterAll(async () => {
  const db = getDb();
  await db.program.deleteMany({ where: { id: { in: Object.values(ids) } } });
  await db.catalogImport.deleteMany({ where: { id: { in: [erasId, nrmpId] } } });
});

describe('getProgramDetail', () => {
  it('gives each value the import it came from, with that import’s year and day', async () => {
    const detail = await getProgramDetail(ids.a);
    expect(detail?.program).toMatchObject({ id: ids.a, specialtyName: 'Internal Medicine', website: 'http://example.org/residency', positionsFilled: 9, minStep2: null });
    expect(detail?.source).toMatchObject({ kind: 'import', importId: erasId, dataYear: 2021, importedOn: '2026-11-20' });
    expect(detail?.fieldSources.positionsFilled).toMatchObject({ kind: 'import', importId: nrmpId, name: `NRMP test results ${run}`, dataYear: 2020, importedOn: '2026-11-21' });
    expect(detail?.fieldSources.nrmpCode).toMatchObject({ importId: nrmpId });
    expect(detail?.fieldSources.website).toMatchObject({ importId: erasId, fileName: `eras-${run}.csv` });
    expect(detail?.fieldSources.minStep2).toMatchObject({ importId: erasId });
  });

  it('lists the other programs of the same institution in the same state only', async () => {
    const detail = await getProgramDetail(ids.a);
    expect(detail?.related).toEqual([{ id: ids.b, name: `Detail Test Program ${ids.b}`, specialtyName: 'Internal Medicine', city: null }]);
    expect(detail?.relatedTotal).toBe(1);
  });

  it('names the demo catalog, and bounds the related programs, for a demo program', async () => {
    const db = getDb();
    const groups = await db.program.groupBy({ by: ['institution', 'state'], where: { source: 'demo' }, _count: { _all: true }, orderBy: { _count: { id: 'desc' } }, take: 1 });
    const biggest = groups[0]!;
    expect(biggest._count._all).toBeGreaterThan(RELATED_PROGRAMS_MAX);
    const demo = await db.program.findFirstOrThrow({ where: { institution: biggest.institution, state: biggest.state }, select: { id: true, createdAt: true } });
    const detail = await getProgramDetail(demo.id);
    expect(detail?.source).toEqual({ kind: 'demo', generatedOn: demo.createdAt.toISOString().slice(0, 10) });
    expect(detail?.fieldSources.city).toEqual(detail?.source);
    expect(detail?.relatedTotal).toBe(biggest._count._all - 1);
    expect(detail?.related.length).toBe(Math.min(RELATED_PROGRAMS_MAX, biggest._count._all - 1));
    expect(detail?.related.some((related) => related.id === demo.id)).toBe(false);
  });

  it('returns null for an id the catalog does not hold', async () => {
    expect(await getProgramDetail(`detail-${run}-missing`)).toBeNull();
    expect(await getProgramDetail('x'.repeat(200))).toBeNull();
  });
});

describe('getComparedPrograms', () => {
  it('keeps the order asked and names the ids that are not in the catalog', async () => {
    const missing = `detail-${run}-gone`;
    const compared = await getComparedPrograms([ids.b, missing, ids.a]);
    expect(compared.programs.map((sourced) => sourced.program.id)).toEqual([ids.b, ids.a]);
    expect(compared.unknownIds).toEqual([missing]);
    expect(compared.programs[1]?.fieldSources.positions).toMatchObject({ importId: nrmpId });
  });

  it('gives nothing for no ids', async () => {
    expect(await getComparedPrograms([])).toEqual({ programs: [], unknownIds: [] });
  });
});
