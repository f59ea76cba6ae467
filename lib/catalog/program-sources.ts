// Where each of a program's values comes from: the import named in its fieldSources, else the import
// that last wrote the program, else the demo catalog. Pure, so the rule is tested on its own.
import { DEMO_SOURCE } from './demo-source';

/** The fields a program's page and the compare view show, each with its own source. */
export const PROGRAM_DETAIL_FIELDS = [
  'name',
  'acgmeId',
  'nrmpCode',
  'specialtyCode',
  'institution',
  'city',
  'state',
  'region',
  'website',
  'erasParticipating',
  'positions',
  'positionsFilled',
  'sponsorsJ1',
  'sponsorsH1b',
  'shareUsMd',
  'shareDo',
  'shareImg',
  'minStep2',
  'minStep2Hard',
  'typicalStep2',
  'yogLimitYears',
  'maxAttempts',
  'usceRequiredMonths',
  'type',
  'track',
  'setting',
  'researchEmphasis',
] as const;
export type ProgramDetailField = (typeof PROGRAM_DETAIL_FIELDS)[number];

/** One catalog a value comes from. Dates are days (YYYY-MM-DD). */
export type CatalogSource =
  | { kind: 'demo'; generatedOn: string }
  | { kind: 'import'; importId: number; name: string; fileName: string; dataYear: number | null; importedOn: string }
  /** Named by a program or its fieldSources, but the import's record is gone (deleted since). */
  | { kind: 'unrecorded'; name: string };

export interface ImportRecord {
  id: number;
  name: string;
  fileName: string;
  dataYear: number | null;
  createdAt: Date;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function importSource(record: ImportRecord): CatalogSource {
  return {
    kind: 'import',
    importId: record.id,
    name: record.name,
    fileName: record.fileName,
    dataYear: record.dataYear,
    importedOn: isoDay(record.createdAt),
  };
}

/** `fieldSources` as stored (JSON, written by the importer): only integer import ids are kept. */
export function parseFieldSources(value: unknown): Partial<Record<string, number>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const result: Partial<Record<string, number>> = {};
  for (const [field, id] of Object.entries(value)) {
    if (typeof id === 'number' && Number.isInteger(id)) result[field] = id;
  }
  return result;
}

/** The import ids a set of programs' fieldSources name, to be read in one query. */
export function referencedImportIds(fieldSources: readonly unknown[]): number[] {
  const ids = new Set<number>();
  for (const value of fieldSources) for (const id of Object.values(parseFieldSources(value))) if (id !== undefined) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}

export interface ProgramSourceRow {
  source: string;
  importId: number | null;
  createdAt: Date;
  fieldSources: unknown;
}

/** The program's own catalog: its import, or the demo catalog, or an import no longer on record. */
export function programSource(row: ProgramSourceRow, imports: ReadonlyMap<number, ImportRecord>): CatalogSource {
  const record = row.importId === null ? undefined : imports.get(row.importId);
  if (record) return importSource(record);
  if (row.source === DEMO_SOURCE) return { kind: 'demo', generatedOn: isoDay(row.createdAt) };
  return { kind: 'unrecorded', name: row.source };
}

/** Every shown field's source (DESIGN.md §2: each value names where it comes from). */
export function fieldSourcesOf(
  row: ProgramSourceRow,
  imports: ReadonlyMap<number, ImportRecord>,
): Record<ProgramDetailField, CatalogSource> {
  const own = programSource(row, imports);
  const named = parseFieldSources(row.fieldSources);
  const result = {} as Record<ProgramDetailField, CatalogSource>;
  for (const field of PROGRAM_DETAIL_FIELDS) {
    const id = named[field];
    if (id === undefined) result[field] = own;
    else {
      const record = imports.get(id);
      result[field] = record ? importSource(record) : { kind: 'unrecorded', name: `import #${id}` };
    }
  }
  return result;
}
