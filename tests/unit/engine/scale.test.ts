// The engine on a 100k-program synthetic catalog: what must hold at that size (not how fast: speed is
// measured by npm run bench:engine, never in a unit test).
import { describe, expect, it } from 'vitest';
import { checkEligibility, CURVE_MAX_POINTS, planApplications, rankScore, tierFor, type EngineInput, type ExclusionReason } from '@/lib/engine';
import { buildCatalog, makeEngineInput, makePreferences, makeProfile } from './factories';

const SIZE = 100_000;
const PAGE = { offset: 40_000, limit: 100 };

describe(`the engine on ${SIZE.toLocaleString('en-US')} programs`, () => {
  // A failed attempt, graduated six years before the season, two states excluded: several kinds of exclusion occur.
  const base: EngineInput = makeEngineInput({
    profile: makeProfile({ applicantType: 'US_MD', graduationYear: 2021, step2Score: 262, examFailures: 1 }),
    preferences: makePreferences({ specialties: ['IM', 'FM'], preferredStates: ['NY', 'NJ'], excludedStates: ['TX', 'CA'], settings: ['URBAN'] }),
    programs: buildCatalog(SIZE, 7),
    page: PAGE,
  });
  const output = planApplications(base);
  const eligibleIds = new Set(
    base.programs.filter((p) => checkEligibility(p, base.profile, base.preferences, base.seasonYear) === null).map((p) => p.id),
  );

  it('ranks every eligible program exactly once, and counts every other one as excluded under its first reason', () => {
    expect(eligibleIds.size).toBeGreaterThan(SIZE / 10);
    expect(eligibleIds.size).toBeLessThan(SIZE);
    expect(output.total).toBe(eligibleIds.size);
    expect(output.results).toHaveLength(eligibleIds.size);
    const ranked = new Set(output.results.map((r) => r.program.id));
    expect(ranked.size).toBe(output.results.length);
    expect([...ranked].every((id) => eligibleIds.has(id))).toBe(true);

    const byReason: Partial<Record<ExclusionReason, number>> = {};
    for (const program of base.programs) {
      const first = checkEligibility(program, base.profile, base.preferences, base.seasonYear)?.[0];
      if (first) byReason[first] = (byReason[first] ?? 0) + 1;
    }
    expect(output.excluded.byReason).toEqual(byReason);
    expect(output.excluded.total + output.total).toBe(SIZE);
  });

  it('gives ranks 1..n in order of score, ties by id, with the documented score and tier', () => {
    // Checked in plain code and reported at once: one expect per program would be most of the test's time.
    const wrong: string[] = [];
    output.results.forEach((r, i) => {
      const previous = output.results[i - 1];
      if (r.rank !== i + 1) wrong.push(`${r.program.id}: rank ${r.rank} at position ${i + 1}`);
      if (r.score < rankScore(0, r.fit) || r.score > rankScore(1, r.fit)) wrong.push(`${r.program.id}: score ${r.score}`);
      if (r.tier !== tierFor(r.chance, output.tierThresholdsBySpecialty[r.program.specialtyCode]!)) wrong.push(`${r.program.id}: tier ${r.tier} for chance ${r.chance}`);
      if (!(r.interviewChance.low <= r.chance && r.chance <= r.interviewChance.high)) wrong.push(`${r.program.id}: chance outside its range`);
      if (r.matchChance.estimate > r.chance) wrong.push(`${r.program.id}: match chance above interview chance`);
      if (previous && !(previous.score > r.score || (previous.score === r.score && previous.program.id < r.program.id))) {
        wrong.push(`${previous.program.id} before ${r.program.id}`);
      }
    });
    expect(wrong.slice(0, 10)).toEqual([]);
    const tiers = new Set(output.results.map((r) => r.tier));
    expect(tiers.has('reach') && tiers.has('target')).toBe(true);
  });

  it('writes reasons and fit factors for the page only, the same as a wider page writes for those programs', () => {
    const onPage = (i: number) => i >= PAGE.offset && i < PAGE.offset + PAGE.limit;
    const explained = output.results.flatMap((r, i) => (r.reasons.length > 0 || r.fitFactors.length > 0 ? [i] : []));
    expect(explained).toEqual(output.results.flatMap((_, i) => (onPage(i) ? [i] : [])));
    expect(output.results.slice(PAGE.offset, PAGE.offset + PAGE.limit).every((r) => r.reasons.length >= 3 && r.fitFactors.length > 0)).toBe(true);
    // Explaining all 100k would be most of the test's time; a page around this one shows the same.
    const wider = planApplications({ ...base, page: { offset: PAGE.offset - 200, limit: PAGE.limit + 400 } });
    expect(wider.results.slice(PAGE.offset, PAGE.offset + PAGE.limit)).toEqual(output.results.slice(PAGE.offset, PAGE.offset + PAGE.limit));
    const order = (results: typeof output.results) => results.map((r) => r.program.id).join(' ');
    expect(order(wider.results) === order(output.results)).toBe(true);
    expect(wider.strategies).toEqual(output.strategies);
    expect(wider.curves).toEqual(output.curves);
  });

  it('plans each chosen specialty from its own ranked programs', () => {
    expect(output.strategies.map((s) => s.specialtyCode)).toEqual(['IM', 'FM']);
    for (const strategy of output.strategies) {
      const inSpecialty = output.results.filter((r) => r.program.specialtyCode === strategy.specialtyCode).length;
      expect(inSpecialty).toBeGreaterThan(0);
      expect(strategy.recommendedApplications).toBeGreaterThan(0);
      expect(strategy.recommendedApplications).toBeLessThanOrEqual(inSpecialty);
      expect(strategy.curve.length).toBeLessThanOrEqual(Math.min(inSpecialty, CURVE_MAX_POINTS));
    }
  });
}, 120_000);
