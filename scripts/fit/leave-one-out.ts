// How well the model generalizes, measured honestly: each band specialty in turn is left out of the
// whole US MD fit (its table, its pull on the pooled slopes, on the score distributions and on the
// intercept regression), then its table is predicted from what it publishes without one (its median
// score and its non-US IMG rate), exactly as the engine models a specialty with no table. The error
// is over the bands the calibration asserts (cohorts.ts: n ≥ 30 and a standard error ≤ 5 points).
import { isAssertedBand } from '@/lib/engine/calibration/cohorts';
import type { CalibrationCoefficients, LeaveOneOutResult } from '@/lib/engine/calibration/coefficient-types';
import { buildSpecialtyModel, scoreTerm } from '@/lib/engine/calibration/specialty-model';
import type { SpecialtyStats } from '@/lib/engine/types';
import type { Step2BandMatchRate } from '@/lib/reference/specialties';
import { bandRowsBySpecialty, fitApplicantScores } from './band-fit';
import { fitUsMd } from './us-md-fit';

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

export interface LeftOutBand {
  specialtyCode: string;
  band: string;
  n: number;
  reference: number;
  /** The prediction (percent) with the specialty's own table left out. */
  predicted: number;
}

/** Percent of US MD seniors matched in each band, from a model of the specialty. */
export function predictBandPercents(specialty: SpecialtyStats, c: CalibrationCoefficients, bands: readonly Step2BandMatchRate[]): number[] {
  const model = buildSpecialtyModel(specialty, c);
  const { scores, weights } = model.cohort.US_MD;
  return bands.map((band) => {
    let mass = 0;
    let matched = 0;
    for (let i = 0; i < scores.length; i++) {
      const score = scores[i] ?? 0;
      if ((band.minScore !== null && score < band.minScore) || (band.maxScore !== null && score > band.maxScore)) continue;
      const w = weights[i] ?? 0;
      mass += w;
      matched += w * logistic(model.intercept.US_MD + scoreTerm(model, score));
    }
    return mass > 0 ? (100 * matched) / mass : Number.NaN;
  });
}

export function leaveOneOutBands(specialties: readonly SpecialtyStats[], base: CalibrationCoefficients): LeftOutBand[] {
  const rows = bandRowsBySpecialty();
  const scores = new Map([...rows].map(([code, r]) => [code, fitApplicantScores(r)]));
  const byCode = new Map(specialties.map((s) => [s.code, s]));
  const out: LeftOutBand[] = [];
  for (const [code, bands] of rows) {
    const specialty = byCode.get(code);
    if (specialty === undefined) continue;
    const restRows = new Map([...rows].filter(([other]) => other !== code));
    const restScores = new Map([...scores].filter(([other]) => other !== code));
    const fit = fitUsMd(specialties, restRows, restScores, base.knotBelowMedian);
    const c: CalibrationCoefficients = { ...base, ...fit };
    const predicted = predictBandPercents(specialty, c, bands);
    bands.forEach((band, i) => {
      out.push({ specialtyCode: code, band: band.band, n: band.usMdSeniorsN, reference: band.matchPercent, predicted: predicted[i] ?? Number.NaN });
    });
  }
  return out;
}

/** Errors over the asserted bands: weighted by applicants, unweighted, and per specialty (weighted). */
export function summarizeLeftOut(bands: readonly LeftOutBand[]): LeaveOneOutResult {
  const asserted = bands.filter((b) => isAssertedBand({ usMdSeniorsN: b.n, matchPercent: b.reference }));
  const weighted = (list: readonly LeftOutBand[]): number => {
    const n = list.reduce((t, b) => t + b.n, 0);
    return n > 0 ? list.reduce((t, b) => t + b.n * Math.abs(b.predicted - b.reference), 0) / n : 0;
  };
  const codes = [...new Set(asserted.map((b) => b.specialtyCode))];
  return {
    maePointsWeighted: weighted(asserted),
    maePointsUnweighted: asserted.reduce((t, b) => t + Math.abs(b.predicted - b.reference), 0) / Math.max(1, asserted.length),
    bySpecialty: Object.fromEntries(codes.map((code) => [code, weighted(asserted.filter((b) => b.specialtyCode === code))])),
    bands: bands.map((b) => ({ specialtyCode: b.specialtyCode, band: b.band, predicted: Math.round(10 * b.predicted) / 10 })),
  };
}
