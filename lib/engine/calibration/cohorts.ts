// Cohorts of applicants like the ones the published figures describe, run through the engine's own
// specialtyBaseline: what the calibration suite (tests/unit/engine/calibration.test.ts) and
// `npm run calibration` compare with the reference figures.
import type { Step2BandMatchRate } from '@/lib/reference/specialties';
import { isImg } from '../applicant-type';
import type { ApplicantProfile, ApplicantType, SpecialtyStats, VisaNeed } from '../types';
import { specialtyBaseline, TYPICAL_RESEARCH_ITEMS, TYPICAL_USCE_MONTHS } from './baseline';
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
export function isAssertedBand(band: Pick<Step2BandMatchRate, 'usMdSeniorsN' | 'matchPercent'>): boolean {
  return band.usMdSeniorsN >= MIN_ASSERTED_BAND_N && bandStandardErrorPoints(band) <= CALIBRATION_TOLERANCE_POINTS;
}

/**
 * Share of non-US IMGs who need a visa, so that 54.4% (needed) and 67.9% (not needed; NRMP 2026)
 * average to their 58.0% (NRMP 2025): (67.9 − 58.0) / (67.9 − 54.4) ≈ 0.73. Derived, mixing two
 * years; used only to build the calibration cohort.
 */
export const NON_US_IMG_VISA_NEEDED_SHARE = (67.9 - 58.0) / (67.9 - 54.4);


/** The cohort's typical applicant at a given score: a senior (or new graduate), no failures. */
export function typicalProfile(type: ApplicantType, seasonYear: number, step2Score: number, visaNeeded: VisaNeed = 'NONE'): ApplicantProfile {
  return {
    applicantType: type,
    graduationYear: seasonYear,
    step2Score,
    examFailures: 0,
    researchItems: TYPICAL_RESEARCH_ITEMS,
    usceMonths: isImg(type) ? TYPICAL_USCE_MONTHS : 0,
    visaNeeded,
  };
}

/** The baseline of the type's typical applicant at a score; non-US IMGs as their visa mix. */
function typicalBaseline(specialty: SpecialtyStats, type: ApplicantType, seasonYear: number, score: number): number {
  const at = (visa: VisaNeed): number => specialtyBaseline(typicalProfile(type, seasonYear, score, visa), specialty, seasonYear).estimate;
  if (type !== 'NON_US_IMG') return at('NONE');
  return NON_US_IMG_VISA_NEEDED_SHARE * at('J1_OR_H1B') + (1 - NON_US_IMG_VISA_NEEDED_SHARE) * at('NONE');
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
