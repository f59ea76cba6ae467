// Step 1, eligibility: the hard filters (DESIGN.md §3.1). A program is excluded only on known
// facts; an unknown profile field or an unreported program field never excludes.
import { isImg } from './applicant-type';
import { reportedStep2 } from './scores';
import { EXCLUSION_REASONS } from './types';
import type { ApplicantProfile, ExclusionReason, Preferences, Program, VisaNeed } from './types';

export type VisaSponsorship = 'not_needed' | 'sponsored' | 'not_sponsored' | 'unknown';

/** Whether the program sponsors the visa the applicant needs; `null` fields mean "not reported". */
export function visaSponsorship(program: Program, need: VisaNeed): VisaSponsorship {
  if (need === 'NONE') return 'not_needed';
  const offered =
    need === 'J1' ? [program.sponsorsJ1] : need === 'H1B' ? [program.sponsorsH1b] : [program.sponsorsJ1, program.sponsorsH1b];
  if (offered.some((sponsors) => sponsors === true)) return 'sponsored';
  if (offered.every((sponsors) => sponsors === false)) return 'not_sponsored';
  return 'unknown';
}

/** Whole years from graduation to the Match season; 0 for those still in school. */
export function yearsSinceGraduation(profile: ApplicantProfile, seasonYear: number): number {
  return Math.max(0, seasonYear - profile.graduationYear);
}

type Rule = (program: Program, profile: ApplicantProfile, preferences: Preferences, seasonYear: number) => boolean;

/** One rule per reason: true when the program is excluded for it. */
const RULES: Readonly<Record<ExclusionReason, Rule>> = {
  specialty_not_selected: (program, _profile, preferences) => !preferences.specialties.includes(program.specialtyCode),
  state_excluded: (program, _profile, preferences) => (preferences.excludedStates ?? []).includes(program.state),
  visa_not_sponsored: (program, profile) => visaSponsorship(program, profile.visaNeeded) === 'not_sponsored',
  graduation_too_long_ago: (program, profile, _preferences, seasonYear) =>
    program.yogLimitYears !== null && yearsSinceGraduation(profile, seasonYear) > program.yogLimitYears,
  too_many_attempts: (program, profile) =>
    program.maxAttempts !== null && profile.examFailures !== undefined && profile.examFailures > program.maxAttempts,
  usce_required: (program, profile) =>
    isImg(profile.applicantType) &&
    program.usceRequiredMonths !== null &&
    profile.usceMonths !== undefined &&
    profile.usceMonths < program.usceRequiredMonths,
  below_hard_step2_cutoff: (program, profile) => {
    // Only a score the applicant gave (or its COMLEX conversion) can fall below a cutoff: an assumed one cannot.
    const reported = reportedStep2(profile);
    return program.minStep2Hard === true && program.minStep2 !== null && reported !== null && reported.score < program.minStep2;
  },
};

/** null when the program is open to the applicant; otherwise every reason, in EXCLUSION_REASONS order. */
export function checkEligibility(
  program: Program,
  profile: ApplicantProfile,
  preferences: Preferences,
  seasonYear: number,
): ExclusionReason[] | null {
  const reasons = EXCLUSION_REASONS.filter((reason) => RULES[reason](program, profile, preferences, seasonYear));
  return reasons.length > 0 ? reasons : null;
}

export interface ExcludedProgram {
  programId: string;
  reasons: ExclusionReason[];
}

export interface EligibilityPartition {
  eligible: Program[];
  /** Every excluded program with all its reasons (for unlock hints). */
  exclusions: ExcludedProgram[];
  /** A program excluded for several reasons counts once, under its first reason. */
  excluded: { total: number; byReason: Partial<Record<ExclusionReason, number>> };
}

export function partitionEligible(
  programs: readonly Program[],
  profile: ApplicantProfile,
  preferences: Preferences,
  seasonYear: number,
): EligibilityPartition {
  const eligible: Program[] = [];
  const exclusions: ExcludedProgram[] = [];
  const byReason: Partial<Record<ExclusionReason, number>> = {};
  for (const program of programs) {
    const reasons = checkEligibility(program, profile, preferences, seasonYear);
    const first = reasons?.[0];
    if (reasons === null || first === undefined) {
      eligible.push(program);
      continue;
    }
    exclusions.push({ programId: program.id, reasons });
    byReason[first] = (byReason[first] ?? 0) + 1;
  }
  return { eligible, exclusions, excluded: { total: exclusions.length, byReason } };
}
