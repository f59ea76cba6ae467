'use client';

// Filters and order of the ranked list (issue 17), kept in the URL as the catalog keeps its filters
// (lib/schemas/url-params.ts): every change pushes a new URL (search text after a pause), so the
// back button steps through them and a copied URL reproduces the view (with the same answers).
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { STATE_OPTIONS } from '@/components/plan/plan-options';
import { CheckboxGroup } from '@/components/ui/choice-group';
import { MultiSelect } from '@/components/ui/multi-select';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { TIERS, type Tier } from '@/lib/engine/types';
import type { ResultView } from '@/lib/schemas/recommendation';
import { hasView, resultViewSearch } from '@/lib/schemas/result-view-query';
import { TIER_LABEL } from './tier-badge';

const SEARCH_PAUSE_MS = 400;
const SORT_OPTIONS = [
  { value: 'rank', label: 'Our ranking' },
  { value: 'chance', label: 'Match chance, highest first' },
  { value: 'name', label: 'Program name, A to Z' },
] as const;
const TIER_OPTIONS = TIERS.map((tier) => ({ value: tier, label: TIER_LABEL[tier] }));

export function ResultsFilters({ view: addressView, statesWithPrograms }: { view: ResultView; statesWithPrograms: readonly string[] }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  // The controls show the view asked for at once; the address (and the list) follow it.
  const [view, setView] = useState(addressView);
  const [search, setSearch] = useState(addressView.q ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const address = resultViewSearch(addressView);
  // The last address this form asked for: any other one (back button, a link) resets the form to it.
  const asked = useRef(address);
  useEffect(() => {
    if (address === asked.current) return;
    asked.current = address;
    clearTimeout(timer.current);
    setView(addressView);
    setSearch(addressView.q ?? '');
    // addressView is read from this very address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [address]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const go = (next: ResultView) => {
    clearTimeout(timer.current);
    setView(next);
    const href = resultViewSearch(next);
    asked.current = href;
    startTransition(() => router.push(`/results${href}`, { scroll: false }));
  };
  const states = STATE_OPTIONS.filter((option) => statesWithPrograms.includes(option.value));

  return (
    <form
      role="search"
      aria-label="Filter your ranked programs"
      className="flex flex-col gap-4 rounded-lg border border-slate-300 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        go({ ...view, q: search });
      }}
    >
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField
          id="results-q"
          label="Search by program, institution or city"
          value={search}
          width="wide"
          type="search"
          onValueChange={(text) => {
            setSearch(text);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => go({ ...view, q: text }), SEARCH_PAUSE_MS);
          }}
        />
        <SelectField
          id="results-sort"
          label="Sort by"
          options={SORT_OPTIONS}
          value={view.sort ?? 'rank'}
          onValueChange={(value) => go({ ...view, q: search, sort: value as ResultView['sort'] })}
        />
        <CheckboxGroup
          id="results-tier"
          legend="Tier"
          options={TIER_OPTIONS}
          values={view.tiers ?? []}
          onValuesChange={(values: Tier[]) => go({ ...view, q: search, tiers: values })}
          columns={2}
        />
        <MultiSelect
          id="results-state"
          label="States"
          hint="Only states with programs on your list. Ctrl-click (⌘-click on a Mac) to choose several; on a phone, tap each one."
          options={states}
          values={view.states ?? []}
          onValuesChange={(values) => go({ ...view, q: search, states: values as NonNullable<ResultView['states']> })}
        />
      </div>
      {hasView(view) ? (
        <button
          type="button"
          className="min-h-11 self-start text-blue-800 underline"
          onClick={() => {
            setSearch('');
            go({});
          }}
        >
          Clear filters and order
        </button>
      ) : null}
    </form>
  );
}
