'use client';

import { useRef, useState } from 'react';
import type { SavedListView } from '@/lib/lists/types';
import { listChanges } from './list-changes';
import { fetchSavedList, updateSavedList, type ListFailure } from './lists-api';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; message: string }
  /** Someone else saved first (another tab or device): nothing more is sent until a reload. */
  | { status: 'conflict' }
  | { status: 'failed'; failure: ListFailure };

/**
 * A saved list as the page shows it, and its saving. Each change shows at once and is sent with the
 * version the page last read; changes made while one is on its way follow it, one at a time, so the
 * page never races itself into a conflict. A 409 stops everything: nothing is silently overwritten.
 */
export function useSavedList(initial: SavedListView) {
  const [list, setList] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  /** Bumped on reload, so rows drop their unsaved note drafts. */
  const [generation, setGeneration] = useState(0);
  const shown = useRef(initial);
  const saved = useRef(initial);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const queued = useRef(0);
  const stopped = useRef(false);

  const show = (next: SavedListView) => {
    shown.current = next;
    setList(next);
  };

  const sendChanges = async (doneMessage: string) => {
    if (!stopped.current) {
      const body = listChanges(saved.current, shown.current);
      const result = body ? await updateSavedList(initial.id, body) : null;
      if (result && !result.ok) {
        stopped.current = true;
        setSaveState(result.failure.kind === 'conflict' ? { status: 'conflict' } : { status: 'failed', failure: result.failure });
      } else if (result) {
        saved.current = result.data;
      }
    }
    queued.current -= 1;
    if (queued.current === 0 && !stopped.current) {
      // Nothing newer on the page: show the server's copy (its version, its trimmed text).
      show(saved.current);
      setSaveState({ status: 'saved', message: doneMessage });
    }
  };

  /** Shows `next` now and saves it; `doneMessage` is announced once it is saved. */
  const change = (next: SavedListView, doneMessage: string) => {
    if (stopped.current) return;
    show(next);
    queued.current += 1;
    setSaveState({ status: 'saving' });
    queue.current = queue.current.then(() => sendChanges(doneMessage));
  };

  /** After a failure other than a conflict: send what is still unsaved. */
  const retry = () => {
    stopped.current = false;
    queued.current += 1;
    setSaveState({ status: 'saving' });
    queue.current = queue.current.then(() => sendChanges('Saved.'));
  };

  /** Replaces the page's copy with the server's latest; unsaved changes on the page are dropped. */
  const reload = async (): Promise<boolean> => {
    const result = await fetchSavedList(initial.id);
    if (!result.ok) {
      setSaveState(result.failure.kind === 'conflict' ? { status: 'conflict' } : { status: 'failed', failure: result.failure });
      return false;
    }
    saved.current = result.data;
    show(result.data);
    stopped.current = false;
    setGeneration((count) => count + 1);
    setSaveState({ status: 'saved', message: 'List reloaded: you are seeing its latest version.' });
    return true;
  };

  return { list, saveState, generation, change, retry, reload };
}
