// What a screen reader hears while a program is dragged to a new place (keyboard, touch or mouse).
// Pure: the drag library hands over ids, this names the program and its place in the whole list.

export interface ReorderEntry {
  programId: string;
  programName: string;
}

export const REORDER_INSTRUCTIONS =
  'To move this program, press Space or Enter to pick it up, the Up and Down arrow keys to move it, ' +
  'Space or Enter to drop it in its new place, or Escape to put it back. On a touch screen, press and drag the handle.';

type Id = string | number;

const placeOf = (entries: readonly ReorderEntry[], id: Id | undefined) =>
  id === undefined ? -1 : entries.findIndex((entry) => entry.programId === String(id));

const nameAt = (entries: readonly ReorderEntry[], index: number) => entries[index]?.programName ?? 'The program';

/** The place (0-based) a drop lands on, or null when the drop changes nothing. */
export function dropMove(entries: readonly ReorderEntry[], activeId: Id, overId: Id | undefined): { from: number; to: number } | null {
  const from = placeOf(entries, activeId);
  const to = placeOf(entries, overId);
  if (from < 0 || to < 0 || from === to) return null;
  return { from, to };
}

export function reorderAnnouncements(entries: readonly ReorderEntry[]) {
  const count = entries.length;
  const place = (index: number) => `number ${index + 1} of ${count}`;
  return {
    onDragStart({ active }: { active: { id: Id } }) {
      const from = placeOf(entries, active.id);
      return `Picked up ${nameAt(entries, from)}, ${place(from)}.`;
    },
    /** Silent over its own place: that is where a drag starts, and "Picked up" says it. */
    onDragOver({ active, over }: { active: { id: Id }; over: { id: Id } | null }): string | undefined {
      const from = placeOf(entries, active.id);
      const to = placeOf(entries, over?.id);
      if (to === from) return undefined;
      const name = nameAt(entries, from);
      return to < 0 ? `${name} is not over a place in the list.` : `${name} would move to ${place(to)}.`;
    },
    onDragEnd({ active, over }: { active: { id: Id }; over: { id: Id } | null }) {
      const from = placeOf(entries, active.id);
      const to = placeOf(entries, over?.id);
      const name = nameAt(entries, from);
      return to < 0 || to === from ? `${name} stays at ${place(from)}.` : `Dropped ${name} at ${place(to)}.`;
    },
    onDragCancel({ active }: { active: { id: Id } }) {
      const from = placeOf(entries, active.id);
      return `Move cancelled. ${nameAt(entries, from)} stays at ${place(from)}.`;
    },
  };
}
