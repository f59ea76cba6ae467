// The applicant's effective Step 2 CK: the score every chance is computed from.
import { COMLEX_LEVEL2_SCALE, COMLEX_STEP2_CORRELATION, STEP2_CK_SCALE } from '@/lib/reference/exam-scales';
import type { ApplicantProfile, SpecialtyStats } from './types';

export type ScoreSource = 'step2' | 'comlex' | 'assumed';

export interface EffectiveStep2 {
  /** A Step 2 CK three-digit score (reported, converted or assumed). */
  score: number;
  source: ScoreSource;
  /** ± Step 2 CK points: how far the true score may plausibly be from `score`. */
  uncertainty: number;
}

/** USMLE Step 2 CK three-digit scores run 1–300 (USMLE score reports). */
export const STEP2_SCORE_MIN = 1;
export const STEP2_SCORE_MAX = 300;

// COMLEX-USA Level 2-CE → Step 2 CK by percentile: a COMLEX score sits at some percentile of COMLEX
// first-time takers (NBOME: mean 520, SD about 100); it maps to the Step 2 CK score at the same
// percentile of Step 2 CK first-time takers from US/Canadian schools (mean 248, SD 15). Both
// distributions are taken as normal, so the map is z-score for z-score:
//   step2 = 248 + 15 × (comlex − 520) / 100.
// COMLEX 520 (the mean) → 248, 620 → 263, 420 → 233. The figures and their sources live in
// lib/reference/exam-scales.ts.

/**
 * How far a converted score may be from the Step 2 CK the same applicant would score: the spread of
 * Step 2 CK among applicants at one COMLEX score, 15 × √(1 − 0.72²) ≈ 10.4 points (r = 0.72 between
 * the two exams), rounded up to 11 for the distributions being approximate.
 */
export const COMLEX_CONVERSION_UNCERTAINTY_POINTS = Math.ceil(STEP2_CK_SCALE.sd * Math.sqrt(1 - COMLEX_STEP2_CORRELATION.r ** 2) + 0.5);

/**
 * With no score given we assume the typical matched score, so the uncertainty is about one SD of
 * Step 2 CK among applicants (15 points among first-takers, lib/reference/exam-scales.ts), rounded up.
 */
export const ASSUMED_SCORE_UNCERTAINTY_POINTS = 20;

/**
 * The score assumed (and the bar used) when neither program nor specialty publishes one: between
 * the lowest specialty median of matched US MD seniors (Family Medicine, 244) and the 2026 median of
 * matched non-US IMGs (248) (NRMP Charting Outcomes 2026).
 */
export const FALLBACK_STEP2 = 245;

function clampScore(score: number): number {
  return Math.min(STEP2_SCORE_MAX, Math.max(STEP2_SCORE_MIN, score));
}

/** The Step 2 CK at the same percentile of first-time takers as a COMLEX Level 2-CE score (see above). */
export function comlexToStep2(comlexLevel2Score: number): number {
  const z = (comlexLevel2Score - COMLEX_LEVEL2_SCALE.mean) / COMLEX_LEVEL2_SCALE.sd;
  return clampScore(Math.round(STEP2_CK_SCALE.mean + z * STEP2_CK_SCALE.sd));
}

/** The score the applicant actually gave (Step 2 CK, else converted COMLEX); null when neither. */
export function reportedStep2(profile: ApplicantProfile): EffectiveStep2 | null {
  if (profile.step2Score !== undefined) {
    return { score: profile.step2Score, source: 'step2', uncertainty: 0 };
  }
  if (profile.comlexLevel2Score !== undefined) {
    return {
      score: comlexToStep2(profile.comlexLevel2Score),
      source: 'comlex',
      uncertainty: COMLEX_CONVERSION_UNCERTAINTY_POINTS,
    };
  }
  return null;
}

/**
 * The applicant's Step 2 CK for a specialty. With no score given we assume the specialty's median of
 * matched US MD seniors for every applicant type: our reference has no per-type medians by
 * specialty, and an offset we cannot source would be a guess. The large uncertainty carries the doubt.
 */
export function effectiveStep2(profile: ApplicantProfile, specialty: SpecialtyStats | null): EffectiveStep2 {
  return (
    reportedStep2(profile) ?? {
      score: specialty?.medianStep2MatchedUsMd ?? FALLBACK_STEP2,
      source: 'assumed',
      uncertainty: ASSUMED_SCORE_UNCERTAINTY_POINTS,
    }
  );
}
