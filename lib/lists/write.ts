// Saving, changing and deleting lists. Ownership is in every write's where ({id, ownerId}): another
// user's list is "not found", never "forbidden". Each save is one transaction: it happens whole or
// not at all.
import 'server-only';
import { getDb } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ValidationError } from '@/lib/http/errors';
import { rankStandings, type Standings } from '@/lib/recommendations/standings';
import type { CreateListInput, ListInput, ListItemInput, UpdateListInput } from '@/lib/schemas/lists';
import { limitSignedInRanking } from '@/lib/recommendations/rate-limit';
import { MAX_LISTS_PER_ACCOUNT } from '@/lib/schemas/list-rules';
import { ListChangedError, ListLimitError, ListNotFoundError } from './errors';
import { assertInCatalog, loadCatalogEntries, newItemRows } from './catalog-entries';
import { listSelect, rerunnableInput, statusToDb, toListView } from './mappers';
import type { SavedListView } from './types';

/** Room for a 500-program save on a slow disk; a stuck one still ends (and rolls back). */
const SAVE_TIMEOUT_MS = 15_000;

/** Chances and fit come from the engine run on the saved plan, never from the client. */
async function standingsForNewList(input: ListInput): Promise<Standings> {
  const standings = await rankStandings(getDb(), input);
  if (standings.unknownSpecialties.length > 0) {
    throw new ValidationError('Some fields need attention.', {
      'input.preferences.specialties': [`Unknown specialty: ${standings.unknownSpecialties.join(', ')}. See GET /api/specialties.`],
    });
  }
  return standings;
}

/** Where the engine places programs today for a saved plan (none when today's schema cannot read it). */
async function currentStandings(input: Prisma.JsonValue): Promise<Standings['byProgramId']> {
  const plan = rerunnableInput(input);
  return plan ? (await rankStandings(getDb(), plan)).byProgramId : new Map();
}

async function readList(tx: Prisma.TransactionClient, ownerId: string, id: string): Promise<SavedListView> {
  const row = await tx.savedList.findFirst({ where: { id, ownerId }, select: listSelect });
  if (!row) throw new ListNotFoundError();
  return toListView(row);
}

export async function createList(ownerId: string, body: CreateListInput): Promise<SavedListView> {
  await limitSignedInRanking(ownerId);
  const standings = await standingsForNewList(body.input);
  return getDb().$transaction(
    async (tx) => {
      // The owner's row is locked so that parallel saves count the lists one after the other.
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${ownerId} FOR UPDATE`;
      if ((await tx.savedList.count({ where: { ownerId } })) >= MAX_LISTS_PER_ACCOUNT) throw new ListLimitError();
      const entries = await loadCatalogEntries(tx, body.items.map((item) => item.programId));
      assertInCatalog(body.items, entries);
      const list = await tx.savedList.create({
        data: {
          ownerId,
          name: body.name,
          input: body.input as Prisma.InputJsonObject,
          engineVersion: standings.engineVersion,
          catalogVersion: standings.catalogVersion,
          ...(standings.plan ? { plan: standings.plan as unknown as Prisma.InputJsonObject } : {}),
        },
        select: { id: true },
      });
      await tx.savedListItem.createMany({ data: newItemRows(list.id, body.items, entries, standings.byProgramId) });
      return readList(tx, ownerId, list.id);
    },
    { timeout: SAVE_TIMEOUT_MS },
  );
}

/** New rank for every kept item; status and note change only where the request gives them. */
async function updateKeptItems(tx: Prisma.TransactionClient, ownerId: string, listId: string, items: readonly ListItemInput[]): Promise<void> {
  if (items.length === 0) return;
  await tx.$executeRaw`
    UPDATE "SavedListItem" AS item
    SET "rank" = change.rank,
        "status" = COALESCE(change.status::"ListItemStatus", item."status"),
        "note" = COALESCE(change.note, item."note")
    FROM unnest(
      ${items.map((i) => i.programId)}::text[],
      ${items.map((i) => i.rank)}::int[],
      ${items.map((i) => (i.status ? statusToDb(i.status) : null))}::text[],
      ${items.map((i) => i.note ?? null)}::text[]
    ) AS change("programId", rank, status, note)
    WHERE item."programId" = change."programId"
      AND item."listId" = (SELECT list."id" FROM "SavedList" AS list WHERE list."id" = ${listId} AND list."ownerId" = ${ownerId})`;
}

async function replaceItems(
  tx: Prisma.TransactionClient,
  ownerId: string,
  listId: string,
  items: readonly ListItemInput[],
  standings: Standings['byProgramId'],
): Promise<void> {
  const current = await tx.savedListItem.findMany({ where: { listId, list: { ownerId } }, select: { programId: true } });
  const existing = new Set(current.map((item) => item.programId));
  const wanted = new Set(items.map((item) => item.programId));
  await tx.savedListItem.deleteMany({ where: { listId, list: { ownerId }, programId: { notIn: [...wanted] } } });
  await updateKeptItems(tx, ownerId, listId, items.filter((item) => existing.has(item.programId)));

  const added = items.filter((item) => !existing.has(item.programId));
  if (added.length === 0) return;
  const entries = await loadCatalogEntries(tx, added.map((item) => item.programId));
  assertInCatalog(items, entries, new Set(added.map((item) => item.programId)));
  await tx.savedListItem.createMany({ data: newItemRows(listId, added, entries, standings) });
}

/**
 * Applies a change made to `body.version`: the version check and bump is the first write, so two
 * saves of the same version cannot both pass (the second waits for the first's row lock, then finds
 * the version moved on: 409). `items`, when given, is the whole new list.
 */
export async function updateList(ownerId: string, id: string, body: UpdateListInput): Promise<SavedListView> {
  const db = getDb();
  const before = await db.savedList.findFirst({
    where: { id, ownerId },
    select: { version: true, input: true, items: { select: { programId: true } } },
  });
  if (!before) throw new ListNotFoundError();
  if (before.version !== body.version) throw new ListChangedError();

  // Ranking takes a while, so it runs before the transaction (holding no lock), and only when the
  // change adds programs: their chances come from the plan the list was saved with, run on today's
  // catalog. If the version check below passes, nobody changed the list since this read.
  const known = new Set(before.items.map((item) => item.programId));
  const adds = body.items?.some((item) => !known.has(item.programId)) ?? false;
  if (adds) await limitSignedInRanking(ownerId);
  const standings: Standings['byProgramId'] = adds ? await currentStandings(before.input) : new Map();

  return db.$transaction(
    async (tx) => {
      const bumped = await tx.savedList.updateMany({
        where: { id, ownerId, version: body.version },
        data: { version: { increment: 1 }, ...(body.name !== undefined ? { name: body.name } : {}) },
      });
      if (bumped.count === 0) {
        const exists = await tx.savedList.count({ where: { id, ownerId } });
        throw exists > 0 ? new ListChangedError() : new ListNotFoundError();
      }
      if (body.items) await replaceItems(tx, ownerId, id, body.items, standings);
      return readList(tx, ownerId, id);
    },
    { timeout: SAVE_TIMEOUT_MS },
  );
}

export async function deleteList(ownerId: string, id: string): Promise<void> {
  const deleted = await getDb().savedList.deleteMany({ where: { id, ownerId } });
  if (deleted.count === 0) throw new ListNotFoundError();
}
