import type { RecommendationResponse } from '@/lib/recommendations/types';
import { formatCount, formatEstimate, formatShare, formatUsd } from './format';
import type { ProgramRef } from './signal-placements';
import { ErasCost, SpecialtyStrategy } from './specialty-strategy';

interface StrategyPanelProps {
  data: Pick<RecommendationResponse, 'specialties' | 'totalCost' | 'sources' | 'overall' | 'backupSuggestions' | 'matchTarget'>;
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
      {data.specialties.map((specialty) => (
        <SpecialtyStrategy key={specialty.code} specialty={specialty} sources={data.sources} programs={programs} />
      ))}
      {data.specialties.length > 1 ? (
        <section aria-labelledby="total-cost-heading" className="flex flex-col gap-1 rounded-lg border border-slate-300 p-4 sm:p-6">
          <h2 id="total-cost-heading" className="text-xl font-bold text-slate-900">
            ERAS fees for all your specialties
          </h2>
          <ErasCost
            applications={data.totalCost.applications}
            usd={data.totalCost.usd}
            source={data.sources.fees}
            scope={` across ${formatCount(applyingIn, 'specialty', 'specialties')}`}
          />
          <p className="text-sm text-slate-700">The lower fee for the first programs starts again in each specialty.</p>
        </section>
      ) : null}
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
