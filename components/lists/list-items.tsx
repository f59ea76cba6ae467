'use client';

import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SavedListItemView } from '@/lib/lists/types';
import type { ListItemStatusName } from '@/lib/schemas/lists';
import { ListItemRow, moveButtonId } from './list-item-row';
import { moveItem } from './list-order';
import { isWholeList, viewListItems, type ListView } from './list-view';

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
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const dragging = useRef<number | null>(null);

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

  const endDrag = () => {
    dragging.current = null;
    setDragFrom(null);
    setDropAt(null);
  };

  const drag = (index: number) => ({
    dropTarget: dragFrom !== null && dropAt === index && dropAt !== dragFrom,
    onStart: (from: number, row: HTMLElement, event: React.DragEvent) => {
      if (locked) {
        event.preventDefault();
        return;
      }
      dragging.current = from;
      setDragFrom(from);
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', items[from]?.programName ?? '');
      event.dataTransfer.setDragImage(row, 24, 24);
    },
    onOver: (over: number, event: React.DragEvent) => {
      if (dragging.current === null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (dropAt !== over) setDropAt(over);
    },
    onDrop: (to: number, event: React.DragEvent) => {
      const from = dragging.current;
      if (from === null) return;
      event.preventDefault();
      endDrag();
      move(from, to, false);
    },
    onEnd: endDrag,
  });

  const reorderable = isWholeList(view);
  const shown = viewListItems(items, view);

  return (
    <fieldset disabled={locked} className="min-w-0">
      <legend className="sr-only">Programs on this list</legend>
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
            drag={drag(index)}
          />
          );
        })}
      </ol>
    </fieldset>
  );
}
