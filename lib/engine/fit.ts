// Step 2, fit (DESIGN.md §3.2): how well a program agrees with the applicant's preferences and how
// open it is to applicants of their type, 0–100, with every factor's contribution reported.
//
// A factor the user set no preference on is left out of the weighted mean (contribution 0, share 0)
// rather than counted as a neutral 0.5: a neutral half would pull every fit towards 50 and make the
// number mean less. Where the user has a preference but the program did not report the field, the
// factor counts with neutral agreement 0.5: unknown is neither a match nor a mismatch.
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
import type { ApplicantProfile, FitFactor, FitWeights, Preferences, Program, ProgramSize } from './types';

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

interface Assessment {
  agreement: number;
  explanation: string;
}

function assessLocation(program: Program, preferences: Preferences): Assessment | null {
  const states = preferences.preferredStates ?? [];
  const regions = preferences.preferredRegions ?? [];
  if (states.length === 0 && regions.length === 0) return null;
  const where = stateName(program.state);
  if (states.includes(program.state)) return { agreement: 1, explanation: `In ${where}, one of your preferred states` };
  if (regions.includes(program.region)) {
    return {
      agreement: states.length > 0 ? PREFERRED_REGION_AGREEMENT : 1,
      explanation: `In ${where}, in ${REGION_LABEL[program.region]}, one of your preferred regions`,
    };
  }
  if (states.some((state) => regionOfState(state) === program.region)) {
    return {
      agreement: SAME_REGION_AS_PREFERRED_STATE_AGREEMENT,
      explanation: `In ${where}: not a preferred state, but in the same region (${REGION_LABEL[program.region]})`,
    };
  }
  return { agreement: 0, explanation: `In ${where}, outside your preferred ${states.length > 0 ? 'states' : 'regions'}` };
}

function assessSetting(program: Program, preferences: Preferences): Assessment | null {
  const wanted = preferences.settings ?? [];
  if (wanted.length === 0) return null;
  if (program.setting === null) return { agreement: NEUTRAL_AGREEMENT, explanation: 'Setting (urban, suburban or rural) not reported' };
  const label = capitalize(SETTING_LABEL[program.setting]);
  return wanted.includes(program.setting)
    ? { agreement: 1, explanation: `${label} setting, as you prefer` }
    : { agreement: 0, explanation: `${label} setting; you prefer ${orList(wanted.map((s) => SETTING_LABEL[s]))}` };
}

function assessProgramType(program: Program, preferences: Preferences): Assessment | null {
  const wanted = preferences.programTypes ?? [];
  if (wanted.length === 0) return null;
  if (program.type === null) return { agreement: NEUTRAL_AGREEMENT, explanation: 'Program type not reported' };
  const label = capitalize(PROGRAM_TYPE_LABEL[program.type]);
  const preferred = orList(wanted.map((t) => PROGRAM_TYPE_LABEL[t]));
  if (wanted.includes(program.type)) return { agreement: 1, explanation: `${label} program, as you prefer` };
  const partly = program.type === 'COMMUNITY_UNIVERSITY_AFFILIATED' && (wanted.includes('UNIVERSITY') || wanted.includes('COMMUNITY'));
  return partly
    ? { agreement: AFFILIATED_TYPE_AGREEMENT, explanation: `${label} program: partly what you prefer (${preferred})` }
    : { agreement: 0, explanation: `${label} program; you prefer ${preferred}` };
}

function assessSize(program: Program, preferences: Preferences): Assessment | null {
  const wanted = preferences.sizes ?? [];
  if (wanted.length === 0) return null;
  const size = programSize(program.positions);
  if (size === null) return { agreement: NEUTRAL_AGREEMENT, explanation: 'Program size not reported' };
  const label = `${capitalize(SIZE_LABEL[size])} program (${program.positions} positions a year)`;
  const preferred = orList(wanted.map((s) => SIZE_LABEL[s]));
  if (wanted.includes(size)) return { agreement: 1, explanation: `${label}, as you prefer` };
  const distance = Math.min(...wanted.map((s) => Math.abs(PROGRAM_SIZES.indexOf(s) - PROGRAM_SIZES.indexOf(size))));
  return distance === 1
    ? { agreement: ADJACENT_SIZE_AGREEMENT, explanation: `${label}, close to the ${preferred} size you prefer` }
    : { agreement: 0, explanation: `${label}; you prefer ${preferred}` };
}

function assessResearch(program: Program, preferences: Preferences): Assessment | null {
  const wanted = preferences.researchEmphasis;
  if (wanted === undefined) return null;
  if (program.researchEmphasis === null) return { agreement: NEUTRAL_AGREEMENT, explanation: 'Research emphasis not reported' };
  const label = `${capitalize(RESEARCH_LABEL[program.researchEmphasis])} research emphasis`;
  const distance = Math.abs(RESEARCH_EMPHASES.indexOf(wanted) - RESEARCH_EMPHASES.indexOf(program.researchEmphasis));
  return distance === 0
    ? { agreement: 1, explanation: `${label}, as you prefer` }
    : { agreement: 1 - distance / 2, explanation: `${label}; you prefer ${RESEARCH_LABEL[wanted]}` };
}

function assessOpenness(program: Program, profile: ApplicantProfile): Assessment {
  const kind = RESIDENT_KIND_LABEL[profile.applicantType];
  const share = residentShareOfType(program, profile.applicantType);
  if (share === null) return { agreement: NEUTRAL_AGREEMENT, explanation: `Share of residents who are ${kind} not reported` };
  const agreement = opennessFromShare(share, profile.applicantType);
  const verdict =
    agreement >= 1 ? 'open to applicants like you' : agreement >= 0.5 ? 'some openness to applicants like you' : 'few applicants like you train here';
  return { agreement, explanation: `${percent(share)} of residents are ${kind}: ${verdict}` };
}

export interface FitResult {
  /** 0–100, one decimal. */
  fit: number;
  factors: FitFactor[];
}

function resolveWeights(overrides: Partial<FitWeights> | undefined): FitWeights {
  const weights = { ...DEFAULT_FIT_WEIGHTS };
  for (const factor of FIT_FACTORS) {
    const value = overrides?.[factor];
    if (value !== undefined && Number.isFinite(value) && value >= 0) weights[factor] = value;
  }
  return weights;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/**
 * Weighted mean agreement × 100; each factor's contribution is its points in that mean, so the
 * contributions add up to the fit (to rounding). If every counted factor has weight 0, the counted
 * factors share the weight equally: the user asked for no emphasis, not for no fit.
 */
export function scoreFit(program: Program, profile: ApplicantProfile, preferences: Preferences): FitResult {
  const assessments: Record<keyof FitWeights, Assessment | null> = {
    location: assessLocation(program, preferences),
    setting: assessSetting(program, preferences),
    programType: assessProgramType(program, preferences),
    size: assessSize(program, preferences),
    research: assessResearch(program, preferences),
    openness: assessOpenness(program, profile),
  };
  const weights = resolveWeights(preferences.weights);
  const counted = FIT_FACTORS.filter((factor) => assessments[factor] !== null);
  const totalWeight = counted.reduce((sum, factor) => sum + weights[factor], 0);
  const weightOf = (factor: keyof FitWeights): number =>
    assessments[factor] === null ? 0 : totalWeight > 0 ? weights[factor] / totalWeight : 1 / counted.length;

  let fit = 0;
  const factors = FIT_FACTORS.map((factor): FitFactor => {
    const assessment = assessments[factor];
    const share = weightOf(factor);
    const agreement = assessment?.agreement ?? NEUTRAL_AGREEMENT;
    const points = 100 * share * agreement;
    fit += points;
    return {
      factor,
      contribution: round1(points),
      agreement,
      share,
      explanation: assessment?.explanation ?? 'No preference given: not counted',
    };
  });
  return { fit: round1(fit), factors };
}
