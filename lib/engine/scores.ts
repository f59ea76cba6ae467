// The applicant's effective Step 2 CK: the score every chance is computed from.
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

// COMLEX-USA Level 2-CE → Step 2 CK, APPROXIMATE. Linear (mean–sigma) equating of the paired scores
// of 356 osteopathic applicants who sat both exams, 2006–2013: COMLEX 566 ± 80, Step 2 CK 228 ± 18,
// r = 0.72 ("Correlation Between USMLE and COMLEX Scores for Applicants to a Dually Approved
// Emergency Medicine Residency", Lehigh Valley Health Network, scholarlyworks.lvhn.org
// emergency-medicine/436). Equating rather than regression, so a score at a given percentile of one
// exam maps to the same percentile of the other. Both scales have drifted since 2013, so the
// conversion may run a few points low for recent test-takers.
export const COMLEX_PAIRED_MEAN = 566;
export const COMLEX_PAIRED_SD = 80;
export const STEP2_PAIRED_MEAN = 228;
export const STEP2_PAIRED_SD = 18;
/** Residual SD of the pairing, 18 × √(1 − 0.72²) ≈ 12.5 points, rounded up for the scale drift since 2013. */
export const COMLEX_CONVERSION_UNCERTAINTY_POINTS = 15;

/**
 * With no score given we assume the typical matched score, so the uncertainty is about one SD of
 * Step 2 CK among applicants (18 points in the paired sample above), rounded up.
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

/** Approximate Step 2 CK equivalent of a COMLEX Level 2-CE score (see the source above). */
export function comlexToStep2(comlexLevel2Score: number): number {
  const z = (comlexLevel2Score - COMLEX_PAIRED_MEAN) / COMLEX_PAIRED_SD;
  return clampScore(Math.round(STEP2_PAIRED_MEAN + z * STEP2_PAIRED_SD));
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
