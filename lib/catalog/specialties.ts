// Specialty reads for pages and the API.
import 'server-only';
import { getDb } from '@/lib/db/client';
import { toSpecialtyStats } from './mappers';
import type { SpecialtyStats } from '@/lib/engine/types';

export interface SpecialtyOption {
  code: string;
  name: string;
  positions: number | null;
  programCount: number;
}

/** Specialties that have at least one program in the catalog, largest first. */
export async function listSpecialtyOptions(): Promise<SpecialtyOption[]> {
  const rows = await getDb().specialty.findMany({
    select: { code: true, name: true, positions: true, _count: { select: { programs: true } } },
    orderBy: [{ positions: { sort: 'desc', nulls: 'last' } }, { code: 'asc' }],
  });
  return rows
    .filter((row) => row._count.programs > 0)
    .map((row) => ({ code: row.code, name: row.name, positions: row.positions, programCount: row._count.programs }));
}

export async function listSpecialties(): Promise<SpecialtyStats[]> {
  const rows = await getDb().specialty.findMany({ orderBy: { code: 'asc' } });
  return rows.map(toSpecialtyStats);
}
