// The results view's rules without zod (issue 17): the results page reads its URL with these, so its
// bundle does not carry the request schemas; lib/schemas/recommendation.ts builds its zod schema on them.
import { TIERS, type Tier } from '@/lib/engine/types';
import { US_STATE_CODES, type StateCode } from '@/lib/reference/states';

/** Orders of the ranked list a page can show: the ranking's own, by match chance, by program name. */
export const RESULT_SORTS = ['rank', 'chance', 'name'] as const;
export type ResultSort = (typeof RESULT_SORTS)[number];
export const RESULT_SEARCH_MAX_LENGTH = 100;
export const RESULT_VIEW_MAX_IDS = 10;
export const RESULT_VIEW_MAX_STATES = US_STATE_CODES.length;

/** Which part of the ranking a page shows, and in which order (resultViewSchema checks it on the server). */
export interface ResultView {
  tiers?: Tier[];
  states?: StateCode[];
  q?: string;
  sort?: ResultSort;
  ids?: string[];
}

export const isTier = (value: string): value is Tier => (TIERS as readonly string[]).includes(value);
export const isStateCode = (value: string): value is StateCode => (US_STATE_CODES as readonly string[]).includes(value);
export const isResultSort = (value: string): value is ResultSort => (RESULT_SORTS as readonly string[]).includes(value);
