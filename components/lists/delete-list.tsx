'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button, buttonClasses } from '@/components/ui/button';
import { deleteSavedList, describeListFailure } from './lists-api';

const DANGER_BUTTON =
  'inline-flex min-h-11 items-center justify-center rounded-md bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 ' +
  'disabled:cursor-not-allowed disabled:opacity-70';

/** Delete in two steps: "Delete list", then "Yes, delete this list". */
export function DeleteList({ listId, listName }: { listId: string; listName: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const ask = () => {
    flushSync(() => setConfirming(true));
    confirmButton.current?.focus();
  };

  const cancel = () => {
    flushSync(() => {
      setConfirming(false);
      setFailure(null);
    });
    startButton.current?.focus();
  };

  const confirm = async () => {
    setDeleting(true);
    setFailure(null);
    const result = await deleteSavedList(listId);
    // Already gone (deleted in another tab) is as good as deleted.
    if (result.ok || result.failure.kind === 'not_found') {
      router.push('/lists');
      router.refresh();
      return;
    }
    setDeleting(false);
    setFailure(describeListFailure(result.failure));
  };

  return (
    <section aria-labelledby="delete-heading" className="flex flex-col items-start gap-3 border-t border-slate-300 pt-6 print:hidden">
      <h2 id="delete-heading" className="text-xl font-bold text-slate-900">
        Delete this list
      </h2>
      {confirming ? (
        <div role="group" aria-labelledby="delete-question" className="flex flex-col gap-3 rounded-md border-2 border-red-700 bg-red-50 p-4">
          <p id="delete-question" className="text-slate-900">
            Delete &ldquo;{listName}&rdquo; with its statuses and notes? This cannot be undone.
          </p>
          <div className="flex flex-wrap gap-3">
            <button ref={confirmButton} type="button" className={DANGER_BUTTON} onClick={confirm} disabled={deleting}>
              {deleting ? 'Deleting…' : 'Yes, delete this list'}
            </button>
            <Button variant="secondary" onClick={cancel} disabled={deleting}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <button ref={startButton} type="button" className={buttonClasses('secondary')} onClick={ask}>
          Delete list
        </button>
      )}
      <div aria-live="assertive">{failure ? <p className="font-medium text-red-700">The list was not deleted. {failure}</p> : null}</div>
    </section>
  );
}
