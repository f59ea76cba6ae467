import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/recommendations/route';
import type { ApiErrorBody, ExpandedRecommendationResponse, RecommendationResponse } from '@/lib/recommendations/types';
import { MAX_PAGE_SIZE } from '@/lib/schemas/recommendation';
import { jsonRequest, validRequest } from './helpers';

async function recommend(body: unknown, init?: RequestInit) {
  const response = await POST(jsonRequest('/api/recommendations', body, init));
  return { response, json: (await response.json()) as RecommendationResponse & ApiErrorBody };
}

describe('POST /api/recommendations', () => {
  it('ranks real catalog rows for an anonymous applicant', async () => {
    const { response, json } = await recommend(validRequest);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(json.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json.catalogVersion).toMatch(/^rev-\d+$/);
    expect(json.demoCatalog).toBe(true);
    expect(json.total).toBeGreaterThan(100);
    expect(json.results).toHaveLength(50);
    json.results.forEach((result, index) => {
      expect(result.rank).toBe(index + 1);
      expect(result.program.specialty).toBe('IM');
      expect(['reach', 'target', 'safety']).toContain(result.tier);
      expect(result.chance).toBeGreaterThanOrEqual(0);
      expect(result.chance).toBeLessThanOrEqual(1);
      expect(result.interviewChance.estimate).toBe(result.chance);
      expect(result.interviewChance.low).toBeLessThanOrEqual(result.chance);
      expect(result.interviewChance.high).toBeGreaterThanOrEqual(result.chance);
      expect(result.matchChance.estimate).toBeLessThanOrEqual(result.chance);
      expect(result.fit).toBeGreaterThanOrEqual(0);
      expect(result.fit).toBeLessThanOrEqual(100);
      expect(result.reasons.length).toBeGreaterThanOrEqual(1);
    });
    const tiers = json.tierCounts;
    expect(tiers.reach + tiers.target + tiers.safety).toBe(json.total);
  });

  it('answers lean by default and in full with expand: the same ranking, the same named fields, details added (issue 18)', async () => {
    const body = { ...validRequest, profile: { ...validRequest.profile }, preferences: { specialties: ['IM', 'FM'], preferredStates: ['NY'] }, limit: 100 };
    const lean = await recommend(body);
    const full = await recommend({ ...body, expand: true });
    expect(lean.response.status).toBe(200);
    expect(full.response.status).toBe(200);
    const leanResults = lean.json.results;
    const fullResults = (full.json as unknown as ExpandedRecommendationResponse).results;
    expect(leanResults).toHaveLength(100);
    expect(fullResults.map((r) => r.program.id)).toEqual(leanResults.map((r) => r.program.id));
    // The contract's fields (DESIGN.md §4) and what the page shows, in every lean result; nothing else.
    for (const result of leanResults) {
      expect(Object.keys(result).sort()).toEqual(['chance', 'fit', 'interviewChance', 'matchChance', 'program', 'rank', 'reasons', 'tier']);
      expect(Object.keys(result.program).sort()).toEqual(['acgmeId', 'city', 'id', 'institution', 'name', 'source', 'sourceDate', 'specialty', 'specialtyName', 'state']);
    }
    fullResults.forEach((result, index) => {
      const { chanceRange, fitFactors, program, ...rest } = result;
      const { region, type, setting, size, positions, sponsorsJ1, sponsorsH1b, ...named } = program;
      expect({ ...rest, program: named }).toEqual(leanResults[index]);
      expect(chanceRange).toEqual({ low: result.interviewChance.low, high: result.interviewChance.high });
      expect(fitFactors.length).toBeGreaterThan(0);
      expect(fitFactors.find((f) => f.factor === 'location')?.agreement).toBeDefined();
      expect(region).toMatch(/^[A-Z_]+$/);
      for (const fact of [type, setting, size, positions, sponsorsJ1, sponsorsH1b]) expect(fact).not.toBeUndefined();
    });
    // The rest of the reply is the same either way (the PGY-1 rows hold the same programs, lean or expanded).
    const strip = (reply: RecommendationResponse) => ({
      ...reply,
      results: [],
      // Curves: the lean one keeps fewer points, of the same values (the next test).
      specialties: reply.specialties.map((s) => ({
        ...s,
        curve: [],
        pgy1: s.pgy1 ? { ...s.pgy1, curve: [], programs: s.pgy1.programs.map((p) => p.program.id) } : null,
      })),
    });
    expect(strip(lean.json)).toEqual(strip(full.json));
    // And it is smaller: a page of 100 lean results under 800 bytes each, where the expanded one is far over.
    expect(JSON.stringify(leanResults).length).toBeLessThan(800 * 100);
    expect(JSON.stringify(fullResults).length).toBeGreaterThan(1.5 * JSON.stringify(leanResults).length);
  });

  it('keeps, in the lean curve, every point the page names and the same values as the full curve', async () => {
    const body = { ...validRequest, preferences: { specialties: ['IM'] }, limit: 10 };
    const lean = (await recommend(body)).json.specialties[0]!;
    const full = (await recommend({ ...body, expand: true })).json.specialties[0]!;
    const byCount = new Map(full.curve.map((point) => [point.applications, point.matchProbability]));
    expect(full.curve.map((point) => point.applications)).toEqual(full.curve.map((_, i) => i + 1));
    expect(lean.curve.length).toBeLessThan(full.curve.length);
    for (const point of lean.curve) expect(point.matchProbability).toBe(byCount.get(point.applications));
    const kept = new Set(lean.curve.map((point) => point.applications));
    const named = [1, lean.recommendedApplications, full.curve.at(-1)!.applications, ...lean.countsByTarget.map((c) => c.applications)];
    for (const count of named) if (count !== null && count > 0 && count <= full.curve.length) expect(kept).toContain(count);
    for (const count of byCount.keys()) if (count % 5 === 0) expect(kept).toContain(count);
  });

  it('says what is wrong with an expand that is not true or false', async () => {
    const { response, json } = await recommend({ ...validRequest, expand: 'yes' });
    expect(response.status).toBe(400);
    expect(json.error.fields?.expand).toEqual(['expand must be true or false']);
  });

  it('counts the whole ranking by state and tier, not only the returned page', async () => {
    const { json } = await recommend({ ...validRequest, limit: 5 });
    expect(json.results).toHaveLength(5);
    const states = Object.entries(json.byState);
    expect(states.length).toBeGreaterThan(10);
    const sum = (tier: 'reach' | 'target' | 'safety') => states.reduce((total, [, counts]) => total + counts[tier], 0);
    expect(sum('reach')).toBe(json.tierCounts.reach);
    expect(sum('target')).toBe(json.tierCounts.target);
    expect(sum('safety')).toBe(json.tierCounts.safety);
    expect(sum('reach') + sum('target') + sum('safety')).toBe(json.total);
    for (const [state, counts] of states) {
      expect(state).toMatch(/^[A-Z]{2}$/);
      expect(counts.reach + counts.target + counts.safety).toBeGreaterThan(0);
    }
    // Every page of the ranking, counted by hand, gives the same table.
    const counted: Record<string, Record<'reach' | 'target' | 'safety', number>> = {};
    for (let offset = 0; offset < json.total; offset += MAX_PAGE_SIZE) {
      const page = await recommend({ ...validRequest, limit: MAX_PAGE_SIZE, offset });
      for (const result of page.json.results) {
        const state = (counted[result.program.state] ??= { reach: 0, target: 0, safety: 0 });
        state[result.tier] += 1;
      }
    }
    expect(json.byState).toEqual(counted);
  });

  it('returns the same ranking for the same input', async () => {
    const first = await recommend(validRequest);
    const second = await recommend(validRequest);
    expect(second.json).toEqual(first.json);
  });

  it('pages through the ranking with limit and offset', async () => {
    const all = await recommend({ ...validRequest, limit: 20 });
    const page = await recommend({ ...validRequest, limit: 10, offset: 10 });
    expect(page.json.results.map((r) => r.program.id)).toEqual(all.json.results.slice(10, 20).map((r) => r.program.id));
    expect(page.json.results[0]?.rank).toBe(11);
  });

  it('never returns a program in an excluded state and counts the exclusions', async () => {
    const { json } = await recommend({
      ...validRequest,
      preferences: { specialties: ['IM'], excludedStates: ['NY', 'CA'] },
      limit: 500,
    });
    expect(json.results.some((r) => ['NY', 'CA'].includes(r.program.state))).toBe(false);
    expect(json.excluded.byReason.state_excluded).toBeGreaterThan(0);
  });

  it('excludes programs that do not sponsor the visa the applicant needs', async () => {
    const needsH1b = await recommend({
      profile: { ...validRequest.profile, applicantType: 'NON_US_IMG', graduationYear: 2024, usceMonths: 6, visaNeeded: 'H1B' },
      preferences: { specialties: ['IM'] },
      limit: 500,
      expand: true,
    });
    expect(needsH1b.response.status).toBe(200);
    expect(needsH1b.json.excluded.byReason.visa_not_sponsored).toBeGreaterThan(0);
    expect((needsH1b.json as unknown as ExpandedRecommendationResponse).results.every((r) => r.program.sponsorsH1b !== false)).toBe(true);
  });

  it('answers 400 with field messages for invalid input', async () => {
    const { response, json } = await recommend({
      profile: { applicantType: 'DOCTOR', graduationYear: 'soon', step2Score: 999, visaNeeded: 'NONE' },
      preferences: { specialties: [] },
    });
    expect(response.status).toBe(400);
    expect(json.error.code).toBe('invalid_input');
    expect(Object.keys(json.error.fields ?? {})).toEqual(
      expect.arrayContaining(['profile.applicantType', 'profile.graduationYear', 'profile.step2Score', 'preferences.specialties']),
    );
  });

  it('refuses unknown fields and server-owned fields', async () => {
    const { response, json } = await recommend({ ...validRequest, userId: 'someone-else' });
    expect(response.status).toBe(400);
    expect(json.error.fields).toEqual({ userId: ['Not a field this request takes: remove it'] });
  });

  it('answers 400 for an unknown specialty code', async () => {
    const { response, json } = await recommend({ ...validRequest, preferences: { specialties: ['NOPE'] } });
    expect(response.status).toBe(400);
    expect(json.error.fields?.['preferences.specialties']?.[0]).toMatch(/Unknown specialty: NOPE/);
  });

  it('answers 400 for a body that is not JSON, without a stack trace', async () => {
    const { response, json } = await recommend('{"profile": ');
    expect(response.status).toBe(400);
    expect(json.error.message).toBe('The request body is not valid JSON.');
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers 413 for a body over 64 KB, before parsing it', async () => {
    const huge = JSON.stringify({ ...validRequest, padding: 'x'.repeat(70 * 1024) });
    const { response, json } = await recommend(huge);
    expect(response.status).toBe(413);
    expect(json.error.code).toBe('payload_too_large');
  });

  it('answers 413 for a streamed body over the limit with no Content-Length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await POST(
      new Request('http://localhost:3000/api/recommendations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
  });
});

describe('POST /api/recommendations — the application strategy', () => {
  it('gives each chosen specialty a baseline, a rising curve, a recommended count, its tier mix, cost and signals', async () => {
    const { response, json } = await recommend({
      ...validRequest,
      preferences: { specialties: ['IM', 'NEURO'] },
      limit: 500,
    });
    expect(response.status).toBe(200);
    expect(json.specialties.map((s) => s.code)).toEqual(['IM', 'NEURO']);
    expect(json.specialties.map((s) => s.backup)).toEqual([false, true]);
    for (const strategy of json.specialties) {
      const { baseline, curve } = strategy;
      expect(baseline.low).toBeLessThanOrEqual(baseline.estimate);
      expect(baseline.high).toBeGreaterThanOrEqual(baseline.estimate);
      expect(curve.length).toBeGreaterThan(10);
      curve.forEach((point, i) => {
        // Every count at first; the lean reply thins the curve further on (issue 18).
        if (i < 20) expect(point.applications).toBe(i + 1);
        else expect(point.applications).toBeGreaterThan(curve[i - 1]!.applications);
        if (i > 0) expect(point.matchProbability).toBeGreaterThanOrEqual(curve[i - 1]!.matchProbability);
      });
      expect(strategy.recommendedApplications).toBeGreaterThan(0);
      expect(strategy.recommendedApplications).toBeLessThanOrEqual(strategy.eligiblePrograms);
      const mix = strategy.tierMix;
      expect(mix.reach + mix.target + mix.safety).toBe(strategy.recommendedApplications);
      // ERAS 2026: $11 for each of the first 30 per specialty, $30 after.
      const n = strategy.cost.applications;
      expect(strategy.cost.usd).toBe(Math.min(n, 30) * 11 + Math.max(0, n - 30) * 30);
      const ids = new Set(json.results.filter((r) => r.program.specialty === strategy.code).map((r) => r.program.id));
      for (const signal of strategy.signals) {
        expect(ids.has(signal.programId)).toBe(true);
        expect(signal.reason.length).toBeGreaterThan(10);
      }
    }
    const im = json.specialties[0]!;
    // Internal Medicine: 3 gold and 12 silver signals (AAMC, 2025 ERAS season).
    expect(im.signals.filter((s) => s.kind === 'gold').length).toBeLessThanOrEqual(3);
    expect(im.signals.filter((s) => s.kind === 'silver').length).toBeLessThanOrEqual(12);
    // Neurology mostly starts at PGY-2: its PGY-1 applications (issue 16) are in the total too.
    expect(json.specialties[1]!.pgy1?.required).toBe(true);
    expect(json.totalCost.applications).toBe(json.specialties.reduce((sum, s) => sum + s.cost.applications + (s.pgy1?.cost.applications ?? 0), 0));
    expect(json.totalCost.programFeesUsd).toBe(json.specialties.reduce((sum, s) => sum + s.cost.usd + (s.pgy1?.cost.usd ?? 0), 0));
    // Both on ERAS: the USMLE transcript once.
    expect(json.totalCost.oneTimeFees.map((f) => `${f.service} ${f.key}`)).toEqual(['ERAS usmle_transcript']);
    expect(json.totalCost.usd).toBe(json.totalCost.programFeesUsd + 80);
    expect(json.sources.fees.year).toBe(2026);
    expect(json.sources.fees.source).toMatch(/ERAS/);
  });

  it('gives each program an interview and a match chance, the match chance never above the interview chance', async () => {
    const { json } = await recommend({ ...validRequest, limit: 100 });
    for (const result of json.results) {
      expect(result.chance).toBe(result.interviewChance.estimate);
      expect(result.matchChance.estimate).toBeLessThanOrEqual(result.interviewChance.estimate);
      expect(result.matchChance.low).toBeLessThanOrEqual(result.matchChance.estimate);
      expect(result.matchChance.high).toBeGreaterThanOrEqual(result.matchChance.estimate);
    }
  });

  it('tells an IMG which small change opens the most programs, with exact counts', async () => {
    const body = {
      profile: { applicantType: 'NON_US_IMG', graduationYear: 2024, step2Score: 242, usceMonths: 0, visaNeeded: 'H1B' },
      preferences: { specialties: ['IM'] },
    };
    const { json } = await recommend(body);
    expect(json.unlockHints.length).toBeGreaterThan(0);
    const visaHint = json.unlockHints.find((hint) => hint.kind === 'visa_accept_j1');
    expect(visaHint?.programs).toBeGreaterThan(0);
    const widened = await recommend({ ...body, profile: { ...body.profile, visaNeeded: 'J1_OR_H1B' } });
    expect(widened.json.total - json.total).toBe(visaHint!.programs);
  });
});
