'use client';

import { SIGNAL_KIND_LABEL } from '@/components/results/signal-words';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import Link from 'next/link';
import { useState } from 'react';
import { TierBadge } from '@/components/results/tier-badge';
import { programHref } from '@/lib/catalog/program-href';
import type { SavedListItemView } from '@/lib/lists/types';
import { placeLabel } from '@/lib/reference/states';
import { LIST_NOTE_MAX_LENGTH, type ListItemStatusName } from '@/lib/schemas/list-rules';
import { formatSavedChance, isStatus, STATUS_OPTIONS } from './list-words';

export const moveButtonId = (programId: string, direction: 'up' | 'down') => `move-${direction}-${programId}`;

const SMALL_BUTTON =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-400 bg-white px-3 font-semibold text-slate-900 ' +
  'hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50';

interface ListItemRowProps {
  item: SavedListItemView;
  index: number;
  count: number;
  specialtyName: string;
  onStatus: (programId: string, status: ListItemStatusName) => void;
  onNote: (programId: string, note: string) => void;
  onMove: (from: number, to: number) => void;
  /** False while the page shows a filtered or sorted view (moves are made in the applicant's own order only) or the list is locked. */
  reorderable: boolean;
}

export function ListItemRow({ item, index, count, specialtyName, onStatus, onNote, onMove, reorderable }: ListItemRowProps) {
  const [note, setNote] = useState(item.note);
  const name = item.programName;
  const statusId = `status-${item.programId}`;
  const noteId = `note-${item.programId}`;
  const unsaved = note !== item.note;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.programId,
    disabled: !reorderable,
  });

  return (
    <li
      ref={setNodeRef}
      aria-labelledby={`program-${item.programId}`}
      style={{ transform: CSS.Translate.toString(transform), transition: transition }}
      className={
        'flex flex-col gap-3 rounded-lg border bg-white p-4 ' +
        (isDragging ? 'relative z-10 border-2 border-blue-700 shadow-lg' : 'border-slate-300')
      }
    >
      <div className="flex items-start gap-3">
        {/* The handle: drag with a mouse or finger, or focus it and use Space and the arrow keys. */}
        <button
          type="button"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Reorder ${name}`}
          title="Drag to reorder"
          disabled={!reorderable}
          className={
            'inline-flex min-h-11 min-w-11 shrink-0 cursor-grab touch-none items-center justify-center rounded-md border border-slate-400 ' +
            'bg-white text-xl text-slate-700 select-none hover:bg-slate-100 active:cursor-grabbing disabled:cursor-not-allowed disabled:opacity-50'
          }
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="min-w-8 text-2xl font-bold text-slate-900 tabular-nums">
          <span className="sr-only">Number </span>
          {item.rank}
        </span>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <h3 id={`program-${item.programId}`} className="font-semibold break-words text-slate-900">
            <Link href={programHref(item.programId)} prefetch={false} className="text-blue-800 underline hover:text-blue-900">
              {name}
            </Link>
          </h3>
          <p className="text-sm break-words text-slate-700">
            {item.institution} · {placeLabel(item.city, item.state)} · {specialtyName}
            {item.acgmeId ? ` · ACGME ${item.acgmeId}` : ''}
          </p>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-800">
            {item.tier ? <TierBadge tier={item.tier} /> : null}
            <span>Interview chance when saved: {formatSavedChance(item.chance)}</span>
            {item.matchChance === null ? null : <span>· Match chance {formatSavedChance(item.matchChance)}</span>}
            {item.signal === null ? null : <span>· {SIGNAL_KIND_LABEL[item.signal]}</span>}
            {item.fit === null ? null : <span>· Fit {Math.round(item.fit)} of 100</span>}
          </p>
        </div>
        <div className="flex shrink-0 flex-col gap-2 sm:flex-row">
          <button
            type="button"
            id={moveButtonId(item.programId, 'up')}
            className={SMALL_BUTTON}
            disabled={!reorderable || index === 0}
            onClick={() => onMove(index, index - 1)}
          >
            <span aria-hidden="true">↑</span>
            <span className="sr-only">Move {name} up</span>
          </button>
          <button
            type="button"
            id={moveButtonId(item.programId, 'down')}
            className={SMALL_BUTTON}
            disabled={!reorderable || index === count - 1}
            onClick={() => onMove(index, index + 1)}
          >
            <span aria-hidden="true">↓</span>
            <span className="sr-only">Move {name} down</span>
          </button>
          <button type="button" className={SMALL_BUTTON} disabled={!reorderable || index === 0} onClick={() => onMove(index, 0)}>
            <span aria-hidden="true">⤒</span>
            <span className="sr-only">Move {name} to the top</span>
          </button>
          <button type="button" className={SMALL_BUTTON} disabled={!reorderable || index === count - 1} onClick={() => onMove(index, count - 1)}>
            <span aria-hidden="true">⤓</span>
            <span className="sr-only">Move {name} to the bottom</span>
          </button>
        </div>
      </div>
      <div className="grid gap-3 sm:grid-cols-[14rem_1fr]">
        <div className="flex flex-col gap-1">
          <label htmlFor={statusId} className="font-semibold text-slate-900">
            Status<span className="sr-only"> for {name}</span>
          </label>
          <select
            id={statusId}
            value={item.status}
            onChange={(event) => isStatus(event.target.value) && onStatus(item.programId, event.target.value)}
            className="min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900"
          >
            {STATUS_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <form
          className="flex min-w-0 flex-col gap-1"
          onSubmit={(event) => {
            event.preventDefault();
            onNote(item.programId, note);
          }}
        >
          <label htmlFor={noteId} className="font-semibold text-slate-900">
            Note<span className="sr-only"> for {name}</span>
          </label>
          <textarea
            id={noteId}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            maxLength={LIST_NOTE_MAX_LENGTH}
            rows={2}
            aria-describedby={unsaved ? `${noteId}-unsaved` : undefined}
            className="min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900"
          />
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={SMALL_BUTTON}>
              Save note<span className="sr-only"> for {name}</span>
            </button>
            {unsaved ? (
              <span id={`${noteId}-unsaved`} className="text-sm text-slate-700">
                Not saved yet
              </span>
            ) : null}
          </div>
        </form>
      </div>
    </li>
  );
}
