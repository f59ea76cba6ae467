'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, LinkButton } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Spinner } from '@/components/ui/spinner';
import { createSavedList, describeListFailure } from './lists-api';
import { clearPendingList, readPendingList } from './pending-list';

/** Saves the list kept in this tab before sign-in, once, then opens it; with none, opens /lists. */
export function PendingListSaver() {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  // Effects run twice in development (Strict Mode): one POST per attempt, never two lists.
  const started = useRef(false);

  const save = useCallback(async () => {
    const pending = await readPendingList();
    if (!pending) {
      router.replace('/lists');
      return;
    }
    const saved = await createSavedList(pending);
    if (saved.ok) {
      clearPendingList();
      router.replace(`/lists/${encodeURIComponent(saved.data.id)}`);
      return;
    }
    if (saved.failure.kind === 'unauthorized') {
      router.replace(`/signin?callbackUrl=${encodeURIComponent('/lists/pending')}`);
      return;
    }
    setFailure(describeListFailure(saved.failure));
  }, [router]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void save();
  }, [save]);

  if (!failure) return <Spinner label="Saving your list…" />;
  return (
    <Notice tone="error" role="alert" title="Your list was not saved yet">
      <p>{failure} Your list is still kept in this tab.</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button
          onClick={() => {
            setFailure(null);
            void save();
          }}
        >
          Try again
        </Button>
        <LinkButton href="/results" variant="secondary">
          Back to my results
        </LinkButton>
      </div>
    </Notice>
  );
}
