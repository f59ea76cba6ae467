import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LOW_CEILING_MATCH_PROBABILITY,
  MIN_RECOMMENDED_APPLICATIONS,
  REMAINING_GAIN_THRESHOLD,
  TARGET_MATCH_PROBABILITY,
  recommendApplicationCount,
} from '@/lib/engine/strategy';
import type { RecommendationStop } from '@/lib/engine/strategy';
import type { CurvePoint } from '@/lib/engine';
import { curveFromChances, geometricCurve } from './curves';

const INTERVIEWS_BECOME_RANKS = 'but interviews, not applications, become ranks, and short lists are where applicants go unmatched';

describe('recommendApplicationCount', () => {
  it.each<{ name: string; curve: CurvePoint[]; eligiblePrograms?: number; applications: number; stop: RecommendationStop; reason: string }>([
    {
      name: 'stops where the chance of matching reaches 90%, before the rest of the curve stops adding',
      curve: geometricCurve(0.1, 60),
      applications: 22,
      stop: 'target',
      reason: 'At 22 applications your estimated chance of matching reaches 90%',
    },
    {
      name: 'prefers the target when it comes first on a long, slowly rising curve',
      curve: geometricCurve(0.04, 150),
      applications: 57,
      stop: 'target',
      reason: 'At 57 applications your estimated chance of matching reaches 90%',
    },
    {
      name: 'stops where applying to all the rest would add under 2 percentage points',
      curve: geometricCurve(0.02, 100),
      applications: 94,
      stop: 'remaining_gain',
      reason: 'Applying to all 100 eligible programs would add under 2 percentage points beyond 94 applications (your estimated chance of matching is 85% there)',
    },
    {
      name: 'says the curve covers only the start of a longer ranked list',
      curve: geometricCurve(0.015, 150),
      eligiblePrograms: 634,
      applications: 139,
      stop: 'remaining_gain',
      reason:
        'Applying to the first 150 programs on your ranked list would add under 2 percentage points beyond 139 applications ' +
        '(your estimated chance of matching is 88% there)',
    },
    {
      name: 'recommends applying widely, and suggests a backup specialty, when every application adds little and the curve stays low',
      curve: geometricCurve(0.003, 150),
      applications: 140,
      stop: 'low_ceiling',
      reason:
        'Applying to all 150 eligible programs would add under 2 percentage points beyond 140 applications: ' +
        'even with all of them your estimated chance of matching is 36%, so consider a backup specialty as well',
    },
    {
      name: 'recommends the whole short list, and a backup specialty, when even all of it leaves the chance low',
      curve: geometricCurve(0.05, 6),
      applications: 6,
      stop: 'low_ceiling',
      reason: 'Apply to all 6 eligible programs: even with all of them your estimated chance of matching is 26%, so consider a backup specialty as well',
    },
    {
      name: 'keeps the minimum on a flat, low curve, and says the chance stays low',
      curve: curveFromChances([0.05, 0.02, ...Array<number>(40).fill(0.0001)]),
      applications: 10,
      stop: 'low_ceiling',
      reason:
        'Applying to all 42 eligible programs would add under 2 percentage points beyond 10 applications: ' +
        'even with all of them your estimated chance of matching is 7%, so consider a backup specialty as well',
    },
    {
      name: 'recommends at least 10 applications even when fewer reach the target',
      curve: geometricCurve(0.5, 40),
      applications: 10,
      stop: 'minimum',
      reason: `Apply to at least 10: your estimated chance of matching with 10 is over 99%, ${INTERVIEWS_BECOME_RANKS}`,
    },
    {
      name: 'recommends the whole list when even its last program adds 2 percentage points or more',
      curve: geometricCurve(0.1, 12),
      applications: 12,
      stop: 'whole_list',
      reason:
        'Apply to all 12 eligible programs: your estimated chance of matching is 72% with all of them, ' +
        'and even the last one adds 2 percentage points or more',
    },
    {
      name: 'recommends every program when the list is shorter than the minimum',
      curve: geometricCurve(0.3, 6),
      applications: 6,
      stop: 'minimum',
      reason: `Apply to all 6 eligible programs: your estimated chance of matching with 6 is 88%, ${INTERVIEWS_BECOME_RANKS}`,
    },
    { name: 'recommends none when there are no programs', curve: [], applications: 0, stop: 'no_programs', reason: 'No eligible programs to apply to in this specialty' },
  ])('$name', ({ curve, eligiblePrograms, applications, stop, reason }) => {
    expect(recommendApplicationCount(curve, {}, eligiblePrograms)).toEqual({ applications, stop, reason });
  });

  it('does not stop at the minimum when each application adds little but many together add a lot', () => {
    // Like a non-U.S. IMG's curve: about 4% at 10 applications, 40% at 140, each adding under half a point.
    const curve = geometricCurve(0.0037, 150);
    const at = (n: number): number => curve[n - 1]?.matchProbability ?? Number.NaN;
    expect(at(10)).toBeCloseTo(0.036, 2);
    expect(at(140)).toBeCloseTo(0.4, 1);
    expect(at(2) - at(1)).toBeLessThan(0.005);
    const { applications } = recommendApplicationCount(curve);
    expect(applications).toBeGreaterThanOrEqual(130);
    expect(at(applications) - at(MIN_RECOMMENDED_APPLICATIONS)).toBeGreaterThan(0.3);
  });

  it('does not stop at a single long shot while safer programs further down still add a lot', () => {
    const curve = curveFromChances([...Array<number>(12).fill(0.03), 0.001, ...Array<number>(30).fill(0.08)]);
    const { applications, stop } = recommendApplicationCount(curve);
    expect(applications).toBeGreaterThan(13);
    expect(stop).toBe('target');
  });

  it.each<{ name: string; options: Parameters<typeof recommendApplicationCount>[1]; applications: number; stop: RecommendationStop }>([
    { name: 'a lower target', options: { targetMatchProbability: 0.8 }, applications: 16, stop: 'target' },
    { name: 'a higher target and a smaller remaining gain', options: { targetMatchProbability: 0.99, remainingGainThreshold: 0.01 }, applications: 43, stop: 'remaining_gain' },
    { name: 'a higher minimum', options: { minimumApplications: 30 }, applications: 30, stop: 'minimum' },
    { name: 'a higher low ceiling', options: { targetMatchProbability: 1, lowCeilingMatchProbability: 0.999 }, applications: 37, stop: 'low_ceiling' },
  ])('uses the options it is given: $name', ({ options, applications, stop }) => {
    expect(recommendApplicationCount(geometricCurve(0.1, 60), options)).toMatchObject({ applications, stop });
  });

  it('reads the curve in order of applications, whatever the order of its points', () => {
    const curve = geometricCurve(0.1, 60);
    expect(recommendApplicationCount([...curve].reverse())).toEqual(recommendApplicationCount(curve));
  });

  it('keeps the documented constants', () => {
    expect(REMAINING_GAIN_THRESHOLD).toBe(0.02);
    expect(TARGET_MATCH_PROBABILITY).toBe(0.9);
    expect(MIN_RECOMMENDED_APPLICATIONS).toBe(10);
    expect(LOW_CEILING_MATCH_PROBABILITY).toBe(0.5);
    expect(LOW_CEILING_MATCH_PROBABILITY).toBeLessThan(TARGET_MATCH_PROBABILITY);
  });

  const curveArbitrary = fc
    .array(fc.double({ min: 0, max: 0.6, noNaN: true }), { minLength: 1, maxLength: 160 })
    .map((chances) => curveFromChances(chances));

  it('recommends the smallest count, from the minimum up, that reaches the target or leaves under 2 points to gain', () => {
    fc.assert(
      fc.property(curveArbitrary, (curve) => {
        const { applications } = recommendApplicationCount(curve);
        const length = curve.length;
        const p = (n: number): number => curve[n - 1]?.matchProbability ?? Number.NaN;
        const done = (n: number): boolean => p(n) >= TARGET_MATCH_PROBABILITY || p(length) - p(n) < REMAINING_GAIN_THRESHOLD;
        const floor = Math.min(MIN_RECOMMENDED_APPLICATIONS, length);
        expect(applications).toBeGreaterThanOrEqual(floor);
        expect(applications).toBeLessThanOrEqual(length);
        expect(done(applications)).toBe(true);
        for (let n = floor; n < applications; n++) expect(done(n)).toBe(false);
        expect(recommendApplicationCount(curve)).toEqual(recommendApplicationCount(curve));
      }),
    );
  });

  it('names the stop that set the count', () => {
    fc.assert(
      fc.property(curveArbitrary, (curve) => {
        const { applications, stop } = recommendApplicationCount(curve);
        const length = curve.length;
        const p = (n: number): number => curve[n - 1]?.matchProbability ?? Number.NaN;
        expect(stop === 'low_ceiling').toBe(p(length) < LOW_CEILING_MATCH_PROBABILITY);
        if (stop === 'target') expect(p(applications)).toBeGreaterThanOrEqual(TARGET_MATCH_PROBABILITY);
        if (stop === 'remaining_gain') {
          expect(applications).toBeLessThan(length);
          expect(p(applications)).toBeLessThan(TARGET_MATCH_PROBABILITY);
          expect(p(length) - p(applications)).toBeLessThan(REMAINING_GAIN_THRESHOLD);
        }
        if (stop === 'whole_list') {
          expect(applications).toBe(length);
          expect(p(length) - p(length - 1)).toBeGreaterThanOrEqual(REMAINING_GAIN_THRESHOLD);
        }
        if (stop === 'minimum') expect(applications).toBe(Math.min(MIN_RECOMMENDED_APPLICATIONS, length));
      }),
    );
  });
});
