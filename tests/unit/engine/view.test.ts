import { describe, expect, it } from 'vitest';
import { generateDemoCatalog } from '@/lib/catalog/demo-generator';
import { rankPrograms } from '@/lib/engine';
import { applyView, foldForSearch, isIdentityView } from '@/lib/engine/view';
import type { ApplicantProfile, EngineInput } from '@/lib/engine/types';

const { programs, specialties } = generateDemoCatalog();
const profile: ApplicantProfile = { applicantType: 'US_MD', graduationYear: 2027, step2Score: 240, examFailures: 0, researchItems: 2, visaNeeded: 'NONE' };
const base: EngineInput = { profile, preferences: { specialties: ['IM', 'FM'] }, programs, specialties, seasonYear: 2027, page: { offset: 0, limit: 20 } };
const whole = rankPrograms({ ...base, page: undefined });

describe('a view of the ranking (issue 17)', () => {
  it('keeps only the tiers and states asked for, in rank order', () => {
    const kept = applyView(whole.results, { tiers: ['target'], states: ['NY', 'NJ'] });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(whole.results.filter((r) => r.tier === 'target' && ['NY', 'NJ'].includes(r.program.state)));
  });

  it('finds a program by its city, ignoring case and accents', () => {
    const city = whole.results[5]!.program.city!;
    const kept = applyView(whole.results, { q: `  ${city.toUpperCase()} ` });
    expect(kept.map((r) => r.program.id)).toContain(whole.results[5]!.program.id);
    expect(kept.every((r) => foldForSearch(`${r.program.name} ${r.program.institution} ${r.program.city}`).includes(foldForSearch(city)))).toBe(true);
    expect(foldForSearch('Saint-Étienne')).toBe('saint-etienne');
  });

  it('sorts by match chance (ties by rank) and by name', () => {
    const byChance = applyView(whole.results, { sort: 'chance' });
    expect(byChance).toHaveLength(whole.results.length);
    for (let i = 1; i < byChance.length; i++) {
      const [a, b] = [byChance[i - 1]!, byChance[i]!];
      expect(a.matchChance.estimate > b.matchChance.estimate || (a.matchChance.estimate === b.matchChance.estimate && a.rank < b.rank)).toBe(true);
    }
    const byName = applyView(whole.results, { sort: 'name' }).map((r) => r.program.name);
    expect(byName).toEqual([...byName].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
  });

  it('changes neither the ranking nor its strategies, and writes reasons for the view’s page', () => {
    const viewed = rankPrograms({ ...base, view: { states: ['OH'], sort: 'name' } });
    expect(viewed.results.map((r) => [r.program.id, r.rank, r.tier])).toEqual(whole.results.map((r) => [r.program.id, r.rank, r.tier]));
    expect(viewed.curves).toEqual(whole.curves);
    expect(viewed.view!.total).toBe(whole.results.filter((r) => r.program.state === 'OH').length);
    for (const r of viewed.view!.results.slice(0, 20)) expect(r.reasons.length).toBeGreaterThan(0);
    for (const r of viewed.view!.results.slice(20)) expect(r.reasons).toEqual([]);
  });

  it('is no view at all without a filter and in the ranking’s order', () => {
    expect(isIdentityView({ sort: 'rank', tiers: [], q: ' ' })).toBe(true);
    expect(rankPrograms({ ...base, view: { sort: 'rank' } }).view).toBeUndefined();
  });
});

describe('a view of named programs (issue 17: a program page, compare)', () => {
  it('keeps only the programs asked for, in rank order, with their reasons', () => {
    const ids = [whole.results[7]!.program.id, whole.results[2]!.program.id, 'demo-XX-9999'];
    const viewed = rankPrograms({ ...base, view: { ids } });
    expect(viewed.view!.results.map((r) => r.program.id)).toEqual([whole.results[2]!.program.id, whole.results[7]!.program.id]);
    expect(viewed.view!.results.map((r) => r.rank)).toEqual([3, 8]);
    for (const r of viewed.view!.results) expect(r.reasons.length).toBeGreaterThan(0);
  });
});
