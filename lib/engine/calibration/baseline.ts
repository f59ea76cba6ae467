// The specialty baseline (DESIGN.md §3.3): the probability that applicants like this one matched in
// the specialty in recent Matches, from the specialty model (specialty-model.ts) plus the applicant's
// own terms, each measured from the cohort the published rates describe.
import { isImg } from '../applicant-type';
import { DEFAULT_CHANCE_MODEL } from '../chance-model';
import { yearsSinceGraduation } from '../eligibility';
import { ASSUMED_SCORE_UNCERTAINTY_POINTS, reportedStep2 } from '../scores';
import type { EffectiveStep2 } from '../scores';
import type { ApplicantProfile, ApplicantType, ChanceEstimate, SpecialtyStats } from '../types';
import { cohortMatchRate, scoreTerm, specialtyModel } from './specialty-model';
import type { SpecialtyModel } from './specialty-model';

const logit = (p: number): number => Math.log(p / (1 - p));
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * Research items of the cohort's typical applicant: the published rates are read as theirs, so fewer
 * items count against, more for. A model choice at the research curve's half-saturation point.
 */
export const TYPICAL_RESEARCH_ITEMS = DEFAULT_CHANCE_MODEL.researchHalfSaturationItems;
/** Months of US clinical experience of the typical IMG applicant: half of full credit (model choice). */
export const TYPICAL_USCE_MONTHS = DEFAULT_CHANCE_MODEL.usceFullCreditMonths / 2;

// Visa: NRMP 2026, IMGs who needed a visa matched 54.4% versus 67.9% for those who did not; NRMP
// 2025, non-US IMGs (most of whom need one) 58.0%. The non-US IMG rates describe that mix, so a
// non-US IMG is measured from it; every other type is measured from "no visa needed".
const VISA_NEEDED_RATE_2026 = 0.544;
const VISA_NOT_NEEDED_RATE_2026 = 0.679;
const NON_US_IMG_RATE_2025 = 0.58;
export const VISA_TERM_LOGIT: Readonly<Record<'cohortMix' | 'noVisaCohort', { needed: number; notNeeded: number }>> = {
  cohortMix: { needed: logit(VISA_NEEDED_RATE_2026) - logit(NON_US_IMG_RATE_2025), notNeeded: logit(VISA_NOT_NEEDED_RATE_2026) - logit(NON_US_IMG_RATE_2025) },
  noVisaCohort: { needed: logit(VISA_NEEDED_RATE_2026) - logit(VISA_NOT_NEEDED_RATE_2026), notNeeded: 0 },
};

/** Typical applications sent by an applicant of each type: AAMC, 2022 ERAS season (US MD 68, DO 92, IMGs 139). */
export const TYPICAL_APPLICATIONS: Readonly<Record<ApplicantType, number>> = { US_MD: 68, US_DO: 92, US_IMG: 139, NON_US_IMG: 139 };


/** The research term before any program's emphasis: 0 for the typical applicant, rising with items. */
export function researchTermLogit(items: number): number {
  const m = DEFAULT_CHANCE_MODEL;
  const saturation = (n: number): number => 1 - 2 ** (-Math.max(0, n) / m.researchHalfSaturationItems);
  return m.researchMaxLogit * (saturation(items) - saturation(TYPICAL_RESEARCH_ITEMS));
}

export type BaselineTermKey = 'failures' | 'recency' | 'research' | 'usce' | 'visa';

export interface BaselineAssessment {
  chance: ChanceEstimate;
  model: SpecialtyModel;
  /** Logit of the estimate and the half-widths (logit) of the range below and above it. */
  logit: number;
  halfWidthLogit: number;
  /** The applicant's terms (logit), measured from the cohort's typical applicant. */
  terms: Record<BaselineTermKey, number>;
  score: EffectiveStep2 | null;
}

function applicantTerms(profile: ApplicantProfile, seasonYear: number): Record<BaselineTermKey, number> {
  const m = DEFAULT_CHANCE_MODEL;
  const type = profile.applicantType;
  const extraYears = yearsSinceGraduation(profile, seasonYear) - m.recencyFreeYears;
  const visa = type === 'NON_US_IMG' ? VISA_TERM_LOGIT.cohortMix : VISA_TERM_LOGIT.noVisaCohort;
  const usceShare = Math.min(1, Math.max(0, profile.usceMonths ?? TYPICAL_USCE_MONTHS) / m.usceFullCreditMonths);
  return {
    failures: Math.max(m.failureLogitFloor, m.failureLogitPerAttempt * Math.max(0, profile.examFailures ?? 0)),
    recency: extraYears > 0 ? Math.max(m.recencyLogitFloor, m.recencyLogitPerYear * extraYears) : 0,
    research: researchTermLogit(profile.researchItems ?? TYPICAL_RESEARCH_ITEMS),
    usce: isImg(type) ? m.usceMaxLogit * (usceShare - TYPICAL_USCE_MONTHS / m.usceFullCreditMonths) : 0,
    visa: profile.visaNeeded === 'NONE' ? visa.notNeeded : visa.needed,
  };
}

function halfWidth(profile: ApplicantProfile, model: SpecialtyModel, score: EffectiveStep2 | null): number {
  const u = DEFAULT_CHANCE_MODEL.uncertainty;
  const type = profile.applicantType;
  // The steeper of the two slopes, so the width does not change as the score crosses the knot.
  const pointLogit = model.scoreSlopeMultiplier[type] * Math.max(model.slopeBelowKnot, model.slopeAboveKnot);
  const widths = [
    model.residualLogit[type],
    score === null ? ASSUMED_SCORE_UNCERTAINTY_POINTS * pointLogit : score.uncertainty * pointLogit,
    profile.examFailures === undefined ? u.failuresUnknownLogit : 0,
    profile.researchItems === undefined ? u.researchUnknownLogit : 0,
    isImg(type) && profile.usceMonths === undefined ? u.usceUnknownLogit : 0,
  ];
  return Math.hypot(...widths);
}

/** Chances are reported to 0.1 percentage point, like the program chances. */
const roundChance = (p: number): number => Number(p.toFixed(3));

export function estimateFromLogit(center: number, width: number): ChanceEstimate {
  return { estimate: roundChance(logistic(center)), low: roundChance(logistic(center - width)), high: roundChance(logistic(center + width)) };
}

/**
 * The baseline with everything it was built from (for the program chances and the calibration).
 * `researchWeight` scales the research term: a research-heavy program counts research more (1.5×
 * in chance-model.ts), one with little emphasis less; the baseline itself weighs it 1.
 */
export function assessSpecialtyBaseline(
  profile: ApplicantProfile,
  specialty: SpecialtyStats,
  seasonYear: number,
  researchWeight = 1,
): BaselineAssessment {
  const model = specialtyModel(specialty);
  const type = profile.applicantType;
  const terms = applicantTerms(profile, seasonYear);
  const shift = terms.failures + terms.recency + researchWeight * terms.research + terms.usce + terms.visa;
  const score = reportedStep2(profile);
  // No score: the cohort's own spread of scores, i.e. the published rate moved by the other terms.
  const center =
    score === null
      ? logit(Math.min(1 - 1e-12, Math.max(1e-12, cohortMatchRate(model, type, shift))))
      : model.intercept[type] + model.scoreSlopeMultiplier[type] * scoreTerm(model, score.score) + shift;
  const width = halfWidth(profile, model, score);
  return { chance: estimateFromLogit(center, width), model, logit: center, halfWidthLogit: width, terms, score };
}

/** P(match in the specialty) for applicants like this one, with its range; 0 ≤ low ≤ estimate ≤ high ≤ 1. */
export function specialtyBaseline(profile: ApplicantProfile, specialty: SpecialtyStats, seasonYear: number): ChanceEstimate {
  return assessSpecialtyBaseline(profile, specialty, seasonYear).chance;
}
