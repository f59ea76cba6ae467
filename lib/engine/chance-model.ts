// The interview-chance model's coefficients, in one object so that a calibration step (DESIGN.md
// §3.3) or a test can pass its own model in. The judgement calls among them are set in judgements.ts. Every term is in
// log-odds (logit) units: it adds to the logit of the chance before the logistic curve.
import type { ApplicantType, ResearchEmphasis } from './types';
import { FALLBACK_STEP2 } from './scores';
import { JUDGEMENTS } from './judgements';

/** Half-widths (logit) of the chance range, combined in quadrature. */
export interface ChanceUncertainty {
  /** Model error even when every figure is known. */
  baseLogit: number;
  /** The program's bar is the specialty median, not its own. */
  barFromSpecialtyLogit: number;
  /** Neither program nor specialty publishes a bar. */
  barDefaultLogit: number;
  /** The applicant needs a visa and the program did not report whether it sponsors it. */
  visaUnknownLogit: number;
  /** The program did not report its share of residents of the applicant's type. */
  shareUnknownLogit: number;
  /** The applicant did not say how many failed attempts, research items or (IMGs) USCE months. */
  failuresUnknownLogit: number;
  researchUnknownLogit: number;
  usceUnknownLogit: number;
}

export interface ChanceModel {
  /** Logit of the chance of a US MD exactly at the program's bar with nothing else known. */
  interceptLogit: number;
  /** Logit per Step 2 CK point above (or below) the program's bar. */
  step2LogitPerPoint: number;
  /** The bar when neither program nor specialty publishes one (Step 2 CK points). */
  defaultBarStep2: number;
  /** Below a stated minimum that is not a hard cutoff (or not known to be one). */
  belowSoftMinimumLogit: number;
  /** Applicant-type term when the program's share of such residents is unknown. */
  typeLogitShareUnknown: Readonly<Record<ApplicantType, number>>;
  /** Applicant-type term at a program with none of such residents; rises linearly to 0 at parity share. */
  typeLogitAtZeroShare: Readonly<Record<ApplicantType, number>>;
  /** Per failed attempt (negative), and the floor of the total. */
  failureLogitPerAttempt: number;
  failureLogitFloor: number;
  /** Research bonus: at most this much, half of it reached at `researchHalfSaturationItems`. */
  researchMaxLogit: number;
  researchHalfSaturationItems: number;
  /** Research counts more at research-heavy programs; unreported emphasis counts as MEDIUM. */
  researchEmphasisMultiplier: Readonly<Record<ResearchEmphasis, number>>;
  /** Years since graduation without penalty, the penalty per year beyond (negative), and its floor. */
  recencyFreeYears: number;
  recencyLogitPerYear: number;
  recencyLogitFloor: number;
  /** US clinical experience (IMGs only): bonus growing linearly to its maximum at full-credit months. */
  usceMaxLogit: number;
  usceFullCreditMonths: number;
  /** Needing a visa (negative). */
  visaNeedLogit: number;
  uncertainty: ChanceUncertainty;
}

const logit = (p: number): number => Math.log(p / (1 - p));

/** NRMP 2025 Main Residency Match, PGY-1 match rates by applicant type. */
export const NRMP_2025_MATCH_RATE: Readonly<Record<ApplicantType, number>> = {
  US_MD: 0.935,
  US_DO: 0.926,
  US_IMG: 0.678,
  NON_US_IMG: 0.58,
};

const J = JUDGEMENTS;
const widths = J.rangeWidthsLogit.value;

/** The model's constants: the judgement calls come from judgements.ts, the one place they are set. */
export const DEFAULT_CHANCE_MODEL: ChanceModel = {
  // At the bar (the median matched score) half of matched residents scored lower: a coin flip is
  // the neutral prior until calibration.
  interceptLogit: 0,
  // Weighted logistic fits of NRMP Charting Outcomes (US MD seniors, pooled 2020–2024) match rate
  // by Step 2 CK band give 0.035–0.123 logit per point across the specialties, median ≈ 0.066.
  step2LogitPerPoint: 0.07,
  defaultBarStep2: FALLBACK_STEP2,
  belowSoftMinimumLogit: J.belowSoftMinimumLogit.value,
  // Logit gap to US MD seniors of each type's overall match rate (NRMP 2025): DO −0.14, US IMG
  // −1.93, non-US IMG −2.35. Used only when the program's own resident mix is not reported.
  typeLogitShareUnknown: {
    US_MD: 0,
    US_DO: logit(NRMP_2025_MATCH_RATE.US_DO) - logit(NRMP_2025_MATCH_RATE.US_MD),
    US_IMG: logit(NRMP_2025_MATCH_RATE.US_IMG) - logit(NRMP_2025_MATCH_RATE.US_MD),
    NON_US_IMG: logit(NRMP_2025_MATCH_RATE.NON_US_IMG) - logit(NRMP_2025_MATCH_RATE.US_MD),
  },
  typeLogitAtZeroShare: J.opennessLogitAtZeroShare.value,
  failureLogitPerAttempt: J.failureLogitPerAttempt.value,
  failureLogitFloor: J.failureLogitFloor.value,
  researchMaxLogit: J.researchMaxLogit.value,
  researchHalfSaturationItems: J.researchHalfSaturationItems.value,
  researchEmphasisMultiplier: { LOW: 0.5, MEDIUM: 1, HIGH: 1.5 },
  recencyFreeYears: J.recencyFreeYears.value,
  recencyLogitPerYear: J.recencyLogitPerYear.value,
  recencyLogitFloor: J.recencyLogitFloor.value,
  usceMaxLogit: J.usceMaxLogit.value,
  usceFullCreditMonths: J.usceFullCreditMonths.value,
  visaNeedLogit: J.visaNeedLogitForNonVisaTypes.value,
  uncertainty: {
    baseLogit: widths.base,
    barFromSpecialtyLogit: widths.barFromSpecialty,
    barDefaultLogit: widths.barDefault,
    visaUnknownLogit: widths.visaUnknown,
    shareUnknownLogit: widths.shareUnknown,
    failuresUnknownLogit: widths.failuresUnknown,
    researchUnknownLogit: widths.researchUnknown,
    usceUnknownLogit: widths.usceUnknown,
  },
};
