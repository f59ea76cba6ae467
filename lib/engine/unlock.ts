// Step 1, eligibility (DESIGN.md §3.1): unlock hints, the few smallest changes to the profile or
// preferences that open the most excluded programs. Each hint is tested, not guessed: the programs
// it counts are the excluded ones that checkEligibility passes once that one change is made.
//
// Changes considered: more months of US clinical experience (IMGs), accepting the other visa, and
// dropping one excluded state. Left out on purpose: years since graduation and failed attempts
// cannot change; a Step 2 CK retake is not a small change; preferred states and regions are only a
// fit factor (fit.ts), never a filter (eligibility.ts), so widening them opens nothing.
import { isImg } from './applicant-type';
import { checkEligibility } from './eligibility';
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

function usceHint(profile: ApplicantProfile, count: (patch: UnlockPatch) => number): Candidate | null {
  const current = profile.usceMonths;
  if (!isImg(profile.applicantType) || current === undefined) return null;
  let best: Candidate | null = null;
  for (let months = 1; months <= UNLOCK_MAX_USCE_MONTHS; months += 1) {
    const patch = { profile: { usceMonths: current + months } };
    const programs = count(patch);
    if (programs > (best?.programs ?? 0)) {
      const change = `Get ${months} more month${months === 1 ? '' : 's'} of US clinical experience (${current + months} in all)`;
      best = { kind: 'usce_months', change, programs, patch, size: months, tieBreak: '' };
    }
  }
  return best;
}

function visaHint(profile: ApplicantProfile, count: (patch: UnlockPatch) => number): Candidate | null {
  if (profile.visaNeeded !== 'H1B' && profile.visaNeeded !== 'J1') return null;
  const patch = { profile: { visaNeeded: 'J1_OR_H1B' as const } };
  const change = profile.visaNeeded === 'H1B' ? 'Accept a J-1 visa as well as an H-1B' : 'Accept an H-1B visa as well as a J-1';
  const kind = profile.visaNeeded === 'H1B' ? 'visa_accept_j1' : 'visa_accept_h1b';
  return { kind, change, programs: count(patch), patch, size: 0, tieBreak: '' };
}

function stateHints(preferences: Preferences, count: (patch: UnlockPatch) => number): Candidate[] {
  const excluded = [...new Set(preferences.excludedStates ?? [])];
  return excluded
    .map((state): Candidate => {
      const patch = { preferences: { excludedStates: excluded.filter((other) => other !== state) } };
      return { kind: 'include_state', change: `Stop excluding ${stateName(state)}`, programs: count(patch), patch, size: 0, tieBreak: state };
    })
    .filter((hint) => hint.programs > 0)
    .sort(compareCandidates)
    .slice(0, MAX_STATE_HINTS);
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
  const excluded = programs.filter((program) => checkEligibility(program, profile, preferences, seasonYear) !== null);
  if (excluded.length === 0) return [];
  const count = (patch: UnlockPatch): number => {
    const changedProfile = { ...profile, ...patch.profile };
    const changedPreferences = { ...preferences, ...patch.preferences };
    return excluded.filter((program) => checkEligibility(program, changedProfile, changedPreferences, seasonYear) === null).length;
  };
  const candidates = [usceHint(profile, count), visaHint(profile, count), ...stateHints(preferences, count)];
  return candidates
    .filter((hint): hint is Candidate => hint !== null && hint.programs > 0)
    .sort(compareCandidates)
    .slice(0, Math.max(0, Math.floor(limit)))
    .map(({ kind, change, programs: opened, patch }) => ({ kind, change, programs: opened, patch }));
}
