// Offline: the US MD intercept of a specialty without a band table, predicted from what every NRMP
// specialty publishes — its non-US IMG match rate (where the specialty has room, IMGs match often and
// US MD seniors nearly always) and the median Step 2 CK of its matched US MD seniors. Ordinary least
// squares over the band specialties; its error is measured by leaving each one out.
import type { CalibrationCoefficients } from '@/lib/engine/calibration/coefficient-types';

export interface RegressionPoint {
  code: string;
  /** logit of the specialty's non-US IMG match rate. */
  logitImgRate: number;
  median: number;
  /** The US MD intercept fitted to the specialty's band table. */
  intercept: number;
}

type Regression = CalibrationCoefficients['interceptRegression'];

/** Solves the 3 × 3 normal equations (Gaussian elimination with partial pivoting). */
function solve3(a: number[][], b: number[]): number[] {
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let col = 0; col < 3; col++) {
    let pivot = col;
    for (let r = col + 1; r < 3; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = 0; r < 3; r++) {
      if (r === col) continue;
      const f = m[r]![col]! / m[col]![col]!;
      for (let k = col; k < 4; k++) m[r]![k]! -= f * m[col]![k]!;
    }
  }
  return [0, 1, 2].map((i) => m[i]![3]! / m[i]![i]!);
}

function leastSquares(points: readonly RegressionPoint[], medianCenter: number): { constant: number; perLogit: number; perMedian: number } {
  const xtx = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const xty = [0, 0, 0];
  for (const p of points) {
    const x = [1, p.logitImgRate, p.median - medianCenter];
    for (let i = 0; i < 3; i++) {
      xty[i]! += x[i]! * p.intercept;
      for (let j = 0; j < 3; j++) xtx[i]![j]! += x[i]! * x[j]!;
    }
  }
  const [constant = 0, perLogit = 0, perMedian = 0] = solve3(xtx, xty);
  return { constant, perLogit, perMedian };
}

export function predictIntercept(r: Pick<Regression, 'constant' | 'perLogitNonUsImgRate' | 'perMedianPoint' | 'medianCenter'>, logitImgRate: number, median: number): number {
  return r.constant + r.perLogitNonUsImgRate * logitImgRate + r.perMedianPoint * (median - r.medianCenter);
}

/** The regression over the points, with its leave-one-out RMS error as the residual. */
export function fitInterceptRegression(points: readonly RegressionPoint[]): Regression {
  const mean = (values: number[]): number => values.reduce((t, v) => t + v, 0) / values.length;
  const medianCenter = mean(points.map((p) => p.median));
  const fit = leastSquares(points, medianCenter);
  const looSquares = points.map((p, i) => {
    const rest = leastSquares(points.filter((_, j) => j !== i), medianCenter);
    const predicted = rest.constant + rest.perLogit * p.logitImgRate + rest.perMedian * (p.median - medianCenter);
    return (p.intercept - predicted) ** 2;
  });
  return {
    constant: fit.constant,
    perLogitNonUsImgRate: fit.perLogit,
    perMedianPoint: fit.perMedian,
    medianCenter,
    meanLogitNonUsImgRate: mean(points.map((p) => p.logitImgRate)),
    residualLogit: Math.sqrt(mean(looSquares)),
  };
}
