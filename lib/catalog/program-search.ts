// The catalog's browse queries, on any client: lib/catalog/programs.ts runs them on the app's
// database, tests/bench/catalog.ts on a scratch one (with EXPLAIN). Kept free of 'server-only'.
import type { Database } from '@/lib/db/create-client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { LARGE_PROGRAM_MIN_POSITIONS, SMALL_PROGRAM_MAX_POSITIONS } from '@/lib/engine/fit';
import type { ProgramSize } from '@/lib/engine/types';
import { offsetOf, type ProgramFilters, type ProgramQuery, type ProgramSort } from '@/lib/schemas/programs';

const SIZE_WHERE: Record<ProgramSize, Prisma.IntNullableFilter> = {
  SMALL: { lte: SMALL_PROGRAM_MAX_POSITIONS },
  MEDIUM: { gt: SMALL_PROGRAM_MAX_POSITIONS, lt: LARGE_PROGRAM_MIN_POSITIONS },
  LARGE: { gte: LARGE_PROGRAM_MIN_POSITIONS },
};

/** Prisma passes `contains` into ILIKE as is: "%" or "_" typed by a user would be wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * NULL is "not reported". A filter that asks for a value (a visa, a size, IMG residents) leaves
 * unreported programs out; the two that ask for the absence of a barrier (a Step 2 CK minimum of
 * at most X, a YOG limit of at least N) keep programs that state none. The page labels both.
 */
export function programWhere(filters: ProgramFilters): Prisma.ProgramWhereInput {
  const and: Prisma.ProgramWhereInput[] = [];
  if (filters.q) {
    const contains = { contains: escapeLike(filters.q), mode: 'insensitive' } as const;
    and.push({ OR: [{ name: contains }, { institution: contains }, { city: contains }] });
  }
  if (filters.specialty?.length) and.push({ specialtyCode: { in: filters.specialty } });
  if (filters.state?.length) and.push({ state: { in: filters.state } });
  if (filters.region?.length) and.push({ region: { in: filters.region } });
  if (filters.type?.length) and.push({ type: { in: filters.type } });
  if (filters.setting?.length) and.push({ setting: { in: filters.setting } });
  if (filters.track?.length) and.push({ track: { in: filters.track } });
  if (filters.size?.length) and.push({ OR: filters.size.map((size) => ({ positions: SIZE_WHERE[size] })) });
  if (filters.j1 !== undefined) and.push({ sponsorsJ1: filters.j1 });
  if (filters.h1b !== undefined) and.push({ sponsorsH1b: filters.h1b });
  if (filters.imgs !== undefined) and.push({ shareImg: filters.imgs ? { gt: 0 } : { equals: 0 } });
  if (filters.dos !== undefined) and.push({ shareDo: filters.dos ? { gt: 0 } : { equals: 0 } });
  if (filters.cutoff === 'none') and.push({ minStep2: null });
  else if (filters.cutoff) and.push({ OR: [{ minStep2: null }, { minStep2: { lte: Number(filters.cutoff) } }] });
  if (filters.yog !== undefined) and.push({ OR: [{ yogLimitYears: null }, { yogLimitYears: { gte: filters.yog } }] });
  return and.length > 0 ? { AND: and } : {};
}

/** Every sort ends on id, so pages never repeat or skip a program between equal keys. */
const ORDER_BY: Record<ProgramSort, Prisma.ProgramOrderByWithRelationInput[]> = {
  name: [{ name: 'asc' }, { id: 'asc' }],
  location: [{ state: 'asc' }, { city: { sort: 'asc', nulls: 'last' } }, { name: 'asc' }, { id: 'asc' }],
  size: [{ positions: { sort: 'desc', nulls: 'last' } }, { name: 'asc' }, { id: 'asc' }],
  specialty: [{ specialtyCode: 'asc' }, { name: 'asc' }, { id: 'asc' }],
};

/** The columns a row of the catalog page shows, and nothing more. */
const PROGRAM_SUMMARY_SELECT = {
  id: true,
  acgmeId: true,
  nrmpCode: true,
  name: true,
  institution: true,
  specialtyCode: true,
  city: true,
  state: true,
  positions: true,
  type: true,
  track: true,
  setting: true,
  sponsorsJ1: true,
  sponsorsH1b: true,
  shareImg: true,
  shareDo: true,
  minStep2: true,
  minStep2Hard: true,
  yogLimitYears: true,
  source: true,
  importId: true,
} as const satisfies Prisma.ProgramSelect;

type ProgramSummaryRow = Prisma.ProgramGetPayload<{ select: typeof PROGRAM_SUMMARY_SELECT }>;

export type ProgramSummary = Omit<ProgramSummaryRow, 'importId'> & {
  /** Day (YYYY-MM-DD) of the import that last wrote the program; null for demo data. */
  sourceDate: string | null;
};

export interface ProgramPage {
  total: number;
  page: number;
  limit: number;
  offset: number;
  programs: ProgramSummary[];
}

/**
 * The day of each import the rows came from. A separate read only when some row has an import:
 * a Prisma relation select would send one more query per page even for the demo catalog.
 */
async function importDates(db: Database, rows: readonly ProgramSummaryRow[]): Promise<Map<number, string>> {
  const ids = [...new Set(rows.flatMap((row) => (row.importId === null ? [] : [row.importId])))];
  if (ids.length === 0) return new Map();
  const imports = await db.catalogImport.findMany({ where: { id: { in: ids } }, select: { id: true, createdAt: true } });
  return new Map(imports.map((i) => [i.id, i.createdAt.toISOString().slice(0, 10)]));
}

export async function searchPrograms(db: Database, query: ProgramQuery): Promise<ProgramPage> {
  const where = programWhere(query);
  const offset = offsetOf(query);
  const [total, rows] = await Promise.all([
    db.program.count({ where }),
    db.program.findMany({ where, orderBy: ORDER_BY[query.sort], skip: offset, take: query.limit, select: PROGRAM_SUMMARY_SELECT }),
  ]);
  const dates = await importDates(db, rows);
  const programs = rows.map(({ importId, ...row }) => ({ ...row, sourceDate: importId === null ? null : (dates.get(importId) ?? null) }));
  return { total, page: query.page, limit: query.limit, offset, programs };
}

/** Programs per state (USPS code) that match the filters; states with none are absent. */
export async function countProgramsByStateIn(db: Database, filters: ProgramFilters): Promise<Record<string, number>> {
  const groups = await db.program.groupBy({ by: ['state'], where: programWhere(filters), _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.state, group._count._all]));
}
