// A saved list against today: the plan it was built from, ranked again by today's engine on today's
// catalog, item by item. Programs the engine no longer ranks (excluded now, or gone) compare as null.
import { limitSignedInRanking } from '@/lib/recommendations/rate-limit';
import 'server-only';
import { getDb } from '@/lib/db/client';
import { rankStandings } from '@/lib/recommendations/standings';
import { ListNotFoundError, ListPlanOutdatedError } from './errors';
import { itemSelect, rerunnableInput, toItemView } from './mappers';
import type { ListComparison, ListItemComparison } from './types';

export async function compareListWithNow(ownerId: string, id: string): Promise<ListComparison> {
  await limitSignedInRanking(ownerId);
  const db = getDb();
  const list = await db.savedList.findFirst({
    where: { id, ownerId },
    select: { id: true, input: true, engineVersion: true, catalogVersion: true, items: { select: itemSelect, orderBy: [{ rank: 'asc' }, { programId: 'asc' }] } },
  });
  if (!list) throw new ListNotFoundError();
  const plan = rerunnableInput(list.input);
  if (!plan) throw new ListPlanOutdatedError();
  const now = await rankStandings(db, plan);

  // Today's order of the list's own programs, so "now" ranks compare with the list's ranks.
  const stillRanked = list.items
    .flatMap((item) => {
      const standing = now.byProgramId.get(item.programId);
      return standing ? [{ programId: item.programId, overallRank: standing.rank }] : [];
    })
    .sort((a, b) => a.overallRank - b.overallRank);
  const placeNow = new Map(stillRanked.map((entry, index) => [entry.programId, index + 1]));

  const items = list.items.map((row): ListItemComparison => {
    const item = toItemView(row);
    const standing = now.byProgramId.get(item.programId);
    const place = placeNow.get(item.programId);
    return {
      programId: item.programId,
      programName: item.programName,
      saved: { rank: item.rank, tier: item.tier, chance: item.chance, fit: item.fit },
      now:
        standing && place !== undefined
          ? { rank: place, overallRank: standing.rank, tier: standing.tier, chance: standing.chance, fit: standing.fit }
          : null,
    };
  });
  return {
    id: list.id,
    saved: { engineVersion: list.engineVersion, catalogVersion: list.catalogVersion },
    now: { engineVersion: now.engineVersion, catalogVersion: now.catalogVersion },
    items,
  };
}
