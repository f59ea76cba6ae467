import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATCH_TARGETS, MIN_RECOMMENDED_APPLICATIONS, TARGET_MATCH_PROBABILITY, recommendApplicationCount } from '@/lib/engine/strategy';
import type { RecommendationStop } from '@/lib/engine/strategy';
import type { CurvePoint } from '@/lib/engine';
import { JUDGEMENTS } from '@/lib/engine/judgements';
import { curveFromChances, geometricCurve } from './curves';

describe('recommendApplicationCount', () => {
  it('keeps the documented constants from the judgements table', () => {
    expect(TARGET_MATCH_PROBABILITY).toBe(0.9);
    expect(MATCH_TARGETS).toEqual([0.8, 0.9, 0.95]);
    expect(MIN_RECOMMENDED_APPLICATIONS).toBe(JUDGEMENTS.minRecommendedApplications.value);
  });

  it.each<{ name: string; curve: CurvePoint[]; eligiblePrograms?: number; target?: number; applications: number; stop: RecommendationStop; reason: string }>([
    {
      // 1 − 0.9^n ≥ 0.9 first at n = 22 (0.9^22 = 0.098).
      name: 'stops where the chance of matching reaches the 90% target',
      curve: geometricCurve(0.1, 60),
      applications: 22,
      stop: 'target',
      reason: 'At 22 applications your estimated chance of matching reaches your target of 90% (90%)',
    },
    {
      // 1 − 0.96^n ≥ 0.95 first at n = 74.
      name: 'reaches a 95% target the applicant chose further down',
      curve: geometricCurve(0.04, 150),
      target: 0.95,
      applications: 74,
      stop: 'target',
      reason: 'At 74 applications your estimated chance of matching reaches your target of 95% (95%)',
    },
    {
      name: 'recommends at least 10 applications even when fewer reach the target',
      curve: geometricCurve(0.5, 30),
      applications: 10,
      stop: 'minimum',
      reason:
        'Apply to at least 10: your estimated chance of matching reaches 90% with 4, but interviews, not applications, become ranks, ' +
        'and short lists are where applicants go unmatched',
    },
    {
      name: 'recommends the whole short list, never more than it holds, when the minimum is longer',
      curve: geometricCurve(0.6, 4),
      applications: 4,
      stop: 'minimum',
      reason:
        'Apply to at least 4: your estimated chance of matching reaches 90% with 3, but interviews, not applications, become ranks, ' +
        'and short lists are where applicants go unmatched',
    },
    {
      name: 'recommends the whole curve, and says the target is out of reach, when no count reaches it',
      curve: geometricCurve(0.01, 100),
      applications: 100,
      stop: 'unreachable',
      reason:
        'Your target of 90% is out of reach here: even applying to all 100 eligible programs, your estimated chance of matching is 63%. ' +
        'Apply to all of them, and plan a backup specialty alongside',
    },
    {
      name: 'says the curve covers only the start of a longer ranked list',
      curve: geometricCurve(0.005, 200),
      eligiblePrograms: 634,
      applications: 200,
      stop: 'unreachable',
      reason:
        'Your target of 90% is out of reach here: even applying to the first 200 programs on your ranked list, your estimated chance of ' +
        'matching is 63%. Apply to all of them, and plan a backup specialty alongside',
    },
    {
      name: 'recommends none when there are no programs',
      curve: [],
      applications: 0,
      stop: 'no_programs',
      reason: 'No eligible programs to apply to in this specialty',
    },
  ])('$name', ({ curve, eligiblePrograms, target, applications, stop, reason }) => {
    const recommendation = recommendApplicationCount(curve, target === undefined ? {} : { targetMatchProbability: target }, eligiblePrograms);
    expect(recommendation).toMatchObject({ applications, stop, reason });
  });

  it('gives the count for each target the applicant can choose, null where a target is out of reach', () => {
    expect(recommendApplicationCount(geometricCurve(0.1, 60)).byTarget).toEqual([
      { target: 0.8, applications: 16 },
      { target: 0.9, applications: 22 },
      { target: 0.95, applications: 29 },
    ]);
    expect(recommendApplicationCount(geometricCurve(0.02, 100)).byTarget.map((t) => t.applications)).toEqual([80, null, null]);
  });

  it('says what the last $100 buys at the recommended count', () => {
    const curve = geometricCurve(0.1, 60);
    const recommendation = recommendApplicationCount(curve, {}, 60, (n) => 30 * n);
    // $100 covers 3 more applications at $30 each: 22 → 25.
    const at = (n: number): number => curve[n - 1]!.matchProbability;
    expect(recommendation.marginal).toEqual({ usd: 100, applications: 3, gain: at(25) - at(22) });
    expect(recommendApplicationCount([]).marginal).toBeNull();
  });

  it('never recommends fewer applications to a weaker applicant on the same ranked list', () => {
    // Each weaker applicant's per-program chances are a scaled-down copy of the stronger one's.
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 0.6, noNaN: true }), { minLength: 1, maxLength: 150 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.constantFrom(...MATCH_TARGETS),
        (chances, scale, target) => {
          const stronger = recommendApplicationCount(curveFromChances(chances), { targetMatchProbability: target });
          const weaker = recommendApplicationCount(curveFromChances(chances.map((c) => c * scale)), { targetMatchProbability: target });
          expect(weaker.applications).toBeGreaterThanOrEqual(stronger.applications);
        },
      ),
    );
  });

  it('reaches the target at the recommended count unless it says the target is out of reach', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 0.6, noNaN: true }), { minLength: 1, maxLength: 150 }), (chances) => {
        const recommendation = recommendApplicationCount(curveFromChances(chances));
        if (recommendation.stop !== 'unreachable') expect(recommendation.matchProbability).toBeGreaterThanOrEqual(0.9);
        else expect(recommendation.applications).toBe(chances.length);
      }),
    );
  });
});
