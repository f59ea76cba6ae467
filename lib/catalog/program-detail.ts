// One program with everything the catalog knows about it and where each value comes from, for
// /programs/[id] and the compare view.
import 'server-only';
import { getDb } from '@/lib/db/client';
import { couldBeId } from '@/lib/schemas/text';
import type { Program } from '@/lib/engine/types';
import {
  fieldSourcesOf,
  programSource,
  referencedImportIds,
  type CatalogSource,
  type ImportRecord,
  type ProgramDetailField,
} from './program-sources';

/** Related programs shown on a program's page; the page says how many more there are. */
export const RELATED_PROGRAMS_MAX = 12;

/** Program ids are short text; anything longer is simply not in the catalog (as in GET /api/programs/[id]). */
export const PROGRAM_ID_MAX_LENGTH = 64;

/** Every value the catalog holds for a program: the engine's fields plus those only the pages show. */
export type ProgramFacts = Omit<Program, 'source' | 'sourceDate'> & {
  specialtyName: string;
  website: string | null;
  erasParticipating: boolean | null;
  positionsFilled: number | null;
};

export interface SourcedProgram {
  program: ProgramFacts;
  /** The catalog the program comes from ("demo" or the import that last wrote it). */
  source: CatalogSource;
  fieldSources: Record<ProgramDetailField, CatalogSource>;
}

export interface RelatedProgram {
  id: string;
  name: string;
  specialtyName: string;
  city: string | null;
}

export interface ProgramDetail extends SourcedProgram {
  /** Other programs of the same institution in the same state, at most RELATED_PROGRAMS_MAX. */
  related: RelatedProgram[];
  relatedTotal: number;
}

const IMPORT_SELECT = { id: true, name: true, fileName: true, dataYear: true, createdAt: true } as const;

const PROGRAM_SELECT = {
  id: true,
  name: true,
  acgmeId: true,
  nrmpCode: true,
  specialtyCode: true,
  specialty: { select: { name: true } },
  institution: true,
  city: true,
  state: true,
  region: true,
  website: true,
  erasParticipating: true,
  positions: true,
  positionsFilled: true,
  sponsorsJ1: true,
  sponsorsH1b: true,
  shareUsMd: true,
  shareDo: true,
  shareImg: true,
  minStep2: true,
  minStep2Hard: true,
  typicalStep2: true,
  yogLimitYears: true,
  maxAttempts: true,
  usceRequiredMonths: true,
  type: true,
  track: true,
  setting: true,
  researchEmphasis: true,
  source: true,
  importId: true,
  fieldSources: true,
  createdAt: true,
  catalogImport: { select: IMPORT_SELECT },
} as const;

/**
 * The programs with these ids (unknown ids are left out, order not kept), each with its sources: one
 * query for the programs and their own imports, one more only when fieldSources name other imports.
 */
export async function getSourcedPrograms(ids: readonly string[]): Promise<SourcedProgram[]> {
  const wanted = ids.filter((id) => couldBeId(id, PROGRAM_ID_MAX_LENGTH));
  if (wanted.length === 0) return [];
  const db = getDb();
  const rows = await db.program.findMany({ where: { id: { in: wanted } }, select: PROGRAM_SELECT });
  const imports = new Map<number, ImportRecord>();
  for (const row of rows) if (row.catalogImport) imports.set(row.catalogImport.id, row.catalogImport);
  const missing = referencedImportIds(rows.map((row) => row.fieldSources)).filter((id) => !imports.has(id));
  if (missing.length > 0) {
    for (const record of await db.catalogImport.findMany({ where: { id: { in: missing } }, select: IMPORT_SELECT })) {
      imports.set(record.id, record);
    }
  }
  return rows.map((row) => {
    const { specialty, source, importId, fieldSources, createdAt, catalogImport: _import, ...facts } = row;
    const sourceRow = { source, importId, fieldSources, createdAt };
    return {
      program: { ...facts, specialtyName: specialty.name },
      source: programSource(sourceRow, imports),
      fieldSources: fieldSourcesOf(sourceRow, imports),
    };
  });
}

/** One program for its page, with related programs of the same institution; null for an unknown id. */
export async function getProgramDetail(id: string): Promise<ProgramDetail | null> {
  const [sourced] = await getSourcedPrograms([id]);
  if (!sourced) return null;
  const { institution, state } = sourced.program;
  const where = { institution, state, id: { not: id } };
  const db = getDb();
  const [related, relatedTotal] = await Promise.all([
    db.program.findMany({
      where,
      select: { id: true, name: true, city: true, specialty: { select: { name: true } } },
      orderBy: [{ specialty: { name: 'asc' } }, { name: 'asc' }, { id: 'asc' }],
      take: RELATED_PROGRAMS_MAX,
    }),
    db.program.count({ where }),
  ]);
  return {
    ...sourced,
    related: related.map((row) => ({ id: row.id, name: row.name, specialtyName: row.specialty.name, city: row.city })),
    relatedTotal,
  };
}
