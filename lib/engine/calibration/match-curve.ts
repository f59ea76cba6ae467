// Single-program chances and the match curve for callers outside the ranking (the strategy step):
// the same calibration as rankPrograms, computed from the programs and the profile.
import { assessInterviewChance } from '../chance';
import { JUDGEMENTS } from '../judgements';
import type { ApplicantProfile, ChanceEstimate, CurvePoint, Program, SpecialtyStats } from '../types';
import { matchCurveFromLogits } from './latent';
import { programChanceContext, programChances } from './program-chance';
import type { ProgramChanceContext } from './program-chance';

/** The curve is drawn for at most this many applications per specialty (judgements.ts: maxPlannedApplications). */
export const CURVE_MAX_POINTS = JUDGEMENTS.maxPlannedApplications.value;

/**
 * Interview and match chances of one program (both calibrated to the specialty baseline). Pass the
 * context of the specialty's catalog (programChanceContext) to get the numbers rankPrograms gives;
 * by default the program is measured against a catalog of itself.
 */
export function estimateProgramChances(
  program: Program,
  profile: ApplicantProfile,
  specialty: SpecialtyStats,
  seasonYear: number,
  context: ProgramChanceContext = programChanceContext(profile, specialty, seasonYear, [program]),
): { interviewChance: ChanceEstimate; matchChance: ChanceEstimate } {
  const chances = programChances(assessInterviewChance(program, profile, specialty, seasonYear), program.researchEmphasis, context);
  return { interviewChance: chances.interview, matchChance: chances.match };
}

/**
 * P(at least one match) after applying to the first k programs of the list, k = 1…min(N, maxPoints),
 * integrating over the applicant's latent strength (never the independent product). Non-decreasing.
 * Every program should belong to `specialty`; `catalog` is the specialty's whole catalog (as in
 * rankPrograms), by default the list itself.
 */
export function matchCurve(
  programsInRankOrder: readonly Program[],
  profile: ApplicantProfile,
  specialty: SpecialtyStats,
  seasonYear: number,
  maxPoints: number = CURVE_MAX_POINTS,
  catalog: readonly Program[] = programsInRankOrder,
): CurvePoint[] {
  const context = programChanceContext(profile, specialty, seasonYear, catalog);
  const logits = programsInRankOrder
    .slice(0, Math.max(0, maxPoints))
    .map((program) => programChances(assessInterviewChance(program, profile, specialty, seasonYear), program.researchEmphasis, context).interviewLogit);
  return matchCurveFromLogits(logits, context.latent, maxPoints);
}
