// Saved lists' limits and the list name's check, without zod: lists.ts (the API's schemas) builds on
// them, and the browser uses them directly so that zod stays out of the /results bundle.
import { hasNul, NUL_MESSAGE } from './text';

export const LIST_NAME_MAX_LENGTH = 120;
export const LIST_NOTE_MAX_LENGTH = 2000;
/** The most programs one list holds: the recommendation API's largest page. */
/** Programs per list: more than anyone applies to (AAMC: IMGs average 129), small enough to save in one go (issue 14, W3). */
export const MAX_LIST_ITEMS = 400;
/** Saved lists per account (issue 14, W3): a plan per season and specialty mix, many times over. */
export const MAX_LISTS_PER_ACCOUNT = 100;
export const PROGRAM_ID_MAX_LENGTH = 64;

/** Where an applicant stands with a program, as the API spells it (ListItemStatus, lower case). */
export const LIST_ITEM_STATUSES = ['considering', 'applied', 'interview_offered', 'interviewed', 'ranked', 'withdrawn'] as const;
export type ListItemStatusName = (typeof LIST_ITEM_STATUSES)[number];

export const LIST_NAME_MESSAGES = {
  required: 'Name the list',
  tooLong: `Use at most ${LIST_NAME_MAX_LENGTH} characters`,
} as const;

/**
 * The list name as listNameSchema takes it (trimmed, 1–120 characters, no NUL), with the schema's
 * first message when it does not; tests/unit/schemas/list-rules.test.ts holds the two to the same answers.
 */
export function checkListName(name: unknown): { ok: true; name: string } | { ok: false; message: string } {
  if (typeof name !== 'string') return { ok: false, message: LIST_NAME_MESSAGES.required };
  const trimmed = name.trim();
  if (trimmed.length < 1) return { ok: false, message: LIST_NAME_MESSAGES.required };
  if (trimmed.length > LIST_NAME_MAX_LENGTH) return { ok: false, message: LIST_NAME_MESSAGES.tooLong };
  if (hasNul(trimmed)) return { ok: false, message: NUL_MESSAGE };
  return { ok: true, name: trimmed };
}
