// Offline: everything the US MD side of the model takes from a set of band tables — each table's own
// fit, the pooled slopes, the applicants' score distribution where no table exists, and the
// regression that predicts a specialty's intercept from its published figures. The full fit passes
// every table; the leave-one-out check passes all but one and predicts the one left out.
import type { BandSpecialtyFit, CalibrationCoefficients } from '@/lib/engine/calibration/coefficient-types';
import type { SpecialtyStats } from '@/lib/engine/types';
import type { Step2BandMatchRate } from '@/lib/reference/specialties';
import { fitBandSpecialties } from './band-fit';
import { fitInterceptRegression } from './intercept-regression';

export interface UsMdFit {
  pooledSlopes: CalibrationCoefficients['pooledSlopes'];
  bandSpecialties: Record<string, BandSpecialtyFit>;
  interceptRegression: CalibrationCoefficients['interceptRegression'];
  usMdApplicants: CalibrationCoefficients['usMdApplicants'];
}

const logit = (p: number): number => Math.log(p / (1 - p));
const mean = (values: readonly number[]): number => values.reduce((t, v) => t + v, 0) / values.length;

export function fitUsMd(
  specialties: readonly SpecialtyStats[],
  rows: ReadonlyMap<string, readonly Step2BandMatchRate[]>,
  scores: ReadonlyMap<string, { mean: number; sd: number }>,
  knotBelowMedian: number,
): UsMdFit {
  const byCode = new Map(specialties.map((s) => [s.code, s]));
  const medians = new Map(specialties.flatMap((s) => (s.medianStep2MatchedUsMd === null ? [] : [[s.code, s.medianStep2MatchedUsMd] as const])));
  const bands = fitBandSpecialties(medians, knotBelowMedian, rows, scores);
  const fits = Object.entries(bands.fits);
  const interceptRegression = fitInterceptRegression(
    fits.map(([code, f]) => {
      const s = byCode.get(code);
      const rate = s?.matchRate.NON_US_IMG ?? null;
      if (s === undefined || rate === null || s.medianStep2MatchedUsMd === null) throw new Error(`${code}: non-US IMG rate or median missing`);
      return { code, logitImgRate: logit(rate / 100), median: s.medianStep2MatchedUsMd, intercept: f.intercept };
    }),
  );
  return {
    pooledSlopes: bands.pooledSlopes,
    bandSpecialties: bands.fits,
    interceptRegression,
    usMdApplicants: {
      meanMinusMedian: mean(fits.map(([code, f]) => f.applicantMean - (medians.get(code) ?? f.applicantMean))),
      sd: mean(fits.map(([, f]) => f.applicantSd)),
    },
  };
}
