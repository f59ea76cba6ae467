// Step 6, strategy (DESIGN.md §3.6): how many applications to send, read off the curve of
// P(at least one match) against the number of applications, in ranked-list order.
import { percent } from '../labels';
import type { CurvePoint } from '../types';

/**
 * Stop once applying to every remaining program on the curve would add less than 2 percentage
 * points to the chance of matching. A gain that small is narrower than the model's own ranges: for
 * the applicants whose curves flatten short of the target (U.S. MDs in Dermatology or Orthopaedics,
 * IMGs in Internal Medicine) the baseline's range spans about 7 to 21 points. And it would cost $30
 * per application beyond the 30th (AAMC, ERAS fees, 2026 season): even 20 more applications, $600,
 * for under 2 points. Measured against the whole rest of the curve rather than the next
 * application, so that an applicant whose every application adds little (most IMGs) is not told to
 * stop at a handful when applying widely would multiply their chance. A product judgement, not a
 * published figure.
 */
export const REMAINING_GAIN_THRESHOLD = 0.02;

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

/**
 * Below a 50% chance of matching even with every program on the curve, the applicant is more likely
 * than not to go unmatched in the specialty, however many they apply to: the reason says so and
 * suggests a backup specialty. A product judgement, not a published figure.
 */
export const LOW_CEILING_MATCH_PROBABILITY = 0.5;

export interface RecommendOptions {
  remainingGainThreshold?: number;
  targetMatchProbability?: number;
  minimumApplications?: number;
  lowCeilingMatchProbability?: number;
}

/**
 * What set the count: the target, the little the rest of the curve would add, the minimum, the end
 * of the list (even its last program adds enough), or a curve that stays low to its end.
 */
export type RecommendationStop = 'target' | 'remaining_gain' | 'minimum' | 'whole_list' | 'low_ceiling' | 'no_programs';

export interface ApplicationRecommendation {
  applications: number;
  stop: RecommendationStop;
  /** In plain words, for the applicant. */
  reason: string;
}

/** 0.02 → "2" (percentage points, without trailing zeros). */
function percentagePoints(share: number): string {
  return String(Number((share * 100).toFixed(2)));
}

/** An estimate is never a certainty: 0.999 reads "over 99%", not "100%". */
function chancePercent(probability: number): string {
  return probability >= 0.995 ? 'over 99%' : percent(probability);
}

/**
 * The programs the curve covers, in words. The curve stops at CURVE_MAX_POINTS (match-curve.ts), so
 * it may cover only the start of a longer ranked list.
 */
function curveScope(curveEnd: number, eligiblePrograms: number): string {
  if (eligiblePrograms > curveEnd) return `the first ${curveEnd} programs on your ranked list`;
  return curveEnd === 1 ? 'the only eligible program' : `all ${curveEnd} eligible programs`;
}

/**
 * The first point from which applying to every remaining program on the curve adds less than
 * `threshold`. The curve never falls (match-curve.ts), so every later point qualifies too, and the
 * last always does. The ranked list is ordered by a blend of fit and chance, so single gains are
 * not monotone; the gain still to come is, which is what keeps a single long shot from ending the
 * count while safer programs further down would add a lot.
 */
function remainingGainIndex(points: readonly CurvePoint[], threshold: number): number {
  const last = points[points.length - 1];
  if (last === undefined) return -1;
  return points.findIndex((point) => last.matchProbability - point.matchProbability < threshold);
}

/**
 * When even the whole curve stays under the low ceiling: the count the rule gives (`chosen`), and a
 * plain statement that the chance stays low however many programs the applicant applies to.
 */
function lowCeilingRecommendation(chosen: CurvePoint, last: CurvePoint, scope: string, threshold: number): ApplicationRecommendation {
  const low = `even with all of them your estimated chance of matching is ${chancePercent(last.matchProbability)}, so consider a backup specialty as well`;
  return {
    applications: chosen.applications,
    stop: 'low_ceiling',
    reason:
      chosen === last
        ? `Apply to ${scope}: ${low}`
        : `Applying to ${scope} would add under ${percentagePoints(threshold)} percentage points beyond ${chosen.applications} applications: ${low}`,
  };
}

/**
 * The recommended number of applications: the smallest n at which the estimated chance of matching
 * reaches the target, or from which applying to the rest of the curve would add less than the
 * threshold, whichever comes first; at least the minimum when the list is that long; at most the
 * whole curve. `eligiblePrograms`, the length of the ranked list, only words the reason when the
 * curve stops short of it.
 */
export function recommendApplicationCount(
  curve: readonly CurvePoint[],
  options: RecommendOptions = {},
  eligiblePrograms: number = curve.length,
): ApplicationRecommendation {
  const threshold = options.remainingGainThreshold ?? REMAINING_GAIN_THRESHOLD;
  const target = options.targetMatchProbability ?? TARGET_MATCH_PROBABILITY;
  const minimum = options.minimumApplications ?? MIN_RECOMMENDED_APPLICATIONS;
  const lowCeiling = options.lowCeilingMatchProbability ?? LOW_CEILING_MATCH_PROBABILITY;
  const points = curve.filter((point) => point.applications > 0).sort((a, b) => a.applications - b.applications);
  const last = points[points.length - 1];
  if (last === undefined) return { applications: 0, stop: 'no_programs', reason: 'No eligible programs to apply to in this specialty' };

  const scope = curveScope(last.applications, eligiblePrograms);
  const targetIndex = points.findIndex((point) => point.matchProbability >= target);
  const gainIndex = remainingGainIndex(points, threshold);
  const reachesTarget = targetIndex !== -1 && targetIndex <= gainIndex;
  const stopPoint = points[reachesTarget ? targetIndex : gainIndex] ?? last;
  const belowMinimum = stopPoint.applications < minimum;
  const floorPoint = last.applications < minimum ? last : (points.find((point) => point.applications >= minimum) ?? last);
  const chosen = belowMinimum ? floorPoint : stopPoint;

  if (!reachesTarget && last.matchProbability < lowCeiling) return lowCeilingRecommendation(chosen, last, scope, threshold);
  if (belowMinimum) {
    return {
      applications: floorPoint.applications,
      stop: 'minimum',
      reason:
        `${floorPoint === last ? `Apply to ${scope}` : `Apply to at least ${floorPoint.applications}`}: ` +
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
      stop: 'remaining_gain',
      reason:
        `Applying to ${scope} would add under ${percentagePoints(threshold)} percentage points beyond ${stopPoint.applications} applications ` +
        `(your estimated chance of matching is ${chancePercent(stopPoint.matchProbability)} there)`,
    };
  }
  return {
    applications: last.applications,
    stop: 'whole_list',
    reason:
      `Apply to ${scope}: your estimated chance of matching is ${chancePercent(last.matchProbability)} with all of them, ` +
      `and even the last one adds ${percentagePoints(threshold)} percentage points or more`,
  };
}
