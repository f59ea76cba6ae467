import { describe, expect, it } from 'vitest';
import { isWholeList, viewListItems, WHOLE_LIST, type ListView } from '@/components/lists/list-view';
import type { Tier } from '@/lib/engine/types';
import type { ListItemStatusName } from '@/lib/schemas/list-rules';

interface Item {
  rank: number;
  programName: string;
  status: ListItemStatusName;
  tier: Tier | null;
  chance: number | null;
  matchChance: number | null;
}

const item = (rank: number, programName: string, status: ListItemStatusName, tier: Tier | null, matchChance: number | null, chance = matchChance): Item => ({
  rank,
  programName,
  status,
  tier,
  chance,
  matchChance,
});

const items: Item[] = [
  item(1, 'Delta', 'applied', 'reach', 0.1, 0.3),
  item(2, 'alpha', 'withdrawn', 'target', 0.4, 0.2),
  item(3, 'Charlie', 'considering', null, null),
  item(4, 'Bravo', 'applied', 'safety', 0.4, 0.9),
  item(5, 'Echo', 'interview_offered', 'target', 0.7, 0.6),
];

const names = (view: Partial<ListView>) => viewListItems(items, { ...WHOLE_LIST, ...view }).map((entry) => entry.programName);

describe('viewListItems', () => {
  it('shows the whole list in the applicant order by default', () => {
    expect(names({})).toEqual(['Delta', 'alpha', 'Charlie', 'Bravo', 'Echo']);
    expect(isWholeList(WHOLE_LIST)).toBe(true);
  });

  it('filters by status and by tier, and both at once', () => {
    expect(names({ status: 'applied' })).toEqual(['Delta', 'Bravo']);
    expect(names({ tier: 'target' })).toEqual(['alpha', 'Echo']);
    expect(names({ tier: 'none' })).toEqual(['Charlie']);
    expect(names({ status: 'applied', tier: 'safety' })).toEqual(['Bravo']);
    expect(names({ status: 'ranked' })).toEqual([]);
  });

  it('sorts by match chance, highest first, ties in the applicant order, unestimated last', () => {
    expect(names({ sort: 'match' })).toEqual(['Echo', 'alpha', 'Bravo', 'Delta', 'Charlie']);
  });

  it('sorts by interview chance', () => {
    expect(names({ sort: 'interview' })).toEqual(['Bravo', 'Echo', 'Delta', 'alpha', 'Charlie']);
  });

  it('sorts by status along the application course, and by name without regard to case', () => {
    expect(names({ sort: 'status' })).toEqual(['Charlie', 'Delta', 'Bravo', 'Echo', 'alpha']);
    expect(names({ sort: 'name' })).toEqual(['alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
  });

  it('never changes the list itself', () => {
    viewListItems(items, { status: 'all', tier: 'all', sort: 'name' });
    expect(items.map((entry) => entry.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(isWholeList({ ...WHOLE_LIST, sort: 'name' })).toBe(false);
  });
});
