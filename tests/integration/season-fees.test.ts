// Issue 16 parts 1–2: every cost follows its specialty's application service and the season's fees,
// and the one-time fees are counted once per service, in the reply of POST /api/recommendations.
import { describe, expect, it } from 'vitest';
import { POST as recommend } from '@/app/api/recommendations/route';
import { GET as specialties } from '@/app/api/specialties/route';
import { invalidateCatalogSnapshot } from '@/lib/catalog/snapshot';
import { getDb } from '@/lib/db/client';
import type { RecommendationResponse } from '@/lib/recommendations/types';
import { jsonRequest, validRequest } from './helpers';

async function rank(body: unknown): Promise<RecommendationResponse> {
  const response = await recommend(jsonRequest('/api/recommendations', body));
  if (response.status !== 200) throw new Error(`ranking failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as RecommendationResponse;
}

const eras = (n: number) => Math.min(n, 30) * 11 + Math.max(0, n - 30) * 30;
const residencyCas = (n: number) => (n === 0 ? 0 : 99 + Math.max(0, Math.min(n, 30) - 18) * 18 + Math.max(0, n - 30) * 23);

describe('costs by application service', () => {
  it('charges EM and OB/GYN ResidencyCAS fees, IM ERAS fees, and each service’s USMLE transcript once', async () => {
    const reply = await rank({ ...validRequest, preferences: { specialties: ['EM', 'OBGYN', 'IM'] } });
    const byCode = new Map(reply.specialties.map((s) => [s.code, s]));
    expect(byCode.get('EM')!.applicationService).toBe('ResidencyCAS');
    expect(byCode.get('OBGYN')!.applicationService).toBe('ResidencyCAS');
    expect(byCode.get('IM')!.applicationService).toBe('ERAS');
    for (const code of ['EM', 'OBGYN']) {
      const s = byCode.get(code)!;
      expect(s.cost.usd, code).toBe(residencyCas(s.cost.applications));
      expect(s.fees.text).toContain('ResidencyCAS: $99 for programs 1–18');
      expect(s.fees.season).toContain('2025–26 figure');
    }
    const im = byCode.get('IM')!;
    expect(im.cost.usd).toBe(eras(im.cost.applications));
    expect(im.fees.source).toContain('AAMC');
    // Two services, so two transcript fees; the ResidencyCAS bands start again for OB/GYN after EM.
    expect(reply.totalCost.oneTimeFees.map((f) => `${f.service} ${f.key} ${f.usd}`)).toEqual(['ERAS usmle_transcript 80', 'ResidencyCAS usmle_transcript 80']);
    expect(reply.totalCost.programFeesUsd).toBe(reply.specialties.reduce((sum, s) => sum + s.cost.usd, 0));
    expect(reply.totalCost.usd).toBe(reply.totalCost.programFeesUsd + 160);
    expect(reply.overall.usd).toBe(reply.totalCost.usd);
  });

  it('charges an international graduate the ECFMG token once, with the transcript, on ERAS', async () => {
    const reply = await rank({
      profile: { applicantType: 'NON_US_IMG', graduationYear: 2025, step2Score: 245, examFailures: 0, researchItems: 3, usceMonths: 3, visaNeeded: 'J1' },
      preferences: { specialties: ['IM', 'FM'] },
    });
    expect(reply.totalCost.oneTimeFees.map((f) => f.key).sort()).toEqual(['ecfmg_token', 'usmle_transcript']);
    expect(reply.totalCost.usd - reply.totalCost.programFeesUsd).toBe(245);
    for (const fee of reply.totalCost.oneTimeFees) {
      expect(fee.source.length).toBeGreaterThan(10);
      expect(fee.season).toMatch(/figure/);
    }
  });

  it('charges a DO with COMLEX only the COMLEX transcript', async () => {
    const reply = await rank({
      profile: { applicantType: 'US_DO', graduationYear: 2027, comlexLevel2Score: 520, examFailures: 0, researchItems: 2, visaNeeded: 'NONE' },
      preferences: { specialties: ['FM'] },
    });
    expect(reply.totalCost.oneTimeFees.map((f) => f.key)).toEqual(['comlex_transcript']);
  });
});

describe('GET /api/specialties', () => {
  it('gives each specialty its application service and who holds its match, and lists ophthalmology with what SmartPick cannot do for it', async () => {
    const response = await specialties();
    expect(response.status).toBe(200);
    const list = (await response.json()) as { code: string; applicationService: string; matchHeldBy: string; ranked: boolean; note?: string }[];
    const byCode = new Map(list.map((s) => [s.code, s]));
    expect(byCode.get('EM')).toMatchObject({ applicationService: 'ResidencyCAS', matchHeldBy: 'NRMP', ranked: true });
    expect(byCode.get('URO')).toMatchObject({ applicationService: 'ERAS', matchHeldBy: 'AUA', ranked: true });
    expect(byCode.get('IM')).toMatchObject({ applicationService: 'ERAS', matchHeldBy: 'NRMP', ranked: true });
    expect(byCode.get('OPHTH')).toMatchObject({ applicationService: 'SF Match', matchHeldBy: 'SF Match', ranked: false });
    expect(byCode.get('OPHTH')!.note).toMatch(/cannot rank/);
  });

  it('refuses to rank ophthalmology with a clear reason', async () => {
    const response = await recommend(jsonRequest('/api/recommendations', { ...validRequest, preferences: { specialties: ['OPHTH'] } }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Record<string, string[]> } };
    expect(body.error.fields['preferences.specialties']![0]).toMatch(/SF Match/);
  });
});

describe('notices', () => {
  const img = (visaNeeded: string) => ({ applicantType: 'NON_US_IMG', graduationYear: 2025, step2Score: 245, examFailures: 0, researchItems: 3, usceMonths: 3, visaNeeded });

  it('tells an applicant who needs an H-1B about the petition fee and Step 3, each with its source and year, and nobody else', async () => {
    const h1b = await rank({ profile: img('H1B'), preferences: { specialties: ['IM'] } });
    expect(h1b.notices.map((n) => n.kind)).toEqual(['h1b_petition_fee', 'h1b_step3']);
    for (const n of h1b.notices) {
      expect(n.source.length).toBeGreaterThan(20);
      expect(n.year).toBeGreaterThanOrEqual(2025);
      expect(n.verified).toBe(false);
    }
    const j1 = await rank({ profile: img('J1'), preferences: { specialties: ['IM'] } });
    expect(j1.notices.map((n) => n.kind)).toEqual(['j1_processing']);
    const usMd = await rank(validRequest);
    expect(usMd.notices).toEqual([]);
  });

  it('tells EM and OB/GYN applicants about ResidencyCAS, and a failed attempt about the Step 2 CK passing score', async () => {
    const em = await rank({ ...validRequest, preferences: { specialties: ['EM'] } });
    expect(em.notices.map((n) => n.kind)).toEqual(['residencycas']);
    const failed = await rank({ ...validRequest, profile: { ...validRequest.profile, examFailures: 1 } });
    expect(failed.notices.map((n) => n.kind)).toEqual(['step2_passing_score']);
  });
});

describe('preliminary programs (issue 16)', () => {
  it('keeps a preliminary (PGY-1 only) program out of its specialty’s ranking, where it is no residency to match into', async () => {
    const db = getDb();
    const id = 'test-prelim-im';
    const before = await rank({ ...validRequest, limit: 1 });
    await db.program.create({
      data: {
        id, name: 'Zzyzx Preliminary Medicine', institution: 'Zzyzx Hospital', specialtyCode: 'IM', state: 'NY', region: 'NORTHEAST',
        track: 'PRELIMINARY', positions: 6, sponsorsJ1: true, shareImg: 0.9, source: 'season-fees.test',
      },
    });
    await db.catalogRevision.create({ data: { reason: 'season-fees.test: a preliminary program' } });
    invalidateCatalogSnapshot();
    try {
      const reply = await rank({ ...validRequest, limit: 500 });
      expect(reply.catalogVersion).not.toBe(before.catalogVersion);
      // Nothing else would leave it out for this applicant: were it ranked, the total would be one more.
      expect(reply.total).toBe(before.total);
      expect(reply.results.some((r) => r.program.id === id)).toBe(false);
    } finally {
      await db.program.delete({ where: { id } });
      await db.catalogRevision.create({ data: { reason: 'season-fees.test: preliminary program removed' } });
      invalidateCatalogSnapshot();
    }
  });
});
