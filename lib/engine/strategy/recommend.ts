// Step 6, strategy (DESIGN.md §3.6): how many applications to send, read off the curve of
// P(at least one match) against the number of applications, in ranked-list order.
//
// The rule is the one an applicant can check: the smallest count down the ranked list whose chance
// of matching reaches their target (80, 90 or 95%; 90 unless they choose), never under the minimum
// when the list is that long. Where no count reaches the target, the advice is the whole curve: a
// weaker applicant is never told to send fewer. (Engine v2 also stopped where the rest of the curve
// added under 2 points, which told a weak IMG to send 10 applications: a stop that depends on how
// flat the curve is runs backwards with strength, so it is gone.) Two applicants who differ only in
// strength see the same ranked order (rank-score.ts) and the weaker one's curve is no higher at any
// count, so their count is at least the stronger one's.
import { JUDGEMENTS } from '../judgements';
import { percent } from '../labels';
import type { CurvePoint } from '../types';

export const TARGET_MATCH_PROBABILITY = JUDGEMENTS.defaultMatchTarget.value;
export const MATCH_TARGETS = JUDGEMENTS.matchTargets.value;
export const MIN_RECOMMENDED_APPLICATIONS = JUDGEMENTS.minRecommendedApplications.value;
export const MARGINAL_SPEND_USD = JUDGEMENTS.marginalSpendUsd.value;

export interface RecommendOptions {
  /** The chance of matching to reach, 0–1 (default 0.9). */
  targetMatchProbability?: number;
  minimumApplications?: number;
}

/**
 * What set the count: the target; the minimum (the target came sooner); a target out of reach, so
 * the whole curve; or no programs at all.
 */
export type RecommendationStop = 'target' | 'minimum' | 'unreachable' | 'no_programs';

export interface TargetCount {
  /** The chance of matching aimed at, 0–1. */
  target: number;
  /** The smallest count that reaches it (at least the minimum); null when no count on the curve does. */
  applications: number | null;
}

export interface MarginalSpend {
  usd: number;
  /** Applications that sum buys beyond the recommended count (0 when the list ends there). */
  applications: number;
  /** What they add to the chance of matching, 0–1. */
  gain: number;
}

export interface ApplicationRecommendation {
  applications: number;
  stop: RecommendationStop;
  /** In plain words, for the applicant. */
  reason: string;
  target: number;
  /** The estimated chance of matching at the recommended count. */
  matchProbability: number;
  /** The count for each target the applicant can choose, in MATCH_TARGETS order. */
  byTarget: TargetCount[];
  /** What the next MARGINAL_SPEND_USD would buy; null with no programs. */
  marginal: MarginalSpend | null;
}

/** An estimate is never a certainty: 0.999 reads "over 99%", not "100%". */
function chancePercent(probability: number): string {
  return probability >= 0.995 ? 'over 99%' : percent(probability);
}

/** The programs the curve covers, in words; the curve stops at CURVE_MAX_POINTS (match-curve.ts). */
function curveScope(curveEnd: number, eligiblePrograms: number): string {
  if (eligiblePrograms > curveEnd) return `the first ${curveEnd} programs on your ranked list`;
  return curveEnd === 1 ? 'the only eligible program' : `all ${curveEnd} eligible programs`;
}

/** The count for a target: the first point that reaches it, raised to the minimum; null when none does. */
function countFor(points: readonly CurvePoint[], target: number, minimum: number): number | null {
  const reached = points.find((point) => point.matchProbability >= target);
  if (reached === undefined) return null;
  const last = points[points.length - 1]!;
  return Math.max(reached.applications, Math.min(minimum, last.applications));
}

/** What `usd` more buys beyond `applications`: the most programs whose fees it covers, and their gain. */
function marginalSpend(points: readonly CurvePoint[], applications: number, costOf: (applications: number) => number, usd: number): MarginalSpend {
  const at = points.find((point) => point.applications === applications);
  let extra = 0;
  const last = points[points.length - 1]!;
  while (applications + extra < last.applications && costOf(applications + extra + 1) - costOf(applications) <= usd) extra += 1;
  const reached = points.find((point) => point.applications === applications + extra);
  return { usd, applications: extra, gain: Math.max(0, (reached?.matchProbability ?? 0) - (at?.matchProbability ?? 0)) };
}

/**
 * The recommended number of applications (see the header). `eligiblePrograms`, the length of the
 * ranked list, words the reason when the curve stops short of it; `costOf` prices a count of
 * applications in the specialty (for what the last $100 buys).
 */
export function recommendApplicationCount(
  curve: readonly CurvePoint[],
  options: RecommendOptions = {},
  eligiblePrograms: number = curve.length,
  costOf: (applications: number) => number = () => 0,
): ApplicationRecommendation {
  const target = options.targetMatchProbability ?? TARGET_MATCH_PROBABILITY;
  const minimum = options.minimumApplications ?? MIN_RECOMMENDED_APPLICATIONS;
  const points = curve.filter((point) => point.applications > 0).sort((a, b) => a.applications - b.applications);
  const byTarget = MATCH_TARGETS.map((t) => ({ target: t, applications: points.length > 0 ? countFor(points, t, minimum) : null }));
  const last = points[points.length - 1];
  if (last === undefined) {
    return { applications: 0, stop: 'no_programs', reason: 'No eligible programs to apply to in this specialty', target, matchProbability: 0, byTarget, marginal: null };
  }
  const scope = curveScope(last.applications, eligiblePrograms);
  const count = countFor(points, target, minimum);
  const at = (n: number): number => points.find((point) => point.applications === n)?.matchProbability ?? 0;
  const base = { target, byTarget };

  if (count === null) {
    return {
      ...base,
      applications: last.applications,
      stop: 'unreachable',
      matchProbability: last.matchProbability,
      reason:
        `Your target of ${percent(target)} is out of reach here: even applying to ${scope}, your estimated chance of matching is ` +
        `${chancePercent(last.matchProbability)}. Apply to all of them, and plan a backup specialty alongside`,
      marginal: marginalSpend(points, last.applications, costOf, MARGINAL_SPEND_USD),
    };
  }
  const reachedAt = points.find((point) => point.matchProbability >= target)!.applications;
  const marginal = marginalSpend(points, count, costOf, MARGINAL_SPEND_USD);
  if (count > reachedAt) {
    return {
      ...base,
      applications: count,
      stop: 'minimum',
      matchProbability: at(count),
      reason:
        `Apply to at least ${count}: your estimated chance of matching reaches ${percent(target)} with ${reachedAt}, but interviews, ` +
        `not applications, become ranks, and short lists are where applicants go unmatched`,
      marginal,
    };
  }
  return {
    ...base,
    applications: count,
    stop: 'target',
    matchProbability: at(count),
    reason: `At ${count} applications your estimated chance of matching reaches your target of ${percent(target)} (${chancePercent(at(count))})`,
    marginal,
  } satisfies ApplicationRecommendation;
}
