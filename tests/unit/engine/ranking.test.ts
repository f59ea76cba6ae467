import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, RANK_WEIGHT_CHANCE, RANK_WEIGHT_FIT, rankPrograms, rankScore, tierFor } from '@/lib/engine';
import { buildCatalog, makeEngineInput, makePreferences, makeProfile, makeProgram } from './factories';

describe('rankPrograms', () => {
  const input = makeEngineInput({ preferences: makePreferences({ specialties: ['IM', 'FM'], preferredStates: ['NY', 'CA'], excludedStates: ['TX'] }) });
  const output = rankPrograms(input);

  it('ranks about 200 programs: every eligible one, ranks 1..n', () => {
    expect(input.programs).toHaveLength(200);
    expect(output.total).toBe(output.results.length);
    expect(output.total + output.excluded.total).toBe(200);
    expect(output.results.map((r) => r.rank)).toEqual(output.results.map((_, i) => i + 1));
    expect(output.engineVersion).toBe(ENGINE_VERSION);
  });

  it('orders by score, highest first, ties by program id', () => {
    for (const [a, b] of output.results.slice(1).map((r, i) => [output.results[i], r] as const)) {
      if (!a) throw new Error('missing result');
      expect(a.score > b.score || (a.score === b.score && a.program.id < b.program.id)).toBe(true);
    }
  });

  it('blends standing and fit with the documented weights, and tiers by chance against the applicant type’s thresholds', () => {
    expect(RANK_WEIGHT_CHANCE + RANK_WEIGHT_FIT).toBeCloseTo(1, 9);
    for (const r of output.results) {
      // The score blends the program's standing (not the applicant's chance) with fit: rank-score.ts.
      expect(r.score).toBeGreaterThanOrEqual(rankScore(0, r.fit));
      expect(r.score).toBeLessThanOrEqual(rankScore(1, r.fit));
      expect(r.tier).toBe(tierFor(r.chance, output.tierThresholds));
      expect(r.chanceRange.estimate).toBe(r.chance);
      expect(r.reasons.length).toBeGreaterThanOrEqual(3);
      expect(r.reasons.length).toBeLessThanOrEqual(5);
    }
  });

  it('leaves out excluded programs and counts them by reason', () => {
    expect(output.results.some((r) => r.program.state === 'TX')).toBe(false);
    const counted = Object.values(output.excluded.byReason).reduce((sum, n) => sum + n, 0);
    expect(counted).toBe(output.excluded.total);
  });

  it('gives the same output for the same input', () => {
    expect(JSON.stringify(rankPrograms(makeEngineInput(input)))).toBe(JSON.stringify(output));
  });

  it('does not depend on the order of the programs', () => {
    const reversed = rankPrograms({ ...input, programs: [...input.programs].reverse() });
    expect(reversed.results.map((r) => r.program.id)).toEqual(output.results.map((r) => r.program.id));
  });

  it('breaks exact ties by program id ascending, by code unit not locale', () => {
    const twins = ['b', 'B', 'a', 'A10', 'A2'].map((id) => makeProgram({ id }));
    const ranked = rankPrograms(makeEngineInput({ programs: twins }));
    expect(ranked.results.map((r) => r.program.id)).toEqual(['A10', 'A2', 'B', 'a', 'b']);
  });

  it('does not change its input', () => {
    const programs = buildCatalog(20);
    const snapshot = JSON.stringify(programs);
    rankPrograms(makeEngineInput({ programs }));
    expect(JSON.stringify(programs)).toBe(snapshot);
  });

  it('puts a program that beats the applicant on both chance and fit higher', () => {
    const strong = makeProgram({ id: 'z-strong', typicalStep2: 230, state: 'NY' });
    const weak = makeProgram({ id: 'a-weak', typicalStep2: 260, state: 'CA', region: 'WEST' });
    const ranked = rankPrograms(makeEngineInput({ programs: [weak, strong], profile: makeProfile(), preferences: makePreferences({ preferredStates: ['NY'] }) }));
    expect(ranked.results.map((r) => r.program.id)).toEqual(['z-strong', 'a-weak']);
  });

  it('reports each selected specialty’s baseline and a curve down its ranked list, at most 150 points', () => {
    expect(Object.keys(output.baselines).sort()).toEqual(['FM', 'IM']);
    for (const code of ['IM', 'FM']) {
      const ranked = output.results.filter((r) => r.program.specialtyCode === code);
      expect(output.curves[code]).toHaveLength(Math.min(150, ranked.length));
      expect(output.curves[code]?.[0]?.matchProbability).toBeCloseTo(ranked[0]?.matchChance.estimate ?? -1, 2);
    }
  });

  it('gives every program an interview chance and a smaller match chance; chance and range are the interview chance', () => {
    for (const r of output.results) {
      expect(r.chance).toBe(r.interviewChance.estimate);
      expect(r.chanceRange).toEqual(r.interviewChance);
      expect(r.matchChance.estimate).toBeLessThanOrEqual(r.interviewChance.estimate);
    }
  });

  it('returns an empty ranking when nothing is eligible', () => {
    const ranked = rankPrograms(makeEngineInput({ preferences: makePreferences({ specialties: ['DERM'] }) }));
    expect(ranked.total).toBe(0);
    expect(ranked.excluded).toEqual({ total: 200, byReason: { specialty_not_selected: 200 } });
  });
});
