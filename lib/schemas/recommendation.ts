// The recommendation request (DESIGN.md §4): one schema, used by the /plan form and the route handler.
import { z } from 'zod';
import './jitless';
import {
  APPLICANT_TYPES,
  PROGRAM_SIZES,
  PROGRAM_TYPES,
  REGIONS,
  RESEARCH_EMPHASES,
  SETTINGS,
  VISA_NEEDS,
} from '@/lib/engine/types';
import { US_STATE_CODES } from '@/lib/reference/states';

/** Graduation years accepted: anyone still applying graduated within 40 years or graduates within 6. */
export const GRADUATION_YEAR_MIN = 1985;
export const GRADUATION_YEAR_MAX = 2032;
/** USMLE Step 2 CK three-digit scores run 1–300; COMLEX Level 2-CE runs 9–999 (NBOME). */
export const STEP2_MIN = 1;
export const STEP2_MAX = 300;
export const COMLEX_MIN = 9;
export const COMLEX_MAX = 999;
export const MAX_SPECIALTIES = 5;
export const MAX_PAGE_SIZE = 500;

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` });

const stateCode = z.enum(US_STATE_CODES, { error: 'Use a two-letter US state code, e.g. NY' });

export const profileSchema = z
  .strictObject({
    applicantType: z.enum(APPLICANT_TYPES, { error: 'Choose an applicant type' }),
    graduationYear: wholeNumber('Graduation year', GRADUATION_YEAR_MIN, GRADUATION_YEAR_MAX),
    step2Score: wholeNumber('Step 2 CK score', STEP2_MIN, STEP2_MAX).optional(),
    comlexLevel2Score: wholeNumber('COMLEX Level 2-CE score', COMLEX_MIN, COMLEX_MAX).optional(),
    examFailures: wholeNumber('Failed attempts', 0, 20).optional(),
    researchItems: wholeNumber('Research items', 0, 500).optional(),
    usceMonths: wholeNumber('US clinical experience', 0, 240).optional(),
    visaNeeded: z.enum(VISA_NEEDS, { error: 'Say whether you need a visa' }),
  })
  .superRefine((profile, ctx) => {
    if (profile.comlexLevel2Score !== undefined && profile.applicantType !== 'US_DO') {
      ctx.addIssue({
        code: 'custom',
        path: ['comlexLevel2Score'],
        message: 'COMLEX Level 2-CE is for DO applicants; give your Step 2 CK score instead',
      });
    }
  });

const weight = z.number({ error: 'Weights must be numbers' }).min(0, { error: 'Weights run 0–10' }).max(10, { error: 'Weights run 0–10' });

export const preferencesSchema = z
  .strictObject({
    specialties: z
      .array(z.string().trim().min(1).max(16).regex(/^[A-Z]+$/, { error: 'Unknown specialty code' }), {
        error: 'Choose at least one specialty',
      })
      .min(1, { error: 'Choose at least one specialty' })
      .max(MAX_SPECIALTIES, { error: `Choose at most ${MAX_SPECIALTIES} specialties` }),
    preferredStates: z.array(stateCode).max(60).optional(),
    excludedStates: z.array(stateCode).max(60).optional(),
    preferredRegions: z.array(z.enum(REGIONS)).max(REGIONS.length).optional(),
    programTypes: z.array(z.enum(PROGRAM_TYPES)).max(PROGRAM_TYPES.length).optional(),
    settings: z.array(z.enum(SETTINGS)).max(SETTINGS.length).optional(),
    sizes: z.array(z.enum(PROGRAM_SIZES)).max(PROGRAM_SIZES.length).optional(),
    researchEmphasis: z.enum(RESEARCH_EMPHASES).optional(),
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
        message: `A state cannot be both preferred and excluded: ${both.join(', ')}`,
      });
    }
  });

export const recommendationRequestSchema = z.strictObject({
  profile: profileSchema,
  preferences: preferencesSchema,
  limit: wholeNumber('limit', 1, MAX_PAGE_SIZE).optional(),
  offset: wholeNumber('offset', 0, 1_000_000).optional(),
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

export const UNKNOWN_FIELD_MESSAGE = 'Not a field this request takes: remove it';
