import { describe, expect, it } from 'vitest';
import { checkTierMix, countTierMix } from '@/lib/engine/strategy';
import type { Tier } from '@/lib/engine';
import type { TierThresholds } from '@/lib/engine/tiers';

// Fixed thresholds keep the messages readable; tiers.test.ts holds the real ones per applicant type.
const THRESHOLDS: TierThresholds = { reachBelow: 0.1, safetyFrom: 0.35, typicalMatchedRate: 0.2, basis: 'applicants_like_you', minShare: 0.2 };

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
  it.each([
    { name: 'a balanced list', tiers: 'RRTTTTSS', applications: 8 },
    { name: 'exactly half reaches', tiers: 'RRTS', applications: 4 },
    { name: 'an empty list', tiers: '', applications: 10 },
  ])('says nothing about $name', ({ tiers, applications }) => {
    expect(checkTierMix(list(tiers), applications, THRESHOLDS)).toEqual([]);
  });

  it('points to the first safety further down the ranked list when the applications hold none', () => {
    expect(checkTierMix(list('RTTTTSS'), 5, THRESHOLDS)).toEqual([
      {
        kind: 'no_safety',
        message:
          'None of these 5 programs is a safety (an interview chance of 35% or more); ' +
          'the first one on your ranked list is number 6: consider adding it and others like it',
      },
    ]);
  });

  it('says so when no eligible program is a safety', () => {
    expect(checkTierMix(list('TTTT'), 4, THRESHOLDS).map((hint) => hint.message)).toEqual([
      'None of these 4 programs is a safety (an interview chance of 35% or more), and none of your eligible programs is one',
    ]);
  });

  it('flags a list where more than half are reaches and points to the targets and safeties further down', () => {
    expect(checkTierMix(list('RRRTSRTS'), 5, THRESHOLDS)).toEqual([
      {
        kind: 'reach_heavy',
        message:
          '3 of these 5 programs are reaches (an interview chance under 10%, so about 10 or more of them to expect one interview). ' +
          'Your ranked list has 2 targets or safeties further down, the first at number 7: consider adding some, or putting them in place of some reaches',
      },
    ]);
  });

  it('names the single target or safety further down', () => {
    expect(checkTierMix(list('RRRTSRRT'), 5, THRESHOLDS).map((hint) => hint.message)).toEqual([
      '3 of these 5 programs are reaches (an interview chance under 10%, so about 10 or more of them to expect one interview). ' +
        'Your ranked list has a target or safety further down, at number 8: consider adding it, or putting it in place of a reach',
    ]);
  });

  it('says constructively that a mostly-reach list is expected when no target or safety is left to add', () => {
    expect(checkTierMix(list('RRRRRRRTRR'), 8, THRESHOLDS)).toEqual([
      {
        kind: 'reach_heavy_unavoidable',
        message:
          '7 of these 8 programs are reaches (an interview chance under 10%, so about 10 or more of them to expect one interview), ' +
          'and your ranked list has no targets or safeties left to add. That is common for applicants like you in this specialty: ' +
          'apply widely, put your signals on the likeliest of these programs and keep a backup specialty in mind',
      },
    ]);
  });

  it('says so when the targets and safeties further down are too few to change a mostly-reach list', () => {
    expect(checkTierMix(list('RRRRRTRRTT'), 8, THRESHOLDS).map((hint) => hint.message)).toEqual([
      '7 of these 8 programs are reaches (an interview chance under 10%, so about 10 or more of them to expect one interview), ' +
        'and the 2 targets or safeties further down your ranked list (from number 9) would not change that. ' +
        'That is common for applicants like you in this specialty: apply widely, put your signals on the likeliest of these programs ' +
        'and keep a backup specialty in mind',
    ]);
  });

  it.each([
    { name: 'all reaches with nothing else eligible (an IMG)', tiers: 'RRRRRR', applications: 4, kinds: ['reach_heavy_unavoidable'] },
    { name: 'all reaches with enough targets and a safety further down', tiers: 'RRRRTTTS', applications: 4, kinds: ['no_safety', 'reach_heavy'] },
    { name: 'all reaches with a single safety further down', tiers: 'RRRRS', applications: 4, kinds: ['no_safety', 'reach_heavy_unavoidable'] },
    { name: 'all reaches with a single target further down', tiers: 'RRRRT', applications: 4, kinds: ['reach_heavy_unavoidable'] },
    { name: 'three reaches and a safety, with one target further down', tiers: 'RRRST', applications: 4, kinds: ['reach_heavy'] },
    { name: 'mostly reaches with a safety among them', tiers: 'RRRSR', applications: 5, kinds: ['reach_heavy_unavoidable'] },
    { name: 'a single reach', tiers: 'R', applications: 1, kinds: ['reach_heavy_unavoidable'] },
  ])('gives $kinds for $name', ({ tiers, applications, kinds }) => {
    expect(checkTierMix(list(tiers), applications, THRESHOLDS).map((hint) => hint.kind)).toEqual(kinds);
  });
});
