import { describe, expect, it } from 'vitest';
import { defaultListName, selectRecommendedPrograms } from '@/components/results/list-selection';
import type { Tier } from '@/lib/engine/types';
import type { RecommendationResult } from '@/lib/recommendations/types';

/** A result with only what the selection reads; the rest of the reply does not matter here. */
function result(rank: number, specialty: string, tier: Tier = 'target'): RecommendationResult {
  return { rank, tier, program: { id: `p${rank}`, specialty } } as unknown as RecommendationResult;
}

const IM = { code: 'IM', name: 'Internal Medicine', recommendedApplications: 3 };
const NEURO = { code: 'NEURO', name: 'Neurology', recommendedApplications: 2 };

describe('selectRecommendedPrograms', () => {
  const results = [
    result(1, 'IM', 'reach'),
    result(2, 'NEURO'),
    result(3, 'IM'),
    result(4, 'IM'),
    result(5, 'IM', 'safety'),
    result(6, 'NEURO', 'safety'),
    result(7, 'NEURO'),
  ];

  it('takes each specialty’s recommended count from the top of its ranking, in the order chosen', () => {
    const selection = selectRecommendedPrograms([IM, NEURO], results, results.length);
    expect(selection.items).toEqual([
      { programId: 'p1', rank: 1, tier: 'reach' },
      { programId: 'p3', rank: 2, tier: 'target' },
      { programId: 'p4', rank: 3, tier: 'target' },
      { programId: 'p2', rank: 4, tier: 'target' },
      { programId: 'p6', rank: 5, tier: 'safety' },
    ]);
    expect(selection.complete).toBe(true);
    expect(selection.bySpecialty.map((s) => s.selected)).toEqual([3, 2]);
  });

  it('saves the loaded programs and says the selection is incomplete when more are recommended than loaded', () => {
    const selection = selectRecommendedPrograms([{ ...IM, recommendedApplications: 10 }], results, 200);
    expect(selection.items.map((item) => item.programId)).toEqual(['p1', 'p3', 'p4', 'p5']);
    expect(selection.complete).toBe(false);
    expect(selection.bySpecialty[0]).toMatchObject({ recommended: 10, selected: 4 });
  });

  it('is complete when every eligible program is loaded, even below the recommended count', () => {
    const selection = selectRecommendedPrograms([{ ...IM, recommendedApplications: 10 }], results, results.length);
    expect(selection.complete).toBe(true);
  });

  it('skips a specialty with no recommended applications', () => {
    const selection = selectRecommendedPrograms([{ ...IM, recommendedApplications: 0 }, NEURO], results, results.length);
    expect(selection.items.map((item) => item.programId)).toEqual(['p2', 'p6']);
  });
});

describe('defaultListName', () => {
  const today = new Date(2025, 10, 24);

  it('names the list after its specialty and the day', () => {
    expect(defaultListName(['Internal Medicine'], today)).toBe('Internal Medicine — Nov 24');
  });

  it('joins backup specialties', () => {
    expect(defaultListName(['Internal Medicine', 'Neurology'], today)).toBe('Internal Medicine + Neurology — Nov 24');
  });

  it('shortens a name that would pass the length limit', () => {
    const long = 'Physical Medicine and Rehabilitation (Very Long Name For Testing)';
    expect(defaultListName([long, long, 'Neurology'], today)).toBe(`${long} + 2 more — Nov 24`);
  });
});

describe('defaultListName dates', () => {
  it('spells every month as Intl does for en-US', () => {
    const intl = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
    for (let month = 0; month < 12; month += 1) {
      const day = new Date(2026, month, month + 3);
      expect(defaultListName(['IM'], day)).toBe(`IM — ${intl.format(day)}`);
    }
  });
});
