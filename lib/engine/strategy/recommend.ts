// Step 6, strategy (DESIGN.md §3.6): how many applications to send, read off the curve of
// P(at least one match) against the number of applications, in ranked-list order.
import { percent } from '../labels';
import type { CurvePoint } from '../types';

/**
 * Stop where one more application adds less than half a percentage point to the chance of
 * matching. At ERAS's $30 per program beyond 30 (AAMC, ERAS fees, 2026 season), that is over $60
 * per percentage point, and the model's own ranges are wider than such a step. A product
 * judgement, not a published figure.
 */
export const MARGINAL_GAIN_THRESHOLD = 0.005;

/**
 * Stop once the estimated chance of matching reaches 90%: near the 93.5% U.S. MD seniors reach
 * (NRMP, Main Residency Match, 2025 and 2026), so more applications buy little real safety.
 */
export const TARGET_MATCH_PROBABILITY = 0.9;

/**
 * Never recommend fewer than 10 applications when there are that many programs. Interviews, not
 * applications, become ranks, and short rank lists are where applicants go unmatched: unmatched
 * non-U.S. IMGs cluster at 1–3 contiguous ranks (NRMP, Charting Outcomes, IMGs, 2026), and PM&R
 * U.S. MD applicants who matched ranked 13.7 programs on average against 5.4 for those who did not
 * (NRMP, Charting Outcomes, 2024). A short list also rests on estimates that may be off.
 */
export const MIN_RECOMMENDED_APPLICATIONS = 10;

export interface RecommendOptions {
  marginalGainThreshold?: number;
  targetMatchProbability?: number;
  minimumApplications?: number;
}

/** What stopped the count: the target, the flattening curve, the minimum, or the end of the list. */
export type RecommendationStop = 'target' | 'marginal_gain' | 'minimum' | 'whole_list' | 'no_programs';

export interface ApplicationRecommendation {
  applications: number;
  stop: RecommendationStop;
  /** In plain words, for the applicant. */
  reason: string;
}

/** 0.005 → "0.5" (percentage points, without trailing zeros). */
function percentagePoints(share: number): string {
  return String(Number((share * 100).toFixed(2)));
}

/** An estimate is never a certainty: 0.999 reads "over 99%", not "100%". */
function chancePercent(probability: number): string {
  return probability >= 0.995 ? 'over 99%' : percent(probability);
}

function allPrograms(count: number): string {
  return count === 1 ? 'the only eligible program' : `all ${count} eligible programs`;
}

/** The gain per application from one point to the next (points may skip counts). */
function gainPerApplication(from: CurvePoint, to: CurvePoint): number {
  const step = to.applications - from.applications;
  return step > 0 ? (to.matchProbability - from.matchProbability) / step : 0;
}

/**
 * The first index from which every further application adds less than `threshold`. The ranked list
 * is ordered by a blend of fit and chance, not by chance alone, so the gains are not monotone: a
 * single long shot would make the next gain small while safer programs further down still add a
 * lot. Stopping only where the curve has flattened for good keeps the reason ("beyond n, each one
 * adds under …") true.
 */
function flatFromIndex(points: readonly CurvePoint[], threshold: number): number {
  let index = points.length - 1;
  while (index > 0) {
    const before = points[index - 1];
    const at = points[index];
    if (before === undefined || at === undefined || gainPerApplication(before, at) >= threshold) break;
    index -= 1;
  }
  return index;
}

/**
 * The recommended number of applications: the smallest n at which the estimated chance of matching
 * reaches the target, or beyond which each application adds less than the threshold, whichever
 * comes first; at least the minimum when the list is that long; at most the whole list.
 */
export function recommendApplicationCount(curve: readonly CurvePoint[], options: RecommendOptions = {}): ApplicationRecommendation {
  const threshold = options.marginalGainThreshold ?? MARGINAL_GAIN_THRESHOLD;
  const target = options.targetMatchProbability ?? TARGET_MATCH_PROBABILITY;
  const minimum = options.minimumApplications ?? MIN_RECOMMENDED_APPLICATIONS;
  const points = curve.filter((point) => point.applications > 0).sort((a, b) => a.applications - b.applications);
  const last = points[points.length - 1];
  if (last === undefined) return { applications: 0, stop: 'no_programs', reason: 'No eligible programs to apply to in this specialty' };

  const targetIndex = points.findIndex((point) => point.matchProbability >= target);
  const flatIndex = flatFromIndex(points, threshold);
  const reachesTarget = targetIndex !== -1 && targetIndex <= flatIndex;
  const stopPoint = points[reachesTarget ? targetIndex : flatIndex] ?? last;
  if (stopPoint.applications < minimum) {
    const floorPoint = last.applications < minimum ? last : (points.find((point) => point.applications >= minimum) ?? last);
    return {
      applications: floorPoint.applications,
      stop: 'minimum',
      reason:
        `${floorPoint === last ? `Apply to ${allPrograms(last.applications)}` : `Apply to at least ${floorPoint.applications}`}: ` +
        `your estimated chance of matching with ${floorPoint.applications} is ${chancePercent(floorPoint.matchProbability)}, but interviews, not applications, ` +
        `become ranks, and short lists are where applicants go unmatched`,
    };
  }
  if (reachesTarget) {
    return {
      applications: stopPoint.applications,
      stop: 'target',
      reason: `At ${stopPoint.applications} applications your estimated chance of matching reaches ${percent(target)}`,
    };
  }
  if (stopPoint !== last) {
    return {
      applications: stopPoint.applications,
      stop: 'marginal_gain',
      reason:
        `Beyond ${stopPoint.applications} applications each one adds under ${percentagePoints(threshold)} percentage points ` +
        `(your estimated chance of matching is ${chancePercent(stopPoint.matchProbability)} there)`,
    };
  }
  return {
    applications: last.applications,
    stop: 'whole_list',
    reason:
      `Apply to ${allPrograms(last.applications)}: your estimated chance of matching is ${chancePercent(last.matchProbability)} ` +
      `with all of them, and the last one still adds ${percentagePoints(threshold)} percentage points or more`,
  };
}
