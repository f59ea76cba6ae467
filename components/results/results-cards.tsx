import { IntentLink } from '@/components/ui/intent-link';
import { CompareToggle } from '@/components/compare/compare-toggle';
import { Badge } from '@/components/ui/badge';
import { LazyDetails } from '@/components/ui/lazy-details';
import { programHref } from '@/lib/catalog/program-href';
import type { SignalKind } from '@/lib/engine/types';
import type { RecommendationResult } from '@/lib/recommendations/types';
import { placeLabel } from '@/lib/reference/states';
import { formatEstimate } from './format';
import { rowHeaderId } from './results-table';
import { SIGNAL_KIND_LABEL } from './signal-words';
import { TierBadge } from './tier-badge';

/**
 * The ranked programs on a phone (issue 17): one card each, nothing wider than the screen. Name,
 * place, tier, interview and match chance with their ranges and the first reason; the other reasons
 * one tap away. Each card's heading carries the row id the table's rows carry, so "Load more" and
 * a signal's link move focus the same way.
 */
export function ResultsCards({
  results,
  labelledBy,
  signals = new Map(),
  fitRated = true,
}: {
  results: readonly RecommendationResult[];
  /** The id of the heading that names the list ("Your ranked programs"). */
  labelledBy: string;
  signals?: ReadonlyMap<string, SignalKind>;
  fitRated?: boolean;
}) {
  return (
    <ol aria-labelledby={labelledBy} className="flex flex-col gap-3">
      {results.map((result) => {
        const [first, ...rest] = result.reasons;
        const signal = signals.get(result.program.id);
        return (
          <li key={result.program.id} className="flex min-w-0 flex-col gap-2 rounded-lg border border-slate-300 p-4">
            <div className="flex items-start justify-between gap-3">
              <h3 id={rowHeaderId(result.rank)} tabIndex={-1} className="min-w-0 font-semibold break-words text-slate-900">
                <span className="text-slate-700 tabular-nums">{result.rank}. </span>
                <IntentLink href={programHref(result.program.id)}>{result.program.name}</IntentLink>
              </h3>
              <TierBadge tier={result.tier} />
            </div>
            <p className="text-sm text-slate-700">
              {placeLabel(result.program.city, result.program.state)} · {result.program.specialtyName}
            </p>
            <dl className="grid grid-cols-2 gap-x-3 text-slate-900 tabular-nums">
              <div>
                <dt className="text-sm text-slate-700">Interview</dt>
                <dd>{formatEstimate(result.interviewChance)}</dd>
              </div>
              <div>
                <dt className="text-sm text-slate-700">Match</dt>
                <dd>{formatEstimate(result.matchChance)}</dd>
              </div>
            </dl>
            {first ? <p className="text-sm text-slate-800">{first}</p> : null}
            {rest.length > 0 || fitRated ? (
              <LazyDetails
                className="text-sm text-slate-800"
                summaryClassName="min-h-11 cursor-pointer py-2 font-medium text-blue-800 underline"
                summary={
                  <>
                    {rest.length > 0 ? `${rest.length} more ${rest.length === 1 ? 'reason' : 'reasons'}` : 'Fit'}
                    <span className="sr-only"> for {result.program.name}</span>
                  </>
                }
              >
                {() => (
                  <>
                    <ul className="list-disc pl-4">
                      {rest.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                    <p className="mt-1">{fitRated ? `Fit: ${Math.round(result.fit)} of 100` : 'Fit not rated: no preferences given'}</p>
                  </>
                )}
              </LazyDetails>
            ) : null}
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              {signal ? (
                <Badge>
                  <span aria-hidden="true">★&nbsp;</span>
                  {SIGNAL_KIND_LABEL[signal]}
                </Badge>
              ) : null}
              <CompareToggle program={{ id: result.program.id, name: result.program.name }} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
