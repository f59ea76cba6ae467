'use client';

import { SavedPlan } from './saved-plan';
import { ShareList } from './share-list';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { formatCount } from '@/components/results/format';
import { Button, buttonClasses } from '@/components/ui/button';
import type { SavedListView } from '@/lib/lists/types';
import { DeleteList } from './delete-list';
import { formatListDate } from './list-dates';
import { ListComparison } from './list-comparison';
import { ListItems } from './list-items';
import { viewListItems, WHOLE_LIST, type ListView } from './list-view';
import { ListViewControls } from './list-view-controls';
import { describeListFailure, listExportPath } from './lists-api';
import { PrintTable } from './print-table';
import { RenameListForm } from './rename-list-form';
import { useSavedList, type SaveState } from './use-saved-list';

interface ListEditorProps {
  initialList: SavedListView;
  /** Specialty code → name, for the rows. */
  specialtyNames: Readonly<Record<string, string>>;
}

export function ListEditor({ initialList, specialtyNames }: ListEditorProps) {
  const { list, saveState, generation, change, retry, reload } = useSavedList(initialList);
  const locked = saveState.status === 'conflict' || saveState.status === 'failed';
  const [view, setView] = useState<ListView>(WHOLE_LIST);

  const reloadList = async () => {
    if (await reload()) document.getElementById('list-title')?.focus();
  };

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-2">
        <h1 id="list-title" tabIndex={-1} className="text-3xl font-bold break-words text-slate-900 focus:outline-none">
          {list.name}
        </h1>
        <p className="text-slate-800">
          {formatCount(list.items.length, 'program', 'programs')} · saved {formatListDate(list.createdAt)} · last changed{' '}
          {formatListDate(list.updatedAt)}
        </p>
        <SaveMessages saveState={saveState} listId={list.id} onReload={reloadList} onRetry={retry} />
      </div>

      <div className="flex flex-wrap gap-3 print:hidden">
        <a href={listExportPath(list.id)} download className={buttonClasses('secondary')}>
          Export CSV
        </a>
        <Button variant="secondary" onClick={() => window.print()}>
          Print
        </Button>
        <Link href="/lists" className={buttonClasses('secondary')}>
          All my lists
        </Link>
      </div>

      <RenameListForm
        key={generation}
        name={list.name}
        disabled={locked}
        onRename={(name) => change({ ...list, name }, 'Name saved.')}
      />

      <SavedPlan list={list} />

      <section aria-labelledby="programs-heading" className="flex flex-col gap-3">
        <h2 id="programs-heading" className="text-xl font-bold text-slate-900 print:hidden">
          Programs
        </h2>
        <p className="text-slate-800 print:hidden">
          Track where you stand with each program. Reorder with the arrow buttons (or straight to the top or bottom), or drag a row by its handle. Every change
          is saved as you make it.
        </p>
        <ListViewControls view={view} shown={viewListItems(list.items, view).length} total={list.items.length} onViewChange={setView} />
        <div className="print:hidden">
          <ListItems
            view={view}
            items={list.items}
            generation={generation}
            locked={locked}
            specialtyNames={specialtyNames}
            onItemsChange={(items, doneMessage) => change({ ...list, items }, doneMessage)}
          />
        </div>
        <PrintTable items={list.items} specialtyNames={specialtyNames} />
      </section>

      <ShareList listId={list.id} />
      <ListComparison listId={list.id} />
      <DeleteList listId={list.id} listName={list.name} />
    </div>
  );
}

interface SaveMessagesProps {
  saveState: SaveState;
  listId: string;
  onReload: () => void;
  onRetry: () => void;
}

/** "Saving…" and "Saved." politely; a conflict or a failure as an alert, with the way out. */
function SaveMessages({ saveState, listId, onReload, onRetry }: SaveMessagesProps) {
  const reloadButton = useRef<HTMLButtonElement>(null);
  const conflict = saveState.status === 'conflict';

  useEffect(() => {
    // The editing controls are disabled now, and the focused one with them: bring focus to the way out.
    if (conflict) reloadButton.current?.focus();
  }, [conflict]);

  const failure = saveState.status === 'failed' ? saveState.failure : null;
  return (
    <div className="flex flex-col gap-2 print:hidden">
      <p role="status" className="min-h-6 text-slate-800">
        {saveState.status === 'saving' ? 'Saving…' : null}
        {saveState.status === 'saved' ? saveState.message : null}
      </p>
      <div role="alert">
        {conflict ? (
          <div className="flex flex-col gap-3 rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-slate-900">
            <p className="font-bold">This list was changed in another tab or window.</p>
            <p>
              Your latest change was not saved, so nothing was overwritten. Reload the list to see its latest version, then make
              your change again.
            </p>
            <div>
              <button ref={reloadButton} type="button" className={buttonClasses('primary')} onClick={onReload}>
                Reload list
              </button>
            </div>
          </div>
        ) : null}
        {failure ? (
          <div className="flex flex-col gap-3 rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-slate-900">
            <p className="font-bold">Your latest change was not saved.</p>
            <p>{describeListFailure(failure)}</p>
            <div>
              {failure.kind === 'unauthorized' ? (
                <Link href={`/signin?callbackUrl=${encodeURIComponent(`/lists/${listId}`)}`} className={buttonClasses('primary')}>
                  Sign in again
                </Link>
              ) : failure.kind === 'not_found' ? (
                <Link href="/lists" className={buttonClasses('primary')}>
                  Go to my lists
                </Link>
              ) : (
                <Button onClick={onRetry}>Try again</Button>
              )}
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
