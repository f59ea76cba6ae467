// Saved-list payloads (DESIGN.md §2, §4): POST /api/lists and PATCH /api/lists/[id]. Strict: a body
// carrying server-owned fields (id, ownerId, chance, createdAt…) is refused, never silently dropped.
import { z } from 'zod';
import './jitless';
import { TIERS } from '@/lib/engine/types';
import { recommendationRequestSchema } from './recommendation';
import {
  LIST_ITEM_STATUSES,
  LIST_NAME_MAX_LENGTH,
  LIST_NAME_MESSAGES,
  LIST_NOTE_MAX_LENGTH,
  MAX_LIST_ITEMS,
  MAX_LISTS_PER_ACCOUNT,
  PROGRAM_ID_MAX_LENGTH,
} from './list-rules';
import { hasNul, NUL_MESSAGE } from './text';

export {
  LIST_ITEM_STATUSES,
  LIST_NAME_MAX_LENGTH,
  LIST_NOTE_MAX_LENGTH,
  MAX_LIST_ITEMS,
  PROGRAM_ID_MAX_LENGTH,
  type ListItemStatusName,
} from './list-rules';

export const listNameSchema = z
  .string({ error: LIST_NAME_MESSAGES.required })
  .trim()
  .min(1, { error: LIST_NAME_MESSAGES.required })
  .max(LIST_NAME_MAX_LENGTH, { error: LIST_NAME_MESSAGES.tooLong })
  .refine((name) => !hasNul(name), { error: NUL_MESSAGE });

/** The recommendation request the list was built from, without paging: enough to rank it again. */
export const listInputSchema = recommendationRequestSchema.omit({ limit: true, offset: true, view: true });

export const listItemSchema = z.strictObject({
  programId: z
    .string({ error: 'Give the program id' })
    .min(1, { error: 'Give the program id' })
    .max(PROGRAM_ID_MAX_LENGTH, { error: `A program id has at most ${PROGRAM_ID_MAX_LENGTH} characters` })
    .refine((id) => !hasNul(id), { error: NUL_MESSAGE }),
  rank: z
    .number({ error: 'Rank must be a number' })
    .int({ error: 'Rank must be a whole number' })
    .min(1, { error: 'Rank must be at least 1' })
    .max(MAX_LIST_ITEMS, { error: `Rank must be at most ${MAX_LIST_ITEMS}` }),
  /** Accepted so a client may send back the rows it was shown; the server stores the engine's tier. */
  tier: z.enum(TIERS, { error: 'Tier is reach, target or safety' }).optional(),
  status: z.enum(LIST_ITEM_STATUSES, { error: `Status is one of: ${LIST_ITEM_STATUSES.join(', ')}` }).optional(),
  note: z
    .string({ error: 'A note is text' })
    .max(LIST_NOTE_MAX_LENGTH, { error: `Use at most ${LIST_NOTE_MAX_LENGTH} characters` })
    .refine((note) => !hasNul(note), { error: NUL_MESSAGE })
    .optional(),
});

/** The list's programs in order; each program and each rank at most once (messages on the repeat). */
export const listItemsSchema = z
  .array(listItemSchema, { error: 'Give the list’s programs' })
  .min(1, { error: 'A list holds at least one program' })
  .max(MAX_LIST_ITEMS, { error: `A list holds at most ${MAX_LIST_ITEMS} programs` })
  .superRefine((items, ctx) => {
    const programs = new Set<string>();
    const ranks = new Set<number>();
    items.forEach((item, index) => {
      if (programs.has(item.programId)) {
        ctx.addIssue({ code: 'custom', path: [index, 'programId'], message: `Program ${item.programId} is on the list twice` });
      }
      if (ranks.has(item.rank)) {
        ctx.addIssue({ code: 'custom', path: [index, 'rank'], message: `Rank ${item.rank} is given to two programs` });
      }
      programs.add(item.programId);
      ranks.add(item.rank);
    });
  });

export const createListSchema = z.strictObject({
  name: listNameSchema,
  input: listInputSchema,
  items: listItemsSchema,
});

/** A PATCH names the version it read; `items`, when given, is the whole new list (absent programs leave it). */
export const updateListSchema = z
  .strictObject({
    version: z
      .number({ error: 'Give the version of the list you changed' })
      .int({ error: 'Version must be a whole number' })
      .min(1, { error: 'Version must be at least 1' })
      .max(2_147_483_647, { error: 'Version is too large' }),
    name: listNameSchema.optional(),
    items: listItemsSchema.optional(),
  })
  .refine((body) => body.name !== undefined || body.items !== undefined, { error: 'Change the name, the programs or both' });

export type ListInput = z.infer<typeof listInputSchema>;
export type ListItemInput = z.infer<typeof listItemSchema>;
export type CreateListInput = z.infer<typeof createListSchema>;
export type UpdateListInput = z.infer<typeof updateListSchema>;

const wholeQueryNumber = (name: string, min: number, max: number, fallback: number) =>
  z.preprocess(
    (value) => (value === undefined || value === '' ? undefined : value),
    z.coerce
      .number({ error: `${name} must be a number` })
      .int({ error: `${name} must be a whole number` })
      .min(min, { error: `${name} is at least ${min}` })
      .max(max, { error: `${name} is at most ${max}` })
      .default(fallback),
  );

/** GET /api/lists?limit=&offset=: a page of the user's lists (all of them by default: an account keeps at most MAX_LISTS_PER_ACCOUNT). */
export const listPageQuerySchema = z.strictObject({
  limit: wholeQueryNumber('limit', 1, MAX_LISTS_PER_ACCOUNT, MAX_LISTS_PER_ACCOUNT),
  offset: wholeQueryNumber('offset', 0, MAX_LISTS_PER_ACCOUNT, 0),
});
