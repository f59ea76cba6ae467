import { describe, expect, it } from 'vitest';
import { DEFAULT_FIT_WEIGHTS, programSize, scoreFit } from '@/lib/engine';
import type { FitFactor, FitWeights, Preferences, Program } from '@/lib/engine';
import { makePreferences, makeProfile, makeProgram } from './factories';

const factor = (factors: FitFactor[], name: keyof FitWeights): FitFactor => {
  const found = factors.find((f) => f.factor === name);
  if (!found) throw new Error(`no ${name} factor`);
  return found;
};

describe('programSize', () => {
  it.each([
    { positions: 1, size: 'SMALL' },
    { positions: 6, size: 'SMALL' },
    { positions: 7, size: 'MEDIUM' },
    { positions: 15, size: 'MEDIUM' },
    { positions: 16, size: 'LARGE' },
    { positions: null, size: null },
  ])('calls a program with $positions positions $size', ({ positions, size }) => {
    expect(programSize(positions)).toBe(size);
  });
});

describe('scoreFit: agreement per factor', () => {
  interface Case {
    name: string;
    factor: keyof FitWeights;
    program?: Partial<Program>;
    preferences: Partial<Preferences>;
    agreement: number;
    explains: string;
  }
  const cases: Case[] = [
    {
      name: 'a preferred state agrees fully',
      factor: 'location',
      preferences: { preferredStates: ['NY'] },
      agreement: 1,
      explains: 'In New York, one of your preferred states',
    },
    {
      name: 'a preferred region agrees fully when no states are given',
      factor: 'location',
      preferences: { preferredRegions: ['NORTHEAST'] },
      agreement: 1,
      explains: 'one of your preferred regions',
    },
    {
      name: 'the region of a preferred state agrees partly',
      factor: 'location',
      program: { state: 'PA', region: 'NORTHEAST' },
      preferences: { preferredStates: ['NY'] },
      agreement: 0.35,
      explains: 'same region',
    },
    {
      name: 'a state outside every preference does not agree',
      factor: 'location',
      program: { state: 'TX', region: 'SOUTH' },
      preferences: { preferredStates: ['NY'] },
      agreement: 0,
      explains: 'In Texas, outside your preferred states',
    },
    {
      name: 'a preferred setting agrees',
      factor: 'setting',
      preferences: { settings: ['URBAN'] },
      agreement: 1,
      explains: 'Urban setting, as you prefer',
    },
    {
      name: 'an unreported setting is neutral',
      factor: 'setting',
      program: { setting: null },
      preferences: { settings: ['RURAL'] },
      agreement: 0.5,
      explains: 'not reported',
    },
    {
      name: 'an affiliated community program partly matches a university preference',
      factor: 'programType',
      program: { type: 'COMMUNITY_UNIVERSITY_AFFILIATED' },
      preferences: { programTypes: ['UNIVERSITY'] },
      agreement: 0.5,
      explains: 'partly',
    },
    {
      name: 'a community program does not match a military preference',
      factor: 'programType',
      program: { type: 'COMMUNITY' },
      preferences: { programTypes: ['MILITARY'] },
      agreement: 0,
      explains: 'you prefer military',
    },
    {
      name: 'an adjacent size agrees halfway',
      factor: 'size',
      program: { positions: 10 },
      preferences: { sizes: ['SMALL'] },
      agreement: 0.5,
      explains: 'Medium program (10 positions a year)',
    },
    {
      name: 'a size two classes away does not agree',
      factor: 'size',
      program: { positions: 30 },
      preferences: { sizes: ['SMALL'] },
      agreement: 0,
      explains: 'you prefer small',
    },
    {
      name: 'research emphasis one step away agrees halfway',
      factor: 'research',
      program: { researchEmphasis: 'MEDIUM' },
      preferences: { researchEmphasis: 'HIGH' },
      agreement: 0.5,
      explains: 'you prefer high',
    },
    {
      name: 'an IMG share at parity means full openness',
      factor: 'openness',
      program: { shareImg: 0.42 },
      preferences: {},
      agreement: 1,
      explains: '42% of residents are IMGs: open to applicants like you',
    },
    {
      name: 'an unreported IMG share is neutral',
      factor: 'openness',
      program: { shareImg: null },
      preferences: {},
      agreement: 0.5,
      explains: 'not reported',
    },
  ];

  it.each(cases)('$name', ({ factor: name, program, preferences, agreement, explains }) => {
    const img = makeProfile({ applicantType: 'NON_US_IMG' });
    const result = factor(scoreFit(makeProgram(program), img, makePreferences(preferences)).factors, name);
    expect(result.agreement).toBeCloseTo(agreement, 6);
    expect(result.explanation).toContain(explains);
  });
});

describe('scoreFit: the weighted score', () => {
  it('leaves factors without a preference out of the score', () => {
    const { fit, factors } = scoreFit(makeProgram({ shareImg: null }), makeProfile({ applicantType: 'US_IMG' }), makePreferences());
    expect(factor(factors, 'location')).toMatchObject({ contribution: 0, share: 0 });
    // Only openness counts, and it is unknown (neutral): the fit is 50.
    expect(fit).toBe(50);
  });

  it('sums the contributions to the fit score', () => {
    const preferences = makePreferences({ preferredStates: ['CA'], settings: ['URBAN'], programTypes: ['COMMUNITY'], sizes: ['SMALL'], researchEmphasis: 'LOW' });
    const { fit, factors } = scoreFit(makeProgram(), makeProfile(), preferences);
    const sum = factors.reduce((total, f) => total + f.contribution, 0);
    expect(Math.abs(sum - fit)).toBeLessThanOrEqual(0.5);
    expect(factors.reduce((total, f) => total + f.share, 0)).toBeCloseTo(1, 9);
  });

  it('gives 100 to a program that agrees on every preference', () => {
    const preferences = makePreferences({ preferredStates: ['NY'], settings: ['URBAN'], programTypes: ['UNIVERSITY'], sizes: ['MEDIUM'], researchEmphasis: 'MEDIUM' });
    expect(scoreFit(makeProgram({ shareUsMd: 0.6 }), makeProfile(), preferences).fit).toBe(100);
  });

  it('lets user weights override the defaults', () => {
    const program = makeProgram({ state: 'TX', region: 'SOUTH', shareUsMd: 0.6 });
    const base = makePreferences({ preferredStates: ['NY'], settings: ['URBAN'] });
    const locationHeavy = scoreFit(program, makeProfile(), { ...base, weights: { location: 10, setting: 1 } }).fit;
    const settingHeavy = scoreFit(program, makeProfile(), { ...base, weights: { location: 1, setting: 10 } }).fit;
    expect(settingHeavy).toBeGreaterThan(locationHeavy);
    expect(DEFAULT_FIT_WEIGHTS.location).toBeGreaterThan(DEFAULT_FIT_WEIGHTS.size);
  });

  it('shares the weight equally when the user sets every weight to zero', () => {
    const weights = { location: 0, setting: 0, programType: 0, size: 0, research: 0, openness: 0 };
    const { fit, factors } = scoreFit(makeProgram({ shareUsMd: 0.6 }), makeProfile(), makePreferences({ preferredStates: ['TX'], weights }));
    expect(factor(factors, 'location').share).toBeCloseTo(0.5, 9);
    expect(fit).toBe(50);
  });

  it('stays within 0–100', () => {
    const { fit } = scoreFit(makeProgram({ state: 'TX', region: 'SOUTH', shareImg: 0 }), makeProfile({ applicantType: 'US_IMG' }), makePreferences({ preferredStates: ['NY'] }));
    expect(fit).toBe(0);
  });
});
