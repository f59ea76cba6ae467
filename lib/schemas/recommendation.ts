// The recommendation request (DESIGN.md §4): the route handler validates every request with these
// schemas; the browser checks the same rules without zod (recommendation-check.ts, held to these by tests).
import { z } from 'zod';
import './jitless';
import {
  APPLICANT_TYPES,
  PROGRAM_SIZES,
  PROGRAM_TYPES,
  REGIONS,
  RESEARCH_EMPHASES,
  SETTINGS,
  TIERS,
  VISA_NEEDS,
} from '@/lib/engine/types';
import { US_STATE_CODES } from '@/lib/reference/states';
import { RESULT_SEARCH_MAX_LENGTH, RESULT_SORTS, RESULT_VIEW_MAX_IDS } from './result-view-rules';
import {
  bothPreferredAndExcludedMessage,
  MAX_SPECIALTIES,
  MAX_PAGE_SIZE,
  MAX_STATES,
  MATCH_TARGET_PERCENTS,
  PROFILE_NUMBERS,
  REQUEST_MESSAGES,
  SPECIALTY_CODE_MAX_LENGTH,
  SPECIALTY_CODE_PATTERN,
  UNKNOWN_FIELD_MESSAGE,
  WEIGHT_MAX,
  WEIGHT_MIN,
  wholeNumberMessages,
} from './recommendation-rules';

export {
  COMLEX_MAX,
  COMLEX_MIN,
  GRADUATION_YEAR_MAX,
  GRADUATION_YEAR_MIN,
  MAX_PAGE_SIZE,
  MAX_SPECIALTIES,
  STEP2_MAX,
  STEP2_MIN,
  UNKNOWN_FIELD_MESSAGE,
} from './recommendation-rules';

const wholeNumber = (label: string, min: number, max: number) => {
  const messages = wholeNumberMessages(label, min, max);
  return z
    .number({ error: messages.type })
    .int({ error: messages.whole })
    .min(min, { error: messages.min })
    .max(max, { error: messages.max });
};
const profileNumber = (field: keyof typeof PROFILE_NUMBERS) => {
  const { label, min, max } = PROFILE_NUMBERS[field];
  return wholeNumber(label, min, max);
};

const stateCode = z.enum(US_STATE_CODES, { error: REQUEST_MESSAGES.stateCode });

export const profileSchema = z
  .strictObject({
    applicantType: z.enum(APPLICANT_TYPES, { error: REQUEST_MESSAGES.applicantType }),
    graduationYear: profileNumber('graduationYear'),
    step2Score: profileNumber('step2Score').optional(),
    comlexLevel2Score: profileNumber('comlexLevel2Score').optional(),
    examFailures: profileNumber('examFailures').optional(),
    researchItems: profileNumber('researchItems').optional(),
    usceMonths: profileNumber('usceMonths').optional(),
    visaNeeded: z.enum(VISA_NEEDS, { error: REQUEST_MESSAGES.visaNeeded }),
    military: z.boolean({ error: REQUEST_MESSAGES.military }).optional(),
  })
  .superRefine((profile, ctx) => {
    if (profile.comlexLevel2Score !== undefined && profile.applicantType !== 'US_DO') {
      ctx.addIssue({
        code: 'custom',
        path: ['comlexLevel2Score'],
        message: REQUEST_MESSAGES.comlexForDoOnly,
      });
    }
  });

const weight = z
  .number({ error: REQUEST_MESSAGES.weightType })
  .min(WEIGHT_MIN, { error: REQUEST_MESSAGES.weightRange })
  .max(WEIGHT_MAX, { error: REQUEST_MESSAGES.weightRange });

export const preferencesSchema = z
  .strictObject({
    specialties: z
      .array(z.string().trim().min(1).max(SPECIALTY_CODE_MAX_LENGTH).regex(SPECIALTY_CODE_PATTERN, { error: REQUEST_MESSAGES.specialtyCode }), {
        error: REQUEST_MESSAGES.specialtyRequired,
      })
      .min(1, { error: REQUEST_MESSAGES.specialtyRequired })
      .max(MAX_SPECIALTIES, { error: REQUEST_MESSAGES.tooManySpecialties }),
    preferredStates: z.array(stateCode).max(MAX_STATES).optional(),
    excludedStates: z.array(stateCode).max(MAX_STATES).optional(),
    preferredRegions: z.array(z.enum(REGIONS)).max(REGIONS.length).optional(),
    programTypes: z.array(z.enum(PROGRAM_TYPES)).max(PROGRAM_TYPES.length).optional(),
    settings: z.array(z.enum(SETTINGS)).max(SETTINGS.length).optional(),
    sizes: z.array(z.enum(PROGRAM_SIZES)).max(PROGRAM_SIZES.length).optional(),
    researchEmphasis: z.enum(RESEARCH_EMPHASES).optional(),
    matchTarget: z.union(MATCH_TARGET_PERCENTS.map((p) => z.literal(p)), { error: REQUEST_MESSAGES.matchTarget }).optional(),
    weights: z
      .strictObject({
        location: weight.optional(),
        setting: weight.optional(),
        programType: weight.optional(),
        size: weight.optional(),
        research: weight.optional(),
        openness: weight.optional(),
      })
      .optional(),
  })
  .superRefine((prefs, ctx) => {
    const excluded = new Set(prefs.excludedStates ?? []);
    const both = (prefs.preferredStates ?? []).filter((s) => excluded.has(s));
    if (both.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['excludedStates'],
        message: bothPreferredAndExcludedMessage(both),
      });
    }
  });

export { RESULT_SEARCH_MAX_LENGTH, RESULT_SORTS, RESULT_VIEW_MAX_IDS, type ResultSort } from './result-view-rules';

/**
 * Which part of the ranking the page shows, and in which order (issue 17): the ranking itself, its
 * counts and strategies do not change; `limit` and `offset` then page through this view.
 */
export const resultViewSchema = z.strictObject({
  tiers: z.array(z.enum(TIERS, { error: 'Tier is one of reach, target, safety' })).max(TIERS.length).optional(),
  states: z.array(stateCode).max(MAX_STATES).optional(),
  q: z.string({ error: 'Search must be text' }).trim().max(RESULT_SEARCH_MAX_LENGTH, { error: `Search is at most ${RESULT_SEARCH_MAX_LENGTH} characters` }).optional(),
  sort: z.enum(RESULT_SORTS, { error: 'Sort is one of rank, chance, name' }).optional(),
  /** Only these programs (a program page, compare): where each stands in this applicant's ranking. */
  ids: z
    .array(z.string({ error: 'A program id is text' }).min(1).max(64, { error: 'A program id has at most 64 characters' }), { error: 'Give program ids as a list' })
    .max(RESULT_VIEW_MAX_IDS, { error: `At most ${RESULT_VIEW_MAX_IDS} program ids` })
    .optional(),
});
export type { ResultView } from './result-view-rules';

export const recommendationRequestSchema = z.strictObject({
  profile: profileSchema,
  preferences: preferencesSchema,
  limit: wholeNumber('limit', 1, MAX_PAGE_SIZE).optional(),
  offset: wholeNumber('offset', 0, 1_000_000).optional(),
  view: resultViewSchema.optional(),
  /** Issue 18: each result with its fit factors, its range on its own and the program's catalog facts (the lean reply leaves them out). */
  expand: z.boolean({ error: 'expand must be true or false' }).optional(),
});

export type RecommendationRequest = z.infer<typeof recommendationRequestSchema>;
export type ProfileInput = z.infer<typeof profileSchema>;
export type PreferencesInput = z.infer<typeof preferencesSchema>;

/**
 * Field path → messages, as the API returns them in error.fields and the form shows them. Schemas are
 * strict: a field we do not know is reported under its own path ("profile.userId"), never dropped.
 */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  // A Map, not an object: a client's field may be called "__proto__" or "constructor".
  const fields = new Map<string, string[]>();
  const add = (path: readonly PropertyKey[], message: string) => {
    const key = path.length > 0 ? path.map(String).join('.') : '_';
    const messages = fields.get(key);
    if (messages) messages.push(message);
    else fields.set(key, [message]);
  };
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) add([...issue.path, key], UNKNOWN_FIELD_MESSAGE);
    else add(issue.path, issue.message);
  }
  return Object.fromEntries(fields);
}
