// The recommendation request's limits and the words for breaking them, without zod: the zod schemas
// (recommendation.ts, the server's authority) and the browser's checks (recommendation-check.ts, which
// keep zod out of the /plan and /results bundles) both read them from here, so they cannot drift.

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
export const MAX_STATES = 60;
export const SPECIALTY_CODE_MAX_LENGTH = 16;
export const SPECIALTY_CODE_PATTERN = /^[A-Z]+$/;
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 10;

/** The profile's whole-number fields: the label their messages start with, and their range. */
export const PROFILE_NUMBERS = {
  graduationYear: { label: 'Graduation year', min: GRADUATION_YEAR_MIN, max: GRADUATION_YEAR_MAX },
  step2Score: { label: 'Step 2 CK score', min: STEP2_MIN, max: STEP2_MAX },
  comlexLevel2Score: { label: 'COMLEX Level 2-CE score', min: COMLEX_MIN, max: COMLEX_MAX },
  examFailures: { label: 'Failed attempts', min: 0, max: 20 },
  researchItems: { label: 'Research items', min: 0, max: 500 },
  usceMonths: { label: 'US clinical experience', min: 0, max: 240 },
} as const;

/** The chances of a match an applicant can aim for, in percent (lib/engine/judgements.ts, matchTargets). */
export const MATCH_TARGET_PERCENTS = [80, 90, 95] as const;

export const WEIGHT_FIELDS = ['location', 'setting', 'programType', 'size', 'research', 'openness'] as const;

export const wholeNumberMessages = (label: string, min: number, max: number) => ({
  type: `${label} must be a number`,
  whole: `${label} must be a whole number`,
  min: `${label} must be at least ${min}`,
  max: `${label} must be at most ${max}`,
});

export const REQUEST_MESSAGES = {
  applicantType: 'Choose an applicant type',
  visaNeeded: 'Say whether you need a visa',
  stateCode: 'Use a two-letter US state code, e.g. NY',
  comlexForDoOnly: 'COMLEX Level 2-CE is for DO applicants; give your Step 2 CK score instead',
  specialtyRequired: 'Choose at least one specialty',
  specialtyCode: 'Unknown specialty code',
  tooManySpecialties: `Choose at most ${MAX_SPECIALTIES} specialties`,
  weightType: 'Weights must be numbers',
  weightRange: 'Weights run 0–10',
  military: 'Say yes or no: are you in (or committed to) the US military?',
  matchTarget: 'Choose a target of 80, 90 or 95 (percent chance of matching)',
} as const;

export const bothPreferredAndExcludedMessage = (states: readonly string[]) =>
  `A state cannot be both preferred and excluded: ${states.join(', ')}`;

export const UNKNOWN_FIELD_MESSAGE = 'Not a field this request takes: remove it';
