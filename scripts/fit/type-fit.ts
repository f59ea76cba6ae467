// Offline fits that need the whole specialty model: the non-US IMG score slope and score
// distribution from the 2026 medians of matched and unmatched non-US IMGs (NRMP Charting Outcomes:
// IMGs, 2026: 248 vs 242), the mean gap between IMG and US MD intercepts, and the DO offset that
// reproduces the national DO rate.
import { buildSpecialtyModel, cohortMatchRate, typeScoreTerm } from '@/lib/engine/calibration/specialty-model';
import type { CalibrationCoefficients } from '@/lib/engine/calibration/coefficient-types';
import type { SpecialtyStats } from '@/lib/engine/types';
import { NON_US_IMG_MEDIANS_2026 } from '@/lib/reference/specialties';
import { minimizeWithRestarts } from './nelder-mead';

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Grouped-data median of a distribution over whole scores (each score covers ±0.5). */
export function groupedMedian(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i] ?? 0;
  let cumulative = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0;
    if (cumulative + w >= total / 2 && w > 0) return (values[i] ?? 0) - 0.5 + (total / 2 - cumulative) / w;
    cumulative += w;
  }
  return values[values.length - 1] ?? 0;
}

/** Medians of matched and unmatched non-US IMGs across specialties weighted by positions. */
export function nonUsImgMedians(specialties: readonly SpecialtyStats[], c: CalibrationCoefficients): { matched: number; unmatched: number } {
  let scores: Float64Array | null = null;
  let matched = new Float64Array(0);
  let unmatched = new Float64Array(0);
  for (const specialty of specialties) {
    if (specialty.matchRate.NON_US_IMG === null || specialty.positions === null) continue;
    const model = buildSpecialtyModel(specialty, c);
    const cohort = model.cohort.NON_US_IMG;
    if (scores === null) {
      scores = cohort.scores;
      matched = new Float64Array(scores.length);
      unmatched = new Float64Array(scores.length);
    }
    for (let i = 0; i < cohort.scores.length; i++) {
      const p = logistic(model.intercept.NON_US_IMG + typeScoreTerm(model, 'NON_US_IMG', cohort.scores[i] ?? 0));
      const w = specialty.positions * (cohort.weights[i] ?? 0);
      matched[i] = (matched[i] ?? 0) + w * p;
      unmatched[i] = (unmatched[i] ?? 0) + w * (1 - p);
    }
  }
  if (scores === null) throw new Error('no specialty publishes a non-US IMG rate');
  return { matched: groupedMedian(scores, matched), unmatched: groupedMedian(scores, unmatched) };
}

/** The IMG score slope (logit per point) and mean score that reproduce the 2026 medians (248 vs 242). */
export function fitImgScores(specialties: readonly SpecialtyStats[], base: CalibrationCoefficients): { slopePerPoint: number; applicantMean: number } {
  const target = NON_US_IMG_MEDIANS_2026.step2;
  const withImg = (logSlope: number, mean: number): CalibrationCoefficients => ({
    ...base,
    img: { ...base.img, slopePerPoint: Math.exp(logSlope), applicantMean: mean },
  });
  const loss = ([logSlope = 0, mean = 245]: readonly number[]): number => {
    const m = nonUsImgMedians(specialties, withImg(logSlope, mean));
    return (m.matched - target.matched) ** 2 + (m.unmatched - target.unmatched) ** 2;
  };
  const { x } = minimizeWithRestarts(loss, [Math.log(0.03), 245], { step: [0.3, 2], tolerance: 1e-12 });
  return { slopePerPoint: Math.exp(x[0] ?? Math.log(0.03)), applicantMean: x[1] ?? 245 };
}

/**
 * The DO intercept offset from US MD at which typical DO seniors, across the NRMP specialties
 * weighted by positions, match at the national DO rate (a constant gap: no per-specialty DO rates).
 */
export function solveDoOffset(specialties: readonly SpecialtyStats[], base: CalibrationCoefficients, targetRate: number): number {
  const nrmp = specialties.filter((s) => s.match === 'NRMP' && s.positions !== null);
  const models = nrmp.map((s) => ({ model: buildSpecialtyModel(s, base), positions: s.positions ?? 0 }));
  const total = models.reduce((t, m) => t + m.positions, 0);
  const rateAt = (offset: number): number =>
    models.reduce((t, { model, positions }) => t + positions * cohortMatchRate(model, 'US_DO', 0, model.intercept.US_MD + offset), 0) / total;
  let low = -5;
  let high = 5;
  for (let step = 0; step < 50; step++) {
    const mid = (low + high) / 2;
    if (rateAt(mid) < targetRate) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Mean and SD of (non-US IMG intercept − US MD intercept) over the specialties that publish both. */
export function imgOffsetSpread(specialties: readonly SpecialtyStats[], c: CalibrationCoefficients): { mean: number; sd: number } {
  const gaps = specialties
    .filter((s) => s.matchRate.NON_US_IMG !== null && s.matchRate.US_MD === null)
    .map((s) => {
      const model = buildSpecialtyModel(s, c);
      return model.intercept.NON_US_IMG - model.intercept.US_MD;
    });
  const mean = gaps.reduce((t, g) => t + g, 0) / gaps.length;
  return { mean, sd: Math.sqrt(gaps.reduce((t, g) => t + (g - mean) ** 2, 0) / (gaps.length - 1)) };
}
