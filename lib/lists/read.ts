// Reading a user's lists. Ownership is in the query's where: another user's list is "not found".
import 'server-only';
import { getDb } from '@/lib/db/client';
import { MAX_LISTS_PER_ACCOUNT } from '@/lib/schemas/list-rules';
import { ListNotFoundError } from './errors';
import { listSelect, specialtiesOf, toListView } from './mappers';
import type { SavedListSummary, SavedListView } from './types';

/** A page of GET /api/lists: at most MAX_LISTS_PER_ACCOUNT, so the default page is every list. */
export interface ListPage {
  limit: number;
  offset: number;
}
export const DEFAULT_LIST_PAGE: ListPage = { limit: MAX_LISTS_PER_ACCOUNT, offset: 0 };

/** The user's lists, most recently changed first (a page of them). */
export async function listLists(ownerId: string, page: ListPage = DEFAULT_LIST_PAGE): Promise<SavedListSummary[]> {
  const rows = await getDb().savedList.findMany({
    where: { ownerId },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: page.limit,
    skip: page.offset,
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

/** How many lists the user has (for the X-Total-Count of a page). */
export async function countLists(ownerId: string): Promise<number> {
  return getDb().savedList.count({ where: { ownerId } });
}
