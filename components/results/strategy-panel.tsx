import type { RecommendationResponse } from '@/lib/recommendations/types';
import { formatCount, formatEstimate, formatShare, formatUsd } from './format';
import type { ProgramRef } from './signal-placements';
import { SeasonNotices } from './season-notices';
import { SpecialtyStrategy } from './specialty-strategy';

interface StrategyPanelProps {
  data: Pick<RecommendationResponse, 'specialties' | 'totalCost' | 'sources' | 'overall' | 'backupSuggestions' | 'matchTarget' | 'notices'>;
  /** Programs by id, to name the ones that get a signal (see programRefs). */
  programs: ReadonlyMap<string, ProgramRef>;
}

/** The application strategy of every chosen specialty, then the fees of all of them together. */
export function StrategyPanel({ data, programs }: StrategyPanelProps) {
  if (data.specialties.length === 0) return null;
  const applyingIn = data.specialties.filter((specialty) => specialty.recommendedApplications > 0).length;
  return (
    <>
      <OverallChance data={data} />
      <SeasonNotices notices={data.notices.filter((notice) => notice.kind !== 'residencycas')} />
      {data.specialties.map((specialty) => (
        <SpecialtyStrategy
          key={specialty.code}
          specialty={specialty}
          sources={data.sources}
          programs={programs}
          // Beside the fees it changes: the ResidencyCAS notice goes with each specialty that applies there.
          notices={specialty.applicationService === 'ResidencyCAS' ? data.notices.filter((notice) => notice.kind === 'residencycas') : []}
        />
      ))}
      <PlanCost data={data} applyingIn={applyingIn} />
    </>
  );
}

/** "Will I match at all?": the whole plan together, then where else applicants like this one match. */
function OverallChance({ data }: { data: StrategyPanelProps['data'] }) {
  const { overall } = data;
  const several = data.specialties.length > 1;
  return (
    <section aria-labelledby="overall-heading" className="flex flex-col gap-2 rounded-lg border border-slate-300 p-4 sm:p-6">
      <h2 id="overall-heading" className="text-xl font-bold text-slate-900">
        Your overall chance of matching
      </h2>
      <p className="text-lg text-slate-900">
        <strong>{formatEstimate(overall.matchChance)}</strong> with {formatCount(overall.applications, 'application', 'applications')}
        {several ? ` across your ${formatCount(data.specialties.length, 'specialty', 'specialties')}` : ''} ({formatUsd(overall.usd)} in fees).
      </p>
      <p className="text-sm text-slate-700">
        The chance of at least one match {several ? 'in any of your specialties ' : ''}if you apply to the recommended
        programs. {several ? 'It is less than the specialties’ chances added up: an applicant who falls short in one tends to fall short in the others too, so we count your strength once. ' : ''}
        Your target: {formatShare(data.matchTarget)}. Signals are not added on top: the published rates already include applicants who
        signalled.
      </p>
      {data.backupSuggestions.length > 0 ? (
        <div>
          <h3 className="font-semibold text-slate-900">Your target is out of reach in {data.specialties[0]?.name}: consider a backup</h3>
          <p className="text-slate-800">Where applicants like you match most often, applying as they typically do:</p>
          <ul className="mt-1 list-disc pl-5 text-slate-900">
            {data.backupSuggestions.map((suggestion) => (
              <li key={suggestion.code}>
                {suggestion.name}: {formatEstimate(suggestion.baseline)}
              </li>
            ))}
          </ul>
          <p className="text-sm text-slate-700">Add one on the plan form as a backup specialty to see its list and your overall chance with it.</p>
        </div>
      ) : null}
    </section>
  );
}

/** What the whole plan costs: every specialty's program fees on its service, and each one-time fee once, each with its source and season. */
function PlanCost({ data, applyingIn }: { data: StrategyPanelProps['data']; applyingIn: number }) {
  const { totalCost } = data;
  if (totalCost.applications === 0) return null;
  const services = [...new Set(data.specialties.filter((s) => s.recommendedApplications > 0).map((s) => s.applicationService))];
  const pgy1Applications = data.specialties.reduce((sum, s) => sum + (s.pgy1?.cost.applications ?? 0), 0);
  return (
    <section aria-labelledby="total-cost-heading" className="flex flex-col gap-2 rounded-lg border border-slate-300 p-4 sm:p-6">
      <h2 id="total-cost-heading" className="text-xl font-bold text-slate-900">
        What your plan costs
      </h2>
      <p className="text-lg text-slate-900">
        <strong>{formatUsd(totalCost.usd)}</strong> for {formatCount(totalCost.applications, 'application', 'applications')}
        {applyingIn > 1 ? ` across ${formatCount(applyingIn, 'specialty', 'specialties')}` : ''}.
      </p>
      <ul aria-label="Your plan's fees" className="flex flex-col gap-1 text-slate-900">
        <li>
          {formatUsd(totalCost.programFeesUsd)} in program fees on {services.join(' and ')}
          {applyingIn > 1 ? ' (the lower fee for the first programs starts again in each specialty)' : ''}
          {pgy1Applications > 0 ? `, including ${formatCount(pgy1Applications, 'PGY-1 application', 'PGY-1 applications')}` : ''}
        </li>
        {totalCost.oneTimeFees.map((fee) => (
          <li key={`${fee.service}-${fee.key}`}>
            {formatUsd(fee.usd)} for the {fee.label}, once on {fee.service}
            <span className="block text-sm text-slate-700">
              {fee.source} ({fee.season})
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-700">
        Not counted: the NRMP (or AUA) match registration and travel. Fee assistance lowers these for those who qualify.
      </p>
    </section>
  );
}
