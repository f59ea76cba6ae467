import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftToRequestInput, readDraft, validateDraft, type PlanDraft, MATCH_TARGET_CHOICES } from '@/components/plan/plan-draft';
import { APPLICANT_TYPES, PROGRAM_TYPES, SETTINGS, VISA_NEEDS } from '@/lib/engine/types';
import { US_STATE_CODES } from '@/lib/reference/states';
import { checkPreferences, checkProfile, checkStoredRequest } from '@/lib/schemas/recommendation-check';
import { fieldErrors, preferencesSchema, profileSchema, recommendationRequestSchema } from '@/lib/schemas/recommendation';

/** The form's view of a zod error: the first message per top-level field (plan-draft.ts did this before). */
function firstMessages(fields: Record<string, string[]>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, messages] of Object.entries(fields)) {
    const field = path.split('.')[0] as string;
    if (!errors[field] && messages[0]) errors[field] = messages[0];
  }
  return errors;
}

function bySchema(schema: typeof profileSchema | typeof preferencesSchema, input: unknown) {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true as const, data: parsed.data } : { ok: false as const, errors: firstMessages(fieldErrors(parsed.error)) };
}

// What people type into the number boxes: numbers in and out of range, decimals, blanks, words.
const typed = fc.oneof(
  fc.integer({ min: -50, max: 3500 }).map(String),
  fc.double({ min: -10, max: 3000, noNaN: true }).map((n) => n.toFixed(2)),
  fc.constantFrom('', ' ', 'abc', '1e3', '1e999', '-0', '0x10', '2027.0', ' 2027 ', '9007199254740993', 'Infinity'),
);
const someOf = <T,>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { maxLength: values.length });
// Catalog codes, plus codes the catalog could not have (lower case): a restored draft may hold anything short.
const specialtyCode = fc.constantFrom('IM', 'FM', 'PEDS', 'EM', 'GS', 'NEURO', 'im', 'X1');
const stateCode = fc.oneof(fc.constantFrom(...US_STATE_CODES.slice(0, 8)), fc.constantFrom('XX', 'ny', ''));

const formDraft: fc.Arbitrary<PlanDraft> = fc.record({
  applicantType: fc.constantFrom('' as const, ...APPLICANT_TYPES),
  graduationYear: typed,
  step2Score: typed,
  comlexLevel2Score: typed,
  examFailures: typed,
  researchItems: typed,
  usceMonths: typed,
  visaNeeded: fc.constantFrom(...VISA_NEEDS),
  military: fc.constantFrom([], ['military']),
  matchTarget: fc.constantFrom(...MATCH_TARGET_CHOICES),
  specialties: fc.uniqueArray(specialtyCode, { maxLength: 7 }),
  preferredStates: fc.uniqueArray(stateCode, { maxLength: 4 }),
  excludedStates: fc.uniqueArray(stateCode, { maxLength: 4 }),
  programTypes: someOf(PROGRAM_TYPES),
  settings: someOf(SETTINGS),
});

describe('the browser checks of the recommendation request', () => {
  it('give, for everything the /plan form can send, the zod schemas’ verdict, data and first message per field', () => {
    fc.assert(
      fc.property(formDraft, (draft) => {
        const input = draftToRequestInput(draft);
        expect(checkProfile(input.profile)).toEqual(bySchema(profileSchema, input.profile));
        expect(checkPreferences(input.preferences)).toEqual(bySchema(preferencesSchema, input.preferences));
      }),
      { numRuns: 2000 },
    );
  });

  it('accept exactly what the schema accepts for a stored request, whatever sessionStorage holds', () => {
    const anything = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
    const profile = fc.record(
      {
        applicantType: fc.oneof(fc.constantFrom(...APPLICANT_TYPES), anything),
        graduationYear: fc.oneof(fc.integer({ min: 1980, max: 2040 }), fc.double(), anything),
        step2Score: fc.oneof(fc.integer({ min: -5, max: 305 }), anything),
        comlexLevel2Score: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant(undefined)),
        visaNeeded: fc.oneof(fc.constantFrom(...VISA_NEEDS), anything),
        userId: anything,
      },
      { requiredKeys: ['applicantType', 'graduationYear', 'visaNeeded'] },
    );
    const preferences = fc.record(
      {
        specialties: fc.oneof(fc.array(fc.oneof(specialtyCode, fc.constantFrom(' IM ', '', 'ABCDEFGHIJKLMNOPQ'), anything), { maxLength: 7 }), anything),
        preferredStates: fc.oneof(fc.array(stateCode, { maxLength: 3 }), anything),
        excludedStates: fc.oneof(fc.array(stateCode, { maxLength: 3 }), anything),
        preferredRegions: fc.oneof(fc.array(fc.constantFrom('WEST', 'SOUTH', 'EAST')), anything),
        sizes: fc.oneof(fc.array(fc.constantFrom('SMALL', 'HUGE')), anything),
        researchEmphasis: fc.oneof(fc.constantFrom('LOW', 'HIGH', 'NONE'), anything),
        weights: fc.oneof(
          fc.record({ location: fc.oneof(fc.double({ min: -1, max: 11 }), anything), openness: fc.integer({ min: 0, max: 10 }), extra: anything }, { requiredKeys: [] }),
          anything,
        ),
        limit: anything,
      },
      { requiredKeys: ['specialties'] },
    );
    const stored = fc.oneof(
      fc.record({ profile, preferences }),
      fc.record({ profile, preferences, offset: anything }, { requiredKeys: ['profile', 'preferences'] }),
      anything,
    );
    const pickedSchema = recommendationRequestSchema.pick({ profile: true, preferences: true });
    fc.assert(
      fc.property(stored, (value) => {
        const parsed = pickedSchema.safeParse(value);
        expect(checkStoredRequest(value)).toEqual(parsed.success ? parsed.data : null);
      }),
      { numRuns: 3000 },
    );
  });

  it('says what is missing on an empty form, in the form’s words (the main specialty: issue 17)', () => {
    expect(validateDraft(readDraft({})).errors).toEqual({
      applicantType: 'Choose an applicant type',
      graduationYear: 'Enter the year you graduated or will graduate',
      specialties: 'Choose your main specialty',
    });
  });
});

describe('a restored draft', () => {
  it('keeps what still fits and resets each field that does not', () => {
    const draft = readDraft({ applicantType: 'MD', graduationYear: '2027', visaNeeded: 'H1B', settings: ['URBAN', 'CITY'], specialties: ['IM'], extra: 1 });
    expect(draft).toEqual({ ...readDraft({}), graduationYear: '2027', visaNeeded: 'H1B', specialties: ['IM'] });
  });

  it('is the empty form when storage holds no object', () => {
    for (const stored of [null, 'x', 3, ['a']]) expect(readDraft(stored)).toEqual(readDraft({}));
  });
});
