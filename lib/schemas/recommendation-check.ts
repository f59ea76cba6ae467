// The recommendation request checked in the browser without zod (about 30 KB gzipped that /plan and
// /results no longer load). The zod schemas in recommendation.ts stay the authority: the API validates
// every request with them. These checks mirror them, from the same limits and words
// (recommendation-rules.ts), and tests/unit/schemas/recommendation-check.test.ts holds them to it:
// - on every input the /plan form can produce, the first message per field is the schema's;
// - on any input, they accept exactly what the schema accepts, with the same data (a stored request
//   read back from sessionStorage). Issues the form cannot cause get a plain "Invalid input".
import {
  APPLICANT_TYPES,
  PROGRAM_SIZES,
  PROGRAM_TYPES,
  REGIONS,
  RESEARCH_EMPHASES,
  SETTINGS,
  VISA_NEEDS,
} from '@/lib/engine/types';
import { US_STATES } from '@/lib/reference/states';
import type { PreferencesInput, ProfileInput, RecommendationRequest } from './recommendation';
import {
  bothPreferredAndExcludedMessage,
  MAX_SPECIALTIES,
  MAX_STATES,
  MATCH_TARGET_PERCENTS,
  PROFILE_NUMBERS,
  REQUEST_MESSAGES,
  SPECIALTY_CODE_MAX_LENGTH,
  SPECIALTY_CODE_PATTERN,
  UNKNOWN_FIELD_MESSAGE,
  WEIGHT_FIELDS,
  WEIGHT_MAX,
  WEIGHT_MIN,
  wholeNumberMessages,
} from './recommendation-rules';

/** The first message for each top-level field, as the form shows it. */
export type FieldMessages = Record<string, string>;
export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldMessages };

const INVALID = 'Invalid input';

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Issues in zod's order. Like zod, a wrong type or choice (or a fraction where a whole number goes)
 * stops the object's cross-field rule; a number or a length out of range does not.
 */
class Messages {
  readonly byField = new Map<string, string>();
  private stopped = false;
  add(field: string, message: string, stops = true) {
    if (!this.byField.has(field)) this.byField.set(field, message);
    if (stops) this.stopped = true;
  }
  /** Whether the schema would go on to its cross-field rule (superRefine). */
  get refines() {
    return !this.stopped;
  }
  get empty() {
    return this.byField.size === 0;
  }
  result<T>(data: T): Checked<T> {
    return this.empty ? { ok: true, data } : { ok: false, errors: Object.fromEntries(this.byField) };
  }
}

function includes<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** zod's number().int().min().max(): finite, then a safe integer, then the range; the first issue's words. */
function wholeNumberIssue(value: unknown, label: string, min: number, max: number): { message: string; stops: boolean } | null {
  const messages = wholeNumberMessages(label, min, max);
  if (typeof value !== 'number' || !Number.isFinite(value)) return { message: messages.type, stops: true };
  if (!Number.isInteger(value)) return { message: messages.whole, stops: true };
  // Beyond 2^53 zod reports "too big" with the whole-number words, and carries on.
  if (!Number.isSafeInteger(value)) return { message: messages.whole, stops: false };
  if (value < min) return { message: messages.min, stops: false };
  if (value > max) return { message: messages.max, stops: false };
  return null;
}

function unknownKeys(input: Fields, known: readonly string[], messages: Messages) {
  for (const key of Object.keys(input)) if (!known.includes(key)) messages.add(key, UNKNOWN_FIELD_MESSAGE);
}

/** Copies the known keys present in the input, in the schema's order. */
function pick(input: Fields, keys: readonly string[]): Fields {
  const data: Fields = {};
  for (const key of keys) if (key in input) data[key] = input[key];
  return data;
}

const PROFILE_KEYS = ['applicantType', ...Object.keys(PROFILE_NUMBERS), 'visaNeeded', 'military'] as const;

/** Mirrors profileSchema. */
export function checkProfile(input: unknown): Checked<ProfileInput> {
  const messages = new Messages();
  if (!isObject(input)) return { ok: false, errors: { _: INVALID } };
  if (!includes(APPLICANT_TYPES, input.applicantType)) messages.add('applicantType', REQUEST_MESSAGES.applicantType);
  for (const [field, { label, min, max }] of Object.entries(PROFILE_NUMBERS)) {
    const value = input[field];
    if (value === undefined && field !== 'graduationYear') continue;
    const issue = wholeNumberIssue(value, label, min, max);
    if (issue) messages.add(field, issue.message, issue.stops);
  }
  if (!includes(VISA_NEEDS, input.visaNeeded)) messages.add('visaNeeded', REQUEST_MESSAGES.visaNeeded);
  if (input.military !== undefined && typeof input.military !== 'boolean') messages.add('military', REQUEST_MESSAGES.military);
  unknownKeys(input, PROFILE_KEYS, messages);
  if (messages.refines && input.comlexLevel2Score !== undefined && input.applicantType !== 'US_DO') {
    messages.add('comlexLevel2Score', REQUEST_MESSAGES.comlexForDoOnly);
  }
  return messages.result(pick(input, PROFILE_KEYS) as ProfileInput);
}

function checkSpecialties(value: unknown, messages: Messages): string[] {
  if (!Array.isArray(value)) {
    messages.add('specialties', REQUEST_MESSAGES.specialtyRequired);
    return [];
  }
  // The schema checks this count before the codes, and stops there: too many reads as that alone.
  if (value.length > MAX_SPECIALTIES) {
    messages.add('specialties', REQUEST_MESSAGES.tooManySpecialties);
    return [];
  }
  const codes = value.map((code) => (typeof code === 'string' ? code.trim() : code));
  for (const code of codes) {
    if (typeof code !== 'string') messages.add('specialties', INVALID);
    else if (code.length < 1 || code.length > SPECIALTY_CODE_MAX_LENGTH) messages.add('specialties', INVALID, false);
    else if (!SPECIALTY_CODE_PATTERN.test(code)) messages.add('specialties', REQUEST_MESSAGES.specialtyCode, false);
  }
  if (codes.length < 1) messages.add('specialties', REQUEST_MESSAGES.specialtyRequired, false);
  return codes as string[];
}

/** An optional array of allowed strings, at most `max` long. */
function checkOptionalList(field: string, value: unknown, allowed: readonly string[], max: number, itemMessage: string, messages: Messages) {
  if (value === undefined) return;
  if (!Array.isArray(value)) return messages.add(field, INVALID);
  // As with specialties, a list that is too long is refused before its items are looked at.
  if (value.length > max) return messages.add(field, INVALID);
  for (const item of value) if (!includes(allowed, item)) messages.add(field, itemMessage);
}

function checkWeights(value: unknown, messages: Messages) {
  if (value === undefined) return;
  if (!isObject(value)) return messages.add('weights', INVALID);
  for (const field of WEIGHT_FIELDS) {
    const weight = value[field];
    if (weight === undefined) continue;
    if (typeof weight !== 'number' || !Number.isFinite(weight)) messages.add('weights', REQUEST_MESSAGES.weightType);
    else if (weight < WEIGHT_MIN || weight > WEIGHT_MAX) messages.add('weights', REQUEST_MESSAGES.weightRange, false);
  }
  for (const key of Object.keys(value)) if (!(WEIGHT_FIELDS as readonly string[]).includes(key)) messages.add('weights', UNKNOWN_FIELD_MESSAGE);
}

const PREFERENCE_KEYS = [
  'specialties',
  'preferredStates',
  'excludedStates',
  'preferredRegions',
  'programTypes',
  'settings',
  'sizes',
  'researchEmphasis',
  'matchTarget',
  'weights',
] as const;
const STATE_CODES = Object.keys(US_STATES);

/** Mirrors preferencesSchema (specialty codes come back trimmed, as the schema returns them). */
export function checkPreferences(input: unknown): Checked<PreferencesInput> {
  const messages = new Messages();
  if (!isObject(input)) return { ok: false, errors: { _: INVALID } };
  const specialties = checkSpecialties(input.specialties, messages);
  checkOptionalList('preferredStates', input.preferredStates, STATE_CODES, MAX_STATES, REQUEST_MESSAGES.stateCode, messages);
  checkOptionalList('excludedStates', input.excludedStates, STATE_CODES, MAX_STATES, REQUEST_MESSAGES.stateCode, messages);
  checkOptionalList('preferredRegions', input.preferredRegions, REGIONS, REGIONS.length, INVALID, messages);
  checkOptionalList('programTypes', input.programTypes, PROGRAM_TYPES, PROGRAM_TYPES.length, INVALID, messages);
  checkOptionalList('settings', input.settings, SETTINGS, SETTINGS.length, INVALID, messages);
  checkOptionalList('sizes', input.sizes, PROGRAM_SIZES, PROGRAM_SIZES.length, INVALID, messages);
  if (input.researchEmphasis !== undefined && !includes(RESEARCH_EMPHASES, input.researchEmphasis)) messages.add('researchEmphasis', INVALID);
  if (input.matchTarget !== undefined && !(MATCH_TARGET_PERCENTS as readonly unknown[]).includes(input.matchTarget)) messages.add('matchTarget', REQUEST_MESSAGES.matchTarget);
  checkWeights(input.weights, messages);
  unknownKeys(input, PREFERENCE_KEYS, messages);
  if (messages.refines) {
    const excluded = new Set((input.excludedStates as string[] | undefined) ?? []);
    const both = ((input.preferredStates as string[] | undefined) ?? []).filter((state) => excluded.has(state));
    if (both.length > 0) messages.add('excludedStates', bothPreferredAndExcludedMessage(both));
  }
  return messages.result({ ...pick(input, PREFERENCE_KEYS), specialties } as PreferencesInput);
}

export type StoredRequestInput = Pick<RecommendationRequest, 'profile' | 'preferences'>;

/** Mirrors recommendationRequestSchema.pick({ profile, preferences }): the plan as /plan stores it. */
export function checkStoredRequest(input: unknown): StoredRequestInput | null {
  if (!isObject(input) || Object.keys(input).some((key) => key !== 'profile' && key !== 'preferences')) return null;
  const profile = checkProfile(input.profile);
  const preferences = checkPreferences(input.preferences);
  return profile.ok && preferences.ok ? { profile: profile.data, preferences: preferences.data } : null;
}
