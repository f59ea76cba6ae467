// Catalog reads for GET /api/programs and the catalog pages.
import 'server-only';
import { getDb } from '@/lib/db/client';
import type { Program } from '@/lib/engine/types';
import type { ProgramFilters, ProgramQuery } from '@/lib/schemas/programs';
import { PROGRAM_IMPORT_DATE, toProgram } from './mappers';
import { countProgramsByStateIn, searchPrograms, type ProgramPage } from './program-search';

export type { ProgramPage, ProgramSummary } from './program-search';

/** One page of the catalog for the filters and sort, with the total count. */
export function listPrograms(query: ProgramQuery): Promise<ProgramPage> {
  return searchPrograms(getDb(), query);
}

/**
 * Programs per state for the filters, for the map. Every filter given applies, the state filter
 * too: pass `{ ...filters, state: undefined }` to show where else such programs are.
 */
export function countProgramsByState(filters: ProgramFilters): Promise<Record<string, number>> {
  return countProgramsByStateIn(getDb(), filters);
}

export async function getProgram(id: string): Promise<Program | null> {
  const row = await getDb().program.findUnique({ where: { id }, include: PROGRAM_IMPORT_DATE });
  return row ? toProgram(row) : null;
}
