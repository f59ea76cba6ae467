// Step 1, eligibility: the hard filters (DESIGN.md §3.1). A program is excluded only on known
// facts; an unknown profile field or an unreported program field never excludes.
import { isImg } from './applicant-type';
import { EXCLUSION_REASONS } from './types';
import type { ApplicantProfile, ExclusionReason, Preferences, Program, VisaNeed } from './types';

export type VisaSponsorship = 'not_needed' | 'sponsored' | 'not_sponsored' | 'unknown';

/** Whether the program sponsors the visa the applicant needs; `null` fields mean "not reported". */
export function visaSponsorship(program: Program, need: VisaNeed): VisaSponsorship {
  if (need === 'NONE') return 'not_needed';
  if (need === 'J1') return sponsorshipOf(program.sponsorsJ1);
  if (need === 'H1B') return sponsorshipOf(program.sponsorsH1b);
  // Either visa will do: one sponsored is enough, both refused excludes, anything else is unknown.
  if (program.sponsorsJ1 === true || program.sponsorsH1b === true) return 'sponsored';
  return program.sponsorsJ1 === false && program.sponsorsH1b === false ? 'not_sponsored' : 'unknown';
}

function sponsorshipOf(sponsors: boolean | null): VisaSponsorship {
  return sponsors === true ? 'sponsored' : sponsors === false ? 'not_sponsored' : 'unknown';
}

/** Whole years from graduation to the Match season; 0 for those still in school. */
export function yearsSinceGraduation(profile: ApplicantProfile, seasonYear: number): number {
  return Math.max(0, seasonYear - profile.graduationYear);
}

/**
 * What the rules read of the request, worked out once: a catalog is checked program by program, and
 * sets, the years since graduation and the reported score are the same for every one of them.
 */
export interface EligibilityRules {
  specialties: ReadonlySet<string>;
  excludedStates: ReadonlySet<string>;
  visaNeeded: VisaNeed;
  yearsSinceGraduation: number;
  examFailures: number | undefined;
  /** The applicant's USCE months when the USCE rule binds them (IMGs who said how many), else null. */
  usceMonths: number | null;
  /**
   * A Step 2 CK score the applicant reported. A converted COMLEX score or an assumed one never meets
   * a hard cutoff: the conversion is approximate, so below a cutoff it is a soft factor (chance.ts).
   */
  reportedStep2: number | null;
  military: boolean;
}

export function eligibilityRules(profile: ApplicantProfile, preferences: Preferences, seasonYear: number): EligibilityRules {
  return {
    specialties: new Set(preferences.specialties),
    excludedStates: new Set(preferences.excludedStates ?? []),
    visaNeeded: profile.visaNeeded,
    yearsSinceGraduation: yearsSinceGraduation(profile, seasonYear),
    examFailures: profile.examFailures,
    usceMonths: isImg(profile.applicantType) && profile.usceMonths !== undefined ? profile.usceMonths : null,
    reportedStep2: profile.step2Score ?? null,
    military: profile.military === true,
  };
}

type Rule = (program: Program, rules: EligibilityRules) => boolean;

/** One rule per reason: true when the program is excluded for it. */
const RULES: Readonly<Record<ExclusionReason, Rule>> = {
  specialty_not_selected: (program, rules) => !rules.specialties.has(program.specialtyCode),
  state_excluded: (program, rules) => rules.excludedStates.has(program.state),
  // Military programs fill from the services' own match: civilians cannot apply to them.
  military_only: (program, rules) => program.type === 'MILITARY' && !rules.military,
  visa_not_sponsored: (program, rules) => visaSponsorship(program, rules.visaNeeded) === 'not_sponsored',
  graduation_too_long_ago: (program, rules) => program.yogLimitYears !== null && rules.yearsSinceGraduation > program.yogLimitYears,
  too_many_attempts: (program, rules) =>
    program.maxAttempts !== null && rules.examFailures !== undefined && rules.examFailures > program.maxAttempts,
  usce_required: (program, rules) =>
    program.usceRequiredMonths !== null && rules.usceMonths !== null && rules.usceMonths < program.usceRequiredMonths,
  below_hard_step2_cutoff: (program, rules) =>
    program.minStep2Hard === true && program.minStep2 !== null && rules.reportedStep2 !== null && rules.reportedStep2 < program.minStep2,
};

/** The rules in EXCLUSION_REASONS order, as a list: the per-program loops read it without key look-ups. */
const ORDERED_RULES: readonly { reason: ExclusionReason; excludes: Rule }[] = EXCLUSION_REASONS.map((reason) => ({ reason, excludes: RULES[reason] }));

/** The first reason (in EXCLUSION_REASONS order) the program is excluded for; null when it is open. */
export function firstExclusion(program: Program, rules: EligibilityRules): ExclusionReason | null {
  for (let i = 0; i < ORDERED_RULES.length; i++) {
    const rule = ORDERED_RULES[i]!;
    if (rule.excludes(program, rules)) return rule.reason;
  }
  return null;
}

/** null when the program is open to the applicant; otherwise every reason, in EXCLUSION_REASONS order. */
export function exclusionReasons(program: Program, rules: EligibilityRules): ExclusionReason[] | null {
  const reasons = ORDERED_RULES.filter((rule) => rule.excludes(program, rules)).map((rule) => rule.reason);
  return reasons.length > 0 ? reasons : null;
}

/** exclusionReasons for a single check (the rules worked out for it alone). */
export function checkEligibility(
  program: Program,
  profile: ApplicantProfile,
  preferences: Preferences,
  seasonYear: number,
): ExclusionReason[] | null {
  return exclusionReasons(program, eligibilityRules(profile, preferences, seasonYear));
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
  const rules = eligibilityRules(profile, preferences, seasonYear);
  const eligible: Program[] = [];
  const exclusions: ExcludedProgram[] = [];
  const byReason: Partial<Record<ExclusionReason, number>> = {};
  for (const program of programs) {
    const first = firstExclusion(program, rules);
    if (first === null) {
      eligible.push(program);
      continue;
    }
    exclusions.push({ programId: program.id, reasons: exclusionReasons(program, rules) ?? [first] });
    byReason[first] = (byReason[first] ?? 0) + 1;
  }
  return { eligible, exclusions, excluded: { total: exclusions.length, byReason } };
}
