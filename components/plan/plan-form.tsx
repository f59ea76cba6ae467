'use client';

import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '@/components/ui/button';
import { useIsClient } from '@/components/ui/use-is-client';
import { startRanking } from '@/components/results/ranking-request';
import type { SpecialtyOption } from '@/lib/catalog/specialties';
import { ErrorSummary, firstInvalidField, focusField } from './error-summary';
import { fieldId } from './form-section';
import { clearDraft, EMPTY_DRAFT, loadDraft, saveDraft, validateDraft, type DraftField, type PlanDraft } from './plan-draft';
import { PreferencesSection } from './preferences-section';
import { ProfileSection } from './profile-section';
import { saveRequest } from './request-storage';
import { ScoresSection } from './scores-section';

interface PlanFormProps {
  specialties: readonly SpecialtyOption[];
}

function initialDraft(specialties: readonly SpecialtyOption[]): PlanDraft {
  const draft = loadDraft();
  // Specialties may have left the catalog since the draft was saved.
  const known = new Set(specialties.map((specialty) => specialty.code));
  return { ...draft, specialties: draft.specialties.filter((code) => known.has(code)) };
}

/**
 * The server renders the empty form, disabled; once hydrated, the same form shows the saved draft
 * and is enabled (localStorage is only readable in the browser, and reading it during hydration
 * would mismatch). Disabled until then, so nothing typed before hydration is lost. The restore is
 * an update of the hydrated form, not a second mount of it: React changes only the values that differ.
 */
export function PlanForm({ specialties }: PlanFormProps) {
  const router = useRouter();
  const restored = useIsClient();
  const savedDraft = useMemo(() => (restored ? initialDraft(specialties) : EMPTY_DRAFT), [restored, specialties]);
  // null until the first change: the saved draft shows until then.
  const [edited, setEdited] = useState<PlanDraft | null>(null);
  const draft = edited ?? savedDraft;
  const [changed, setChanged] = useState<ReadonlySet<DraftField>>(() => new Set());
  const [summaryFields, setSummaryFields] = useState<readonly DraftField[] | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const { errors } = validateDraft(draft);
  const submitted = summaryFields !== null;
  const errorFor = (field: DraftField) => (submitted || changed.has(field) ? errors[field] : undefined);

  const update = <K extends DraftField>(field: K, value: PlanDraft[K]) => {
    const next = { ...draft, [field]: value };
    setEdited(next);
    setChanged((fields) => (fields.has(field) ? fields : new Set(fields).add(field)));
    saveDraft(next);
  };

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateDraft(draft);
    if (!result.request) {
      const invalid = Object.keys(result.errors) as DraftField[];
      // Render the errors first, so the focused field already carries its message and aria-invalid.
      flushSync(() => setSummaryFields(invalid));
      const first = firstInvalidField(result.errors);
      if (first) focusField(fieldId(first));
      return;
    }
    setSubmitting(true);
    saveDraft(draft);
    saveRequest(result.request);
    // The ranking is asked for now: it is ready sooner than /results could ask for it.
    startRanking(result.request);
    router.push('/results');
  };

  const clear = () => {
    clearDraft();
    setEdited(EMPTY_DRAFT);
    setChanged(new Set());
    setSummaryFields(null);
  };

  const sectionProps = { draft, errorFor, update };
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-8" aria-label="Your answers">
      <ErrorSummary fields={summaryFields ?? []} errors={errors} idOf={fieldId} />
      <fieldset disabled={!restored} aria-busy={!restored} className="flex min-w-0 flex-col gap-8">
      <ProfileSection {...sectionProps} />
      <ScoresSection {...sectionProps} />
      <PreferencesSection {...sectionProps} specialties={specialties} />
      </fieldset>
      <p className="text-slate-700">
        Your answers stay in this browser: we keep a draft on this device so you can come back to it, and we don&apos;t put
        your scores in any web address.
      </p>
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        <Button variant="secondary" onClick={clear}>
          Clear answers
        </Button>
        <Button type="submit" disabled={submitting || !restored}>
          See my programs
        </Button>
      </div>
    </form>
  );
}
