// Cohorts of applicants like the ones the published figures describe, run through the engine's own
// specialtyBaseline: what the calibration suite (tests/unit/engine/calibration.test.ts) and
// `npm run calibration` compare with the reference figures.
import type { Step2BandMatchRate } from '@/lib/reference/specialties';
import { JUDGEMENTS } from '../judgements';
import type { ApplicantProfile, ApplicantType, SpecialtyStats } from '../types';
import { specialtyBaseline } from './baseline';
import { specialtyModel } from './specialty-model';

/** Largest miss (percentage points) allowed between the engine and an asserted reference figure. */
export const CALIBRATION_TOLERANCE_POINTS = 5;

/**
 * Which band figures are asserted. A band's published percent is itself a sample: with n applicants
 * its binomial standard error is √(p(1 − p)/n). We assert a band when n ≥ 30 and that error is at
 * most the tolerance (5 points), i.e. when a 5-point miss would be at least one standard error of
 * the figure's own noise. Every band is printed by `npm run calibration`, asserted or not.
 */
export const MIN_ASSERTED_BAND_N = 30;
export function bandStandardErrorPoints(band: Pick<Step2BandMatchRate, 'usMdSeniorsN' | 'matchPercent'>): number {
  const p = band.matchPercent / 100;
  return 100 * Math.sqrt((p * (1 - p)) / Math.max(1, band.usMdSeniorsN));
}
/**
 * The miss a band may show: the tolerance, or twice the figure's own standard error when that is
 * larger (a published percent from 82 applicants moves by ±9 points from sampling alone).
 */
export function bandTolerancePoints(band: Pick<Step2BandMatchRate, 'usMdSeniorsN' | 'matchPercent'>): number {
  return Math.max(CALIBRATION_TOLERANCE_POINTS, 2 * bandStandardErrorPoints(band));
}

export function isAssertedBand(band: Pick<Step2BandMatchRate, 'usMdSeniorsN' | 'matchPercent'>): boolean {
  return band.usMdSeniorsN >= MIN_ASSERTED_BAND_N && bandStandardErrorPoints(band) <= CALIBRATION_TOLERANCE_POINTS;
}

/**
 * The typical applicant of the type (judgements.ts) at a given score: the applicant the published
 * rates describe, so their baseline is the published rate's, score for score.
 */
export function typicalProfile(type: ApplicantType, seasonYear: number, step2Score: number): ApplicantProfile {
  const typical = JUDGEMENTS.typicalApplicant.value[type];
  return {
    applicantType: type,
    graduationYear: seasonYear - typical.yearsSinceGraduation,
    step2Score,
    examFailures: typical.examFailures,
    researchItems: typical.researchItems,
    usceMonths: typical.usceMonths,
    visaNeeded: typical.needsVisa ? 'J1_OR_H1B' : 'NONE',
  };
}

function typicalBaseline(specialty: SpecialtyStats, type: ApplicantType, seasonYear: number, score: number): number {
  return specialtyBaseline(typicalProfile(type, seasonYear, score), specialty, seasonYear).estimate;
}

/** Mean baseline over the type's cohort of scores (optionally only scores in [min, max]). */
export function cohortBaseline(specialty: SpecialtyStats, type: ApplicantType, seasonYear: number, range: { min: number | null; max: number | null } = { min: null, max: null }): number {
  const { scores, weights } = specialtyModel(specialty).cohort[type];
  let mass = 0;
  let matched = 0;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] ?? 0;
    if ((range.min !== null && score < range.min) || (range.max !== null && score > range.max)) continue;
    const w = weights[i] ?? 0;
    mass += w;
    matched += w * typicalBaseline(specialty, type, seasonYear, score);
  }
  return mass > 0 ? matched / mass : Number.NaN;
}

/** The engine's match rate of US MD seniors in one Step 2 CK band of the specialty. */
export function bandBaseline(specialty: SpecialtyStats, band: Pick<Step2BandMatchRate, 'minScore' | 'maxScore'>, seasonYear: number): number {
  return cohortBaseline(specialty, 'US_MD', seasonYear, { min: band.minScore, max: band.maxScore });
}

/** Overall rate of a type across the NRMP specialties, each weighted by its positions. */
export function overallTypeRate(specialties: readonly SpecialtyStats[], type: ApplicantType, seasonYear: number): number {
  let total = 0;
  let matched = 0;
  for (const specialty of specialties) {
    if (specialty.match !== 'NRMP' || specialty.positions === null) continue;
    total += specialty.positions;
    matched += specialty.positions * cohortBaseline(specialty, type, seasonYear);
  }
  return matched / total;
}
