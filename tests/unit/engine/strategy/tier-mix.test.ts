import { describe, expect, it } from 'vitest';
import { checkTierMix, countTierMix } from '@/lib/engine/strategy';
import type { Tier } from '@/lib/engine';

const list = (tiers: string): { tier: Tier }[] =>
  [...tiers].map((letter) => ({ tier: letter === 'R' ? 'reach' : letter === 'T' ? 'target' : 'safety' }));

describe('countTierMix', () => {
  it.each([
    { tiers: 'RRTTTSS', applications: 7, mix: { reach: 2, target: 3, safety: 2 } },
    { tiers: 'RRTTTSS', applications: 3, mix: { reach: 2, target: 1, safety: 0 } },
    { tiers: 'RRT', applications: 10, mix: { reach: 2, target: 1, safety: 0 } },
    { tiers: 'RRT', applications: 0, mix: { reach: 0, target: 0, safety: 0 } },
    { tiers: '', applications: 5, mix: { reach: 0, target: 0, safety: 0 } },
  ])('counts $mix among the first $applications of $tiers', ({ tiers, applications, mix }) => {
    expect(countTierMix(list(tiers), applications)).toEqual(mix);
  });
});

describe('checkTierMix', () => {
  it('says nothing about a balanced list', () => {
    expect(checkTierMix(list('RRTTTTSS'), 8)).toEqual([]);
  });

  it('says nothing about an empty list', () => {
    expect(checkTierMix([], 10)).toEqual([]);
  });

  it('points to the first safety further down the ranked list when the applications hold none', () => {
    expect(checkTierMix(list('RTTTTSS'), 5)).toEqual([
      {
        kind: 'no_safety',
        message:
          'None of these 5 programs is a safety (an interview chance of 60% or more); ' +
          'the first one on your ranked list is number 6: consider adding it and others like it',
      },
    ]);
  });

  it('says so when no eligible program is a safety', () => {
    expect(checkTierMix(list('TTTT'), 4).map((hint) => hint.message)).toEqual([
      'None of these 4 programs is a safety (an interview chance of 60% or more); and none of your eligible programs is one',
    ]);
  });

  it('flags a list where more than half are reaches', () => {
    const hints = checkTierMix(list('RRRTS'), 5);
    expect(hints.map((hint) => hint.kind)).toEqual(['reach_heavy']);
    expect(hints[0]?.message).toBe(
      '3 of these 5 programs are reaches (an interview chance under 25%): it takes 4 or more of them to expect one interview, so add targets or safeties',
    );
  });

  it('accepts exactly half reaches', () => {
    expect(checkTierMix(list('RRTS'), 4)).toEqual([]);
  });

  it('reports both problems when the list is all reaches', () => {
    expect(checkTierMix(list('RRRR'), 4).map((hint) => hint.kind)).toEqual(['no_safety', 'reach_heavy']);
  });
});
