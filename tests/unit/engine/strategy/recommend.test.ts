import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MARGINAL_GAIN_THRESHOLD,
  MIN_RECOMMENDED_APPLICATIONS,
  TARGET_MATCH_PROBABILITY,
  recommendApplicationCount,
} from '@/lib/engine/strategy';
import type { RecommendationStop } from '@/lib/engine/strategy';
import type { CurvePoint } from '@/lib/engine';
import { curveFromChances, geometricCurve } from './curves';

describe('recommendApplicationCount', () => {
  it.each<{ name: string; curve: CurvePoint[]; applications: number; stop: RecommendationStop; reason: string }>([
    {
      name: 'stops where the chance of matching reaches 90%, before the curve flattens',
      curve: geometricCurve(0.1, 60),
      applications: 22,
      stop: 'target',
      reason: 'At 22 applications your estimated chance of matching reaches 90%',
    },
    {
      name: 'prefers the target when it is reached where the curve flattens',
      curve: geometricCurve(0.05, 80),
      applications: 45,
      stop: 'target',
      reason: 'At 45 applications your estimated chance of matching reaches 90%',
    },
    {
      name: 'stops where each further application adds under half a percentage point',
      curve: geometricCurve(0.02, 100),
      applications: 69,
      stop: 'marginal_gain',
      reason: 'Beyond 69 applications each one adds under 0.5 percentage points (your estimated chance of matching is 75% there)',
    },
    {
      name: 'recommends at least 10 applications even when fewer reach the target',
      curve: geometricCurve(0.5, 40),
      applications: 10,
      stop: 'minimum',
      reason:
        'Apply to at least 10: your estimated chance of matching with 10 is over 99%, but interviews, not applications, become ranks, ' +
        'and short lists are where applicants go unmatched',
    },
    {
      name: 'recommends the whole list when every application still adds enough',
      curve: geometricCurve(0.01, 20),
      applications: 20,
      stop: 'whole_list',
      reason:
        'Apply to all 20 eligible programs: your estimated chance of matching is 18% with all of them, ' +
        'and the last one still adds 0.5 percentage points or more',
    },
    {
      name: 'recommends every program when the list is shorter than the minimum',
      curve: geometricCurve(0.3, 6),
      applications: 6,
      stop: 'minimum',
      reason:
        'Apply to all 6 eligible programs: your estimated chance of matching with 6 is 88%, but interviews, not applications, ' +
        'become ranks, and short lists are where applicants go unmatched',
    },
    { name: 'recommends none when there are no programs', curve: [], applications: 0, stop: 'no_programs', reason: 'No eligible programs to apply to in this specialty' },
  ])('$name', ({ curve, applications, stop, reason }) => {
    expect(recommendApplicationCount(curve)).toEqual({ applications, stop, reason });
  });

  it('does not stop at a single long shot while safer programs further down still add a lot', () => {
    const curve = curveFromChances([...Array<number>(12).fill(0.03), 0.001, ...Array<number>(30).fill(0.08)]);
    const { applications, stop } = recommendApplicationCount(curve);
    expect(applications).toBeGreaterThan(13);
    expect(stop).toBe('target');
  });

  it('uses the threshold, target and minimum it is given', () => {
    const curve = geometricCurve(0.1, 60);
    expect(recommendApplicationCount(curve, { targetMatchProbability: 0.8 }).applications).toBe(16);
    expect(recommendApplicationCount(curve, { targetMatchProbability: 0.99, marginalGainThreshold: 0.01 }).applications).toBe(22);
    expect(recommendApplicationCount(curve, { minimumApplications: 30 })).toMatchObject({ applications: 30, stop: 'minimum' });
  });

  it('reads the curve in order of applications, whatever the order of its points', () => {
    const curve = geometricCurve(0.1, 60);
    expect(recommendApplicationCount([...curve].reverse())).toEqual(recommendApplicationCount(curve));
  });

  it('keeps the documented constants in their sensible ranges', () => {
    expect(MARGINAL_GAIN_THRESHOLD).toBe(0.005);
    expect(TARGET_MATCH_PROBABILITY).toBe(0.9);
    expect(MIN_RECOMMENDED_APPLICATIONS).toBe(10);
  });

  const curveArbitrary = fc
    .array(fc.double({ min: 0, max: 0.6, noNaN: true }), { minLength: 1, maxLength: 120 })
    .map((chances) => curveFromChances(chances));

  it('always recommends a count on the curve, within the minimum and the list length, with a stop that holds', () => {
    fc.assert(
      fc.property(curveArbitrary, (curve) => {
        const { applications, stop } = recommendApplicationCount(curve);
        const length = curve.length;
        const at = curve[applications - 1];
        if (at === undefined) throw new Error('recommendation off the curve');
        expect(applications).toBeGreaterThanOrEqual(Math.min(MIN_RECOMMENDED_APPLICATIONS, length));
        expect(applications).toBeLessThanOrEqual(length);
        if (stop === 'target') expect(at.matchProbability).toBeGreaterThanOrEqual(TARGET_MATCH_PROBABILITY);
        if (stop === 'marginal_gain' || stop === 'target') {
          const earlier = curve.slice(MIN_RECOMMENDED_APPLICATIONS - 1, applications - 1);
          expect(earlier.every((point) => point.matchProbability < TARGET_MATCH_PROBABILITY)).toBe(true);
        }
        if (stop === 'marginal_gain') {
          const gains = curve.slice(applications).map((point, i) => point.matchProbability - (curve[applications - 1 + i]?.matchProbability ?? 0));
          expect(gains.every((gain) => gain < MARGINAL_GAIN_THRESHOLD)).toBe(true);
        }
        expect(recommendApplicationCount(curve)).toEqual(recommendApplicationCount(curve));
      }),
    );
  });
});
