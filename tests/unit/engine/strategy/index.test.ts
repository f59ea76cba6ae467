import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChanceEstimate } from '@/lib/engine';
import { CALIBRATION_COEFFICIENTS } from '@/lib/engine/calibration/coefficients';
import type { LatentParameters } from '@/lib/engine/calibration/latent';
import { matchCurveFromLogits } from '@/lib/engine/calibration/latent';
import {
  buildSpecialtyStrategies,
  buildSpecialtyStrategy,
  overallMatchChance,
  overallPlan,
  recommendApplicationCount,
  totalCost,
} from '@/lib/engine/strategy';
import type { SpecialtyStrategyInput, StrategyProgram } from '@/lib/engine/strategy';
import { tierFor, tierThresholds } from '@/lib/engine/tiers';
import { seasonFacts } from '@/lib/reference/seasons';
import { makeSpecialty } from '../factories';

const BASELINE: ChanceEstimate = { estimate: 0.6, low: 0.5, high: 0.7 };
const IM = makeSpecialty();
const DR = makeSpecialty({ code: 'DR', name: 'Diagnostic Radiology', signals: { single: null, gold: 6, silver: 6 } });
const { strengthSdLogit, matchPerInterview } = CALIBRATION_COEFFICIENTS.latent;
const US: LatentParameters = { strengthSdLogit, matchPerInterview: matchPerInterview.us };
const IMG: LatentParameters = { strengthSdLogit, matchPerInterview: matchPerInterview.img };
const logit = (p: number): number => Math.log(p / (1 - p));
const SEASON = seasonFacts(2027);

/** A specialty input whose interview chances fall from `from` by `step` per rank (never under 0.2%). */
function specialtyInput(count: number, from: number, step: number, prefix = 'p', latent = US, specialty = IM): Omit<SpecialtyStrategyInput, 'backup'> {
  const thresholds = tierThresholds(latent === US ? 'US_MD' : 'NON_US_IMG');
  const chances = Array.from({ length: count }, (_, i) => Math.max(0.002, from - i * step));
  const ranked: StrategyProgram[] = chances.map((chance, i) => ({
    program: { id: `${prefix}-${String(i + 1).padStart(3, '0')}`, institution: `${prefix}-inst-${i + 1}` },
    tier: tierFor(chance, thresholds),
  }));
  const logits = chances.map(logit);
  return { specialty, ranked, logits, curve: matchCurveFromLogits(logits, latent, 200), baseline: BASELINE, thresholds, latent, range: { below: 0.3, above: 0.3 }, season: SEASON };
}

describe('buildSpecialtyStrategy', () => {
  const input = specialtyInput(60, 0.7, 0.01);
  const strategy = buildSpecialtyStrategy({ ...input, backup: false });

  it('recommends the count the curve gives, with its reason and the counts for every target', () => {
    const recommendation = recommendApplicationCount(input.curve, {}, 60);
    expect(strategy.recommendedApplications).toBe(recommendation.applications);
    expect(strategy.recommendationReason).toBe(recommendation.reason);
    expect(strategy.recommendationStop).toBe(recommendation.stop);
    expect(strategy.countsByTarget).toEqual(recommendation.byTarget);
    expect(strategy.matchTarget).toBe(0.9);
  });

  it('uses the target the applicant chose', () => {
    const at95 = buildSpecialtyStrategy({ ...input, backup: false, options: { targetMatchProbability: 0.95 } });
    expect(at95.matchTarget).toBe(0.95);
    expect(at95.recommendedApplications).toBeGreaterThanOrEqual(strategy.recommendedApplications);
  });

  it('counts the tier mix and the ERAS cost over the recommended applications only', () => {
    const n = strategy.recommendedApplications;
    expect(strategy.tierMix.reach + strategy.tierMix.target + strategy.tierMix.safety).toBe(n);
    expect(strategy.cost).toEqual({ applications: n, usd: Math.min(n, 30) * 11 + Math.max(0, n - 30) * 30 });
  });

  it('places signals only on the recommended programs, within the specialty counts, each with its effect', () => {
    const recommended = new Set(input.ranked.slice(0, strategy.recommendedApplications).map((r) => r.program.id));
    expect(strategy.signals.length).toBeGreaterThan(0);
    expect(strategy.signals.every((s) => recommended.has(s.programId))).toBe(true);
    expect(strategy.signals.filter((s) => s.kind === 'gold').length).toBeLessThanOrEqual(3);
    expect(strategy.signals.filter((s) => s.kind === 'silver').length).toBeLessThanOrEqual(12);
    for (const s of strategy.signals) expect(s.interviewWith).toBeGreaterThan(s.interviewWithout);
  });

  it('ignores curve points past the end of the ranked list', () => {
    const short = buildSpecialtyStrategy({ ...input, ranked: input.ranked.slice(0, 12), backup: false });
    expect(short.curve).toHaveLength(12);
    expect(short.recommendedApplications).toBeLessThanOrEqual(12);
  });

  it('recommends nothing, costs nothing and signals nothing without eligible programs', () => {
    const empty = buildSpecialtyStrategy({ ...input, ranked: [], logits: [], curve: [], backup: true });
    expect(empty).toMatchObject({ recommendedApplications: 0, cost: { applications: 0, usd: 0 }, signals: [], tierMixHints: [] });
  });
});

describe('buildSpecialtyStrategy for an applicant whose every program is a long shot', () => {
  // Like a weak non-US IMG who needs a visa: interview chances of 0.2–1%.
  const input = specialtyInput(260, 0.01, 0.00003, 'img', IMG);
  const strategy = buildSpecialtyStrategy({ ...input, backup: false });

  it('recommends the whole curve and says plainly the target is out of reach', () => {
    expect(strategy.recommendationStop).toBe('unreachable');
    expect(strategy.recommendedApplications).toBe(200);
    expect(strategy.recommendationReason).toMatch(/^Your target of 90% is out of reach here: even applying to the first 200 programs on your ranked list/);
    expect(strategy.recommendationReason).toContain('plan a backup specialty alongside');
  });

  it('still places every signal', () => {
    expect(strategy.signals).toHaveLength(15);
    expect(strategy.signalNote).toBeNull();
  });
});

describe('buildSpecialtyStrategies, totalCost and the overall plan', () => {
  it('marks every specialty after the first as a backup, each with its own fee tiers', () => {
    const strategies = buildSpecialtyStrategies([specialtyInput(43, 0.03, 0, 'im'), specialtyInput(7, 0.03, 0, 'dr', US, DR)]);
    const [first, backup] = strategies;
    expect([first?.backup, backup?.backup]).toEqual([false, true]);
    expect(first?.cost).toEqual({ applications: 43, usd: 720 });
    expect(backup?.cost).toEqual({ applications: 7, usd: 77 });
    // AAMC's worked example for the 2026 ERAS season: 43 Internal Medicine + 7 Diagnostic Radiology = $797 in
    // program fees; a US MD adds the USMLE transcript ($80) once.
    expect(totalCost(strategies, SEASON, { applicantType: 'US_MD', step2Score: 240 })).toMatchObject({ applications: 50, programFeesUsd: 797, usd: 877 });
    expect(strategies.map((s) => s.applicationService)).toEqual(['ERAS', 'ERAS']);
  });

  it('gives the plan one chance, at least the best single specialty’s, with its range around it', () => {
    const inputs = [specialtyInput(80, 0.05, 0.0005, 'im', IMG), specialtyInput(60, 0.06, 0.0005, 'fm', IMG)];
    const strategies = buildSpecialtyStrategies(inputs);
    const cost = totalCost(strategies, SEASON, { applicantType: 'NON_US_IMG', step2Score: 240 });
    const overall = overallPlan(inputs, strategies, cost);
    const best = Math.max(...strategies.map((s) => s.matchChanceAtRecommended));
    expect(overall.matchChance.estimate).toBeGreaterThanOrEqual(best - 0.001);
    expect(overall.matchChance.low).toBeLessThanOrEqual(overall.matchChance.estimate);
    expect(overall.matchChance.high).toBeGreaterThanOrEqual(overall.matchChance.estimate);
    expect(overall.applications).toBe(strategies.reduce((sum, s) => sum + s.recommendedApplications, 0));
    expect(overall.usd).toBe(cost.usd);
  });

  it('counts a weak applicant’s two chances as correlated: below 1 − Π(1 − p)', () => {
    const plans = [
      { logits: Array<number>(30).fill(logit(0.03)), below: 0, above: 0 },
      { logits: Array<number>(30).fill(logit(0.03)), below: 0, above: 0 },
    ];
    const one = overallMatchChance([plans[0]!], IMG).estimate;
    const both = overallMatchChance(plans, IMG).estimate;
    expect(both).toBeGreaterThan(one);
    expect(both).toBeLessThan(1 - (1 - one) ** 2);
  });

  it('never gives the plan less than its best specialty, and more applications never lower it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.double({ min: -6, max: 2, noNaN: true }), { maxLength: 40 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.double({ min: -6, max: 2, noNaN: true }), { maxLength: 10 }),
        (specialties, extra) => {
          const plans = specialties.map((logits) => ({ logits, below: 0, above: 0 }));
          const overall = overallMatchChance(plans, US).estimate;
          for (const plan of plans) expect(overall).toBeGreaterThanOrEqual(overallMatchChance([plan], US).estimate - 0.001);
          const more = overallMatchChance([...plans, { logits: extra, below: 0, above: 0 }], US).estimate;
          expect(more).toBeGreaterThanOrEqual(overall - 0.001);
        },
      ),
    );
  });
});
