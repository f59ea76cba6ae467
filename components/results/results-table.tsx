import { IntentLink } from '@/components/ui/intent-link';
import { CompareToggle } from '@/components/compare/compare-toggle';
import { replySourceLabel } from '@/components/program/program-words';
import { Badge } from '@/components/ui/badge';
import { DEMO_SOURCE } from '@/lib/catalog/demo-source';
import { programHref } from '@/lib/catalog/program-href';
import type { SignalKind } from '@/lib/engine/types';
import type { RecommendationResult } from '@/lib/recommendations/types';
import { placeLabel } from '@/lib/reference/states';
import { formatEstimate } from './format';
import { SIGNAL_KIND_LABEL } from './signal-words';
import { TierBadge } from './tier-badge';
import { formatNumber } from '@/components/ui/number-format';

/** The id of a row's header cell: focus moves there when "Load more" adds rows. */
export function rowHeaderId(rank: number): string {
  return `program-rank-${rank}`;
}

/** The rank a row header's id names ("program-rank-12" → 12); null for any other id. */
export function rankOfRowHeaderId(id: string): number | null {
  const match = /^program-rank-([1-9]\d{0,6})$/.exec(id);
  return match ? Number(match[1]) : null;
}

const HEAD = 'px-3 py-2 text-left text-sm font-semibold text-slate-900';
const CELL = 'px-3 py-3 align-top text-slate-900';

/**
 * A real table, scrolled sideways inside its own focusable region on narrow screens so the page
 * itself never overflows (WCAG 1.4.10 allows two-dimensional scrolling for data tables).
 */
export function ResultsTable({
  results,
  total,
  signals = new Map(),
  fitRated = true,
}: {
  results: readonly RecommendationResult[];
  total: number;
  /** False when no preferences were given: the fit then measures openness alone, so it is not shown as a score. */
  fitRated?: boolean;
  /** The programs that get a signal, by id (signalsByProgram). */
  signals?: ReadonlyMap<string, SignalKind>;
}) {
  const last = results.at(-1)?.rank ?? 0;
  return (
    <div role="region" aria-labelledby="results-caption" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-300">
      <table className="w-full min-w-[60rem] border-collapse">
        <caption id="results-caption" className="sr-only">
          Programs ranked by fit and interview chance: {results.length > 0 ? `1 to ${last}` : 'none'} of{' '}
          {formatNumber(total)}
        </caption>
        <thead className="border-b-2 border-slate-400 bg-slate-100">
          <tr>
            <th scope="col" className={HEAD}>Rank</th>
            <th scope="col" className={HEAD}>Program</th>
            <th scope="col" className={HEAD}>Location</th>
            <th scope="col" className={HEAD}>Tier</th>
            <th scope="col" className={HEAD}>Chances (range)</th>
            <th scope="col" className={HEAD}>Fit (0–100)</th>
            <th scope="col" className={HEAD}>Why</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => {
            const signal = signals.get(result.program.id);
            return (
              <tr key={result.program.id} className="border-b border-slate-200 even:bg-slate-50">
                <td className={`${CELL} font-semibold tabular-nums`}>{result.rank}</td>
                <th scope="row" id={rowHeaderId(result.rank)} tabIndex={-1} className={`${CELL} min-w-48 text-left font-normal`}>
                  <IntentLink href={programHref(result.program.id)} className="block font-semibold">
                    {result.program.name}
                  </IntentLink>
                  <span className="block text-sm text-slate-700">
                    {result.program.institution} · {result.program.specialtyName}
                  </span>
                  <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
                    <ProgramCatalog source={result.program.source} sourceDate={result.program.sourceDate} />
                    <CompareToggle program={{ id: result.program.id, name: result.program.name }} />
                  </span>
                  {signal ? (
                    <span className="mt-1 block">
                      <Badge>
                        <span aria-hidden="true">★&nbsp;</span>
                        {SIGNAL_KIND_LABEL[signal]}
                      </Badge>
                    </span>
                  ) : null}
                </th>
                <td className={`${CELL} min-w-32`}>
                  {placeLabel(result.program.city, result.program.state)}
                </td>
                <td className={CELL}>
                  <TierBadge tier={result.tier} />
                </td>
                <td className={`${CELL} whitespace-nowrap tabular-nums`}>
                  <dl>
                    <div>
                      <dt className="inline">Interview: </dt>
                      <dd className="inline">{formatEstimate(result.interviewChance)}</dd>
                    </div>
                    <div className="text-slate-800">
                      <dt className="inline">Match: </dt>
                      <dd className="inline">{formatEstimate(result.matchChance)}</dd>
                    </div>
                  </dl>
                </td>
                <td className={`${CELL} tabular-nums`}>
                  {fitRated ? (
                    Math.round(result.fit)
                  ) : (
                    <span className="text-sm text-slate-700">Not rated: no preferences given</span>
                  )}
                </td>
                <td className={`${CELL} min-w-64`}>
                  <ul className="list-disc pl-4 text-sm text-slate-800">
                    {result.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Which catalog a ranked program comes from: the demo catalog, or the import's name and day. */
function ProgramCatalog({ source, sourceDate }: { source: string; sourceDate: string | null }) {
  if (source === DEMO_SOURCE) {
    return (
      <Badge>
        Demo<span className="sr-only"> catalog: a fictional program</span>
      </Badge>
    );
  }
  return <span className="text-sm text-slate-700">Catalog: {replySourceLabel(source, sourceDate)}</span>;
}
