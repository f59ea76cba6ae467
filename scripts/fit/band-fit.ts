// Offline fit of the US MD score curve to NRMP Charting Outcomes (US MD seniors, pooled 2020–2024):
// for each specialty with a band table, the applicants' score distribution (a normal fitted to the
// band counts) and the bent score line's intercept and two slopes (binomial likelihood of every band,
// each band's rate averaged over its scores; slopes shrunk towards the specialties' mean).
import { scoreCohort, scoreTerm } from '@/lib/engine/calibration/specialty-model';
import type { BandSpecialtyFit } from '@/lib/engine/calibration/coefficient-types';
import { USMD_MATCH_BY_STEP2_BAND } from '@/lib/reference/specialties';
import type { Step2BandMatchRate } from '@/lib/reference/specialties';
import { minimizeWithRestarts, normalCdf } from './nelder-mead';

/** SD (logit per point) of the shrinkage prior on each specialty's slopes around the mean slope. */
export const SLOPE_PRIOR_SD = 0.025;
/** Pooling rounds: slopes are refitted after each update of the mean slope. */
const POOLING_ROUNDS = 5;

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const logit = (p: number): number => Math.log(p / (1 - p));

export function bandRowsBySpecialty(bands: readonly Step2BandMatchRate[] = USMD_MATCH_BY_STEP2_BAND): Map<string, Step2BandMatchRate[]> {
  const rows = new Map<string, Step2BandMatchRate[]>();
  for (const row of bands) rows.set(row.specialtyCode, [...(rows.get(row.specialtyCode) ?? []), row]);
  return rows;
}

/** Whole scores are reported: a band min–max covers [min − 0.5, max + 0.5). */
export function fitApplicantScores(rows: readonly Step2BandMatchRate[]): { mean: number; sd: number } {
  const nll = ([mean = 0, logSd = 0]: readonly number[]): number => {
    const sd = Math.exp(logSd);
    return -rows.reduce((sum, row) => {
      const upper = row.maxScore === null ? 1 : normalCdf((row.maxScore + 0.5 - mean) / sd);
      const lower = row.minScore === null ? 0 : normalCdf((row.minScore - 0.5 - mean) / sd);
      return sum + row.usMdSeniorsN * Math.log(Math.max(1e-300, upper - lower));
    }, 0);
  };
  const { x } = minimizeWithRestarts(nll, [245, Math.log(15)], { step: [5, 0.2] });
  return { mean: x[0] ?? 245, sd: Math.exp(x[1] ?? Math.log(15)) };
}

export interface BandCurve {
  median: number;
  knot: number;
  slopeBelowKnot: number;
  slopeAboveKnot: number;
}

/** The model's match rate in each band for US MD seniors of the given score distribution. */
export function predictBands(rows: readonly Step2BandMatchRate[], scores: { mean: number; sd: number }, curve: BandCurve, intercept: number): number[] {
  const cohort = scoreCohort(scores.mean, scores.sd);
  return rows.map((row) => {
    let mass = 0;
    let matched = 0;
    for (let i = 0; i < cohort.scores.length; i++) {
      const score = cohort.scores[i] ?? 0;
      if ((row.minScore !== null && score < row.minScore) || (row.maxScore !== null && score > row.maxScore)) continue;
      const w = cohort.weights[i] ?? 0;
      mass += w;
      matched += w * logistic(intercept + scoreTerm(curve, score));
    }
    return mass > 0 ? matched / mass : logistic(intercept);
  });
}

function fitCurve(rows: readonly Step2BandMatchRate[], scores: { mean: number; sd: number }, median: number, knotBelowMedian: number, prior: { below: number; above: number }) {
  const curveOf = (below: number, above: number): BandCurve => ({ median, knot: median - knotBelowMedian, slopeBelowKnot: below, slopeAboveKnot: above });
  const nll = ([a = 0, logBelow = 0, logAbove = 0]: readonly number[]): number => {
    const below = Math.exp(logBelow);
    const above = Math.exp(logAbove);
    const predicted = predictBands(rows, scores, curveOf(below, above), a);
    const likelihood = rows.reduce((sum, row, i) => {
      const q = Math.min(1 - 1e-9, Math.max(1e-9, predicted[i] ?? 0.5));
      const y = row.matchPercent / 100;
      return sum - row.usMdSeniorsN * (y * Math.log(q) + (1 - y) * Math.log(1 - q));
    }, 0);
    const shrink = ((below - prior.below) ** 2 + (above - prior.above) ** 2) / (2 * SLOPE_PRIOR_SD ** 2);
    return likelihood + shrink;
  };
  const { x } = minimizeWithRestarts(nll, [2, Math.log(prior.below), Math.log(prior.above)], { step: [0.5, 0.2, 0.2] });
  const [intercept = 0, logBelow = 0, logAbove = 0] = x;
  return { intercept, curve: curveOf(Math.exp(logBelow), Math.exp(logAbove)) };
}

/** Applicant-weighted RMS logit residual over bands with n ≥ 30 and a rate strictly inside 2–98%. */
function residualLogit(rows: readonly Step2BandMatchRate[], predicted: readonly number[]): number {
  let sum = 0;
  let weight = 0;
  rows.forEach((row, i) => {
    const y = row.matchPercent / 100;
    const q = predicted[i];
    if (q === undefined || row.usMdSeniorsN < 30 || y <= 0.02 || y >= 0.98) return;
    sum += row.usMdSeniorsN * (logit(q) - logit(y)) ** 2;
    weight += row.usMdSeniorsN;
  });
  return weight > 0 ? Math.sqrt(sum / weight) : 0;
}

export interface BandFitResult {
  fits: Record<string, BandSpecialtyFit>;
  pooledSlopes: { belowKnot: number; aboveKnot: number };
}

/**
 * Fits every specialty in `rows` (all band tables by default; the leave-one-out check passes all but
 * one). `scores`, the applicants' score distributions, may be passed in when already fitted.
 */
export function fitBandSpecialties(
  medians: ReadonlyMap<string, number>,
  knotBelowMedian: number,
  rows: ReadonlyMap<string, readonly Step2BandMatchRate[]> = bandRowsBySpecialty(),
  scores: ReadonlyMap<string, { mean: number; sd: number }> = new Map([...rows].map(([code, r]) => [code, fitApplicantScores(r)])),
): BandFitResult {
  let prior = { below: 0.08, above: 0.06 };
  let fits: Record<string, BandSpecialtyFit> = {};
  for (let round = 0; round < POOLING_ROUNDS; round++) {
    fits = {};
    for (const [code, r] of rows) {
      const median = medians.get(code);
      const s = scores.get(code);
      if (median === undefined || s === undefined) continue;
      const { intercept, curve } = fitCurve(r, s, median, knotBelowMedian, prior);
      fits[code] = {
        intercept,
        slopeBelowKnot: curve.slopeBelowKnot,
        slopeAboveKnot: curve.slopeAboveKnot,
        applicantMean: s.mean,
        applicantSd: s.sd,
        residualLogit: residualLogit(r, predictBands(r, s, curve, intercept)),
      };
    }
    const all = Object.values(fits);
    prior = { below: all.reduce((t, f) => t + f.slopeBelowKnot, 0) / all.length, above: all.reduce((t, f) => t + f.slopeAboveKnot, 0) / all.length };
  }
  return { fits, pooledSlopes: { belowKnot: prior.below, aboveKnot: prior.above } };
}
