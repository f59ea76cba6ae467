// Step 1, eligibility (DESIGN.md §3.1): unlock hints, the few smallest changes to the profile or
// preferences that open the most excluded programs. Each hint is tested, not guessed: the programs
// it counts are the excluded ones that checkEligibility passes once that one change is made.
//
// Changes considered: more months of US clinical experience (IMGs), accepting the other visa, and
// dropping one excluded state. Left out on purpose: years since graduation and failed attempts
// cannot change; a Step 2 CK retake is not a small change; preferred states and regions are only a
// fit factor (fit.ts), never a filter (eligibility.ts), so widening them opens nothing.
import { isImg } from './applicant-type';
import { eligibilityRules, firstExclusion } from './eligibility';
import { stateName } from './labels';
import type { ApplicantProfile, Preferences, Program, UnlockHint } from './types';

/**
 * At most six more months: about the time from one Match Day (March, NRMP) to the next ERAS
 * submission window (September, AAMC ERAS timeline, 2026 season), so an unmatched applicant can
 * add them before applying again.
 */
export const UNLOCK_MAX_USCE_MONTHS = 6;

/** States reported at most, so that other kinds of change keep a place among the few hints. */
export const MAX_STATE_HINTS = 3;

/** Hints shown unless the caller asks for another number. */
export const DEFAULT_UNLOCK_HINTS = 5;

/** From the smallest change to the largest, for ties: a preference costs nothing to change; a visa
 * decision has consequences (the J-1's two-year home-country requirement); clinical months take time. */
export const UNLOCK_KINDS = ['include_state', 'visa_accept_j1', 'visa_accept_h1b', 'usce_months'] as const;
export type UnlockKind = (typeof UNLOCK_KINDS)[number];

/** The change as fields to set: what the page applies when the applicant takes the hint. */
export interface UnlockPatch {
  profile?: Partial<ApplicantProfile>;
  preferences?: Partial<Preferences>;
}

export interface UnlockSuggestion extends UnlockHint {
  kind: UnlockKind;
  patch: UnlockPatch;
}

interface Candidate extends UnlockSuggestion {
  /** Within a kind, the smaller first: months, or the state code's order. */
  size: number;
  tieBreak: string;
}

/** A change to try, before the programs it opens are counted. */
type Trial = Omit<Candidate, 'programs'>;

function usceTrials(profile: ApplicantProfile): Trial[] {
  const current = profile.usceMonths;
  if (!isImg(profile.applicantType) || current === undefined) return [];
  return Array.from({ length: UNLOCK_MAX_USCE_MONTHS }, (_, i): Trial => {
    const months = i + 1;
    const change = `Get ${months} more month${months === 1 ? '' : 's'} of US clinical experience (${current + months} in all)`;
    return { kind: 'usce_months', change, patch: { profile: { usceMonths: current + months } }, size: months, tieBreak: '' };
  });
}

function visaTrials(profile: ApplicantProfile): Trial[] {
  if (profile.visaNeeded !== 'H1B' && profile.visaNeeded !== 'J1') return [];
  const patch = { profile: { visaNeeded: 'J1_OR_H1B' as const } };
  const change = profile.visaNeeded === 'H1B' ? 'Accept a J-1 visa as well as an H-1B' : 'Accept an H-1B visa as well as a J-1';
  const kind = profile.visaNeeded === 'H1B' ? 'visa_accept_j1' : 'visa_accept_h1b';
  return [{ kind, change, patch, size: 0, tieBreak: '' }];
}

function stateTrials(preferences: Preferences): Trial[] {
  const excluded = [...new Set(preferences.excludedStates ?? [])];
  return excluded.map((state): Trial => {
    const patch = { preferences: { excludedStates: excluded.filter((other) => other !== state) } };
    return { kind: 'include_state', change: `Stop excluding ${stateName(state)}`, patch, size: 0, tieBreak: state };
  });
}

/** Of the clinical-months candidates (fewest months first), the fewest months that open the most programs. */
function bestUsce(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) if (candidate.programs > (best?.programs ?? 0)) best = candidate;
  return best;
}

/**
 * How many of the excluded programs each trial alone makes eligible, by re-running eligibility with
 * that change made. Program by program, every trial in turn: each program is read once, not once per
 * trial (a catalog of 100k programs can exclude tens of thousands).
 */
function countOpened(
  excluded: readonly Program[],
  trials: readonly Trial[],
  profile: ApplicantProfile,
  preferences: Preferences,
  seasonYear: number,
): number[] {
  const rules = trials.map(({ patch }) => eligibilityRules({ ...profile, ...patch.profile }, { ...preferences, ...patch.preferences }, seasonYear));
  const opened = trials.map(() => 0);
  for (const program of excluded) {
    for (let t = 0; t < rules.length; t++) if (firstExclusion(program, rules[t]!) === null) opened[t]! += 1;
  }
  return opened;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.programs !== b.programs) return b.programs - a.programs;
  const byKind = UNLOCK_KINDS.indexOf(a.kind) - UNLOCK_KINDS.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  if (a.size !== b.size) return a.size - b.size;
  return a.tieBreak < b.tieBreak ? -1 : a.tieBreak > b.tieBreak ? 1 : 0;
}

/**
 * The changes that open the most excluded programs among `programs` (the candidate programs of the
 * chosen specialties, before eligibility), each with the number of programs that change alone
 * would make eligible. Most programs first, then the smallest change; hints that open none are dropped.
 */
export function findUnlockHints(
  programs: readonly Program[],
  profile: ApplicantProfile,
  preferences: Preferences,
  seasonYear: number,
  limit: number = DEFAULT_UNLOCK_HINTS,
): UnlockSuggestion[] {
  const rules = eligibilityRules(profile, preferences, seasonYear);
  const excluded = programs.filter((program) => firstExclusion(program, rules) !== null);
  return unlockHintsAmongExcluded(excluded, profile, preferences, seasonYear, limit);
}

/** findUnlockHints when the excluded candidates are already known (the ranking finds them). */
export function unlockHintsAmongExcluded(
  excluded: readonly Program[],
  profile: ApplicantProfile,
  preferences: Preferences,
  seasonYear: number,
  limit: number = DEFAULT_UNLOCK_HINTS,
): UnlockSuggestion[] {
  if (excluded.length === 0) return [];
  const trials = [...usceTrials(profile), ...visaTrials(profile), ...stateTrials(preferences)];
  const opened = countOpened(excluded, trials, profile, preferences, seasonYear);
  const candidates = trials.map((trial, t): Candidate => ({ ...trial, programs: opened[t] ?? 0 }));
  const ofKind = (kind: UnlockKind): Candidate[] => candidates.filter((candidate) => candidate.kind === kind);
  const states = ofKind('include_state')
    .filter((hint) => hint.programs > 0)
    .sort(compareCandidates)
    .slice(0, MAX_STATE_HINTS);
  return [bestUsce(ofKind('usce_months')), ...ofKind('visa_accept_j1'), ...ofKind('visa_accept_h1b'), ...states]
    .filter((hint): hint is Candidate => hint !== null && hint.programs > 0)
    .sort(compareCandidates)
    .slice(0, Math.max(0, Math.floor(limit)))
    .map(({ kind, change, programs: count, patch }) => ({ kind, change, programs: count, patch }));
}
