// Issue 17 part 1: POST /api/recommendations pages through a view of the ranking (tiers, states, a
// search, an order) while its counts and strategies stay the whole ranking's.
import { describe, expect, it } from 'vitest';
import { POST as recommend } from '@/app/api/recommendations/route';
import type { RecommendationResponse } from '@/lib/recommendations/types';
import { jsonRequest, validRequest } from './helpers';

async function rank(body: unknown): Promise<{ status: number; json: RecommendationResponse & { error?: { fields?: Record<string, string[]> } } }> {
  const response = await recommend(jsonRequest('/api/recommendations', body));
  return { status: response.status, json: (await response.json()) as RecommendationResponse & { error?: { fields?: Record<string, string[]> } } };
}

// Pediatrics: under 500 programs, so one page holds the whole ranking to compare with.
const peds = { ...validRequest, preferences: { ...validRequest.preferences, specialties: ['PEDS'] } };

describe('a view of the ranking', () => {
  it('filters by tier and state, sorts by match chance, and keeps the whole ranking’s counts and strategies', async () => {
    const whole = await rank({ ...peds, limit: 500 });
    expect(whole.status).toBe(200);
    expect(whole.json.results).toHaveLength(whole.json.total);
    expect(whole.json.matching).toBe(whole.json.total);
    const state = whole.json.results[0]!.program.state;
    const viewed = await rank({ ...peds, limit: 10, view: { tiers: ['target', 'safety'], states: [state], sort: 'chance' } });
    expect(viewed.status).toBe(200);
    const expected = whole.json.results.filter((r) => r.tier !== 'reach' && r.program.state === state);
    expect(viewed.json.matching).toBe(expected.length);
    expect(viewed.json.total).toBe(whole.json.total);
    expect(viewed.json.tierCounts).toEqual(whole.json.tierCounts);
    expect(viewed.json.specialties.map((s) => s.recommendedApplications)).toEqual(whole.json.specialties.map((s) => s.recommendedApplications));
    const chances = viewed.json.results.map((r) => r.matchChance.estimate);
    expect(chances).toEqual([...chances].sort((a, b) => b - a));
    for (const r of viewed.json.results) {
      expect(r.program.state).toBe(state);
      expect(r.tier).not.toBe('reach');
      expect(r.reasons.length).toBeGreaterThan(0);
    }
  });

  it('pages through a search on names and places', async () => {
    const whole = await rank({ ...validRequest, limit: 500 });
    const city = whole.json.results[3]!.program.city!;
    const first = await rank({ ...validRequest, limit: 1, view: { q: city.toLowerCase() } });
    const second = await rank({ ...validRequest, limit: 1, offset: 1, view: { q: city.toLowerCase() } });
    expect(first.json.matching).toBeGreaterThanOrEqual(1);
    expect(first.json.results[0]!.program.city).toBe(whole.json.results.find((r) => r.program.city === city || r.program.name.includes(city))!.program.city);
    if (first.json.matching > 1) expect(second.json.results[0]!.program.id).not.toBe(first.json.results[0]!.program.id);
  });

  it('answers for named programs where they stand in the ranking (a program page, compare)', async () => {
    const whole = await rank({ ...peds, limit: 500 });
    const picked = [whole.json.results[9]!, whole.json.results[0]!];
    const named = await rank({ ...peds, limit: 10, view: { ids: [picked[0]!.program.id, picked[1]!.program.id, 'not-a-program'] } });
    expect(named.status).toBe(200);
    expect(named.json.matching).toBe(2);
    expect(named.json.results.map((r) => [r.program.id, r.rank, r.tier, r.matchChance])).toEqual(
      [picked[1]!, picked[0]!].map((r) => [r.program.id, r.rank, r.tier, r.matchChance]),
    );
    const tooMany = await rank({ ...peds, view: { ids: Array.from({ length: 11 }, (_, i) => `p${i}`) } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error!.fields!['view.ids']).toEqual(['At most 10 program ids']);
  });

  it('refuses a view it cannot read with field messages', async () => {
    const bad = await rank({ ...validRequest, view: { tiers: ['maybe'], sort: 'fit', q: 'x'.repeat(101), color: 'red' } });
    expect(bad.status).toBe(400);
    const fields = bad.json.error!.fields!;
    expect(fields['view.tiers.0']).toEqual(['Tier is one of reach, target, safety']);
    expect(fields['view.sort']).toEqual(['Sort is one of rank, chance, name']);
    expect(fields['view.q']).toEqual(['Search is at most 100 characters']);
    expect(fields['view.color']).toBeDefined();
  });
});
