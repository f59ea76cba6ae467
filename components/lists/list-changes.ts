// What a PATCH must carry to bring the saved list to what the page shows. The items go whole, in
// order (the API's contract), with status and note only where they changed: the server keeps the
// rest, and the body stays small however many long notes the list holds.
import type { SavedListView } from '@/lib/lists/types';
import type { ListItemInput, UpdateListInput } from '@/lib/schemas/lists';

export function listChanges(saved: SavedListView, shown: SavedListView): UpdateListInput | null {
  const before = new Map(saved.items.map((item) => [item.programId, item]));
  let itemsChanged = saved.items.length !== shown.items.length;
  const items = shown.items.map((item, index): ListItemInput => {
    const old = before.get(item.programId);
    const change: ListItemInput = { programId: item.programId, rank: index + 1 };
    if (!old || old.rank !== index + 1) itemsChanged = true;
    if (!old || old.status !== item.status) {
      change.status = item.status;
      itemsChanged = true;
    }
    if (!old || old.note !== item.note) {
      change.note = item.note;
      itemsChanged = true;
    }
    return change;
  });
  const nameChanged = saved.name !== shown.name;
  if (!itemsChanged && !nameChanged) return null;
  return { version: saved.version, ...(nameChanged ? { name: shown.name } : {}), ...(itemsChanged ? { items } : {}) };
}
