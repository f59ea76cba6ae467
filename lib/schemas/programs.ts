// Query parameters of GET /api/programs.
import { z } from 'zod';
import { PROGRAM_TYPES, REGIONS, SETTINGS } from '@/lib/engine/types';
import { US_STATE_CODES } from '@/lib/reference/states';

export const PROGRAMS_MAX_PAGE_SIZE = 100;
/** Offset paging is bounded: deep pages should narrow the filters instead. */
export const PROGRAMS_MAX_OFFSET = 10_000;

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? undefined : Array.isArray(value) ? value : String(value).split(',').filter(Boolean)), z.array(item).max(60)).optional();

const flag = z.enum(['true', 'false'], { error: 'Use true or false' }).transform((v) => v === 'true');

export const programQuerySchema = z.strictObject({
  q: z.string().trim().max(100, { error: 'Search text is at most 100 characters' }).optional(),
  specialty: list(z.string().regex(/^[A-Z]{1,16}$/, { error: 'Unknown specialty code' })),
  state: list(z.enum(US_STATE_CODES, { error: 'Use two-letter US state codes' })),
  region: list(z.enum(REGIONS)),
  type: list(z.enum(PROGRAM_TYPES)),
  setting: list(z.enum(SETTINGS)),
  j1: flag.optional(),
  h1b: flag.optional(),
  limit: z.coerce.number({ error: 'limit must be a number' }).int().min(1).max(PROGRAMS_MAX_PAGE_SIZE).default(25),
  offset: z.coerce.number({ error: 'offset must be a number' }).int().min(0).max(PROGRAMS_MAX_OFFSET).default(0),
});

export type ProgramQuery = z.infer<typeof programQuerySchema>;
