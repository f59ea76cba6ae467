import { TIERS } from '@/lib/engine/types';
import type { RecommendationResponse, SpecialtyStrategyReply } from '@/lib/recommendations/types';
import { asSentence, formatCount, formatRange, formatShare, formatSource, formatUsd } from './format';
import { MatchCurveChart } from './match-curve-chart';
import { SignalPlacements, type ProgramRef } from './signal-placements';
import { SeasonNotice } from './season-notices';
import { TierBadge } from './tier-badge';
import { Pgy1Plan } from './pgy1-plan';
import { formatNumber } from '@/components/ui/number-format';

interface SpecialtyStrategyProps {
  specialty: SpecialtyStrategyReply;
  sources: RecommendationResponse['sources'];
  programs: ReadonlyMap<string, ProgramRef>;
  /** Season notices about this specialty's application (ResidencyCAS), shown beside its fees. */
  notices?: RecommendationResponse['notices'];
}

/** One chosen specialty: its baseline, how many programs to apply to and why, their tiers, cost and signals. */
export function SpecialtyStrategy({ specialty, sources, programs, notices = [] }: SpecialtyStrategyProps) {
  const id = `strategy-${specialty.code}`;
  const count = specialty.recommendedApplications;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="render-near-viewport flex flex-col gap-5 rounded-lg border border-slate-300 p-4 [--estimated-height:160rem] sm:p-6 sm:[--estimated-height:95rem]"
    >
      <div className="flex flex-col gap-1">
        <h2 id={`${id}-title`} className="text-xl font-bold text-slate-900">
          {specialty.name} strategy{specialty.backup ? ' (backup)' : ''}
        </h2>
        {specialty.backup ? (
          <p className="text-sm text-slate-700">A backup specialty: its own list, with its own fee bands on {specialty.applicationService}.</p>
        ) : null}
      </div>
      <Baseline specialty={specialty} sources={sources} />
      <div className="flex flex-col gap-1">
        <h3 className="font-semibold text-slate-900">How many programs to apply to</h3>
        {count > 0 ? (
          <p className="text-lg text-slate-900">
            <strong>Apply to {formatCount(count, 'program', 'programs')}</strong> of the{' '}
            {formatCount(specialty.eligiblePrograms, 'program', 'programs')} you can apply to in {specialty.name}.
          </p>
        ) : null}
        <p className="text-slate-800">{asSentence(specialty.recommendationReason)}</p>
        <CountsByTarget specialty={specialty} />
        <Marginal specialty={specialty} />
      </div>
      {count > 0 ? (
        <>
          {specialty.curve.length > 0 ? (
            <MatchCurveChart id={`${id}-curve`} specialtyName={specialty.name} curve={specialty.curve} recommended={count} />
          ) : null}
          <TierMix specialty={specialty} />
          <div className="flex flex-col gap-1">
            <h3 className="font-semibold text-slate-900">{specialty.applicationService} fees</h3>
            <ApplicationFees specialty={specialty} />
            {notices.map((notice) => (
              <SeasonNotice key={notice.kind} notice={notice} />
            ))}
          </div>
          <SignalPlacements specialty={specialty} programs={programs} source={sources.signals} />
        </>
      ) : null}
      <Pgy1Plan specialty={specialty} />
    </section>
  );
}

function Baseline({ specialty, sources }: Pick<SpecialtyStrategyProps, 'specialty' | 'sources'>) {
  const { baseline } = specialty;
  return (
    <div className="flex flex-col gap-1">
      <p className="text-slate-900">
        Applicants like you matched in {specialty.name} about <strong>{formatShare(baseline.estimate)}</strong> of the time
        (range {formatRange(baseline)}).
      </p>
      {specialty.eligiblePrograms > 0 ? (
        <p className="text-slate-900">
          At the count we recommend, your estimated chance of matching in {specialty.name} is{' '}
          <strong>{formatShare(specialty.matchChanceAtRecommended)}</strong>.
        </p>
      ) : null}
      {sources.outcomes.length > 0 ? (
        <p className="text-sm text-slate-700">Based on {sources.outcomes.map(formatSource).join('; ')}.</p>
      ) : null}
    </div>
  );
}

/** The count for each target an applicant can choose, the chosen one marked. */
function CountsByTarget({ specialty }: { specialty: SpecialtyStrategyReply }) {
  if (specialty.countsByTarget.length === 0 || specialty.eligiblePrograms === 0) return null;
  return (
    <div className="mt-2">
      <h4 className="font-semibold text-slate-900">Applications for each chance of matching</h4>
      <ul aria-label={`${specialty.name}: applications for each target`} className="mt-1 flex flex-col gap-1 sm:flex-row sm:gap-6">
        {specialty.countsByTarget.map(({ target, applications }) => (
          <li key={target} className="text-slate-900">
            <span className={target === specialty.matchTarget ? 'font-bold' : undefined}>
              {formatShare(target)}: {applications === null ? 'out of reach' : formatCount(applications, 'program', 'programs')}
              {target === specialty.matchTarget ? ' (your target)' : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the next $100 would add at the recommended count. */
function Marginal({ specialty }: { specialty: SpecialtyStrategyReply }) {
  const marginal = specialty.marginal;
  if (marginal === null || specialty.recommendedApplications === 0) return null;
  const points = Math.round(marginal.gain * 1000) / 10;
  return (
    <p className="mt-1 text-slate-800">
      {marginal.applications === 0
        ? specialty.eligiblePrograms > specialty.recommendedApplications
          ? `We do not count past ${formatCount(specialty.recommendedApplications, 'program', 'programs')} on your list: beyond that, interviews are limited by the season, not by applications.`
          : `The next ${formatUsd(marginal.usd)} buys no more applications here: you would already apply to every program you can.`
        : `The next ${formatUsd(marginal.usd)} in fees buys ${formatCount(marginal.applications, 'more application', 'more applications')} and adds about ${points < 0.1 ? 'less than 0.1' : points} ${points === 1 ? 'point' : 'points'} to your chance of matching.`}
    </p>
  );
}

function TierMix({ specialty }: { specialty: SpecialtyStrategyReply }) {
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold text-slate-900">
        Reach, target and safety among these {formatCount(specialty.recommendedApplications, 'program', 'programs')}
      </h3>
      <ul aria-label={`Tier mix of your ${specialty.name} applications`} className="flex flex-wrap gap-x-6 gap-y-2">
        {TIERS.map((tier) => (
          <li key={tier} className="flex items-center gap-2">
            <TierBadge tier={tier} />
            <span className="text-slate-900 tabular-nums">{formatNumber(specialty.tierMix[tier])}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A specialty's program fees on its own service, always with where the fees come from and their season. */
function ApplicationFees({ specialty }: { specialty: SpecialtyStrategyReply }) {
  const { cost, fees, applicationService } = specialty;
  return (
    <>
      <p className="text-slate-900">
        <strong>{formatUsd(cost.usd)}</strong> in {applicationService} fees for {formatCount(cost.applications, 'application', 'applications')}.
      </p>
      <p className="text-sm text-slate-700">
        {asSentence(fees.text)} Source: {fees.source} ({fees.season}). Program fees only: one-time fees such as transcripts are in
        your plan&apos;s total.
      </p>
    </>
  );
}
