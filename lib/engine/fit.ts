// Step 2, fit (DESIGN.md §3.2): how well a program agrees with the applicant's preferences and how
// open it is to applicants of their type, 0–100, with every factor's contribution reported.
//
// A factor the user set no preference on is left out of the weighted mean (contribution 0, share 0)
// rather than counted as a neutral 0.5: a neutral half would pull every fit towards 50 and make the
// number mean less. Where the user has a preference but the program did not report the field, the
// factor counts with neutral agreement 0.5: unknown is neither a match nor a mismatch.
//
// The ranking scores thousands of programs per request: planFit works the preferences out once,
// fitScore is then strings-free per program, and fitFactors (with the explanations) is written only
// for the programs a reply shows.
import { opennessFromShare, residentShareOfType, RESIDENT_KIND_LABEL } from './applicant-type';
import {
  capitalize,
  orList,
  percent,
  PROGRAM_TYPE_LABEL,
  REGION_LABEL,
  RESEARCH_LABEL,
  SETTING_LABEL,
  SIZE_LABEL,
  stateName,
} from './labels';
import { regionOfState } from '@/lib/reference/states';
import { PROGRAM_SIZES, RESEARCH_EMPHASES } from './types';
import type {
  ApplicantProfile,
  ApplicantType,
  FitFactor,
  FitWeights,
  Preferences,
  Program,
  ProgramSize,
  ProgramType,
  Region,
  ResearchEmphasis,
  Setting,
} from './types';

/**
 * Relative importance (0–10) of each factor unless the user says otherwise. Location leads: it is
 * among the factors applicants cite most when choosing where to apply (NRMP Applicant Survey).
 * Openness to the applicant's type comes next because it decides whether a fit is reachable at all;
 * setting, type, research and size are secondary tastes.
 */
export const DEFAULT_FIT_WEIGHTS: Readonly<FitWeights> = {
  location: 8,
  setting: 3,
  programType: 4,
  size: 2,
  research: 3,
  openness: 6,
};

/** The factors in the order they are reported. */
export const FIT_FACTORS = ['location', 'setting', 'programType', 'size', 'research', 'openness'] as const satisfies readonly (keyof FitWeights)[];

/** Agreement when the program did not report the field the preference is about. */
export const NEUTRAL_AGREEMENT = 0.5;
/** In a preferred region (but not a preferred state, when states were also given). */
export const PREFERRED_REGION_AGREEMENT = 0.75;
/** In the same Census region as a preferred state: near where the applicant wants to be. */
export const SAME_REGION_AS_PREFERRED_STATE_AGREEMENT = 0.35;
/** A community university-affiliated program is half university, half community. */
export const AFFILIATED_TYPE_AGREEMENT = 0.5;
/** One size class away from a preferred size (sizes are ordered small < medium < large). */
export const ADJACENT_SIZE_AGREEMENT = 0.5;

/** PGY-1 positions per year at and below which a program is small, and from which it is large. */
export const SMALL_PROGRAM_MAX_POSITIONS = 6;
export const LARGE_PROGRAM_MIN_POSITIONS = 16;

export function programSize(positions: number | null): ProgramSize | null {
  if (positions === null || !Number.isFinite(positions)) return null;
  if (positions <= SMALL_PROGRAM_MAX_POSITIONS) return 'SMALL';
  return positions >= LARGE_PROGRAM_MIN_POSITIONS ? 'LARGE' : 'MEDIUM';
}

type FitFactorKey = keyof FitWeights;

/**
 * The preferences worked out once per request: every program is measured against the same sets,
 * tables and shares, so the per-program work is a few look-ups with no strings and no allocation.
 */
export interface FitPlan {
  type: ApplicantType;
  preferences: Preferences;
  /** The factors the user set a preference on (openness always), in FIT_FACTORS order. */
  counted: readonly FitFactorKey[];
  /** Each factor's share of the fit: its weight over the counted weights; 0 when not counted. */
  shares: Readonly<Record<FitFactorKey, number>>;
  preferredStates: ReadonlySet<string>;
  preferredRegions: ReadonlySet<Region>;
  /** The Census regions of the preferred states: "near where the applicant wants to be". */
  regionsOfPreferredStates: ReadonlySet<Region | null>;
  settings: ReadonlySet<Setting>;
  programTypes: ReadonlySet<ProgramType>;
  /** Agreement of each size class with the sizes wanted: three classes, so computed up front. */
  sizeAgreement: Readonly<Record<ProgramSize, number>>;
}

function resolveWeights(overrides: Partial<FitWeights> | undefined): FitWeights {
  const weights = { ...DEFAULT_FIT_WEIGHTS };
  for (const factor of FIT_FACTORS) {
    const value = overrides?.[factor];
    if (value !== undefined && Number.isFinite(value) && value >= 0) weights[factor] = value;
  }
  return weights;
}

function isCounted(factor: FitFactorKey, preferences: Preferences): boolean {
  switch (factor) {
    case 'location':
      return (preferences.preferredStates ?? []).length > 0 || (preferences.preferredRegions ?? []).length > 0;
    case 'setting':
      return (preferences.settings ?? []).length > 0;
    case 'programType':
      return (preferences.programTypes ?? []).length > 0;
    case 'size':
      return (preferences.sizes ?? []).length > 0;
    case 'research':
      return preferences.researchEmphasis !== undefined;
    case 'openness':
      return true;
  }
}

function sizeAgreementOf(size: ProgramSize, wanted: readonly ProgramSize[]): number {
  if (wanted.includes(size)) return 1;
  const distance = Math.min(...wanted.map((s) => Math.abs(PROGRAM_SIZES.indexOf(s) - PROGRAM_SIZES.indexOf(size))));
  return distance === 1 ? ADJACENT_SIZE_AGREEMENT : 0;
}

/**
 * If every counted factor has weight 0, the counted factors share the weight equally: the user
 * asked for no emphasis, not for no fit.
 */
export function planFit(profile: ApplicantProfile, preferences: Preferences): FitPlan {
  const weights = resolveWeights(preferences.weights);
  const counted = FIT_FACTORS.filter((factor) => isCounted(factor, preferences));
  const totalWeight = counted.reduce((sum, factor) => sum + weights[factor], 0);
  const shares = Object.fromEntries(
    FIT_FACTORS.map((factor) => [factor, !counted.includes(factor) ? 0 : totalWeight > 0 ? weights[factor] / totalWeight : 1 / counted.length]),
  ) as Record<FitFactorKey, number>;
  const states = preferences.preferredStates ?? [];
  const sizes = preferences.sizes ?? [];
  return {
    type: profile.applicantType,
    preferences,
    counted,
    shares,
    preferredStates: new Set(states),
    preferredRegions: new Set(preferences.preferredRegions ?? []),
    regionsOfPreferredStates: new Set(states.map(regionOfState)),
    settings: new Set(preferences.settings ?? []),
    programTypes: new Set(preferences.programTypes ?? []),
    sizeAgreement: { SMALL: sizeAgreementOf('SMALL', sizes), MEDIUM: sizeAgreementOf('MEDIUM', sizes), LARGE: sizeAgreementOf('LARGE', sizes) },
  };
}

// Agreement (0–1) of a program with one counted factor. Each has its explanation below it, which
// takes the same branch; both read only the plan and the program.

function locationAgreement(program: Program, plan: FitPlan): number {
  if (plan.preferredStates.has(program.state)) return 1;
  if (plan.preferredRegions.has(program.region)) return plan.preferredStates.size > 0 ? PREFERRED_REGION_AGREEMENT : 1;
  return plan.regionsOfPreferredStates.has(program.region) ? SAME_REGION_AS_PREFERRED_STATE_AGREEMENT : 0;
}

function locationExplanation(program: Program, plan: FitPlan): string {
  const where = stateName(program.state);
  const region = REGION_LABEL[program.region];
  if (plan.preferredStates.has(program.state)) return `In ${where}, one of your preferred states`;
  if (plan.preferredRegions.has(program.region)) return `In ${where}, in ${region}, one of your preferred regions`;
  if (plan.regionsOfPreferredStates.has(program.region)) return `In ${where}: not a preferred state, but in the same region (${region})`;
  return `In ${where}, outside your preferred ${plan.preferredStates.size > 0 ? 'states' : 'regions'}`;
}

function settingAgreement(program: Program, plan: FitPlan): number {
  if (program.setting === null) return NEUTRAL_AGREEMENT;
  return plan.settings.has(program.setting) ? 1 : 0;
}

function settingExplanation(program: Program, plan: FitPlan): string {
  if (program.setting === null) return 'Setting (urban, suburban or rural) not reported';
  const label = capitalize(SETTING_LABEL[program.setting]);
  if (plan.settings.has(program.setting)) return `${label} setting, as you prefer`;
  return `${label} setting; you prefer ${orList((plan.preferences.settings ?? []).map((s) => SETTING_LABEL[s]))}`;
}

function programTypeAgreement(program: Program, plan: FitPlan): number {
  if (program.type === null) return NEUTRAL_AGREEMENT;
  if (plan.programTypes.has(program.type)) return 1;
  const partly = program.type === 'COMMUNITY_UNIVERSITY_AFFILIATED' && (plan.programTypes.has('UNIVERSITY') || plan.programTypes.has('COMMUNITY'));
  return partly ? AFFILIATED_TYPE_AGREEMENT : 0;
}

function programTypeExplanation(program: Program, plan: FitPlan): string {
  if (program.type === null) return 'Program type not reported';
  const label = capitalize(PROGRAM_TYPE_LABEL[program.type]);
  const preferred = orList((plan.preferences.programTypes ?? []).map((t) => PROGRAM_TYPE_LABEL[t]));
  const agreement = programTypeAgreement(program, plan);
  if (agreement === 1) return `${label} program, as you prefer`;
  return agreement > 0 ? `${label} program: partly what you prefer (${preferred})` : `${label} program; you prefer ${preferred}`;
}

function sizeAgreement(program: Program, plan: FitPlan): number {
  const size = programSize(program.positions);
  return size === null ? NEUTRAL_AGREEMENT : plan.sizeAgreement[size];
}

function sizeExplanation(program: Program, plan: FitPlan): string {
  const size = programSize(program.positions);
  if (size === null) return 'Program size not reported';
  const label = `${capitalize(SIZE_LABEL[size])} program (${program.positions} positions a year)`;
  const preferred = orList((plan.preferences.sizes ?? []).map((s) => SIZE_LABEL[s]));
  const agreement = plan.sizeAgreement[size];
  if (agreement === 1) return `${label}, as you prefer`;
  return agreement > 0 ? `${label}, close to the ${preferred} size you prefer` : `${label}; you prefer ${preferred}`;
}

/** Research emphases are ordered low < medium < high: each one's step on that scale. */
const RESEARCH_STEP = Object.fromEntries(RESEARCH_EMPHASES.map((emphasis, step) => [emphasis, step])) as Record<ResearchEmphasis, number>;

function researchAgreement(program: Program, plan: FitPlan): number {
  const wanted = plan.preferences.researchEmphasis;
  if (wanted === undefined || program.researchEmphasis === null) return NEUTRAL_AGREEMENT;
  return 1 - Math.abs(RESEARCH_STEP[wanted] - RESEARCH_STEP[program.researchEmphasis]) / 2;
}

function researchExplanation(program: Program, plan: FitPlan): string {
  const wanted = plan.preferences.researchEmphasis;
  if (wanted === undefined || program.researchEmphasis === null) return 'Research emphasis not reported';
  const label = `${capitalize(RESEARCH_LABEL[program.researchEmphasis])} research emphasis`;
  return wanted === program.researchEmphasis ? `${label}, as you prefer` : `${label}; you prefer ${RESEARCH_LABEL[wanted]}`;
}

function opennessAgreement(program: Program, plan: FitPlan): number {
  const share = residentShareOfType(program, plan.type);
  return share === null ? NEUTRAL_AGREEMENT : opennessFromShare(share, plan.type);
}

function opennessExplanation(program: Program, plan: FitPlan): string {
  const kind = RESIDENT_KIND_LABEL[plan.type];
  const share = residentShareOfType(program, plan.type);
  if (share === null) return `Share of residents who are ${kind} not reported`;
  const agreement = opennessFromShare(share, plan.type);
  // US MD seniors are most residents almost everywhere: a low share is a program that mostly takes
  // others, not a program closed to them (IMG-style "openness" wording would mislead them).
  if (plan.type === 'US_MD') {
    const verdict = agreement >= 1 ? 'a typical mix for US MD graduates' : 'a program that mostly takes DO and international graduates';
    return `${percent(share)} of residents are ${kind}: ${verdict}`;
  }
  const verdict =
    agreement >= 1 ? 'open to applicants like you' : agreement >= 0.5 ? 'some openness to applicants like you' : 'few applicants like you train here';
  return `${percent(share)} of residents are ${kind}: ${verdict}`;
}

interface FactorRules {
  agreement: (program: Program, plan: FitPlan) => number;
  explanation: (program: Program, plan: FitPlan) => string;
}

const FACTOR_RULES: Readonly<Record<FitFactorKey, FactorRules>> = {
  location: { agreement: locationAgreement, explanation: locationExplanation },
  setting: { agreement: settingAgreement, explanation: settingExplanation },
  programType: { agreement: programTypeAgreement, explanation: programTypeExplanation },
  size: { agreement: sizeAgreement, explanation: sizeExplanation },
  research: { agreement: researchAgreement, explanation: researchExplanation },
  openness: { agreement: opennessAgreement, explanation: opennessExplanation },
};

const NOT_COUNTED_EXPLANATION = 'No preference given: not counted';

const round1 = (value: number): number => Math.round(value * 10) / 10;

/**
 * The fit alone (0–100, one decimal), for ranking every program: weighted mean agreement × 100.
 * A factor not counted would add 100 × 0 × ½ = 0, so only the counted ones are summed.
 */
export function fitScore(program: Program, plan: FitPlan): number {
  let fit = 0;
  for (const factor of plan.counted) fit += 100 * plan.shares[factor] * FACTOR_RULES[factor].agreement(program, plan);
  return round1(fit);
}

/**
 * Every factor with its contribution (its points in the weighted mean, so the contributions add up
 * to the fit to rounding) and its explanation: for the programs a reply shows.
 */
export function fitFactors(program: Program, plan: FitPlan): FitFactor[] {
  return FIT_FACTORS.map((factor): FitFactor => {
    const share = plan.shares[factor];
    if (!plan.counted.includes(factor)) {
      return { factor, contribution: round1(100 * share * NEUTRAL_AGREEMENT), agreement: NEUTRAL_AGREEMENT, share, explanation: NOT_COUNTED_EXPLANATION };
    }
    const rules = FACTOR_RULES[factor];
    const agreement = rules.agreement(program, plan);
    return { factor, contribution: round1(100 * share * agreement), agreement, share, explanation: rules.explanation(program, plan) };
  });
}

export interface FitResult {
  /** 0–100, one decimal. */
  fit: number;
  factors: FitFactor[];
}

/** The fit with every factor reported (fitScore and fitFactors for a single program). */
export function scoreFit(program: Program, profile: ApplicantProfile, preferences: Preferences): FitResult {
  const plan = planFit(profile, preferences);
  return { fit: fitScore(program, plan), factors: fitFactors(program, plan) };
}
