// Offline fits that need the whole specialty model: the US MD intercept from competitiveness where
// no band table exists, and the non-US IMG score slope and score distribution from the 2026 medians
// of matched and unmatched non-US IMGs (NRMP Charting Outcomes: IMGs, 2026: 248 vs 242).
import { buildSpecialtyModel, scoreTerm } from '@/lib/engine/calibration/specialty-model';
import type { CalibrationCoefficients } from '@/lib/engine/calibration/coefficient-types';
import type { SpecialtyStats } from '@/lib/engine/types';
import { NON_US_IMG_MEDIANS_2026 } from '@/lib/reference/specialties';
import { minimizeWithRestarts } from './nelder-mead';

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

export interface InterceptRegression {
  constant: number;
  perLogPositionsPerApplicant: number;
  meanLogPositionsPerApplicant: number;
  residualLogit: number;
}

function leastSquares(points: readonly { x: number; y: number }[]): { constant: number; slope: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const slope = sxx > 0 ? sxy / sxx : 0;
  return { constant: my - slope * mx, slope };
}

/** OLS of the band specialties' intercepts on ln(positions / applicants); residual = leave-one-out RMS. */
export function fitInterceptRegression(points: readonly { code: string; x: number; y: number }[]): InterceptRegression {
  const { constant, slope } = leastSquares(points);
  const looSquares = points.map((p, i) => {
    const rest = leastSquares(points.filter((_, j) => j !== i));
    return (p.y - (rest.constant + rest.slope * p.x)) ** 2;
  });
  return {
    constant,
    perLogPositionsPerApplicant: slope,
    meanLogPositionsPerApplicant: points.reduce((s, p) => s + p.x, 0) / points.length,
    residualLogit: Math.sqrt(looSquares.reduce((s, v) => s + v, 0) / points.length),
  };
}

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
      const p = logistic(model.intercept.NON_US_IMG + model.scoreSlopeMultiplier.NON_US_IMG * scoreTerm(model, cohort.scores[i] ?? 0));
      const w = specialty.positions * (cohort.weights[i] ?? 0);
      matched[i] = (matched[i] ?? 0) + w * p;
      unmatched[i] = (unmatched[i] ?? 0) + w * (1 - p);
    }
  }
  if (scores === null) throw new Error('no specialty publishes a non-US IMG rate');
  return { matched: groupedMedian(scores, matched), unmatched: groupedMedian(scores, unmatched) };
}

/** The IMG score slope multiplier and mean score that reproduce the 2026 medians (248 vs 242). */
export function fitImgScores(specialties: readonly SpecialtyStats[], base: CalibrationCoefficients): { scoreSlopeMultiplier: number; applicantMean: number } {
  const target = NON_US_IMG_MEDIANS_2026.step2;
  const withImg = (logKappa: number, mean: number): CalibrationCoefficients => ({
    ...base,
    img: { ...base.img, scoreSlopeMultiplier: Math.exp(logKappa), applicantMean: mean },
  });
  const loss = ([logKappa = 0, mean = 245]: readonly number[]): number => {
    const m = nonUsImgMedians(specialties, withImg(logKappa, mean));
    return (m.matched - target.matched) ** 2 + (m.unmatched - target.unmatched) ** 2;
  };
  const { x } = minimizeWithRestarts(loss, [Math.log(0.5), 245], { step: [0.3, 2], tolerance: 1e-12 });
  return { scoreSlopeMultiplier: Math.exp(x[0] ?? 0), applicantMean: x[1] ?? 245 };
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
