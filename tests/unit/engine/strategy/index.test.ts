import { describe, expect, it } from 'vitest';
import { rankPrograms, tierFor } from '@/lib/engine';
import type { ChanceEstimate } from '@/lib/engine';
import { buildSpecialtyStrategies, buildSpecialtyStrategy, recommendApplicationCount, totalCost } from '@/lib/engine/strategy';
import type { StrategyProgram } from '@/lib/engine/strategy';
import { erasFeeUsd } from '@/lib/reference/fees';
import { makeEngineInput, makeSpecialty } from '../factories';
import { curveFromChances, geometricCurve } from './curves';

const BASELINE: ChanceEstimate = { estimate: 0.6, low: 0.5, high: 0.7 };
const IM = makeSpecialty();
const DR = makeSpecialty({ code: 'DR', name: 'Diagnostic Radiology', signals: { single: null, gold: 6, silver: 6 } });

/** `count` programs in rank order whose interview chance falls from 0.7 and whose fit cycles. */
function rankedList(count: number, prefix = 'p'): StrategyProgram[] {
  return Array.from({ length: count }, (_, i) => {
    const chance = Math.max(0.02, 0.7 - i * 0.012);
    return { program: { id: `${prefix}-${String(i + 1).padStart(3, '0')}` }, chance, fit: (i * 37) % 100, tier: tierFor(chance) };
  });
}

describe('buildSpecialtyStrategy', () => {
  const ranked = rankedList(60);
  const curve = geometricCurve(0.04, 60);
  const strategy = buildSpecialtyStrategy({ specialty: IM, ranked, curve, baseline: BASELINE, backup: false });

  it('recommends the count the curve gives, with its reason', () => {
    const recommendation = recommendApplicationCount(curve);
    expect(strategy.recommendedApplications).toBe(recommendation.applications);
    expect(strategy.recommendationReason).toBe(recommendation.reason);
    expect(strategy.recommendationStop).toBe(recommendation.stop);
  });

  it('counts the tier mix and the ERAS cost over the recommended applications only', () => {
    const n = strategy.recommendedApplications;
    expect(strategy.tierMix.reach + strategy.tierMix.target + strategy.tierMix.safety).toBe(n);
    expect(strategy.cost).toEqual({ applications: n, usd: erasFeeUsd([n]) });
  });

  it('places signals only on the recommended programs, within the specialty counts', () => {
    const recommended = new Set(ranked.slice(0, strategy.recommendedApplications).map((r) => r.program.id));
    expect(strategy.signals.every((s) => recommended.has(s.programId))).toBe(true);
    expect(strategy.signals.filter((s) => s.kind === 'gold').length).toBeLessThanOrEqual(3);
    expect(strategy.signals.filter((s) => s.kind === 'silver').length).toBeLessThanOrEqual(12);
  });

  it('carries the specialty, the baseline and the curve through', () => {
    expect(strategy).toMatchObject({ specialtyCode: 'IM', backup: false, baseline: BASELINE, curve });
  });

  it('ignores curve points past the end of the ranked list', () => {
    const short = buildSpecialtyStrategy({ specialty: IM, ranked: ranked.slice(0, 12), curve, baseline: BASELINE, backup: false });
    expect(short.curve).toHaveLength(12);
    expect(short.recommendedApplications).toBeLessThanOrEqual(12);
  });

  it('recommends nothing, costs nothing and signals nothing without eligible programs', () => {
    const empty = buildSpecialtyStrategy({ specialty: IM, ranked: [], curve: [], baseline: BASELINE, backup: true });
    expect(empty).toMatchObject({ recommendedApplications: 0, cost: { applications: 0, usd: 0 }, signals: [], tierMixHints: [] });
  });
});

describe('buildSpecialtyStrategy for an applicant whose every program is a long shot', () => {
  // Like a non-U.S. IMG who needs a visa, in Internal Medicine: 260 eligible programs, interview
  // chances of 0.2–4%, a curve drawn for the first 150 that ends near 36%.
  const ranked: StrategyProgram[] = Array.from({ length: 260 }, (_, i) => {
    const chance = 0.04 - (0.038 * i) / 259;
    return { program: { id: `img-${String(i + 1).padStart(3, '0')}` }, chance, fit: (i * 37) % 100, tier: tierFor(chance) };
  });
  const strategy = buildSpecialtyStrategy({ specialty: IM, ranked, curve: geometricCurve(0.003, 150), baseline: BASELINE, backup: false });

  it('recommends applying widely, says the chance stays low and suggests a backup specialty', () => {
    expect(strategy.recommendedApplications).toBe(140);
    expect(strategy.recommendationStop).toBe('low_ceiling');
    expect(strategy.recommendationReason).toBe(
      'Applying to the first 150 programs on your ranked list would add under 2 percentage points beyond 140 applications: ' +
        'even with all of them your estimated chance of matching is 36%, so consider a backup specialty as well',
    );
  });

  it('says the all-reach mix is expected rather than asking for targets that are not there', () => {
    expect(strategy.tierMix).toEqual({ reach: 140, target: 0, safety: 0 });
    expect(strategy.tierMixHints.map((hint) => hint.kind)).toEqual(['reach_heavy_unavoidable']);
  });

  it('still places every signal, on the likeliest long shots', () => {
    expect(strategy.signals).toHaveLength(15);
    expect(strategy.signals.map((signal) => signal.programId).slice(0, 3)).toEqual(['img-001', 'img-002', 'img-003']);
    expect(strategy.signalNote).toBeNull();
  });
});

describe('buildSpecialtyStrategies and totalCost', () => {
  it('marks every specialty after the first as a backup, each with its own fee tiers', () => {
    const [first, backup] = buildSpecialtyStrategies([
      // Still rising at its end (the last program adds 13 points), so all 43 are recommended.
      { specialty: IM, ranked: rankedList(43, 'im'), curve: curveFromChances([...Array<number>(42).fill(0.02), 0.3]), baseline: BASELINE },
      { specialty: DR, ranked: rankedList(7, 'dr'), curve: geometricCurve(0.05, 7), baseline: BASELINE },
    ]);
    expect([first?.backup, backup?.backup]).toEqual([false, true]);
    expect(first?.cost).toEqual({ applications: 43, usd: 720 });
    expect(backup?.cost).toEqual({ applications: 7, usd: 77 });
    // AAMC's worked example for the 2026 season: 43 Internal Medicine + 7 Diagnostic Radiology = $797.
    expect(totalCost([first, backup].filter((s) => s !== undefined))).toEqual({ applications: 50, usd: 797 });
  });

  it('works on the engine’s own ranked programs', () => {
    const output = rankPrograms(makeEngineInput());
    const im = output.results.filter((r) => r.program.specialtyCode === 'IM');
    const strategy = buildSpecialtyStrategy({
      specialty: IM,
      ranked: im,
      curve: curveFromChances(im.map((r) => r.chance * 0.3)),
      baseline: BASELINE,
      backup: false,
    });
    expect(strategy.recommendedApplications).toBeGreaterThan(0);
    expect(strategy.recommendedApplications).toBeLessThanOrEqual(im.length);
    const recommended = im.slice(0, strategy.recommendedApplications);
    for (const signal of strategy.signals) {
      expect(recommended.find((r) => r.program.id === signal.programId)?.tier).not.toBe('safety');
    }
  });
});
