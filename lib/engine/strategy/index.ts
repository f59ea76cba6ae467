// Step 6, strategy (DESIGN.md §3.6), one specialty at a time: how many applications, their tier
// mix, what they cost in their service's fees and where the program signals go; then one chance of a match for
// the whole plan (overall.ts). A backup specialty (any chosen after the first) gets its own
// strategy and its own fee tiers: ERAS starts them again per specialty.
import type { LatentParameters } from '../calibration/latent';
import type { TierThresholds } from '../tiers';
import type { ChanceEstimate, CurvePoint, Program, SpecialtyStats, SpecialtyStrategy, Tier } from '../types';
import { planCost, specialtyCost } from './cost';
import type { PlanCost } from './cost';
import { specialtySeason, type ApplicationService, type SeasonFacts } from '@/lib/reference/seasons';
import { overallMatchChance } from './overall';
import { recommendApplicationCount } from './recommend';
import type { RecommendOptions, RecommendationStop } from './recommend';
import { placeSignals } from './signals';
import { checkTierMix, countTierMix } from './tier-mix';
import type { TierMixHint } from './tier-mix';

export { describeFeeSchedule, feeCitation, planCost, specialtyCost } from './cost';
export type { OneTimeFeeLine, PlanCost, SpecialtyCost } from './cost';
export { MARGINAL_SPEND_USD, MATCH_TARGETS, MIN_RECOMMENDED_APPLICATIONS, TARGET_MATCH_PROBABILITY, recommendApplicationCount } from './recommend';
export type { ApplicationRecommendation, MarginalSpend, RecommendOptions, RecommendationStop, TargetCount } from './recommend';
export { placeSignals, signalBudget } from './signals';
export type { SignalCandidate, SignalPlan } from './signals';
export { DEFAULT_SIGNAL_LOG_ODDS, OBSERVED_SIGNAL_LOG_ODDS, signalEffect } from './signal-effect';
export { MAX_REACH_SHARE, checkTierMix, countTierMix } from './tier-mix';
export type { TierMix, TierMixHint, TierMixHintKind } from './tier-mix';
export { overallMatchChance } from './overall';
export type { SpecialtyApplications } from './overall';

/** What the strategy reads of a ranked program: a RankedProgram fits. */
export interface StrategyProgram {
  program: Pick<Program, 'id' | 'institution'>;
  tier: Tier;
}

export interface SpecialtyStrategyInput {
  specialty: Pick<SpecialtyStats, 'code' | 'name' | 'signals'>;
  /** That specialty's eligible programs, in rank order. */
  ranked: readonly StrategyProgram[];
  /** Their interview logits (ℓ_i), in the same order, for at least the curve's length. */
  logits: readonly number[];
  /** P(at least one match) by applications sent, following `ranked`. */
  curve: readonly CurvePoint[];
  baseline: ChanceEstimate;
  backup: boolean;
  thresholds: TierThresholds;
  latent: LatentParameters;
  /** The baseline's range as logit distances from its calibration (for the plan's overall range). */
  range: { below: number; above: number };
  /** The season's facts: the specialty's service and its fees (lib/reference/seasons). */
  season: SeasonFacts;
  options?: RecommendOptions;
}

/** The strategy, with the plain-words checks the page shows beside it. */
export interface SpecialtyStrategyDetails extends SpecialtyStrategy {
  recommendationStop: RecommendationStop;
  tierMixHints: TierMixHint[];
  /** Why fewer signals than the specialty allows were placed (or none); null when all were. */
  signalNote: string | null;
  /** Where the signal uplift comes from. */
  signalSource: string;
  /** Where this specialty's applications go, and so whose fees they pay. */
  applicationService: ApplicationService;
}

export function buildSpecialtyStrategy(input: SpecialtyStrategyInput): SpecialtyStrategyDetails {
  const { specialty, ranked, baseline, backup } = input;
  // The curve follows the ranked list; a point past its end would count programs that are not there.
  const curve = input.curve.filter((point) => point.applications <= ranked.length);
  const costOf = (applications: number): number => specialtyCost(input.season, specialty.code, applications).usd;
  const recommendation = recommendApplicationCount(curve, input.options, ranked.length, costOf);
  const applications = recommendation.applications;
  const candidates = ranked.slice(0, applications).map((r, i) => ({ program: r.program, interviewLogit: input.logits[i] ?? -Infinity }));
  const signals = placeSignals(specialty, candidates, input.latent);
  return {
    specialtyCode: specialty.code,
    backup,
    baseline,
    curve: curve.map((point) => ({ ...point })),
    recommendedApplications: applications,
    recommendationReason: recommendation.reason,
    recommendationStop: recommendation.stop,
    matchTarget: recommendation.target,
    matchChanceAtRecommended: recommendation.matchProbability,
    countsByTarget: recommendation.byTarget,
    marginal: recommendation.marginal,
    tierMix: countTierMix(ranked, applications),
    tierMixHints: checkTierMix(ranked, applications, input.thresholds),
    cost: specialtyCost(input.season, specialty.code, applications),
    signals: signals.placements,
    signalNote: signals.note,
    signalSource: signals.effectSource,
    applicationService: specialtySeason(input.season, specialty.code).service,
  };
}

/** One strategy per chosen specialty, in the applicant's order: every one after the first is a backup. */
export function buildSpecialtyStrategies(inputs: readonly Omit<SpecialtyStrategyInput, 'backup'>[]): SpecialtyStrategyDetails[] {
  return inputs.map((input, index) => buildSpecialtyStrategy({ ...input, backup: index > 0 }));
}

/** The whole plan's fees: each specialty's on its own service, then each service's one-time fees once. */
export function totalCost(
  strategies: readonly Pick<SpecialtyStrategy, 'specialtyCode' | 'cost'>[],
  season: SeasonFacts,
  profile: { applicantType: string; step2Score?: number | null; comlexLevel2Score?: number | null },
): PlanCost {
  return planCost(season, profile, strategies.map(({ specialtyCode, cost }) => ({ specialtyCode, applications: cost.applications })));
}

/** The plan's overall chance: every specialty's recommended applications, one shared strength; `usd` is the whole plan's fees. */
export function overallPlan(
  inputs: readonly Pick<SpecialtyStrategyInput, 'logits' | 'latent' | 'range'>[],
  strategies: readonly Pick<SpecialtyStrategy, 'specialtyCode' | 'cost' | 'recommendedApplications'>[],
  cost: Pick<PlanCost, 'applications' | 'usd'>,
): { matchChance: ChanceEstimate; applications: number; usd: number } {
  const first = inputs[0];
  if (first === undefined) return { matchChance: { estimate: 0, low: 0, high: 0 }, applications: 0, usd: 0 };
  const plans = inputs.map((input, i) => ({
    logits: input.logits.slice(0, strategies[i]?.recommendedApplications ?? 0),
    below: input.range.below,
    above: input.range.above,
  }));
  return { matchChance: overallMatchChance(plans, first.latent), applications: cost.applications, usd: cost.usd };
}
