'use client';

// The catalog's filters. Without JavaScript it is a plain GET form with an Apply button; with it,
// every change pushes a new URL (search text after a pause), so the back button steps through
// filter states and a copied URL reproduces the view. The URL stays the source of truth.
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { CheckboxGroup } from '@/components/ui/choice-group';
import { MultiSelect } from '@/components/ui/multi-select';
import { TextField } from '@/components/ui/text-field';
import { paramsOf } from '@/lib/schemas/url-params';
import { DEFAULT_PROGRAM_QUERY, programsHref, readProgramQuery, type ProgramQuery } from '@/lib/schemas/programs';
import {
  CUTOFF_OPTIONS,
  PROGRAM_TYPE_OPTIONS,
  REGION_OPTIONS,
  SETTING_OPTIONS,
  SIZE_OPTIONS,
  SORT_OPTIONS,
  STATE_OPTIONS,
  YOG_OPTIONS,
} from './filter-options';
import { SelectField } from '@/components/ui/select-field';

type Filters = Omit<ProgramQuery, 'page'>;

const SEARCH_PAUSE_MS = 400;
const SEVERAL_HINT = 'Ctrl-click (⌘-click on a Mac) to choose several.';

function filtersOf({ page: _page, ...filters }: ProgramQuery): Filters {
  return filters;
}

/** The URL of a filter state: always page 1, search text trimmed as the server reads it. */
function hrefOf(filters: Filters): string {
  return programsHref({ ...filters, q: filters.q?.trim() || undefined, page: 1 });
}

interface ProgramFiltersProps {
  query: ProgramQuery;
  specialties: readonly { value: string; label: string }[];
  /** Whether a filter inside "More filters" is set: the section then starts open. */
  moreOpen: boolean;
}

export function ProgramFilters({ query, specialties, moreOpen }: ProgramFiltersProps) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [filters, setFilters] = useState<Filters>(() => filtersOf(query));
  // URLs this form pushed that the router has not shown yet. A URL the router shows that is not
  // among them (the back button, a link) resets the form to what that URL says.
  const pushed = useRef<string[]>([]);
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const searchParams = useSearchParams();
  const shown = searchParams.toString();
  // The address the form was last set from. The first render already holds it, so the effect below
  // acts only when it changes: run on mount too, it wiped what was typed between hydration and effects.
  const appliedAddress = useRef(shown);

  useEffect(() => {
    if (shown === appliedAddress.current) return;
    appliedAddress.current = shown;
    const filtersShown = filtersOf(readProgramQuery(paramsOf(new URLSearchParams(shown))).query);
    const at = pushed.current.indexOf(hrefOf(filtersShown));
    if (at !== -1) {
      pushed.current = pushed.current.slice(at + 1);
      return;
    }
    pushed.current = [];
    setFilters(filtersShown);
  }, [shown]);

  useEffect(() => {
    // Back and forward may land on a URL this form pushed earlier: the address wins.
    const forgetPushed = () => {
      clearTimeout(searchTimer.current);
      pushed.current = [];
    };
    window.addEventListener('popstate', forgetPushed);
    return () => {
      window.removeEventListener('popstate', forgetPushed);
      clearTimeout(searchTimer.current);
    };
  }, []);

  function navigate(next: Filters) {
    clearTimeout(searchTimer.current);
    const href = hrefOf(next);
    pushed.current = [...pushed.current.slice(-10), href];
    startTransition(() => router.push(href, { scroll: false }));
  }

  function change(patch: Partial<Filters>) {
    const next = { ...filters, ...patch };
    setFilters(next);
    navigate(next);
  }

  function changeSearch(text: string) {
    const next = { ...filters, q: text };
    setFilters(next);
    clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => navigate(next), SEARCH_PAUSE_MS);
  }

  const flag = (key: 'j1' | 'h1b' | 'imgs' | 'dos', label: string) => (
    <label className="flex min-h-10 items-start gap-3 py-1 text-slate-900">
      <input
        type="checkbox"
        name={key}
        value="true"
        checked={filters[key] === true}
        onChange={(event) => change({ [key]: event.target.checked ? true : undefined })}
        className="mt-0.5 size-5 shrink-0 cursor-pointer accent-blue-700"
      />
      {label}
    </label>
  );

  return (
    <form
      method="get"
      action="/programs"
      role="search"
      aria-label="Filter programs"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(filters);
      }}
      className="flex flex-col gap-5 rounded-md border border-slate-300 bg-slate-50 p-4"
    >
      <div className="grid grid-cols-1 gap-5 md:grid-cols-2 lg:grid-cols-4">
        <TextField
          id="q"
          label="Search by name or city"
          type="search"
          width="wide"
          value={filters.q ?? ''}
          onValueChange={changeSearch}
          hint="Program, institution or city"
          maxLength={100}
        />
        <MultiSelect id="specialty" label="Specialty" hint={SEVERAL_HINT} options={specialties} values={filters.specialty ?? []} onValuesChange={(specialty) => change({ specialty })} />
        <MultiSelect id="state" label="State" hint={SEVERAL_HINT} options={STATE_OPTIONS} values={filters.state ?? []} onValuesChange={(state) => change({ state: state as Filters['state'] })} />
        <div className="flex flex-col gap-5">
          <CheckboxGroup id="region" legend="Region" options={REGION_OPTIONS} values={filters.region ?? []} onValuesChange={(region) => change({ region })} />
          <fieldset className="flex min-w-0 flex-col gap-1" aria-describedby="openness-hint">
            <legend className="mb-1 font-semibold text-slate-900">Visas and residents</legend>
            <p id="openness-hint" className="text-sm text-slate-700">
              Programs that do not report it are left out.
            </p>
            {flag('j1', 'Sponsors J-1: yes')}
            {flag('h1b', 'Sponsors H-1B: yes')}
            {flag('imgs', 'Has IMG residents now')}
            {flag('dos', 'Has DO residents now')}
          </fieldset>
        </div>
      </div>

      <details open={moreOpen} className="rounded-md border border-slate-300 bg-white p-3">
        <summary className="cursor-pointer font-semibold text-slate-900">More filters: type, setting, size, Step 2 CK minimum, YOG limit</summary>
        <div className="mt-3 grid grid-cols-1 gap-5 md:grid-cols-2 lg:grid-cols-4">
          <CheckboxGroup id="type" legend="Program type" options={PROGRAM_TYPE_OPTIONS} values={filters.type ?? []} onValuesChange={(type) => change({ type })} />
          <CheckboxGroup id="setting" legend="Setting" options={SETTING_OPTIONS} values={filters.setting ?? []} onValuesChange={(setting) => change({ setting })} />
          <CheckboxGroup id="size" legend="Size" options={SIZE_OPTIONS} values={filters.size ?? []} onValuesChange={(size) => change({ size })} />
          <div className="flex flex-col gap-5">
            <SelectField
              id="cutoff"
              label="Stated Step 2 CK minimum"
              hint="A program's own stated minimum, not your score. Programs that report none are kept unless you pick the last choice."
              options={CUTOFF_OPTIONS}
              value={filters.cutoff ?? ''}
              onValueChange={(value) => change({ cutoff: value === '' ? undefined : (value as Filters['cutoff']) })}
            />
            <SelectField
              id="yog"
              label="Takes graduates of"
              hint="Years since medical school graduation the program's stated limit allows."
              options={YOG_OPTIONS}
              value={filters.yog === undefined ? '' : String(filters.yog)}
              onValueChange={(value) => change({ yog: value === '' ? undefined : Number(value) })}
            />
          </div>
        </div>
      </details>

      <div className="flex flex-wrap items-end gap-4">
        <SelectField id="sort" label="Sort by" options={SORT_OPTIONS} value={filters.sort} onValueChange={(sort) => change({ sort: sort as Filters['sort'] })} />
        {filters.limit !== DEFAULT_PROGRAM_QUERY.limit ? <input type="hidden" name="limit" value={filters.limit} /> : null}
        <Button type="submit">Apply filters</Button>
        <Link
          href="/programs"
          className={buttonClasses('secondary')}
          onClick={() => {
            clearTimeout(searchTimer.current);
            setFilters(filtersOf(DEFAULT_PROGRAM_QUERY));
            pushed.current = [...pushed.current, '/programs'];
          }}
        >
          Clear filters
        </Link>
      </div>
    </form>
  );
}
