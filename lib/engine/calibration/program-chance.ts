// Calibrated per-program chances (DESIGN.md §3.3). A program's interview logit is
//
//   ℓ_i = c + d_i − d̄,   I_i(z) = logistic(ℓ_i + σ z),   M_i(z) = r · I_i(z)
//
// where c is solved so that the applicant's typical number of applications to typical programs of
// the specialty gives P(at least one match) = the specialty baseline (latent.ts), d_i is how this
// program differs from a typical one, from v1's program terms (chance.ts): its bar against the
// specialty median, a stated minimum above the applicant's score, and its openness to the
// applicant's type; and d̄ is the mean d of the programs the typical applicant aims at
// (referenceDeviation). Research counts more or less with the program's research emphasis, so c is
// solved for each emphasis with the research term weighted accordingly. A match needs an interview,
// so matchChance = r · interviewChance ≤ interviewChance.
import { DEFAULT_CHANCE_MODEL } from '../chance-model';
import type { ChanceAssessment } from '../chance';
import { isImg, opennessFromShare, residentShareOfType } from '../applicant-type';
import { visaSponsorship } from '../eligibility';
import { RESEARCH_EMPHASES } from '../types';
import type { ApplicantProfile, ApplicantType, ChanceEstimate, Program, ResearchEmphasis, SpecialtyStats } from '../types';
import { assessSpecialtyBaseline, TYPICAL_APPLICATIONS } from './baseline';
import type { BaselineAssessment } from './baseline';
import { CALIBRATION_COEFFICIENTS } from './coefficients';
import { fastMarginalChance, offsetForMatchProbability } from './latent';
import type { LatentParameters } from './latent';

/**
 * Openness (applicant-type.ts) of a typical program for the type, the zero of the openness term:
 * US MD seniors are the majority almost everywhere; DOs and IMGs are taken halfway. A model choice
 * that matters only without a catalog: with one, d̄ (referenceDeviation) replaces it.
 */
export const TYPICAL_OPENNESS: Readonly<Record<ApplicantType, number>> = { US_MD: 1, US_DO: 0.5, US_IMG: 0.5, NON_US_IMG: 0.5 };

interface Offset {
  center: number;
  /** Distances (logit) from the center to the offsets of the baseline's low and high ends. */
  below: number;
  above: number;
}

export interface ProgramChanceContext {
  type: ApplicantType;
  baseline: BaselineAssessment;
  latent: LatentParameters;
  applications: number;
  offsets: Record<ResearchEmphasis, Offset>;
  /** Mean deviation of the programs the typical applicant would apply to (see referenceDeviation). */
  referenceDeviation: number;
}

export interface ProgramChances {
  interview: ChanceEstimate;
  match: ChanceEstimate;
  /** ℓ_i: the program's interview logit at average strength (for the match curve). */
  interviewLogit: number;
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
/** To 0.1 percentage point, like v1's chances; Math.round keeps the per-program loop free of strings. */
const roundChance = (p: number): number => Math.round(p * 1000) / 1000;

export function latentParameters(type: ApplicantType): LatentParameters {
  const latent = CALIBRATION_COEFFICIENTS.latent;
  return { strengthSdLogit: latent.strengthSdLogit, matchPerInterview: isImg(type) ? latent.matchPerInterview.img : latent.matchPerInterview.us };
}

/** How a program differs from the typical one whatever the applicant's score (logit): its bar and its openness. */
function structuralDeviation(barValue: number, share: number | null, type: ApplicantType, median: number): number {
  const swing = Math.abs(DEFAULT_CHANCE_MODEL.typeLogitAtZeroShare[type]);
  const typeDeviation = share === null ? 0 : swing * (opennessFromShare(share, type) - TYPICAL_OPENNESS[type]);
  return DEFAULT_CHANCE_MODEL.step2LogitPerPoint * (median - barValue) + typeDeviation;
}

/**
 * Applicants do not apply at random: they aim at the programs where they stand best. So the typical
 * applicant's `applications` are read as the specialty's programs with the highest structural
 * deviation among those open to their visa need (padded with typical programs, deviation 0, when the
 * catalog holds fewer), and every program is measured from their mean. Without this, a list of the
 * best-placed programs would promise far more than the published rates. The deviation depends on
 * neither score nor research, so neither can lower a chance through it. Without a catalog: 0.
 */
export function referenceDeviation(catalog: readonly Program[], profile: ApplicantProfile, median: number, applications: number): number {
  const type = profile.applicantType;
  const deviations: number[] = [];
  for (const program of catalog) {
    if (visaSponsorship(program, profile.visaNeeded) === 'not_sponsored') continue;
    deviations.push(structuralDeviation(program.typicalStep2 ?? median, residentShareOfType(program, type), type, median));
  }
  deviations.sort((a, b) => b - a);
  let sum = 0;
  for (let i = 0; i < Math.min(applications, deviations.length); i++) sum += deviations[i] ?? 0;
  return sum / applications;
}

/**
 * Everything per applicant and specialty that every program of the specialty shares. `catalog`: the
 * specialty's programs in the catalog (all of them, before the applicant's preferences filter any).
 */
export function programChanceContext(
  profile: ApplicantProfile,
  specialty: SpecialtyStats,
  seasonYear: number,
  catalog: readonly Program[] = [],
): ProgramChanceContext {
  const type = profile.applicantType;
  const baseline = assessSpecialtyBaseline(profile, specialty, seasonYear);
  const latent = latentParameters(type);
  const applications = TYPICAL_APPLICATIONS[type];
  const solve = (logit: number): number => offsetForMatchProbability(logistic(logit), applications, latent);
  const offsetFor = (emphasis: ResearchEmphasis): Offset => {
    const multiplier = DEFAULT_CHANCE_MODEL.researchEmphasisMultiplier[emphasis];
    const weighted = multiplier === 1 ? baseline : assessSpecialtyBaseline(profile, specialty, seasonYear, multiplier);
    const { logit, halfWidthLogit } = weighted;
    const center = solve(logit);
    return { center, below: center - solve(logit - halfWidthLogit), above: solve(logit + halfWidthLogit) - center };
  };
  const offsets = Object.fromEntries(RESEARCH_EMPHASES.map((e) => [e, offsetFor(e)])) as Record<ResearchEmphasis, Offset>;
  const reference = referenceDeviation(catalog, profile, baseline.model.median, applications);
  return { type, baseline, latent, applications, offsets, referenceDeviation: reference };
}

/** d_i and the program's own half-width (logit), from v1's assessment of the program. */
export function programDeviation(assessment: ChanceAssessment, type: ApplicantType, median: number): { deviation: number; halfWidth: number } {
  const u = DEFAULT_CHANCE_MODEL.uncertainty;
  const swing = Math.abs(DEFAULT_CHANCE_MODEL.typeLogitAtZeroShare[type]);
  const share = assessment.residentShare;
  const deviation = structuralDeviation(assessment.bar.value, share, type, median) + assessment.terms.belowMinimum;
  const halfWidth = Math.hypot(
    u.baseLogit,
    assessment.bar.source === 'specialty' ? u.barFromSpecialtyLogit : assessment.bar.source === 'default' ? u.barDefaultLogit : 0,
    assessment.visa === 'unknown' ? u.visaUnknownLogit : 0,
    // Not knowing the mix can hide anything from a closed program to an open one.
    share === null ? Math.max(u.shareUnknownLogit, swing / 4) : 0,
  );
  return { deviation, halfWidth };
}

/** Interview and match chances of one program, calibrated to the specialty baseline. */
export function programChances(assessment: ChanceAssessment, emphasis: ResearchEmphasis | null, context: ProgramChanceContext): ProgramChances {
  const { deviation, halfWidth } = programDeviation(assessment, context.type, context.baseline.model.median);
  const offset = context.offsets[emphasis ?? 'MEDIUM'];
  const sd = context.latent.strengthSdLogit;
  const r = context.latent.matchPerInterview;
  const logit = offset.center + deviation - context.referenceDeviation;
  const estimate = fastMarginalChance(logit, sd);
  const low = fastMarginalChance(logit - Math.hypot(offset.below, halfWidth), sd);
  const high = fastMarginalChance(logit + Math.hypot(offset.above, halfWidth), sd);
  return {
    interview: { estimate: roundChance(estimate), low: roundChance(low), high: roundChance(high) },
    match: { estimate: roundChance(r * estimate), low: roundChance(r * low), high: roundChance(r * high) },
    interviewLogit: logit,
  };
}
