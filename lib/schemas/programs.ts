// Query parameters of the catalog: GET /api/programs and the /programs page read the same schema,
// and the page writes its URL with programSearchParams, so a copied URL reproduces the view.
import { z } from 'zod';
import './jitless';
import { fieldErrors } from '@/lib/schemas/recommendation';
import { PROGRAM_SIZES, PROGRAM_TRACKS, PROGRAM_TYPES, REGIONS, SETTINGS } from '@/lib/engine/types';
import { US_STATE_CODES } from '@/lib/reference/states';
import { hasNul, NUL_MESSAGE } from './text';

export const PROGRAMS_PAGE_SIZE = 25;
export const PROGRAMS_MAX_PAGE_SIZE = 100;
/**
 * Offset paging is bounded: Postgres walks the skipped rows, so a deep page costs what its offset
 * costs (tests/bench/catalog.ts measures it). Past this, narrow the filters instead.
 */
export const PROGRAMS_MAX_OFFSET = 10_000;

export const PROGRAM_SORTS = ['name', 'location', 'size', 'specialty'] as const;
export type ProgramSort = (typeof PROGRAM_SORTS)[number];

/**
 * Stated Step 2 CK minimums the filter offers, in steps of 10: a program attribute, coarse on
 * purpose, so the URL never carries the applicant's own score (DESIGN.md §7). "none" keeps only
 * programs that state no minimum.
 */
export const STEP2_CUTOFF_CHOICES = ['200', '210', '220', '230', '240', '250', '260'] as const;
export const CUTOFF_VALUES = ['none', ...STEP2_CUTOFF_CHOICES] as const;
export type CutoffValue = (typeof CUTOFF_VALUES)[number];

/** Years since graduation the YOG filter offers: "takes graduates of N or more years ago". */
export const YOG_CHOICES = [1, 2, 3, 4, 5, 7, 10] as const;
const YOG_MAX_YEARS = 40;

const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

/** A repeated key (?state=NY&state=NJ, as a plain form sends) or a comma list (?state=NY,NJ). */
const list = <T extends z.ZodType>(item: T) =>
  z
    .preprocess(
      (value) => (value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(',')).filter(Boolean)),
      z.array(item).max(60, { error: 'At most 60 values' }),
    )
    .optional();

const flag = z.preprocess(
  blankToUndefined,
  z.enum(['true', 'false'], { error: 'Use true or false' }).transform((v) => v === 'true').optional(),
);

export const programQuerySchema = z
  .strictObject({
    q: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(100, { error: 'Search text is at most 100 characters' })
        .refine((v) => !hasNul(v), { error: NUL_MESSAGE })
        .transform((v) => v || undefined)
        .optional(),
    ),
    specialty: list(z.string().regex(/^[A-Z]{1,16}$/, { error: 'Unknown specialty code' })),
    state: list(z.enum(US_STATE_CODES, { error: 'Use two-letter US state codes' })),
    region: list(z.enum(REGIONS, { error: `Region is one of ${REGIONS.join(', ')}` })),
    type: list(z.enum(PROGRAM_TYPES, { error: `Program type is one of ${PROGRAM_TYPES.join(', ')}` })),
    setting: list(z.enum(SETTINGS, { error: `Setting is one of ${SETTINGS.join(', ')}` })),
    track: list(z.enum(PROGRAM_TRACKS, { error: `Track is one of ${PROGRAM_TRACKS.join(', ')}` })),
    size: list(z.enum(PROGRAM_SIZES, { error: `Size is one of ${PROGRAM_SIZES.join(', ')}` })),
    /** true: sponsors the visa; false: states it does not. Programs that do not say are left out either way. */
    j1: flag,
    h1b: flag,
    /** true: has current IMG (DO) residents; false: has none. Unreported shares are left out either way. */
    imgs: flag,
    dos: flag,
    /** "none": states no Step 2 CK minimum; "230": states 230 or less, or states none. */
    cutoff: z.preprocess(blankToUndefined, z.enum(CUTOFF_VALUES, { error: `Step 2 CK minimum is one of ${CUTOFF_VALUES.join(', ')}` }).optional()),
    /** Takes graduates of this many years ago or more: a stated YOG limit of at least N, or no stated limit. */
    yog: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'Years since graduation must be a number' })
        .int({ error: 'Years since graduation must be a whole number' })
        .min(1, { error: 'Years since graduation is at least 1' })
        .max(YOG_MAX_YEARS, { error: `Years since graduation is at most ${YOG_MAX_YEARS}` })
        .optional(),
    ),
    sort: z.preprocess(blankToUndefined, z.enum(PROGRAM_SORTS, { error: `Sort by one of ${PROGRAM_SORTS.join(', ')}` }).default('name')),
    page: z.preprocess(
      blankToUndefined,
      z.coerce.number({ error: 'page must be a number' }).int({ error: 'page must be a whole number' }).min(1, { error: 'page starts at 1' }).default(1),
    ),
    limit: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: 'limit must be a number' })
        .int({ error: 'limit must be a whole number' })
        .min(1, { error: 'limit is at least 1' })
        .max(PROGRAMS_MAX_PAGE_SIZE, { error: `limit is at most ${PROGRAMS_MAX_PAGE_SIZE}` })
        .default(PROGRAMS_PAGE_SIZE),
    ),
  })
  .superRefine((query, context) => {
    if ((query.page - 1) * query.limit > PROGRAMS_MAX_OFFSET) {
      context.addIssue({
        code: 'custom',
        path: ['page'],
        message: `Pages go up to ${PROGRAMS_MAX_OFFSET.toLocaleString('en-US')} programs deep; narrow the filters to see further`,
      });
    }
  });

export type ProgramQuery = z.infer<typeof programQuerySchema>;
/** The filters alone: what the count, the results and the map share. */
export type ProgramFilters = Omit<ProgramQuery, 'sort' | 'page' | 'limit'>;

export const DEFAULT_PROGRAM_QUERY: ProgramQuery = programQuerySchema.parse({});

export function offsetOf(query: Pick<ProgramQuery, 'page' | 'limit'>): number {
  return (query.page - 1) * query.limit;
}

type RawParams = Record<string, string | string[] | undefined>;

/**
 * Reads a page's search params without ever failing: parameters that do not validate are left
 * out (the rest still apply) and returned as readable problems for a notice.
 */
export function readProgramQuery(params: RawParams): { query: ProgramQuery; problems: string[] } {
  const raw = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));
  const parsed = programQuerySchema.safeParse(raw);
  if (parsed.success) return { query: parsed.data, problems: [] };
  const fields = fieldErrors(parsed.error);
  const badKeys = new Set(parsed.error.issues.flatMap((issue) => (issue.path.length > 0 ? [String(issue.path[0])] : [])));
  // A strict object reports unknown keys at its root, with the keys in the issue.
  for (const issue of parsed.error.issues) if (issue.code === 'unrecognized_keys') for (const key of issue.keys) badKeys.add(key);
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !badKeys.has(key)));
  const retry = programQuerySchema.safeParse(kept);
  const problems = Object.entries(fields).map(([field, messages]) => `${field === '_' ? 'address' : field}: ${messages.join('; ')}`);
  return { query: retry.success ? retry.data : DEFAULT_PROGRAM_QUERY, problems };
}

/** The query as URL parameters: defaults left out, lists comma-joined, so equal views have equal URLs. */
export function programSearchParams(query: Partial<ProgramQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of ['specialty', 'state', 'region', 'type', 'setting', 'size', 'track'] as const) {
    const values = query[key];
    if (values && values.length > 0) params.set(key, values.join(','));
  }
  for (const key of ['j1', 'h1b', 'imgs', 'dos'] as const) {
    const value = query[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (query.cutoff) params.set('cutoff', query.cutoff);
  if (query.yog !== undefined) params.set('yog', String(query.yog));
  if (query.sort && query.sort !== DEFAULT_PROGRAM_QUERY.sort) params.set('sort', query.sort);
  if (query.limit && query.limit !== DEFAULT_PROGRAM_QUERY.limit) params.set('limit', String(query.limit));
  if (query.page && query.page > 1) params.set('page', String(query.page));
  return params;
}

export function programsHref(query: Partial<ProgramQuery>): string {
  const search = programSearchParams(query).toString();
  return search ? `/programs?${search}` : '/programs';
}
