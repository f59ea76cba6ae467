'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Spinner } from '@/components/ui/spinner';
import type { ListComparison as Comparison } from '@/lib/lists/types';
import { describeListFailure, fetchListComparison } from './lists-api';
import { formatSavedChance, formatTier } from './list-words';
import { formatNumber } from '@/components/ui/number-format';

type State = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; comparison: Comparison } | { status: 'failed'; message: string };

const HEAD = 'px-3 py-2 text-left text-sm font-semibold text-slate-900';
const CELL = 'px-3 py-2 align-top text-slate-900 tabular-nums';

function versionsLine(comparison: Comparison): string {
  const { saved, now } = comparison;
  if (saved.engineVersion === now.engineVersion && saved.catalogVersion === now.catalogVersion) {
    return `The estimate and the catalog are the same as when you saved the list (engine ${now.engineVersion}, catalog ${now.catalogVersion}).`;
  }
  return `Saved with engine ${saved.engineVersion} and catalog ${saved.catalogVersion}; today: engine ${now.engineVersion}, catalog ${now.catalogVersion}.`;
}

/** The list's programs as saved and as today's engine ranks them on the same plan. */
export function ListComparison({ listId }: { listId: string }) {
  const [state, setState] = useState<State>({ status: 'idle' });

  const compare = async () => {
    setState({ status: 'loading' });
    const result = await fetchListComparison(listId);
    setState(result.ok ? { status: 'ready', comparison: result.data } : { status: 'failed', message: describeListFailure(result.failure) });
  };

  return (
    <section aria-labelledby="compare-heading" className="flex flex-col gap-3 print:hidden">
      <h2 id="compare-heading" className="text-xl font-bold text-slate-900">
        Then and now
      </h2>
      <p className="text-slate-800">
        Programs and estimates change from season to season. See where today&apos;s catalog and estimates place the programs
        on this list, for the plan you saved it with.
      </p>
      <div>
        <Button variant="secondary" onClick={compare} aria-disabled={state.status === 'loading' || undefined}>
          Compare with today&apos;s catalog
        </Button>
      </div>
      <div aria-live="polite">
        {state.status === 'loading' ? <Spinner label="Ranking your plan against today’s catalog…" /> : null}
        {state.status === 'failed' ? (
          <Notice tone="error" title="The comparison didn’t load">
            {state.message}
          </Notice>
        ) : null}
        {state.status === 'ready' ? <p className="text-slate-800">{versionsLine(state.comparison)}</p> : null}
      </div>
      {state.status === 'ready' ? <ComparisonTable comparison={state.comparison} /> : null}
    </section>
  );
}

function ComparisonTable({ comparison }: { comparison: Comparison }) {
  return (
    <div role="region" aria-labelledby="compare-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-300">
      <table className="w-full min-w-[44rem] border-collapse">
        <caption id="compare-caption" className="sr-only">
          Your programs when saved and today
        </caption>
        <thead className="border-b-2 border-slate-400 bg-slate-100">
          <tr>
            <th scope="col" className={HEAD}>Program</th>
            <th scope="col" className={HEAD}>Place when saved</th>
            <th scope="col" className={HEAD}>Place today</th>
            <th scope="col" className={HEAD}>Tier when saved</th>
            <th scope="col" className={HEAD}>Tier today</th>
            <th scope="col" className={HEAD}>Interview chance when saved</th>
            <th scope="col" className={HEAD}>Interview chance today</th>
          </tr>
        </thead>
        <tbody>
          {comparison.items.map((item) => (
            <tr key={item.programId} className="border-b border-slate-200 even:bg-slate-50">
              <th scope="row" className={`${CELL} min-w-48 text-left font-semibold`}>
                {item.programName}
              </th>
              <td className={CELL}>{item.saved.rank}</td>
              {item.now ? (
                <>
                  <td className={CELL}>
                    {item.now.rank}
                    <span className="block text-sm text-slate-700">{formatNumber(item.now.overallRank)} overall</span>
                  </td>
                  <td className={CELL}>{formatTier(item.saved.tier)}</td>
                  <td className={CELL}>{formatTier(item.now.tier)}</td>
                  <td className={CELL}>{formatSavedChance(item.saved.chance)}</td>
                  <td className={CELL}>{formatSavedChance(item.now.chance)}</td>
                </>
              ) : (
                <>
                  <td className={`${CELL} font-semibold`}>No longer eligible</td>
                  <td className={CELL}>{formatTier(item.saved.tier)}</td>
                  <td className={CELL}>
                    <NotRanked />
                  </td>
                  <td className={CELL}>{formatSavedChance(item.saved.chance)}</td>
                  <td className={CELL}>
                    <NotRanked />
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NotRanked() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">Not ranked today</span>
    </>
  );
}
