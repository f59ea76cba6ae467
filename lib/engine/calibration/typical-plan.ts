// The overall chance of a typical IMG's whole plan (issue 15): NRMP's IMG rates count a match in any
// specialty, so they are checked against the plan's overall chance (strategy/overall.ts) of the
// typical applicant of the type, scores spread as the type's cohort (no score given), applying as
// typical IMGs do (AAMC's 129 applications, split as JUDGEMENTS.typicalImgPlan) down their ranked
// lists of a catalog. The per-specialty rates are checked on their own (cohorts.ts).
import { JUDGEMENTS } from '../judgements';
import { rankProgramsWithDetails } from '../ranking';
import { overallMatchChance } from '../strategy/overall';
import type { ApplicantType, ChanceEstimate, Program, SpecialtyStats } from '../types';
import { TYPICAL_APPLICATIONS } from './baseline';
import { typicalProfile } from './cohorts';

export interface TypicalPlanOverall {
  applications: Record<string, number>;
  overall: ChanceEstimate;
}

export function typicalImgPlanOverall(
  type: Extract<ApplicantType, 'US_IMG' | 'NON_US_IMG'>,
  programs: readonly Program[],
  specialties: readonly SpecialtyStats[],
  seasonYear: number,
): TypicalPlanOverall {
  const { step2Score: _score, ...profile } = typicalProfile(type, seasonYear, 0);
  const shares = Object.entries(JUDGEMENTS.typicalImgPlan.value);
  const codes = shares.map(([code]) => code);
  const details = rankProgramsWithDetails({ profile, preferences: { specialties: codes }, programs, specialties, seasonYear, page: { offset: 0, limit: 0 } });
  const applications: Record<string, number> = {};
  const plans = shares.map(([code, share]) => {
    const count = Math.round(share * TYPICAL_APPLICATIONS[type]);
    applications[code] = count;
    const context = details.contexts.get(code)!;
    return { logits: (details.logitsBySpecialty.get(code) ?? []).slice(0, count), below: context.offsets.MEDIUM.below, above: context.offsets.MEDIUM.above };
  });
  return { applications, overall: overallMatchChance(plans, details.contexts.get(codes[0]!)!.latent) };
}
