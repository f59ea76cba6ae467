import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getSpecialties } from '@/app/api/specialties/route';
import { GET as getPrograms } from '@/app/api/programs/route';
import { GET as getProgram } from '@/app/api/programs/[id]/route';
import { countProgramsByState } from '@/lib/catalog/programs';
import type { ProgramSummary } from '@/lib/catalog/program-search';
import { getDb } from '@/lib/db/client';
import type { Program, SpecialtyStats } from '@/lib/engine/types';
import { programQuerySchema } from '@/lib/schemas/programs';
import { BASE_URL } from './helpers';

interface ProgramPageJson {
  total: number;
  page: number;
  limit: number;
  offset: number;
  programs: ProgramSummary[];
}

async function programs(query: string) {
  const response = await getPrograms(new Request(`${BASE_URL}/api/programs${query}`));
  return { response, json: (await response.json()) as ProgramPageJson & { error?: { fields?: Record<string, string[]> } } };
}

/** The same question asked in SQL written by hand: an independent count to compare with. */
async function countWhere(sql: string): Promise<number> {
  const rows = await getDb().$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM "Program" WHERE ${sql}`);
  return rows[0]!.n;
}

describe('GET /api/specialties', () => {
  it('lists at least 20 specialties with their sourced figures', async () => {
    const response = await getSpecialties();
    expect(response.status).toBe(200);
    const specialties = (await response.json()) as SpecialtyStats[];
    expect(specialties.length).toBeGreaterThanOrEqual(20);
    const im = specialties.find((s) => s.code === 'IM');
    expect(im?.name).toBe('Internal Medicine');
    expect(im?.positions).toBe(11632);
    expect(im?.sources.join(' ')).toMatch(/NRMP/);
  });
});

describe('GET /api/programs filters', () => {
  it.each([
    ['no filter', '', 'true'],
    ['specialties', '?specialty=IM,FM', `"specialtyCode" IN ('IM','FM')`],
    ['states as repeated keys', '?state=NY&state=NJ', `state IN ('NY','NJ')`],
    ['region', '?region=WEST', `region = 'WEST'`],
    ['program types', '?type=COMMUNITY,MILITARY', `type IN ('COMMUNITY','MILITARY')`],
    ['setting', '?setting=RURAL', `setting = 'RURAL'`],
    ['small programs (up to 6 positions)', '?size=SMALL', 'positions <= 6'],
    ['medium and large programs (7 or more)', '?size=MEDIUM,LARGE', 'positions >= 7'],
    ['medium programs (7–15)', '?size=MEDIUM', 'positions BETWEEN 7 AND 15'],
    ['J-1 sponsors', '?j1=true', `"sponsorsJ1" = true`],
    ['programs that state they do not sponsor J-1', '?j1=false', `"sponsorsJ1" = false`],
    ['H-1B sponsors', '?h1b=true', `"sponsorsH1b" = true`],
    ['programs with IMG residents', '?imgs=true', `"shareImg" > 0`],
    ['programs with no IMG residents', '?imgs=false', `"shareImg" = 0`],
    ['programs with DO residents', '?dos=true', `"shareDo" > 0`],
    ['a stated minimum of at most 230, or none stated', '?cutoff=230', `("minStep2" IS NULL OR "minStep2" <= 230)`],
    ['no stated minimum', '?cutoff=none', `"minStep2" IS NULL`],
    ['a YOG limit of at least 4 years, or none stated', '?yog=4', `("yogLimitYears" IS NULL OR "yogLimitYears" >= 4)`],
    ['text in the name, institution or city', '?q=chicago', `(name ILIKE '%chicago%' OR institution ILIKE '%chicago%' OR city ILIKE '%chicago%')`],
    ['search text taken literally, wildcards included', '?q=%25', `(name LIKE '%\\%%' OR institution LIKE '%\\%%' OR city LIKE '%\\%%')`],
    ['an underscore as an underscore', '?q=_', `(name LIKE '%\\_%' OR institution LIKE '%\\_%' OR city LIKE '%\\_%')`],
    ['a search with a space and an apostrophe', `?q=${encodeURIComponent("st. mary's")}`, `(name ILIKE '%st. mary''s%' OR institution ILIKE '%st. mary''s%' OR city ILIKE '%st. mary''s%')`],
    [
      'several filters together',
      '?specialty=IM&state=NY,NJ,PA&j1=true&cutoff=240&size=LARGE',
      `"specialtyCode" = 'IM' AND state IN ('NY','NJ','PA') AND "sponsorsJ1" AND ("minStep2" IS NULL OR "minStep2" <= 240) AND positions >= 16`,
    ],
  ])('counts %s as SQL does', async (_name, query, sql) => {
    const { response, json } = await programs(query);
    expect(response.status).toBe(200);
    expect(json.total).toBe(await countWhere(sql));
  });

  it('narrows: each filter returns fewer programs than the whole catalog, and not none', async () => {
    const all = (await programs('')).json.total;
    for (const query of ['?specialty=IM', '?j1=true', '?imgs=true', '?cutoff=220', '?size=SMALL', '?yog=5', '?q=chicago']) {
      const { total } = (await programs(query)).json;
      expect(total, query).toBeGreaterThan(0);
      expect(total, query).toBeLessThan(all);
    }
  });

  it('leaves programs that do not report visas out of both "yes" and "no"', async () => {
    const all = (await programs('')).json.total;
    const unknown = await countWhere(`"sponsorsJ1" IS NULL`);
    expect(unknown).toBeGreaterThan(0);
    const yes = (await programs('?j1=true')).json.total;
    const no = (await programs('?j1=false')).json.total;
    expect(yes + no).toBe(all - unknown);
  });

  it('keeps programs that state no Step 2 CK minimum or YOG limit in the "at most" and "at least" filters', async () => {
    const unstated = await countWhere(`"minStep2" IS NULL`);
    expect(unstated).toBeGreaterThan(0);
    expect((await programs('?cutoff=200')).json.total).toBe(unstated + (await countWhere(`"minStep2" <= 200`)));
    const { json } = await programs('?cutoff=220&limit=100');
    expect(json.programs.every((p) => p.minStep2 === null || p.minStep2 <= 220)).toBe(true);
    expect(json.programs.some((p) => p.minStep2 === null)).toBe(true);
  });

  it('returns only the columns the catalog page shows, with the program ids', async () => {
    const { json } = await programs('?limit=1');
    expect(Object.keys(json.programs[0]!).sort()).toEqual(
      [
        'acgmeId', 'nrmpCode', 'city', 'id', 'institution', 'minStep2', 'minStep2Hard', 'name', 'positions', 'setting', 'shareDo', 'shareImg',
        'source', 'sourceDate', 'specialtyCode', 'sponsorsH1b', 'sponsorsJ1', 'state', 'track', 'type', 'yogLimitYears',
      ].sort(),
    );
  });
});

describe('GET /api/programs sorts and pages', () => {
  it.each([
    ['name', 'name, id'],
    ['specialty', '"specialtyCode", name, id'],
    ['size', 'positions DESC NULLS LAST, name, id'],
    ['location', 'state, city NULLS LAST, name, id'],
  ])('sorts by %s with the id as the last tiebreak, as SQL orders them', async (sort, orderBy) => {
    // Two large specialties: many equal sizes and states, so the tiebreak matters.
    const { json } = await programs(`?sort=${sort}&specialty=FM,PEDS&limit=100&page=2`);
    const rows = await getDb().$queryRawUnsafe<Array<{ id: string }>>(
      `SELECT id FROM "Program" WHERE "specialtyCode" IN ('FM','PEDS') ORDER BY ${orderBy} LIMIT 100 OFFSET 100`,
    );
    expect(json.programs.map((p) => p.id)).toEqual(rows.map((r) => r.id));
  });

  it('puts the largest programs first and those that do not report their size last', async () => {
    const first = (await programs('?sort=size&limit=5')).json.programs.map((p) => p.positions);
    expect(first[0]).toBe((await getDb().program.aggregate({ _max: { positions: true } }))._max.positions);
    expect(first).toEqual([...first].sort((a, b) => (b ?? -1) - (a ?? -1)));
  });

  it('pages through a sort with many ties without repeating or skipping a program', async () => {
    const whole = (await programs('?sort=size&specialty=FM&limit=60')).json.programs.map((p) => p.id);
    const paged: string[] = [];
    for (const page of [1, 2, 3]) paged.push(...(await programs(`?sort=size&specialty=FM&limit=20&page=${page}`)).json.programs.map((p) => p.id));
    expect(paged).toEqual(whole);
    expect(new Set(paged).size).toBe(60);
  });

  it('reports the page, its offset and the total; a page past the end is empty, not an error', async () => {
    const { json } = await programs('?specialty=IM&state=NY&limit=5&page=2');
    expect(json).toMatchObject({ page: 2, limit: 5, offset: 5 });
    expect(json.programs).toHaveLength(5);
    const past = await programs(`?specialty=IM&state=NY&limit=5&page=${Math.ceil(json.total / 5) + 1}`);
    expect(past.response.status).toBe(200);
    expect(past.json.programs).toEqual([]);
    expect(past.json.total).toBe(json.total);
  });

  it('answers 400 for a page deeper than 10,000 programs, and serves the deepest allowed one', async () => {
    expect((await programs('?limit=25&page=401')).response.status).toBe(200);
    const deep = await programs('?limit=25&page=402');
    expect(deep.response.status).toBe(400);
    expect(deep.json.error?.fields?.page?.[0]).toMatch(/10,000/);
  });
});

describe('GET /api/programs bad queries', () => {
  it.each([
    ['?state=XX', 'state.0', /two-letter/],
    ['?limit=100000', 'limit', /at most 100/],
    ['?page=0', 'page', /starts at 1/],
    ['?page=two', 'page', /number/],
    ['?cutoff=245', 'cutoff', /Step 2 CK minimum is one of/],
    ['?yog=abc', 'yog', /number/],
    ['?yog=2.5', 'yog', /whole number/],
    ['?sort=price', 'sort', /Sort by one of/],
    ['?size=HUGE', 'size.0', /Size is one of/],
    ['?j1=yes', 'j1', /true or false/],
    ['?specialty=im', 'specialty.0', /specialty code/],
    ['?q=' + 'x'.repeat(101), 'q', /at most 100/],
    ['?offset=5', 'offset', /Not a field this request takes/],
  ])('%s → 400 with a message for %s', async (query, field, message) => {
    const { response, json } = await programs(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(json.error?.fields?.[field]?.join(' ')).toMatch(message);
  });

  it('reports every bad field at once', async () => {
    const { response, json } = await programs('?state=XX&limit=100000');
    expect(response.status).toBe(400);
    expect(Object.keys(json.error!.fields!)).toEqual(expect.arrayContaining(['state.0', 'limit']));
  });
});

describe('programs per state (the map)', () => {
  it('counts the filtered programs per state as SQL does, and adds up to the total', async () => {
    const counts = await countProgramsByState(programQuerySchema.parse({ specialty: 'IM', j1: 'true' }));
    const rows = await getDb().$queryRawUnsafe<Array<{ state: string; n: number }>>(
      `SELECT state, count(*)::int AS n FROM "Program" WHERE "specialtyCode" = 'IM' AND "sponsorsJ1" GROUP BY state`,
    );
    expect(counts).toEqual(Object.fromEntries(rows.map((r) => [r.state, r.n])));
    const total = (await programs('?specialty=IM&j1=true')).json.total;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe('where a program comes from', () => {
  const programId = 'test-browse-imported';
  let importId: number;

  beforeAll(async () => {
    const db = getDb();
    const catalogImport = await db.catalogImport.create({
      data: {
        name: 'Browse test import', fileName: 'browse.csv', format: 'canonical', rowsRead: 1, inserted: 1, updated: 0, unchanged: 0,
        rejectedCount: 0, rejections: [], repairs: [], importedBy: 'catalog-api.test', createdAt: new Date('2026-03-02T12:00:00Z'),
      },
    });
    importId = catalogImport.id;
    await db.program.create({
      data: {
        id: programId, name: 'Zzyzx Browse Test Program', institution: 'Test Institution', specialtyCode: 'IM', city: null, state: 'TX',
        region: 'SOUTH', source: 'Browse test import', importId,
      },
    });
  });

  afterAll(async () => {
    await getDb().program.deleteMany({ where: { id: programId } });
    await getDb().catalogImport.deleteMany({ where: { id: importId } });
  });

  it('names the import and its day for imported programs, and "demo" with no day for demo ones', async () => {
    const { json } = await programs('?q=zzyzx');
    expect(json.programs).toEqual([expect.objectContaining({ id: programId, source: 'Browse test import', sourceDate: '2026-03-02', city: null })]);
    const demo = (await programs('?specialty=IM&limit=1')).json.programs[0]!;
    expect(demo).toMatchObject({ source: 'demo', sourceDate: null });
  });

  it('leaves a program with unreported values out of value filters and keeps it in "not stated" ones', async () => {
    expect((await programs('?q=zzyzx&j1=true')).json.total).toBe(0);
    expect((await programs('?q=zzyzx&size=SMALL')).json.total).toBe(0);
    expect((await programs('?q=zzyzx&imgs=true')).json.total).toBe(0);
    expect((await programs('?q=zzyzx&cutoff=200')).json.total).toBe(1);
    expect((await programs('?q=zzyzx&cutoff=none')).json.total).toBe(1);
    expect((await programs('?q=zzyzx&yog=10')).json.total).toBe(1);
  });
});

describe('GET /api/programs/[id]', () => {
  it('gets one program, and 404 for an unknown id', async () => {
    const { json } = await programs('?limit=1');
    const id = json.programs[0]!.id;
    const found = await getProgram(new Request(`${BASE_URL}/api/programs/${id}`), { params: Promise.resolve({ id }) });
    expect(found.status).toBe(200);
    expect(((await found.json()) as Program).id).toBe(id);
    const missing = await getProgram(new Request(`${BASE_URL}/api/programs/nope`), { params: Promise.resolve({ id: 'nope' }) });
    expect(missing.status).toBe(404);
  });
});

describe('program tracks (issue 16)', () => {
  it('filters by track, counting as SQL does, and refuses an unknown track with the list of tracks', async () => {
    const advanced = await programs('?track=ADVANCED&specialty=DERM,DR&limit=100');
    expect(advanced.response.status).toBe(200);
    expect(advanced.json.total).toBe(await countWhere(`track = 'ADVANCED' AND "specialtyCode" IN ('DERM', 'DR')`));
    expect(advanced.json.total).toBeGreaterThan(0);
    expect(advanced.json.programs.every((p) => (p as ProgramSummary & { track: string }).track === 'ADVANCED')).toBe(true);
    const bad = await programs('?track=FELLOWSHIP');
    expect(bad.response.status).toBe(400);
    expect(bad.json.error?.fields?.['track.0']?.join(' ')).toMatch(/Track is one of CATEGORICAL, ADVANCED, PRELIMINARY, PHYSICIAN/);
  });

  it('gives the demo catalog’s advanced specialties mostly advanced programs, as in NRMP 2020, and the others none', async () => {
    const share = async (code: string) =>
      (await countWhere(`source = 'demo' AND "specialtyCode" = '${code}' AND track = 'ADVANCED'`)) / (await countWhere(`source = 'demo' AND "specialtyCode" = '${code}'`));
    expect(await share('DERM')).toBeGreaterThan(0.6);
    expect(await share('RADONC')).toBeGreaterThan(0.6);
    expect(await share('IM')).toBe(0);
    expect(await share('FM')).toBe(0);
  });
});
