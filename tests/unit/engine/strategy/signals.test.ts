import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIGNAL_BAND_MAX_CHANCE, SIGNAL_BAND_MIN_CHANCE, placeSignals, signalBudget } from '@/lib/engine/strategy';
import type { SignalCandidate } from '@/lib/engine/strategy';
import { REACH_BELOW, SAFETY_FROM, tierFor } from '@/lib/engine';
import type { SignalKind, SpecialtyStats } from '@/lib/engine';

type Signals = SpecialtyStats['signals'];
const TWO_TIER: Signals = { single: null, gold: 3, silver: 12 }; // Internal Medicine, AAMC 2025
const SINGLE_TIER: Signals = { single: 5, gold: null, silver: null }; // Family Medicine, AAMC 2025
const NONE: Signals = { single: null, gold: null, silver: null };

function candidate(id: string, chance: number, fit: number): SignalCandidate {
  return { program: { id }, chance, fit, tier: tierFor(chance) };
}

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

describe('placeSignals', () => {
  const candidates = [
    candidate('safe-1', 0.4, 95),
    candidate('reach-a', 0.08, 86),
    candidate('target-b', 0.3, 80),
    candidate('long-shot', 0.01, 99),
    candidate('target-c', 0.15, 70),
    candidate('reach-d', 0.06, 60),
    candidate('long-shot-2', 0.03, 50),
  ];

  it('puts gold on the best-fitting programs in the band and silver on the next, never on a safety', () => {
    const plan = placeSignals({ single: null, gold: 2, silver: 2 }, 'Internal Medicine', candidates);
    expect(plan.placements.map((p) => [p.programId, p.kind])).toEqual([
      ['reach-a', 'gold'],
      ['target-b', 'gold'],
      ['target-c', 'silver'],
      ['reach-d', 'silver'],
    ]);
    expect(plan.note).toBeNull();
  });

  it('explains each placement in plain words', () => {
    const [first, second] = placeSignals({ single: null, gold: 2, silver: 0 }, 'Internal Medicine', candidates).placements;
    expect(first?.reason).toBe(
      'Gold signal: your top fit (86) among programs where a signal can turn a reach into an interview (estimated interview chance 8%)',
    );
    expect(second?.reason).toBe(
      'Gold signal: your 2nd-best fit (80) among programs where a signal can tip a realistic chance of an interview your way ' +
        '(estimated interview chance 30%)',
    );
  });

  it('uses long shots only once the band is used up, the likeliest first, and says why', () => {
    const plan = placeSignals(SINGLE_TIER, 'Family Medicine', candidates);
    expect(plan.placements.map((p) => p.programId)).toEqual(['reach-a', 'target-b', 'target-c', 'reach-d', 'long-shot-2']);
    expect(kindsOf(plan.placements)).toEqual(Array(5).fill('single'));
    expect(plan.placements[4]?.reason).toBe(
      'Signal: a long shot (estimated interview chance 3%), but the best use left: no other program on your list is in the range where a signal helps most',
    );
  });

  it.each([
    { chance: 0.049, band: false },
    { chance: 0.05, band: true },
    { chance: 0.099, band: true },
    { chance: 0.1, band: true },
    { chance: 0.349, band: true },
  ])('counts a $chance interview chance in the band: $band', ({ chance, band }) => {
    // Against a likelier long shot: only a program in the band goes before it.
    const plan = placeSignals({ single: 1, gold: null, silver: null }, 'X', [candidate('other', 0.0499, 90), candidate('tested', chance, 10)]);
    expect(plan.placements[0]?.programId).toBe(band ? 'tested' : 'other');
  });

  it('gives an applicant whose chances are all below the band their likeliest long shots', () => {
    // A non-U.S. IMG who needs a visa, in Internal Medicine: interview chances of 0.2% to 4%.
    const img = [candidate('a', 0.002, 90), candidate('b', 0.04, 20), candidate('c', 0.009, 80), candidate('d', 0.024, 50)];
    const plan = placeSignals({ single: null, gold: 1, silver: 2 }, 'Internal Medicine', img);
    expect(plan.placements.map((p) => [p.programId, p.kind])).toEqual([
      ['b', 'gold'],
      ['d', 'silver'],
      ['c', 'silver'],
    ]);
    expect(plan.placements.every((p) => p.reason.includes('a long shot'))).toBe(true);
  });

  it('leaves signals unplaced rather than spend them on safeties, and says how many', () => {
    const plan = placeSignals(TWO_TIER, 'Internal Medicine', candidates);
    expect(plan.placements).toHaveLength(6);
    expect(plan.placements.some((p) => p.programId === 'safe-1')).toBe(false);
    expect(plan.note).toBe(
      '9 silver signals left unplaced: your list has no other program where a signal helps (safeties, where your chance is already high, need one least). ' +
        'Add programs from further down your ranked list to use them',
    );
  });

  it('places no signals, and says so, when the specialty has none published', () => {
    expect(placeSignals(NONE, 'Obstetrics and Gynecology', candidates)).toEqual({
      placements: [],
      note: 'No program signals published for Obstetrics and Gynecology for the 2025 ERAS season (AAMC): none placed',
    });
  });

  it('breaks ties in fit by rank, so the same list always gets the same signals', () => {
    const tied = [candidate('b', 0.3, 70), candidate('a', 0.3, 70), candidate('c', 0.3, 70)];
    expect(placeSignals({ single: 2, gold: null, silver: null }, 'X', tied).placements.map((p) => p.programId)).toEqual(['b', 'a']);
  });

  it('runs the band from half the reach threshold up to the safety threshold', () => {
    expect(SIGNAL_BAND_MIN_CHANCE).toBeCloseTo(REACH_BELOW / 2, 10);
    expect(SIGNAL_BAND_MIN_CHANCE).toBeCloseTo(0.05, 10);
    expect(tierFor(SIGNAL_BAND_MIN_CHANCE)).toBe('reach');
    expect(SIGNAL_BAND_MAX_CHANCE).toBe(SAFETY_FROM);
    expect(tierFor(SIGNAL_BAND_MAX_CHANCE)).toBe('safety');
  });

  const signalsArbitrary = fc.record({
    single: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    gold: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
    silver: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  });
  const candidatesArbitrary = fc.array(
    fc.record({
      id: fc.integer({ min: 1, max: 40 }).map((n) => `prog-${n}`),
      chance: fc.double({ min: 0, max: 1, noNaN: true }),
      fit: fc.double({ min: 0, max: 100, noNaN: true }),
    }),
    { maxLength: 60 },
  );

  it('never exceeds the counts, never signals outside the list or twice, never a safety, and is deterministic', () => {
    fc.assert(
      fc.property(signalsArbitrary, candidatesArbitrary, (signals, raw) => {
        const list = raw.map(({ id, chance, fit }) => candidate(id, chance, fit));
        const plan = placeSignals(signals, 'X', list);
        const budget = signalBudget(signals);
        for (const kind of ['gold', 'silver', 'single'] as const) {
          expect(plan.placements.filter((p) => p.kind === kind).length).toBeLessThanOrEqual(budget.filter((k) => k === kind).length);
        }
        const ids = plan.placements.map((p) => p.programId);
        expect(new Set(ids).size).toBe(ids.length);
        const firstById = new Map<string, SignalCandidate>();
        for (const c of list) if (!firstById.has(c.program.id)) firstById.set(c.program.id, c);
        for (const id of ids) {
          const signalled = firstById.get(id);
          expect(signalled).toBeDefined();
          expect(signalled?.tier).not.toBe('safety');
        }
        const open = [...firstById.values()].filter((c) => c.tier !== 'safety').length;
        expect(plan.placements).toHaveLength(Math.min(budget.length, open));
        expect(placeSignals(signals, 'X', list)).toEqual(plan);
      }),
    );
  });

  it('gives gold before silver: no silver goes to a better-fitting program in the band than a gold', () => {
    fc.assert(
      fc.property(candidatesArbitrary, (raw) => {
        const list = raw.map(({ id, chance, fit }) => candidate(id, chance, fit));
        const byId = new Map<string, SignalCandidate>();
        for (const c of list) if (!byId.has(c.program.id)) byId.set(c.program.id, c);
        const plan = placeSignals(TWO_TIER, 'Internal Medicine', list);
        const inBandFits = (kind: SignalKind): number[] =>
          plan.placements
            .filter((p) => p.kind === kind)
            .map((p) => byId.get(p.programId))
            .filter((c): c is SignalCandidate => c !== undefined && c.chance >= SIGNAL_BAND_MIN_CHANCE)
            .map((c) => c.fit);
        const silver = inBandFits('silver');
        for (const fit of inBandFits('gold')) expect(silver.every((s) => s <= fit)).toBe(true);
      }),
    );
  });
});
