'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { fetchSessionUser } from '@/components/auth/auth-client';
import { createSavedList, describeListFailure } from '@/components/lists/lists-api';
import { storePendingList } from '@/components/lists/pending-list';
import type { StoredRequest } from '@/components/plan/request-storage';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { TextField } from '@/components/ui/text-field';
import type { RecommendationResponse, RecommendationResult } from '@/lib/recommendations/types';
import { checkListName, LIST_NAME_MAX_LENGTH } from '@/lib/schemas/list-rules';
import type { CreateListInput } from '@/lib/schemas/lists';
import { formatCount } from './format';
import { defaultListName, selectRecommendedPrograms } from './list-selection';

const PENDING_SIGN_IN = `/signin?callbackUrl=${encodeURIComponent('/lists/pending')}`;

interface SaveListFormProps {
  request: StoredRequest;
  data: Pick<RecommendationResponse, 'specialties' | 'total'>;
  results: readonly RecommendationResult[];
}

/**
 * Saves the recommended programs as a list. Signed out, the list waits in this tab while the
 * applicant signs in or creates an account, and is saved then (/lists/pending).
 */
export function SaveListForm({ request, data, results }: SaveListFormProps) {
  const router = useRouter();
  const selection = useMemo(() => selectRecommendedPrograms(data.specialties, results, data.total), [data.specialties, results, data.total]);
  const [name, setName] = useState(() => defaultListName(data.specialties.map((specialty) => specialty.name), new Date()));
  const [nameError, setNameError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const savingRef = useRef(false);

  const counts = selection.bySpecialty.filter((specialty) => specialty.selected > 0);

  const save = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (savingRef.current) return;
    const checkedName = checkListName(name);
    if (!checkedName.ok) {
      const message = checkedName.message;
      flushSync(() => setNameError(message));
      document.getElementById('list-name')?.focus();
      return;
    }
    setNameError(undefined);
    setFailure(null);
    savingRef.current = true;
    setSaving(true);
    const list: CreateListInput = { name: checkedName.name, input: request, items: selection.items };

    const toSignIn = () => {
      if (!storePendingList(list)) {
        savingRef.current = false;
        setSaving(false);
        setFailure('Your browser is blocking storage, so we can’t keep this list while you sign in. Sign in first, then come back to save it.');
        return;
      }
      router.push(PENDING_SIGN_IN);
    };

    // Asking first spares a signed-out visitor a 401 (and its console noise); the 401 path stays.
    const user = await fetchSessionUser().catch(() => undefined);
    if (user === null) return toSignIn();
    const saved = await createSavedList(list);
    if (saved.ok) {
      router.push(`/lists/${encodeURIComponent(saved.data.id)}`);
      return;
    }
    if (saved.failure.kind === 'unauthorized') return toSignIn();
    savingRef.current = false;
    setSaving(false);
    setFailure(describeListFailure(saved.failure));
  };

  if (selection.items.length === 0) return null;

  return (
    <section aria-labelledby="save-list-heading" className="flex flex-col gap-3 rounded-lg border border-slate-300 p-4 sm:p-6">
      <h2 id="save-list-heading" className="text-xl font-bold text-slate-900">
        Save this list
      </h2>
      <p className="text-slate-800">
        Saves the {formatCount(selection.items.length, 'program', 'programs')} we recommend applying to
        {counts.length > 1 ? `: ${counts.map((specialty) => `${specialty.selected} in ${specialty.name}`).join(', ')}` : ''}, with
        their tiers. You can then track each one&apos;s status, add notes, reorder, print and export it. Saving needs a free
        account; you won&apos;t have to answer again.
      </p>
      {selection.complete ? null : (
        <p className="text-slate-800">
          Only the programs loaded so far can be saved: some of the recommended ones are further down the ranking.
          Choose &ldquo;Load more&rdquo; until they are loaded to save them all.
        </p>
      )}
      <form noValidate onSubmit={save} className="flex flex-col items-start gap-3">
        <TextField
          id="list-name"
          label="List name"
          width="wide"
          className="w-full"
          value={name}
          onValueChange={setName}
          error={nameError}
          maxLength={LIST_NAME_MAX_LENGTH}
          autoComplete="off"
        />
        <Button type="submit" aria-disabled={saving || undefined}>
          {saving ? 'Saving…' : 'Save this list'}
        </Button>
      </form>
      <div aria-live="assertive">
        {failure ? (
          <Notice tone="error" title="The list was not saved">
            {failure}
          </Notice>
        ) : null}
      </div>
    </section>
  );
}
