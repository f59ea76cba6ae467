// Step 3, chance (DESIGN.md §3.3), the program terms: a logistic model of the applicant's Step 2 CK
// against the program's bar plus named adjustments, with a range that widens for every figure we had
// to assume. This is engine v1's uncalibrated chance; the chances the engine reports are calibrated
// to the published match rates in calibration/ (program-chance.ts), which takes its program terms
// (bar, stated minimum, resident mix, visa and unknowns) from this assessment, and the reasons still
// weigh these terms to say what moved a program.
//
// Monotone by construction: the Step 2 term rises with the score and the soft-minimum penalty only
// disappears as it rises; research only adds; failures only subtract; the range's width depends on
// what is unknown, never on the values themselves.
import { isImg, opennessFromShare, residentShareOfType } from './applicant-type';
import { DEFAULT_CHANCE_MODEL } from './chance-model';
import type { ChanceModel } from './chance-model';
import { visaSponsorship, yearsSinceGraduation } from './eligibility';
import type { VisaSponsorship } from './eligibility';
import { effectiveStep2 } from './scores';
import type { EffectiveStep2 } from './scores';
import type { ApplicantProfile, ChanceEstimate, Program, SpecialtyStats } from './types';

export type BarSource = 'program' | 'specialty' | 'default';

export type ChanceTermKey = 'step2' | 'belowMinimum' | 'applicantType' | 'failures' | 'research' | 'recency' | 'usce' | 'visa';

export type ChanceUnknown =
  | 'programBar'
  | 'specialtyBar'
  | 'scoreConverted'
  | 'scoreAssumed'
  | 'visaSponsorship'
  | 'residentShare'
  | 'failures'
  | 'research'
  | 'usce';

/** Everything the chance was built from, for the reasons and for calibration checks. */
export interface ChanceAssessment {
  chance: ChanceEstimate;
  score: EffectiveStep2;
  bar: { value: number; source: BarSource };
  /** Log-odds added by each adjustment (0 when it does not apply). */
  terms: Record<ChanceTermKey, number>;
  /** The share of residents of the applicant's type, when reported. */
  residentShare: number | null;
  visa: VisaSponsorship;
  unknowns: ChanceUnknown[];
}

/** Chances are reported to 0.1 percentage point, so equal inputs give equal text. */
const CHANCE_DECIMALS = 3;

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const roundChance = (p: number): number => Number(p.toFixed(CHANCE_DECIMALS));

function programBar(program: Program, specialty: SpecialtyStats | null, model: ChanceModel): ChanceAssessment['bar'] {
  if (program.typicalStep2 !== null) return { value: program.typicalStep2, source: 'program' };
  const median = specialty?.medianStep2MatchedUsMd ?? null;
  if (median !== null) return { value: median, source: 'specialty' };
  return { value: model.defaultBarStep2, source: 'default' };
}

function researchTerm(program: Program, items: number, model: ChanceModel): number {
  const saturation = 1 - 2 ** (-Math.max(0, items) / model.researchHalfSaturationItems);
  return model.researchMaxLogit * saturation * model.researchEmphasisMultiplier[program.researchEmphasis ?? 'MEDIUM'];
}

/**
 * The part of the assessment that describes the program rather than the applicant: what the
 * calibrated chance reads (calibration/program-chance.ts). The ranking computes only this for every
 * program, and the whole assessment only for the programs whose reasons it writes.
 */
export interface ProgramTerms {
  bar: ChanceAssessment['bar'];
  residentShare: number | null;
  visa: VisaSponsorship;
  /** The belowMinimum term (logit): a stated minimum above the applicant's score. */
  belowMinimum: number;
}

function belowMinimumTerm(program: Program, score: EffectiveStep2, model: ChanceModel): number {
  return program.minStep2 !== null && score.score < program.minStep2 ? model.belowSoftMinimumLogit : 0;
}

/** `score`: effectiveStep2(profile, specialty), the same for every program of the specialty. */
export function assessProgramTerms(
  program: Program,
  profile: ApplicantProfile,
  specialty: SpecialtyStats | null,
  score: EffectiveStep2,
  model: ChanceModel = DEFAULT_CHANCE_MODEL,
): ProgramTerms {
  return {
    bar: programBar(program, specialty, model),
    residentShare: residentShareOfType(program, profile.applicantType),
    visa: visaSponsorship(program, profile.visaNeeded),
    belowMinimum: belowMinimumTerm(program, score, model),
  };
}

/** The full assessment; `estimateInterviewChance` returns only its range. */
export function assessInterviewChance(
  program: Program,
  profile: ApplicantProfile,
  specialty: SpecialtyStats | null,
  seasonYear: number,
  model: ChanceModel = DEFAULT_CHANCE_MODEL,
): ChanceAssessment {
  const score = effectiveStep2(profile, specialty);
  const { bar, residentShare, visa, belowMinimum } = assessProgramTerms(program, profile, specialty, score, model);
  const type = profile.applicantType;
  const img = isImg(type);
  const failures = profile.examFailures ?? 0;
  const extraYears = yearsSinceGraduation(profile, seasonYear) - model.recencyFreeYears;

  const terms: Record<ChanceTermKey, number> = {
    step2: model.step2LogitPerPoint * (score.score - bar.value),
    belowMinimum,
    applicantType:
      residentShare === null
        ? model.typeLogitShareUnknown[type]
        : model.typeLogitAtZeroShare[type] * (1 - opennessFromShare(residentShare, type)),
    failures: Math.max(model.failureLogitFloor, model.failureLogitPerAttempt * Math.max(0, failures)),
    research: researchTerm(program, profile.researchItems ?? 0, model),
    recency: extraYears > 0 ? Math.max(model.recencyLogitFloor, model.recencyLogitPerYear * extraYears) : 0,
    usce: img ? model.usceMaxLogit * Math.min(1, Math.max(0, profile.usceMonths ?? 0) / model.usceFullCreditMonths) : 0,
    // The non-US IMG national rate already reflects that most of them need a visa: do not count it twice.
    visa:
      visa === 'not_needed' || (type === 'NON_US_IMG' && residentShare === null) ? 0 : model.visaNeedLogit,
  };

  const unknowns: ChanceUnknown[] = [];
  const u = model.uncertainty;
  const widths: number[] = [u.baseLogit];
  const unknown = (key: ChanceUnknown, width: number, when: boolean): void => {
    if (!when) return;
    unknowns.push(key);
    widths.push(width);
  };
  unknown('programBar', u.barFromSpecialtyLogit, bar.source === 'specialty');
  unknown('specialtyBar', u.barDefaultLogit, bar.source === 'default');
  unknown('scoreConverted', score.uncertainty * model.step2LogitPerPoint, score.source === 'comlex');
  unknown('scoreAssumed', score.uncertainty * model.step2LogitPerPoint, score.source === 'assumed');
  unknown('visaSponsorship', u.visaUnknownLogit, visa === 'unknown');
  unknown('residentShare', u.shareUnknownLogit, residentShare === null);
  unknown('failures', u.failuresUnknownLogit, profile.examFailures === undefined);
  unknown('research', u.researchUnknownLogit, profile.researchItems === undefined);
  unknown('usce', u.usceUnknownLogit, img && profile.usceMonths === undefined);

  const center = Object.values(terms).reduce((sum, term) => sum + term, model.interceptLogit);
  const halfWidth = Math.sqrt(widths.reduce((sum, w) => sum + w * w, 0));
  const chance: ChanceEstimate = {
    estimate: roundChance(logistic(center)),
    low: roundChance(logistic(center - halfWidth)),
    high: roundChance(logistic(center + halfWidth)),
  };
  return { chance, score, bar, terms, residentShare, visa, unknowns };
}

/** Interview chance with its range, all in [0, 1], low ≤ estimate ≤ high. */
export function estimateInterviewChance(
  program: Program,
  profile: ApplicantProfile,
  specialty: SpecialtyStats | null,
  seasonYear: number,
  model: ChanceModel = DEFAULT_CHANCE_MODEL,
): ChanceEstimate {
  return assessInterviewChance(program, profile, specialty, seasonYear, model).chance;
}
