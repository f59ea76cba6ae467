// Step 6, strategy (DESIGN.md §3.6), one specialty at a time: how many applications, their tier
// mix, what they cost in ERAS fees and where the program signals go. A backup specialty (any chosen
// after the first) gets its own strategy and its own fee tiers: ERAS starts them again per specialty.
import { erasCostForSpecialty, totalErasCost } from './cost';
import type { ErasCost } from './cost';
import { recommendApplicationCount } from './recommend';
import type { RecommendOptions, RecommendationStop } from './recommend';
import { placeSignals } from './signals';
import type { SignalCandidate } from './signals';
import { checkTierMix, countTierMix } from './tier-mix';
import type { TierMixHint } from './tier-mix';
import type { ChanceEstimate, CurvePoint, SpecialtyStats, SpecialtyStrategy } from '../types';

export { ERAS_COST_CITATION, erasCostForSpecialty, totalErasCost } from './cost';
export type { ErasCost } from './cost';
export {
  LOW_CEILING_MATCH_PROBABILITY,
  MIN_RECOMMENDED_APPLICATIONS,
  REMAINING_GAIN_THRESHOLD,
  TARGET_MATCH_PROBABILITY,
  recommendApplicationCount,
} from './recommend';
export type { ApplicationRecommendation, RecommendOptions, RecommendationStop } from './recommend';
export { SIGNAL_BAND_MAX_CHANCE, SIGNAL_BAND_MIN_CHANCE, placeSignals, signalBudget } from './signals';
export type { SignalCandidate, SignalPlan } from './signals';
export { MAX_REACH_SHARE, checkTierMix, countTierMix } from './tier-mix';
export type { TierMix, TierMixHint, TierMixHintKind } from './tier-mix';

/** What the strategy reads of a ranked program: a RankedProgram fits. */
export type StrategyProgram = SignalCandidate;

export interface SpecialtyStrategyInput {
  specialty: Pick<SpecialtyStats, 'code' | 'name' | 'signals'>;
  /** That specialty's eligible programs, in rank order. */
  ranked: readonly StrategyProgram[];
  /** P(at least one match) by applications sent, following `ranked`. */
  curve: readonly CurvePoint[];
  baseline: ChanceEstimate;
  backup: boolean;
  options?: RecommendOptions;
}

/** The strategy, with the plain-words checks the page shows beside it. */
export interface SpecialtyStrategyDetails extends SpecialtyStrategy {
  recommendationStop: RecommendationStop;
  tierMixHints: TierMixHint[];
  /** Why fewer signals than the specialty allows were placed (or none); null when all were. */
  signalNote: string | null;
}

export function buildSpecialtyStrategy(input: SpecialtyStrategyInput): SpecialtyStrategyDetails {
  const { specialty, ranked, baseline, backup } = input;
  // The curve follows the ranked list; a point past its end would count programs that are not there.
  const curve = input.curve.filter((point) => point.applications <= ranked.length);
  const recommendation = recommendApplicationCount(curve, input.options, ranked.length);
  const applications = recommendation.applications;
  const signals = placeSignals(specialty.signals, specialty.name, ranked.slice(0, applications));
  return {
    specialtyCode: specialty.code,
    backup,
    baseline,
    curve: curve.map((point) => ({ ...point })),
    recommendedApplications: applications,
    recommendationReason: recommendation.reason,
    recommendationStop: recommendation.stop,
    tierMix: countTierMix(ranked, applications),
    tierMixHints: checkTierMix(ranked, applications),
    cost: erasCostForSpecialty(applications),
    signals: signals.placements,
    signalNote: signals.note,
  };
}

/** One strategy per chosen specialty, in the applicant's order: every one after the first is a backup. */
export function buildSpecialtyStrategies(inputs: readonly Omit<SpecialtyStrategyInput, 'backup'>[]): SpecialtyStrategyDetails[] {
  return inputs.map((input, index) => buildSpecialtyStrategy({ ...input, backup: index > 0 }));
}

/** ERAS program fees for every specialty's recommended applications, the tiers reset per specialty. */
export function totalCost(strategies: readonly Pick<SpecialtyStrategy, 'specialtyCode' | 'cost'>[]): ErasCost {
  return totalErasCost(strategies.map(({ specialtyCode, cost }) => ({ specialtyCode, applications: cost.applications })));
}
