import { IntentLink } from '@/components/ui/intent-link';
import { Notice } from '@/components/ui/notice';
import { TIERS } from '@/lib/engine/types';
import type { RecommendationResponse } from '@/lib/recommendations/types';
import { describeExclusion } from './exclusion-reasons';
import { formatCount } from './format';
import { TierBadge } from './tier-badge';
import { TierLegend } from './tier-legend';
import { formatNumber } from '@/components/ui/number-format';

/** Said before the ranking (by the page, when the whole catalog is demo data) or in the summary. */
export function DemoCatalogNotice() {
  return (
    <Notice title="Demo catalog">
      These programs are fictional, generated from published NRMP figures. Use the list to see how SmartPick works, not to
      choose where to apply.
    </Notice>
  );
}

/** `demoNoticeShown`: the page above has said already that the catalog is demo data. */
export function ResultsSummary({ data, demoNoticeShown = false }: { data: RecommendationResponse; demoNoticeShown?: boolean }) {
  const reasons = Object.entries(data.excluded.byReason)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0)
    .sort((a, b) => b[1] - a[1]);
  return (
    <section aria-labelledby="summary-heading" className="flex flex-col gap-4 rounded-lg border border-slate-300 p-4 sm:p-6">
      <h2 id="summary-heading" className="text-xl font-bold text-slate-900">
        Summary
      </h2>
      {data.demoCatalog && !demoNoticeShown ? <DemoCatalogNotice /> : null}
      <p className="text-lg text-slate-900">
        <strong>{formatCount(data.total, 'program', 'programs')}</strong> fit your answers.
      </p>
      <ul aria-label="Programs by tier" className="flex flex-wrap gap-x-6 gap-y-2">
        {TIERS.map((tier) => (
          <li key={tier} className="flex items-center gap-2">
            <TierBadge tier={tier} />
            <span className="text-slate-900">{formatNumber(data.tierCounts[tier])}</span>
          </li>
        ))}
      </ul>
      <TierLegend thresholds={data.tierThresholds} />
      {data.excluded.total > 0 ? (
        <div>
          <h3 className="font-semibold text-slate-900">
            {formatCount(data.excluded.total, 'program was', 'programs were')} left out
          </h3>
          <ul className="mt-1 list-disc pl-5 text-slate-800">
            {reasons.map(([reason, count]) => (
              <li key={reason}>{describeExclusion(reason, count)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-slate-800">No program was left out by your answers.</p>
      )}
      <p>
        <IntentLink href="/how-we-estimate">How we estimate these numbers</IntentLink>
      </p>
      <p className="text-sm text-slate-700">
        Engine {data.engineVersion}, catalog {data.catalogVersion}.
      </p>
    </section>
  );
}
