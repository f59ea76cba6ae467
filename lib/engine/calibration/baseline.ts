// The specialty baseline (DESIGN.md §3.3): the probability that applicants like this one matched in
// the specialty in recent Matches, from the specialty model (specialty-model.ts) plus the applicant's
// own terms, each measured from the cohort the published rates describe.
import { isImg } from '../applicant-type';
import { JUDGEMENTS } from '../judgements';
import { DEFAULT_CHANCE_MODEL } from '../chance-model';
import { yearsSinceGraduation } from '../eligibility';
import { ASSUMED_SCORE_UNCERTAINTY_POINTS, reportedStep2 } from '../scores';
import type { EffectiveStep2 } from '../scores';
import type { ApplicantProfile, ApplicantType, ChanceEstimate, SpecialtyStats } from '../types';
import { cohortMatchRate, specialtyModel, steepestScoreSlope, typeScoreTerm } from './specialty-model';
import type { SpecialtyModel } from './specialty-model';

const logit = (p: number): number => Math.log(p / (1 - p));
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** Research items and USCE months of the typical applicant (judgements.ts): the same for every type. */
export const TYPICAL_RESEARCH_ITEMS = JUDGEMENTS.typicalApplicant.value.US_MD.researchItems;
export const TYPICAL_USCE_MONTHS = JUDGEMENTS.typicalApplicant.value.NON_US_IMG.usceMonths;

/**
 * Applications sent by the typical applicant of each type: AAMC, ERAS statistics for the 2025 season
 * (US MD 58, DO 72, IMGs 129 on average, as compiled for engine v3; 2022 was 68 / 92 / 139, and
 * AAMC reported a 7.3% fall in 2024–25).
 */
export const TYPICAL_APPLICATIONS: Readonly<Record<ApplicantType, number>> = { US_MD: 58, US_DO: 72, US_IMG: 129, NON_US_IMG: 129 };

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

const clampToFloor = (value: number, floor: number): number => Math.max(floor, value);

function failureTerm(failures: number): number {
  const m = DEFAULT_CHANCE_MODEL;
  return clampToFloor(m.failureLogitPerAttempt * Math.max(0, failures), m.failureLogitFloor);
}

function recencyTerm(years: number): number {
  const m = DEFAULT_CHANCE_MODEL;
  const extra = years - m.recencyFreeYears;
  return extra > 0 ? clampToFloor(m.recencyLogitPerYear * extra, m.recencyLogitFloor) : 0;
}

function usceTerm(months: number): number {
  const m = DEFAULT_CHANCE_MODEL;
  return m.usceMaxLogit * Math.min(1, Math.max(0, months) / m.usceFullCreditMonths);
}

/**
 * The applicant's terms (logit), each measured from the typical applicant of their type
 * (judgements.ts): the published rates describe that applicant, so a profile like theirs gets 0 and
 * nothing is counted twice. An unknown field is read as typical (its range widens instead).
 */
export function applicantTerms(profile: ApplicantProfile, seasonYear: number): Record<BaselineTermKey, number> {
  const type = profile.applicantType;
  const typical = JUDGEMENTS.typicalApplicant.value[type];
  const needsVisa = profile.visaNeeded !== 'NONE';
  const visa = typical.needsVisa
    ? needsVisa ? 0 : JUDGEMENTS.visaFreeBonusNonUsImg.value
    : needsVisa ? JUDGEMENTS.visaNeedLogitForNonVisaTypes.value : 0;
  return {
    failures: failureTerm(profile.examFailures ?? typical.examFailures) - failureTerm(typical.examFailures),
    recency: recencyTerm(yearsSinceGraduation(profile, seasonYear)) - recencyTerm(typical.yearsSinceGraduation),
    research: researchTermLogit(profile.researchItems ?? typical.researchItems),
    usce: isImg(type) ? usceTerm(profile.usceMonths ?? typical.usceMonths) - usceTerm(typical.usceMonths) : 0,
    visa,
  };
}

function halfWidth(profile: ApplicantProfile, model: SpecialtyModel, score: EffectiveStep2 | null): number {
  const u = DEFAULT_CHANCE_MODEL.uncertainty;
  const type = profile.applicantType;
  // The steeper of the two slopes, so the width does not change as the score crosses the knot.
  const pointLogit = steepestScoreSlope(model, type);
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
      : model.intercept[type] + typeScoreTerm(model, type, score.score) + shift;
  const width = halfWidth(profile, model, score);
  return { chance: estimateFromLogit(center, width), model, logit: center, halfWidthLogit: width, terms, score };
}

/** P(match in the specialty) for applicants like this one, with its range; 0 ≤ low ≤ estimate ≤ high ≤ 1. */
export function specialtyBaseline(profile: ApplicantProfile, specialty: SpecialtyStats, seasonYear: number): ChanceEstimate {
  return assessSpecialtyBaseline(profile, specialty, seasonYear).chance;
}
