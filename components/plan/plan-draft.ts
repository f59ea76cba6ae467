// The /plan form's state: what the user typed, kept as text so half-typed numbers survive,
// saved to localStorage as a draft and turned into a request checked by the shared zod schemas.
import { z } from 'zod';
import { APPLICANT_TYPES, PROGRAM_TYPES, SETTINGS, VISA_NEEDS } from '@/lib/engine/types';
import { fieldErrors, preferencesSchema, profileSchema } from '@/lib/schemas/recommendation';
import { isImg } from './plan-options';
import type { StoredRequest } from './request-storage';

export const DRAFT_STORAGE_KEY = 'smartpick:draft';

// .catch() on every field: a draft from an older version of the form restores what still fits.
const draftSchema = z.object({
  applicantType: z.enum(APPLICANT_TYPES).or(z.literal('')).catch(''),
  graduationYear: z.string().max(20).catch(''),
  step2Score: z.string().max(20).catch(''),
  comlexLevel2Score: z.string().max(20).catch(''),
  examFailures: z.string().max(20).catch('0'),
  researchItems: z.string().max(20).catch(''),
  usceMonths: z.string().max(20).catch(''),
  visaNeeded: z.enum(VISA_NEEDS).catch('NONE'),
  specialties: z.array(z.string().max(16)).max(100).catch([]),
  preferredStates: z.array(z.string().max(2)).max(100).catch([]),
  excludedStates: z.array(z.string().max(2)).max(100).catch([]),
  programTypes: z.array(z.enum(PROGRAM_TYPES)).max(PROGRAM_TYPES.length).catch([]),
  settings: z.array(z.enum(SETTINGS)).max(SETTINGS.length).catch([]),
});

export type PlanDraft = z.infer<typeof draftSchema>;
export type DraftField = keyof PlanDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

export const EMPTY_DRAFT: PlanDraft = draftSchema.parse({});

/** Fields in the order the form shows them: the first invalid one gets focus on submit. */
export const FIELD_ORDER: readonly DraftField[] = [
  'applicantType',
  'graduationYear',
  'visaNeeded',
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
];

export function loadDraft(): PlanDraft {
  try {
    const text = window.localStorage.getItem(DRAFT_STORAGE_KEY);
    return text ? draftSchema.parse(JSON.parse(text)) : EMPTY_DRAFT;
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
    },
    preferences: {
      specialties: [...draft.specialties],
      preferredStates: nonEmpty(draft.preferredStates),
      excludedStates: nonEmpty(draft.excludedStates),
      programTypes: nonEmpty(draft.programTypes),
      settings: nonEmpty(draft.settings),
    },
  };
}

function firstMessages(fields: Record<string, string[]>): DraftErrors {
  const errors: DraftErrors = {};
  for (const [path, messages] of Object.entries(fields)) {
    const field = path.split('.')[0] as DraftField;
    if (!errors[field] && messages[0]) errors[field] = messages[0];
  }
  return errors;
}

export function validateDraft(draft: PlanDraft): { errors: DraftErrors; request: StoredRequest | null } {
  const input = draftToRequestInput(draft);
  const profile = profileSchema.safeParse(input.profile);
  const preferences = preferencesSchema.safeParse(input.preferences);
  const errors: DraftErrors = {
    ...(profile.success ? {} : firstMessages(fieldErrors(profile.error))),
    ...(preferences.success ? {} : firstMessages(fieldErrors(preferences.error))),
  };
  // The schema's message for a missing number is "must be a number"; an empty box deserves plainer words.
  if (errors.graduationYear && draft.graduationYear.trim() === '') {
    errors.graduationYear = 'Enter the year you graduated or will graduate';
  }
  const request = profile.success && preferences.success ? { profile: profile.data, preferences: preferences.data } : null;
  return { errors, request };
}
