import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeSignals, signalBudget } from '@/lib/engine/strategy';
import type { SignalCandidate } from '@/lib/engine/strategy';
import { signalEffect } from '@/lib/engine/strategy/signal-effect';
import { CALIBRATION_COEFFICIENTS } from '@/lib/engine/calibration/coefficients';
import type { LatentParameters } from '@/lib/engine/calibration/latent';
import type { SignalKind, SpecialtyStats } from '@/lib/engine';

type Signals = SpecialtyStats['signals'];
const TWO_TIER: Signals = { single: null, gold: 3, silver: 12 }; // Internal Medicine, AAMC 2025
const SINGLE_TIER: Signals = { single: 5, gold: null, silver: null }; // Family Medicine, AAMC 2025
const NONE: Signals = { single: null, gold: null, silver: null };

const { strengthSdLogit, matchPerInterview, matchedInterviewRate } = CALIBRATION_COEFFICIENTS.latent;
const US: LatentParameters = { strengthSdLogit, matchPerInterview: matchPerInterview.us };
const IMG: LatentParameters = { strengthSdLogit, matchPerInterview: matchPerInterview.img };
const logit = (p: number): number => Math.log(p / (1 - p));

function candidate(id: string, interviewChance: number, institution = `inst-${id}`): SignalCandidate {
  return { program: { id, institution }, interviewLogit: logit(interviewChance) };
}
const specialty = (code: string, name: string, signals: Signals) => ({ code, name, signals });
const kindsOf = (placements: { kind: SignalKind }[]): SignalKind[] => placements.map((p) => p.kind);

describe('signalBudget', () => {
  it.each<{ signals: Signals; budget: SignalKind[] }>([
    { signals: TWO_TIER, budget: [...Array<SignalKind>(3).fill('gold'), ...Array<SignalKind>(12).fill('silver')] },
    { signals: SINGLE_TIER, budget: Array<SignalKind>(5).fill('single') },
    { signals: { single: null, gold: 2, silver: null }, budget: ['gold', 'gold'] },
    { signals: NONE, budget: [] },
    { signals: { single: -2, gold: null, silver: null }, budget: [] },
  ])('gives $budget for $signals', ({ signals, budget }) => {
    expect(signalBudget(signals)).toEqual(budget);
  });
});

describe('signalEffect', () => {
  it('credits half the published log-odds gap to the signal (orthopaedics 24.4% vs 0.92%)', () => {
    const effect = signalEffect('ORTHO');
    expect(effect.published).toBe(true);
    expect(effect.uplift.single).toBeCloseTo(0.5 * (logit(0.244) - logit(0.0092)), 6);
    expect(effect.source).toContain('2022–23');
  });

  it('gives gold more uplift than silver, by the OB/GYN gold-over-silver gap', () => {
    const effect = signalEffect('IM');
    expect(effect.uplift.gold - effect.uplift.silver).toBeCloseTo(0.5 * (logit(0.64) - logit(0.44)), 6);
    expect(effect.published).toBe(false);
    expect(effect.source).toContain('median of the published ones');
  });
});

describe('placeSignals', () => {
  // A US senior in Internal Medicine: interview chances from a long shot to a near-certainty.
  const list = [
    candidate('sure', 0.95),
    candidate('likely', 0.6),
    candidate('typical', matchedInterviewRate.us),
    candidate('stretch', 0.15),
    candidate('long-shot', 0.01),
  ];

  it('signals where a signal adds most to the chance of matching: not the near-certainty, not the long shot', () => {
    const plan = placeSignals(specialty('IM', 'Internal Medicine', { single: null, gold: 1, silver: 1 }), list, US);
    const ids = plan.placements.map((p) => p.programId);
    expect(ids).toHaveLength(2);
    expect(ids).not.toContain('sure');
    expect(ids).not.toContain('long-shot');
    expect(kindsOf(plan.placements)).toEqual(['gold', 'silver']);
    expect(plan.note).toBeNull();
  });

  it('shows each placement with and without the signal, and what it adds, in words', () => {
    const [first] = placeSignals(specialty('IM', 'Internal Medicine', { single: 1, gold: null, silver: null }), list, US).placements;
    expect(first).toBeDefined();
    expect(first!.interviewWith).toBeGreaterThan(first!.interviewWithout);
    expect(first!.matchGain).toBeGreaterThan(0);
    expect(first!.reason).toMatch(/^Signal: raises your estimated interview chance here from \d+% to \d+%, and your chance of matching in Internal Medicine by [\d.]+ points?: more than a signal anywhere else on your list$/);
  });

  it('places no two signals at one institution, and says how many are left when institutions run out', () => {
    const shared = [candidate('a', 0.3, 'same'), candidate('b', 0.3, 'same'), candidate('c', 0.3, 'other')];
    const plan = placeSignals(specialty('FM', 'Family Medicine', SINGLE_TIER), shared, US);
    expect(plan.placements.map((p) => p.programId)).toEqual(['a', 'c']);
    expect(plan.note).toBe(
      '3 signals left unplaced: your list has no more institutions to signal (one signal per institution). Add programs from further down your ranked list to use them',
    );
  });

  it('places no signals, and says so, when the specialty has none published', () => {
    const plan = placeSignals(specialty('OBGYN', 'Obstetrics and Gynecology', NONE), list, US);
    expect(plan.placements).toEqual([]);
    expect(plan.note).toBe('No program signals published for Obstetrics and Gynecology for this season: none placed');
  });

  it('breaks ties by rank, so the same list always gets the same signals', () => {
    const tied = [candidate('b', 0.3), candidate('a', 0.3), candidate('c', 0.3)];
    expect(placeSignals(specialty('X', 'X', { single: 2, gold: null, silver: null }), tied, US).placements.map((p) => p.programId)).toEqual(['b', 'a']);
  });

  const signalsArbitrary = fc.record({
    single: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    gold: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
    silver: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  });
  const candidatesArbitrary = fc.array(
    fc.record({ id: fc.integer({ min: 1, max: 400 }), chance: fc.double({ min: 0.001, max: 0.99, noNaN: true }), institution: fc.integer({ min: 1, max: 30 }) }),
    { maxLength: 60 },
  );

  it('never exceeds the counts, never signals twice or twice at one institution, each gain is positive, and is deterministic', () => {
    fc.assert(
      fc.property(signalsArbitrary, candidatesArbitrary, fc.boolean(), (signals, raw, img) => {
        const seen = new Set<number>();
        const unique = raw.filter((r) => !seen.has(r.id) && seen.add(r.id));
        const candidates = unique.map((r) => candidate(`p${r.id}`, r.chance, `i${r.institution}`));
        const latent = img ? IMG : US;
        const plan = placeSignals(specialty('X', 'X', signals), candidates, latent);
        const budget = signalBudget(signals);
        for (const kind of ['gold', 'silver', 'single'] as const) {
          expect(plan.placements.filter((p) => p.kind === kind).length).toBeLessThanOrEqual(budget.filter((k) => k === kind).length);
        }
        const ids = plan.placements.map((p) => p.programId);
        expect(new Set(ids).size).toBe(ids.length);
        const institutionOf = new Map(candidates.map((c) => [c.program.id, c.program.institution]));
        const institutions = ids.map((id) => institutionOf.get(id));
        expect(new Set(institutions).size).toBe(institutions.length);
        expect(plan.placements.length).toBe(Math.min(budget.length, new Set(candidates.map((c) => c.program.institution)).size));
        for (const p of plan.placements) expect(p.interviewWith).toBeGreaterThanOrEqual(p.interviewWithout);
        expect(placeSignals(specialty('X', 'X', signals), candidates, latent)).toEqual(plan);
      }),
    );
  });

  it('places every gold signal before any silver one', () => {
    fc.assert(
      fc.property(candidatesArbitrary, (raw) => {
        const candidates = raw.map((r, i) => candidate(`p${i}`, r.chance, `i${i}`));
        const plan = placeSignals(specialty('IM', 'Internal Medicine', TWO_TIER), candidates, US);
        const kinds = kindsOf(plan.placements);
        const firstSilver = kinds.indexOf('silver');
        if (firstSilver !== -1) expect(kinds.slice(firstSilver).every((k) => k === 'silver')).toBe(true);
      }),
    );
  });
});
