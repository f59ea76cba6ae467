import type { RecommendationResponse } from '@/lib/recommendations/types';
import { formatCount } from './format';
import type { ProgramRef } from './signal-placements';
import { ErasCost, SpecialtyStrategy } from './specialty-strategy';

interface StrategyPanelProps {
  data: Pick<RecommendationResponse, 'specialties' | 'totalCost' | 'sources'>;
  /** Programs by id, to name the ones that get a signal (see programRefs). */
  programs: ReadonlyMap<string, ProgramRef>;
}

/** The application strategy of every chosen specialty, then the fees of all of them together. */
export function StrategyPanel({ data, programs }: StrategyPanelProps) {
  if (data.specialties.length === 0) return null;
  const applyingIn = data.specialties.filter((specialty) => specialty.recommendedApplications > 0).length;
  return (
    <>
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
