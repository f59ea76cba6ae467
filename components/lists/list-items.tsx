'use client';

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type Modifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { flushSync } from 'react-dom';
import type { SavedListItemView } from '@/lib/lists/types';
import type { ListItemStatusName } from '@/lib/schemas/lists';
import { ListItemRow, moveButtonId } from './list-item-row';
import { moveItem } from './list-order';
import { isWholeList, viewListItems, type ListView } from './list-view';
import { dropMove, REORDER_INSTRUCTIONS, reorderAnnouncements } from './reorder-words';

/** A list reorders up and down only. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

interface ListItemsProps {
  items: readonly SavedListItemView[];
  generation: number;
  locked: boolean;
  /** What the page shows; changes are always made to the whole list. */
  view: ListView;
  specialtyNames: Readonly<Record<string, string>>;
  onItemsChange: (items: SavedListItemView[], doneMessage: string) => void;
}

/** The programs in the applicant's order: status, note and place of each. */
export function ListItems({ items, generation, locked, view, specialtyNames, onItemsChange }: ListItemsProps) {
  // Pointer covers mouse, pen and touch (the handle has touch-action: none); a few pixels of travel
  // before a drag starts keep a tap on the handle a tap. The keyboard moves by whole places.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const move = (from: number, to: number, keepFocus: boolean) => {
    const item = items[from];
    if (!item || to < 0 || to >= items.length || from === to) return;
    const next = moveItem(items, from, to);
    const message = `Moved ${item.programName} to number ${to + 1} of ${items.length}.`;
    // Rendered before focusing: the row has moved, and at either end one of its buttons is disabled.
    flushSync(() => onItemsChange(next, `${message} Saved.`));
    if (!keepFocus) return;
    const direction = to < from ? 'up' : 'down';
    const atEnd = direction === 'up' ? to === 0 : to === items.length - 1;
    document.getElementById(moveButtonId(item.programId, atEnd ? (direction === 'up' ? 'down' : 'up') : direction))?.focus();
  };

  const setItem = (programId: string, patch: Partial<SavedListItemView>, doneMessage: string) =>
    onItemsChange(
      items.map((item) => (item.programId === programId ? { ...item, ...patch } : item)),
      doneMessage,
    );

  const nameOf = (programId: string) => items.find((item) => item.programId === programId)?.programName ?? 'the program';

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const drop = dropMove(items, active.id, over?.id);
    if (drop) move(drop.from, drop.to, false);
  };

  const reorderable = isWholeList(view) && !locked;
  const shown = viewListItems(items, view);

  return (
    <fieldset disabled={locked} className="min-w-0">
      <legend className="sr-only">Programs on this list</legend>
      <DndContext
        id="list-reorder"
        sensors={sensors}
        collisionDetection={closestCenter}
        modifiers={[verticalOnly]}
        onDragEnd={onDragEnd}
        accessibility={{ announcements: reorderAnnouncements(items), screenReaderInstructions: { draggable: REORDER_INSTRUCTIONS } }}
      >
      <SortableContext items={shown.map((item) => item.programId)} strategy={verticalListSortingStrategy} disabled={!reorderable}>
      <ol className="flex flex-col gap-3">
        {shown.map((item) => {
          const index = items.indexOf(item);
          return (
          <ListItemRow
            key={`${generation}-${item.programId}`}
            item={item}
            index={index}
            count={items.length}
            specialtyName={specialtyNames[item.specialtyCode] ?? item.specialtyCode}
            onStatus={(programId: string, status: ListItemStatusName) =>
              setItem(programId, { status }, `Status of ${nameOf(programId)} saved.`)
            }
            onNote={(programId: string, note: string) => setItem(programId, { note }, `Note for ${nameOf(programId)} saved.`)}
            onMove={(from, to) => move(from, to, true)}
            reorderable={reorderable}
          />
          );
        })}
      </ol>
      </SortableContext>
      </DndContext>
    </fieldset>
  );
}
