// One validator for every format: parsers give canonical cells as text, this turns each into a
// typed program field or a rejection reason. The canonical columns, their types and which are
// required are documented in the README's "Catalog import" section.
import { z } from 'zod';
import { PROGRAM_TRACKS, PROGRAM_TYPES, RESEARCH_EMPHASES, SETTINGS } from '@/lib/engine/types';
import type { Region } from '@/lib/engine/types';
import { SPECIALTY_REFERENCE } from '@/lib/reference/specialties';
import { PGY1_ONLY_SPECIALTIES } from '@/lib/reference/pgy1';
import { US_STATE_CODES, regionOfState } from '@/lib/reference/states';
import type { ProgramKey, RawCandidate } from './types';

export const ACGME_ID_PATTERN = /^\d{10}$/;
export const NRMP_CODE_PATTERN = /^\d{7}[A-Z]\d$/;

const SPECIALTY_CODES = [...SPECIALTY_REFERENCE, ...PGY1_ONLY_SPECIALTIES].map((specialty) => specialty.code) as [string, ...string[]];

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
const whole = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be from ${min} to ${max}`).max(max, `must be from ${min} to ${max}`));
const share = z
  .string()
  .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'must be a share from 0 to 1, like 0.35')
  .transform(Number);
const yesNo = z
  .string()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', 'yes', 'no'], { error: 'must be true or false' }))
  .transform((value) => value === 'true' || value === 'yes');
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });
const httpUrl = z
  .string()
  .max(500, 'must be at most 500 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http(s) address');

/** Canonical CSV columns → program field, with the rule a non-empty cell must pass. */
export const CANONICAL_COLUMNS = {
  acgme_id: { field: 'acgmeId', schema: z.string().regex(ACGME_ID_PATTERN, 'must be a 10-digit ACGME program id') },
  nrmp_code: { field: 'nrmpCode', schema: z.string().regex(NRMP_CODE_PATTERN, 'must be a 9-character NRMP code like 1903140C0') },
  name: { field: 'name', schema: text(200) },
  institution: { field: 'institution', schema: text(200) },
  specialty: { field: 'specialtyCode', schema: oneOf(SPECIALTY_CODES) },
  city: { field: 'city', schema: text(100) },
  state: { field: 'state', schema: oneOf(US_STATE_CODES) },
  setting: { field: 'setting', schema: oneOf(SETTINGS) },
  type: { field: 'type', schema: oneOf(PROGRAM_TYPES) },
  track: { field: 'track', schema: oneOf(PROGRAM_TRACKS) },
  positions: { field: 'positions', schema: whole(0, 400) },
  positions_filled: { field: 'positionsFilled', schema: whole(0, 400) },
  sponsors_j1: { field: 'sponsorsJ1', schema: yesNo },
  sponsors_h1b: { field: 'sponsorsH1b', schema: yesNo },
  share_us_md: { field: 'shareUsMd', schema: share },
  share_do: { field: 'shareDo', schema: share },
  share_img: { field: 'shareImg', schema: share },
  min_step2: { field: 'minStep2', schema: whole(180, 300) },
  min_step2_hard: { field: 'minStep2Hard', schema: yesNo },
  typical_step2: { field: 'typicalStep2', schema: whole(180, 300) },
  yog_limit_years: { field: 'yogLimitYears', schema: whole(0, 50) },
  max_attempts: { field: 'maxAttempts', schema: whole(0, 10) },
  usce_required_months: { field: 'usceRequiredMonths', schema: whole(0, 60) },
  research_emphasis: { field: 'researchEmphasis', schema: oneOf(RESEARCH_EMPHASES) },
  website: { field: 'website', schema: httpUrl },
  eras_participating: { field: 'erasParticipating', schema: yesNo },
} as const satisfies Record<string, { field: string; schema: z.ZodType }>;

export type CanonicalColumn = keyof typeof CANONICAL_COLUMNS;
export const CANONICAL_COLUMN_NAMES = Object.keys(CANONICAL_COLUMNS) as CanonicalColumn[];
/** Columns every row needs a value in (and one of acgme_id / nrmp_code). */
export const REQUIRED_COLUMNS = ['name', 'institution', 'specialty', 'state'] as const satisfies readonly CanonicalColumn[];

type ColumnValue<C extends CanonicalColumn> = z.output<(typeof CANONICAL_COLUMNS)[C]['schema']>;
export type ImportFields = {
  -readonly [C in CanonicalColumn as (typeof CANONICAL_COLUMNS)[C]['field']]?: ColumnValue<C> | null;
} & { region?: Region };
export type ImportField = keyof ImportFields;

export interface ValidCandidate {
  row: number;
  file?: string;
  key: ProgramKey;
  specialtyCode: string;
  fields: ImportFields;
}

export type ValidationResult = { ok: true; candidate: ValidCandidate } | { ok: false; reason: string };

function quoted(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
}

/** Checks one row; an empty cell is NULL (written as such when its column is present). */
export function validateCandidate(raw: RawCandidate): ValidationResult {
  const problems: string[] = [];
  const fields: Record<string, unknown> = {};
  for (const column of CANONICAL_COLUMN_NAMES) {
    const cell = raw.cells[column];
    if (cell === undefined) continue;
    const value = cell.trim();
    const { field, schema } = CANONICAL_COLUMNS[column];
    if (value === '') {
      fields[field] = null;
      continue;
    }
    const parsed = (schema as z.ZodType).safeParse(value);
    if (parsed.success) fields[field] = parsed.data;
    else problems.push(`${column} ${parsed.error.issues[0]?.message ?? 'is invalid'} (got ${quoted(value)})`);
  }
  for (const column of REQUIRED_COLUMNS) {
    if (raw.cells[column] !== undefined && raw.cells[column].trim() === '') problems.push(`${column} is required`);
  }
  if (!fields.acgmeId && !fields.nrmpCode && !problems.some((p) => p.startsWith('acgme_id') || p.startsWith('nrmp_code'))) {
    problems.push('acgme_id or nrmp_code is required');
  }
  const offered = fields.positions;
  const filled = fields.positionsFilled;
  if (typeof offered === 'number' && typeof filled === 'number' && filled > offered) {
    problems.push(`positions_filled (${filled}) is more than positions (${offered})`);
  }
  if (problems.length > 0) return { ok: false, reason: problems.join('; ') };

  const region = regionOfState(fields.state as string);
  if (region) fields.region = region;
  const key: ProgramKey = fields.acgmeId
    ? { field: 'acgmeId', value: fields.acgmeId as string }
    : { field: 'nrmpCode', value: fields.nrmpCode as string };
  return {
    ok: true,
    candidate: {
      row: raw.row,
      ...(raw.file ? { file: raw.file } : {}),
      key,
      specialtyCode: fields.specialtyCode as string,
      fields: fields as ImportFields,
    },
  };
}
