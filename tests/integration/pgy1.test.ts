// Issue 16 part 3: the PGY-1 year. A dermatology plan carries its PGY-1 applications and their cost
// in the reply of POST /api/recommendations (ranked from the catalog's Transitional Year and
// preliminary programs in a real database); a categorical specialty out of reach offers preliminary
// positions as a fallback; Transitional Year is listed, browsable, and never a plan's specialty.
import { describe, expect, it } from 'vitest';
import { POST as recommend } from '@/app/api/recommendations/route';
import { GET as specialties } from '@/app/api/specialties/route';
import { GET as programs } from '@/app/api/programs/route';
import { getDb } from '@/lib/db/client';
import type { SpecialtyListing } from '@/lib/catalog/specialties';
import type { ProgramSummary } from '@/lib/catalog/program-search';
import type { RecommendationResponse } from '@/lib/recommendations/types';
import { BASE_URL, jsonRequest } from './helpers';

async function rank(body: unknown): Promise<RecommendationResponse> {
  const response = await recommend(jsonRequest('/api/recommendations', body));
  if (response.status !== 200) throw new Error(`ranking failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as RecommendationResponse;
}

const eras = (n: number) => Math.min(n, 30) * 11 + Math.max(0, n - 30) * 30;
const dermApplicant = { applicantType: 'US_MD', graduationYear: 2027, step2Score: 262, examFailures: 0, researchItems: 8, visaNeeded: 'NONE' };

describe('a dermatology plan (advanced: PGY-2 start)', () => {
  it('adds a PGY-1 plan of transitional and preliminary medicine programs, with its ERAS cost in totalCost', async () => {
    const reply = await rank({ profile: dermApplicant, preferences: { specialties: ['DERM'] } });
    const derm = reply.specialties[0]!;
    const pgy1 = derm.pgy1!;
    expect(pgy1).not.toBeNull();
    expect(pgy1.required).toBe(true);
    expect(pgy1.kind).toBe('required');
    expect(pgy1.advancedApplications).toBeGreaterThan(0);
    expect(pgy1.advancedApplications).toBeLessThanOrEqual(derm.recommendedApplications);
    expect(pgy1.tracks.map((t) => t.code)).toEqual(['TY', 'IM']);
    expect(pgy1.recommendedApplications).toBeGreaterThan(0);
    expect(pgy1.matchChanceAtRecommended).toBeGreaterThanOrEqual(reply.matchTarget);
    expect(pgy1.tierMix.reach + pgy1.tierMix.target + pgy1.tierMix.safety).toBe(pgy1.recommendedApplications);

    // Each track is its own ERAS specialty, its fee bands from the start.
    for (const line of pgy1.costByTrack) expect(line.usd, line.code).toBe(eras(line.applications));
    expect(pgy1.cost).toEqual({ applications: pgy1.recommendedApplications, usd: pgy1.costByTrack.reduce((sum, l) => sum + l.usd, 0) });
    expect(reply.totalCost.applications).toBe(derm.cost.applications + pgy1.cost.applications);
    expect(reply.totalCost.programFeesUsd).toBe(derm.cost.usd + pgy1.cost.usd);
    expect(reply.totalCost.usd).toBe(reply.totalCost.programFeesUsd + 80);

    // The programs are the catalog's own preliminary programs, as the database holds them.
    const ids = pgy1.programs.map((p) => p.program.id);
    const rows = await getDb().program.findMany({ where: { id: { in: ids } }, select: { id: true, track: true, specialtyCode: true } });
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) {
      expect(row.track).toBe('PRELIMINARY');
      expect(['TY', 'IM']).toContain(row.specialtyCode);
    }
    // None of them is among the ranked dermatology results.
    expect(reply.results.some((r) => ids.includes(r.program.id))).toBe(false);
    expect(pgy1.programs[0]!.reasons.length).toBeGreaterThan(0);
    expect(pgy1.note).toMatch(/not calibrated/);
  });

  it('needs no PGY-1 plan for internal medicine within reach', async () => {
    const reply = await rank({ profile: { ...dermApplicant, step2Score: 248 }, preferences: { specialties: ['IM'] } });
    expect(reply.specialties[0]!.pgy1).toBeNull();
  });
});

describe('a preliminary fallback', () => {
  it('offers a US IMG out of reach in surgery preliminary surgery positions with their own chance, outside the plan', async () => {
    const reply = await rank({
      profile: { applicantType: 'US_IMG', graduationYear: 2025, step2Score: 250, examFailures: 0, researchItems: 3, usceMonths: 4, visaNeeded: 'NONE' },
      preferences: { specialties: ['GS'] },
    });
    const gs = reply.specialties[0]!;
    expect(gs.recommendationStop).toBe('unreachable');
    const fallback = gs.pgy1!;
    expect(fallback.kind).toBe('fallback');
    expect(fallback.options.length).toBe(3);
    expect(fallback.options[2]!.matchChance).toBeGreaterThan(fallback.options[0]!.matchChance);
    expect(fallback.recommendationReason).toMatch(/^Not in your plan's count or cost/);
    expect(reply.totalCost.applications).toBe(gs.cost.applications);
    expect(fallback.programs.every((p) => p.trackName === 'Preliminary General Surgery')).toBe(true);
  });
});

describe('Transitional Year in the catalog', () => {
  it('is listed by GET /api/specialties as not ranked on its own, and ranking it is a 400 that says why', async () => {
    const listed = (await (await specialties()).json()) as SpecialtyListing[];
    const ty = listed.find((s) => s.code === 'TY')!;
    expect(ty.ranked).toBe(false);
    expect(ty.applicationService).toBe('ERAS');
    expect(ty.note).toMatch(/PGY-1 year/);
    const response = await recommend(jsonRequest('/api/recommendations', { profile: dermApplicant, preferences: { specialties: ['TY'] } }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Record<string, string[]> } };
    expect(body.error.fields['preferences.specialties']?.join(' ')).toMatch(/Transitional Year is a PGY-1 year/);
  });

  it('has its NRMP 2020 programs, and preliminary medicine and surgery programs, all on the preliminary track', async () => {
    const db = getDb();
    const count = (specialtyCode: string) => db.program.count({ where: { source: 'demo', specialtyCode, track: 'PRELIMINARY' } });
    expect(await count('TY')).toBe(171);
    expect(await count('IM')).toBe(340);
    expect(await count('GS')).toBe(247);
    expect(await db.program.count({ where: { specialtyCode: 'TY', track: { not: 'PRELIMINARY' } } })).toBe(0);
    const response = await programs(new Request(`${BASE_URL}/api/programs?specialty=TY&track=PRELIMINARY&limit=5`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; programs: (ProgramSummary & { track: string })[] };
    expect(body.total).toBe(171);
    expect(body.programs.every((p) => p.track === 'PRELIMINARY')).toBe(true);
  });
});
