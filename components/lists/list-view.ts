// Which of a saved list's programs the page shows, and in what order: a view of the list, never a change to it.
import { TIERS, type Tier } from '@/lib/engine/types';
import { LIST_ITEM_STATUSES, type ListItemStatusName } from '@/lib/schemas/list-rules';

export const LIST_SORTS = ['rank', 'match', 'interview', 'status', 'name'] as const;
export type ListSort = (typeof LIST_SORTS)[number];

/** `none`: programs the saved plan did not rank (excluded, or outside its specialties). */
export type ListTierFilter = Tier | 'none' | 'all';
export type ListStatusFilter = ListItemStatusName | 'all';

export interface ListView {
  status: ListStatusFilter;
  tier: ListTierFilter;
  sort: ListSort;
}

export const WHOLE_LIST: ListView = { status: 'all', tier: 'all', sort: 'rank' };

export const isWholeList = (view: ListView) => view.status === 'all' && view.tier === 'all' && view.sort === 'rank';

interface ViewableItem {
  rank: number;
  programName: string;
  status: ListItemStatusName;
  tier: Tier | null;
  chance: number | null;
  matchChance: number | null;
}

const byRank = (a: ViewableItem, b: ViewableItem) => a.rank - b.rank;

/** Highest first, the unestimated last; ties keep the applicant's order. */
const byChanceDescending =
  (chanceOf: (item: ViewableItem) => number | null) =>
  (a: ViewableItem, b: ViewableItem): number => {
    const left = chanceOf(a);
    const right = chanceOf(b);
    if (left === right) return byRank(a, b);
    if (left === null) return 1;
    if (right === null) return -1;
    return right - left || byRank(a, b);
  };

const COMPARE: Readonly<Record<ListSort, (a: ViewableItem, b: ViewableItem) => number>> = {
  rank: byRank,
  match: byChanceDescending((item) => item.matchChance),
  interview: byChanceDescending((item) => item.chance),
  // The application's course: considering first, withdrawn last.
  status: (a, b) => LIST_ITEM_STATUSES.indexOf(a.status) - LIST_ITEM_STATUSES.indexOf(b.status) || byRank(a, b),
  name: (a, b) => a.programName.localeCompare(b.programName, 'en', { sensitivity: 'base' }) || byRank(a, b),
};

export function viewListItems<T extends ViewableItem>(items: readonly T[], view: ListView): T[] {
  return items
    .filter((item) => view.status === 'all' || item.status === view.status)
    .filter((item) => view.tier === 'all' || (view.tier === 'none' ? item.tier === null : item.tier === view.tier))
    .sort(COMPARE[view.sort]);
}

export const isListSort = (value: string): value is ListSort => (LIST_SORTS as readonly string[]).includes(value);
export const isListTierFilter = (value: string): value is ListTierFilter =>
  value === 'all' || value === 'none' || (TIERS as readonly string[]).includes(value);
export const isListStatusFilter = (value: string): value is ListStatusFilter =>
  value === 'all' || (LIST_ITEM_STATUSES as readonly string[]).includes(value);
