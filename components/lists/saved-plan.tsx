import { formatCount, formatEstimate, formatShare, formatUsd } from '@/components/results/format';
import type { SavedListView } from '@/lib/lists/types';
import { STATUS_LABEL } from './list-words';
import { LIST_ITEM_STATUSES } from '@/lib/schemas/list-rules';

/**
 * The plan the list was saved with (issue 17): what the server's own run of the saved answers
 * recommended then, per specialty and for the whole plan, and where the list's programs stand now.
 */
export function SavedPlan({ list }: { list: Pick<SavedListView, 'plan' | 'engineVersion'> & { items: readonly Pick<SavedListView['items'][number], 'status'>[] } }) {
  const { plan } = list;
  const counts = LIST_ITEM_STATUSES.map((status) => [status, list.items.filter((item) => item.status === status).length] as const);
  return (
    <section aria-labelledby="plan-heading" className="flex flex-col gap-3 rounded-lg border border-slate-300 p-4 sm:p-6">
      <h2 id="plan-heading" className="text-xl font-bold text-slate-900">
        Your plan
      </h2>
      <ul aria-label="Programs by status" className="flex flex-wrap gap-x-6 gap-y-1 text-slate-900">
        {counts.map(([status, count]) => (
          <li key={status}>
            {STATUS_LABEL[status]}: <strong className="tabular-nums">{count}</strong>
          </li>
        ))}
      </ul>
      {plan === null ? (
        <p className="text-slate-800">This list was saved before SmartPick kept the plan with it: compare it with today below to see the plan again.</p>
      ) : (
        <>
          <p className="text-slate-800">
            As ranked when you saved it (engine {list.engineVersion}, Match {plan.matchYear}), aiming at a {formatShare(plan.matchTarget)} chance of
            matching.
          </p>
          <ul aria-label="Each specialty's plan" className="flex flex-col gap-2 text-slate-900">
            {plan.specialties.map((s) => (
              <li key={s.code}>
                <strong>
                  {s.name}
                  {s.backup ? ' (backup)' : ''}
                </strong>
                : apply to {formatCount(s.recommendedApplications, 'program', 'programs')} for a {formatShare(s.matchChanceAtRecommended)} chance of matching
                (applicants like you: {formatEstimate(s.baseline)}); {formatUsd(s.cost.usd)} in {s.applicationService} fees
                {s.signals.length > 0 ? `; ${formatCount(s.signals.length, 'signal', 'signals')} placed` : ''}
                {s.pgy1 && s.pgy1.recommendedApplications > 0
                  ? `; plus ${formatCount(s.pgy1.recommendedApplications, 'PGY-1 application', 'PGY-1 applications')} (${formatUsd(s.pgy1.cost.usd)})`
                  : ''}
                .
              </li>
            ))}
          </ul>
          <p className="text-slate-900">
            Whole plan: <strong>{formatUsd(plan.totalCost.usd)}</strong> for {formatCount(plan.totalCost.applications, 'application', 'applications')}; overall
            chance of a match <strong>{formatEstimate(plan.overall.matchChance)}</strong>.
          </p>
        </>
      )}
    </section>
  );
}
