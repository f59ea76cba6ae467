// The /plan form's state: what the user typed, kept as text so half-typed numbers survive,
// saved to localStorage as a draft and turned into a request checked like the API checks it
// (lib/schemas/recommendation-check.ts: the schemas' rules and words, without zod in the bundle).
import {
  APPLICANT_TYPES,
  PROGRAM_TYPES,
  SETTINGS,
  VISA_NEEDS,
  type ApplicantType,
  type ProgramType,
  type Setting,
  type VisaNeed,
} from '@/lib/engine/types';
import { checkPreferences, checkProfile } from '@/lib/schemas/recommendation-check';
import { isImg } from './plan-options';
import type { StoredRequest } from './request-storage';

export const DRAFT_STORAGE_KEY = 'smartpick:draft';

export interface PlanDraft {
  applicantType: ApplicantType | '';
  graduationYear: string;
  step2Score: string;
  comlexLevel2Score: string;
  examFailures: string;
  researchItems: string;
  usceMonths: string;
  visaNeeded: VisaNeed;
  /** ['military'] for an applicant eligible for military programs (service members, HPSP, USUHS); else []. */
  military: string[];
  specialties: string[];
  preferredStates: string[];
  excludedStates: string[];
  programTypes: ProgramType[];
  settings: Setting[];
  /** The chance of matching the recommended count aims at, in percent. */
  matchTarget: MatchTargetChoice;
}
export type MatchTargetChoice = '80' | '90' | '95';
export const MATCH_TARGET_CHOICES: readonly MatchTargetChoice[] = ['80', '90', '95'];
export type DraftField = keyof PlanDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

export const EMPTY_DRAFT: PlanDraft = {
  applicantType: '',
  graduationYear: '',
  step2Score: '',
  comlexLevel2Score: '',
  examFailures: '0',
  researchItems: '',
  usceMonths: '',
  visaNeeded: 'NONE',
  military: [],
  specialties: [],
  preferredStates: [],
  excludedStates: [],
  programTypes: [],
  settings: [],
  matchTarget: '90',
};

const DRAFT_TEXT_MAX_LENGTH = 20;

const draftText = (value: unknown, fallback: string) =>
  typeof value === 'string' && value.length <= DRAFT_TEXT_MAX_LENGTH ? value : fallback;

const draftChoice = <T extends string>(options: readonly T[], value: unknown, fallback: T | ''): T | '' =>
  typeof value === 'string' && (options as readonly string[]).includes(value) ? (value as T) : fallback;

/** The whole list, or nothing when any entry does not fit. */
function draftList<T extends string>(value: unknown, max: number, fits: (item: string) => boolean): T[] {
  if (!Array.isArray(value) || value.length > max) return [];
  return value.every((item) => typeof item === 'string' && fits(item)) ? ([...value] as T[]) : [];
}

/**
 * A stored draft, field by field: a draft from an older version of the form restores what still
 * fits, and each field that does not fit falls back to the empty form's value.
 */
export function readDraft(stored: unknown): PlanDraft {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return EMPTY_DRAFT;
  const value = stored as Record<string, unknown>;
  const empty = EMPTY_DRAFT;
  return {
    applicantType: draftChoice(APPLICANT_TYPES, value.applicantType, ''),
    graduationYear: draftText(value.graduationYear, empty.graduationYear),
    step2Score: draftText(value.step2Score, empty.step2Score),
    comlexLevel2Score: draftText(value.comlexLevel2Score, empty.comlexLevel2Score),
    examFailures: draftText(value.examFailures, empty.examFailures),
    researchItems: draftText(value.researchItems, empty.researchItems),
    usceMonths: draftText(value.usceMonths, empty.usceMonths),
    visaNeeded: draftChoice(VISA_NEEDS, value.visaNeeded, empty.visaNeeded) || empty.visaNeeded,
    military: draftList(value.military, 1, (item) => item === 'military'),
    specialties: draftList(value.specialties, 100, (code) => code.length <= 16),
    preferredStates: draftList(value.preferredStates, 100, (code) => code.length <= 2),
    excludedStates: draftList(value.excludedStates, 100, (code) => code.length <= 2),
    programTypes: draftList(value.programTypes, PROGRAM_TYPES.length, (type) => (PROGRAM_TYPES as readonly string[]).includes(type)),
    settings: draftList(value.settings, SETTINGS.length, (setting) => (SETTINGS as readonly string[]).includes(setting)),
    matchTarget: draftChoice(MATCH_TARGET_CHOICES, value.matchTarget, empty.matchTarget) || empty.matchTarget,
  };
}

/** Fields in the order the form shows them: the first invalid one gets focus on submit. */
export const FIELD_ORDER: readonly DraftField[] = [
  'applicantType',
  'graduationYear',
  'visaNeeded',
  'military',
  'usceMonths',
  'step2Score',
  'comlexLevel2Score',
  'examFailures',
  'researchItems',
  'specialties',
  'preferredStates',
  'excludedStates',
  'programTypes',
  'settings',
  'matchTarget',
];

export function loadDraft(): PlanDraft {
  try {
    const text = window.localStorage.getItem(DRAFT_STORAGE_KEY);
    return text ? readDraft(JSON.parse(text)) : EMPTY_DRAFT;
  } catch {
    return EMPTY_DRAFT;
  }
}

export function saveDraft(draft: PlanDraft): void {
  try {
    window.localStorage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Storage disabled or full: the form still works, it just won't be restored.
  }
}

export function clearDraft(): void {
  try {
    window.localStorage.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** Empty means "not given"; anything else goes to the schema as a number (NaN reads "must be a number"). */
function toOptionalNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

function nonEmpty<T>(values: readonly T[]): T[] | undefined {
  return values.length > 0 ? [...values] : undefined;
}

/** The request as the schemas see it. Hidden fields (COMLEX unless DO, US clinical experience unless IMG) are left out. */
export function draftToRequestInput(draft: PlanDraft) {
  return {
    profile: {
      applicantType: draft.applicantType === '' ? undefined : draft.applicantType,
      graduationYear: toOptionalNumber(draft.graduationYear),
      step2Score: toOptionalNumber(draft.step2Score),
      comlexLevel2Score: draft.applicantType === 'US_DO' ? toOptionalNumber(draft.comlexLevel2Score) : undefined,
      examFailures: toOptionalNumber(draft.examFailures),
      researchItems: toOptionalNumber(draft.researchItems),
      usceMonths: isImg(draft.applicantType) ? toOptionalNumber(draft.usceMonths) : undefined,
      visaNeeded: draft.visaNeeded,
      military: draft.military.includes('military') ? true : undefined,
    },
    preferences: {
      specialties: [...draft.specialties],
      preferredStates: nonEmpty(draft.preferredStates),
      excludedStates: nonEmpty(draft.excludedStates),
      programTypes: nonEmpty(draft.programTypes),
      settings: nonEmpty(draft.settings),
      matchTarget: Number(draft.matchTarget),
    },
  };
}

export function validateDraft(draft: PlanDraft): { errors: DraftErrors; request: StoredRequest | null } {
  const input = draftToRequestInput(draft);
  const profile = checkProfile(input.profile);
  const preferences = checkPreferences(input.preferences);
  const errors: DraftErrors = {
    ...(profile.ok ? {} : profile.errors),
    ...(preferences.ok ? {} : preferences.errors),
  };
  // The schema's message for a missing number is "must be a number"; an empty box deserves plainer words.
  if (errors.graduationYear && draft.graduationYear.trim() === '') {
    errors.graduationYear = 'Enter the year you graduated or will graduate';
  }
  // The form asks for a main specialty first (issue 17): say so in its words.
  if (errors.specialties && draft.specialties.length === 0) errors.specialties = 'Choose your main specialty';
  const request = profile.ok && preferences.ok ? { profile: profile.data, preferences: preferences.data } : null;
  return { errors, request };
}
