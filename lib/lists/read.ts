// Reading a user's lists. Ownership is in the query's where: another user's list is "not found".
import 'server-only';
import { getDb } from '@/lib/db/client';
import { ListNotFoundError } from './errors';
import { listSelect, specialtiesOf, toListView } from './mappers';
import type { SavedListSummary, SavedListView } from './types';

/** The user's lists, most recently changed first. */
export async function listLists(ownerId: string): Promise<SavedListSummary[]> {
  const rows = await getDb().savedList.findMany({
    where: { ownerId },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, name: true, version: true, updatedAt: true, input: true, _count: { select: { items: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    version: row.version,
    itemCount: row._count.items,
    updatedAt: row.updatedAt.toISOString(),
    specialties: specialtiesOf(row.input),
  }));
}

/** One of the user's lists with its programs in rank order, or a 404. */
export async function getList(ownerId: string, id: string): Promise<SavedListView> {
  const row = await getDb().savedList.findFirst({ where: { id, ownerId }, select: listSelect });
  if (!row) throw new ListNotFoundError();
  return toListView(row);
}
