import { describe, expect, it } from 'vitest';
import { REACH_BELOW, SAFETY_FROM, tierFor } from '@/lib/engine';

describe('tierFor', () => {
  it.each([
    { chance: 0, tier: 'reach' },
    { chance: REACH_BELOW - 0.001, tier: 'reach' },
    { chance: REACH_BELOW, tier: 'target' },
    { chance: 0.45, tier: 'target' },
    { chance: SAFETY_FROM - 0.001, tier: 'target' },
    { chance: SAFETY_FROM, tier: 'safety' },
    { chance: 1, tier: 'safety' },
  ])('puts a $chance chance in the $tier tier', ({ chance, tier }) => {
    expect(tierFor(chance)).toBe(tier);
  });

  it('orders the thresholds so that every tier can occur', () => {
    expect(0 < REACH_BELOW && REACH_BELOW < SAFETY_FROM && SAFETY_FROM < 1).toBe(true);
  });
});
