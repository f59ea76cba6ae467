// The score scales SmartPick converts between: COMLEX-USA Level 2-CE (NBOME) and USMLE Step 2 CK,
// each described by the mean and standard deviation of its first-time takers. A COMLEX score is
// read as a percentile of COMLEX first-takers and mapped to the same percentile of Step 2 CK
// first-takers (lib/engine/scores.ts). `verified` says whether we read the figure at its source.

export interface ExamScale {
  exam: string;
  /** Mean and standard deviation of first-time takers, in the exam's three-digit points. */
  mean: number;
  sd: number;
  /** Who the figure describes. */
  population: string;
  source: string;
  /** The testing cycle the figure is for, as the source gives it. */
  season: string;
  verified: boolean;
}

export const COMLEX_LEVEL2_SCALE: ExamScale = {
  exam: 'COMLEX-USA Level 2-CE',
  mean: 520,
  sd: 100,
  population: 'first-time candidates',
  source: 'NBOME, COMLEX-USA Level 2-CE scoring principles (nbome.org: "Mean Score First-Time Candidates 520", "Standard Deviation (approx.) 100")',
  season: 'current NBOME scale (read 2026)',
  verified: true,
};

export const STEP2_CK_SCALE: ExamScale = {
  exam: 'USMLE Step 2 CK',
  mean: 248,
  sd: 15,
  population: 'first-time takers from US and Canadian medical schools',
  source: 'USMLE Score Interpretation Guidelines (first-takers from US/Canadian schools), as compiled; not yet read at usmle.org',
  season: '2023–24',
  verified: false,
};

/**
 * The correlation of COMLEX Level 2-CE and Step 2 CK scores of applicants who sat both: r = 0.72
 * (356 osteopathic applicants to a dually approved emergency medicine program, 2006–2013; Lehigh
 * Valley Health Network, scholarlyworks.lvhn.org emergency-medicine/436). It sizes how far a
 * converted score may be from the Step 2 CK the same applicant would have scored.
 */
export const COMLEX_STEP2_CORRELATION = {
  r: 0.72,
  n: 356,
  source: 'Correlation Between USMLE and COMLEX Scores for Applicants to a Dually Approved Emergency Medicine Residency (LVHN, 2006–2013)',
  verified: true,
} as const;
