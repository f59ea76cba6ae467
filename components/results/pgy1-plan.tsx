import { IntentLink } from '@/components/ui/intent-link';
import { TIERS } from '@/lib/engine/types';
import { programHref } from '@/lib/catalog/program-href';
import type { Pgy1PlanReply, SpecialtyStrategyReply } from '@/lib/recommendations/types';
import { asSentence, formatCount, formatEstimate, formatShare, formatUsd } from './format';
import { TierBadge } from './tier-badge';
import { formatNumber } from '@/components/ui/number-format';
import { REGION_LABEL } from '@/lib/engine/labels';

/** PGY-1 programs shown before the rest fold away. */
const SHOWN_FIRST = 10;

/**
 * A specialty's PGY-1 year (issue 16): the transitional or preliminary applications an advanced
 * specialty needs, in the plan and its cost; or, where the categorical target is out of reach,
 * preliminary positions as a fallback with their own chance, outside the plan.
 */
export function Pgy1Plan({ specialty }: { specialty: SpecialtyStrategyReply }) {
  const plan = specialty.pgy1;
  if (plan === null) return null;
  const id = `pgy1-${specialty.code}`;
  const title = plan.required ? 'Your PGY-1 year' : 'A preliminary year as a fallback';
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-slate-50 p-4">
      <h3 id={`${id}-title`} className="font-semibold text-slate-900">
        {title}
      </h3>
      <p className="text-slate-900">{plan.why}</p>
      {plan.required ? <Required plan={plan} specialtyName={specialty.name} /> : <Fallback plan={plan} />}
      <Pgy1Programs plan={plan} id={id} />
      <p className="text-sm text-slate-700">
        {plan.tracks
          .map((t) => `${t.name}: ${formatCount(t.eligiblePrograms, 'program', 'programs')} you can apply to; ${formatShare(t.filledShare2020)} of its positions filled in the Match (${t.source})`)
          .join('. ')}
        . {plan.note}
      </p>
    </section>
  );
}

function Required({ plan, specialtyName }: { plan: Pgy1PlanReply; specialtyName: string }) {
  const breakdown = plan.costByTrack.map((line) => `${line.applications} ${line.code === 'TY' ? 'transitional' : `preliminary ${line.code === 'IM' ? 'medicine' : 'surgery'}`}`);
  return (
    <>
      {plan.recommendedApplications > 0 ? (
        <p className="text-slate-900">
          <strong>Apply to {formatCount(plan.recommendedApplications, 'PGY-1 program', 'PGY-1 programs')}</strong> ({breakdown.join(', ')}) beside your{' '}
          {specialtyName} applications: your estimated chance of at least one PGY-1 position is <strong>{formatShare(plan.matchChanceAtRecommended)}</strong>.
        </p>
      ) : null}
      <p className="text-slate-800">{asSentence(plan.recommendationReason)}</p>
      {plan.recommendedApplications > 0 ? (
        <>
          <ul aria-label={`Tier mix of your PGY-1 applications for ${specialtyName}`} className="flex flex-wrap gap-x-6 gap-y-2">
            {TIERS.map((tier) => (
              <li key={tier} className="flex items-center gap-2">
                <TierBadge tier={tier} />
                <span className="text-slate-900 tabular-nums">{formatNumber(plan.tierMix[tier])}</span>
              </li>
            ))}
          </ul>
          <p className="text-slate-900">
            <strong>{formatUsd(plan.cost.usd)}</strong> in ERAS fees for these {formatCount(plan.cost.applications, 'application', 'applications')}, each
            year type its own ERAS specialty; included in what your plan costs.
          </p>
        </>
      ) : null}
    </>
  );
}

function Fallback({ plan }: { plan: Pgy1PlanReply }) {
  if (plan.options.length === 0) return <p className="text-slate-800">{asSentence(plan.recommendationReason)}</p>;
  return (
    <>
      <p className="text-slate-800">Not in your plan&apos;s count or cost. If you add preliminary applications:</p>
      <ul aria-label="Preliminary applications you could add" className="flex flex-col gap-1 text-slate-900">
        {plan.options.map((option) => (
          <li key={option.applications}>
            {formatCount(option.applications, 'application', 'applications')}: about <strong>{formatShare(option.matchChance)}</strong> chance of at least one
            preliminary position, {formatUsd(option.usd)} more in ERAS fees
          </li>
        ))}
      </ul>
    </>
  );
}

function Pgy1Programs({ plan, id }: { plan: Pgy1PlanReply; id: string }) {
  if (plan.programs.length === 0) return null;
  const first = plan.programs.slice(0, SHOWN_FIRST);
  const rest = plan.programs.slice(SHOWN_FIRST);
  const row = (p: Pgy1PlanReply['programs'][number]) => (
    <li key={p.program.id} className="flex flex-col gap-0.5 border-t border-slate-200 py-2 sm:flex-row sm:items-center sm:gap-3">
      <span className="tabular-nums text-slate-700">{p.pgy1Rank}.</span>
      <IntentLink href={programHref(p.program.id)} className="font-semibold text-blue-800 underline">
        {p.program.name}
      </IntentLink>
      <span className="text-slate-800">
        {p.trackName}, {p.program.city ? `${p.program.city}, ` : ''}
        {p.program.state}
      </span>
      <TierBadge tier={p.tier} />
      <span className="text-slate-900">match {formatEstimate(p.matchChance)}</span>
    </li>
  );
  return (
    <div>
      <h4 id={`${id}-programs`} className="font-semibold text-slate-900">
        {plan.required ? 'Where to apply for it' : 'Preliminary programs for you'}
        {plan.regions.length > 0 ? `, ${plan.regions.map(regionWords).join(' and ')} first` : ''}
      </h4>
      <ol aria-labelledby={`${id}-programs`} className="flex flex-col">
        {first.map(row)}
      </ol>
      {rest.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-blue-800 underline">{formatCount(rest.length, 'more program', 'more programs')}</summary>
          <ol aria-label="More PGY-1 programs" className="flex flex-col">
            {rest.map(row)}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

function regionWords(region: string): string {
  return REGION_LABEL[region as keyof typeof REGION_LABEL] ?? region;
}
