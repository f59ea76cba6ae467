// What a program looked like in the catalog when it joined a list, and where the engine placed it:
// read from the Program rows and the engine, never taken from the client.
import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ValidationError } from '@/lib/http/errors';
import type { Standings } from '@/lib/recommendations/standings';
import type { ListItemInput } from '@/lib/schemas/lists';
import { statusToDb } from './mappers';

type ProgramEntry = Pick<Prisma.SavedListItemCreateManyInput, 'acgmeId' | 'programName' | 'institution' | 'city' | 'state' | 'specialtyCode'>;

export async function loadCatalogEntries(tx: Prisma.TransactionClient, programIds: readonly string[]): Promise<Map<string, ProgramEntry>> {
  if (programIds.length === 0) return new Map();
  const rows = await tx.program.findMany({
    where: { id: { in: [...programIds] } },
    select: { id: true, acgmeId: true, name: true, institution: true, city: true, state: true, specialtyCode: true },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      { acgmeId: row.acgmeId, programName: row.name, institution: row.institution, city: row.city, state: row.state, specialtyCode: row.specialtyCode },
    ]),
  );
}

/** 400 naming each item (by its place in the request's `items`) whose program the catalog lacks. */
export function assertInCatalog(items: readonly ListItemInput[], entries: Map<string, ProgramEntry>, only?: ReadonlySet<string>): void {
  const fields: Record<string, string[]> = {};
  items.forEach((item, index) => {
    if ((only === undefined || only.has(item.programId)) && !entries.has(item.programId)) {
      fields[`items.${index}.programId`] = [`No program with id ${item.programId} in the catalog`];
    }
  });
  if (Object.keys(fields).length > 0) throw new ValidationError('Some programs are not in the catalog.', fields);
}

/** Rows for programs joining a list: the catalog's description, the engine's tier, chance and fit. */
export function newItemRows(
  listId: string,
  items: readonly ListItemInput[],
  entries: Map<string, ProgramEntry>,
  standings: Standings['byProgramId'],
): Prisma.SavedListItemCreateManyInput[] {
  return items.map((item) => {
    const entry = entries.get(item.programId);
    if (!entry) throw new Error(`catalog entry missing for ${item.programId}`);
    const standing = standings.get(item.programId);
    return {
      listId,
      programId: item.programId,
      ...entry,
      rank: item.rank,
      tier: standing?.tier ?? null,
      chance: standing?.chance ?? null,
      matchChance: standing?.matchChance ?? null,
      signal: standing?.signal ?? null,
      fit: standing?.fit ?? null,
      status: statusToDb(item.status ?? 'considering'),
      note: item.note ?? '',
    };
  });
}
