// Issue 15: the properties of Engine v3 as a user receives them, in the reply of POST
// /api/recommendations on the demo catalog in PostgreSQL, for every applicant type.
import { describe, expect, it } from 'vitest';
import { POST as recommend } from '@/app/api/recommendations/route';
import { getDb } from '@/lib/db/client';
import { TYPICAL_APPLICATIONS } from '@/lib/engine/calibration/baseline';
import type { ExpandedRecommendationResponse as ExpandedReply } from '@/lib/recommendations/types';
import { jsonRequest } from './helpers';

type Type = 'US_MD' | 'US_DO' | 'US_IMG' | 'NON_US_IMG';
const TYPES: Type[] = ['US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'];

function profile(type: Type, step2Score: number, extra: Record<string, unknown> = {}) {
  const img = type === 'US_IMG' || type === 'NON_US_IMG';
  return {
    applicantType: type,
    graduationYear: img ? 2025 : 2027,
    step2Score,
    examFailures: 0,
    researchItems: 3,
    ...(img ? { usceMonths: 3 } : {}),
    visaNeeded: type === 'NON_US_IMG' ? 'J1' : 'NONE',
    ...extra,
  };
}

async function rank(body: unknown): Promise<ExpandedReply> {
  // Expanded: some checks read the programs' catalog facts (the lean reply leaves them out, issue 18).
  const response = await recommend(jsonRequest('/api/recommendations', { ...(body as object), limit: 100, expand: true }));
  if (response.status !== 200) throw new Error(`ranking failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as ExpandedReply;
}

describe.each(TYPES)('the reply for a %s applicant', (type) => {
  it('never tells a weaker applicant to send fewer applications than a stronger one, at every target', async () => {
    for (const matchTarget of [80, 90, 95]) {
      const preferences = { specialties: ['IM'], matchTarget };
      const replies = await Promise.all(
        [255, 240, 222].map((score) => rank({ profile: profile(type, score, score === 222 ? { examFailures: 1 } : {}), preferences })),
      );
      const counts = replies.map((r) => r.specialties[0]!.recommendedApplications);
      expect(counts[1]).toBeGreaterThanOrEqual(counts[0]!);
      expect(counts[2]).toBeGreaterThanOrEqual(counts[1]!);
      expect(replies[0]!.matchTarget).toBe(matchTarget / 100);
    }
  });

  it('gives one overall chance, at least the best single specialty’s, with a range; and curves that never fall', async () => {
    const reply = await rank({ profile: profile(type, 240), preferences: { specialties: ['IM', 'FM'] } });
    const best = Math.max(...reply.specialties.map((s) => s.matchChanceAtRecommended));
    expect(reply.overall.matchChance.estimate).toBeGreaterThanOrEqual(best - 0.001);
    expect(reply.overall.matchChance.low).toBeLessThanOrEqual(reply.overall.matchChance.estimate);
    expect(reply.overall.matchChance.high).toBeGreaterThanOrEqual(reply.overall.matchChance.estimate);
    expect(reply.overall.applications).toBe(reply.specialties.reduce((sum, s) => sum + s.recommendedApplications, 0));
    for (const s of reply.specialties) {
      s.curve.forEach((point, i) => {
        if (i > 0) expect(point.matchProbability).toBeGreaterThanOrEqual(s.curve[i - 1]!.matchProbability);
      });
      expect(s.countsByTarget.map((c) => c.target)).toEqual([0.8, 0.9, 0.95]);
      for (const signal of s.signals) expect(signal.interviewWith).toBeGreaterThan(signal.interviewWithout);
    }
  });

  it.each([
    ['a typical', 240, {}],
    ['a weak', 215, { examFailures: 1, ...(type === 'US_IMG' || type === 'NON_US_IMG' ? { graduationYear: 2018 } : {}) }],
    ['a strong', 265, {}],
  ])('puts at least a tenth of %s applicant’s list in each of two tiers, in every specialty, and says what the tiers are drawn against', async (_, score, extra) => {
    for (const code of ['IM', 'DERM']) {
      const reply = await rank({ profile: profile(type, score, extra), preferences: { specialties: [code] } });
      const total = reply.tierCounts.reach + reply.tierCounts.target + reply.tierCounts.safety;
      const substantial = Object.values(reply.tierCounts).filter((n) => n >= 0.1 * total);
      const shown = reply.results.map((r) => r.interviewChance.estimate);
      // One tier only where the chances shown cannot be told apart (a weak IMG's few dermatology programs, all 0.0%).
      if (reply.total <= reply.results.length && Math.max(...shown) - Math.min(...shown) <= 0.001) {
        expect(Object.values(reply.tierCounts).filter((n) => n > 0), code).toHaveLength(1);
      } else {
        expect(substantial.length, `${code} ${JSON.stringify(reply.tierCounts)}`).toBeGreaterThanOrEqual(2);
      }
      const lines = reply.specialties[0]!.tierThresholds;
      expect(['applicants_like_you', 'your_list_below', 'your_list_above']).toContain(lines.basis);
      expect(reply.tierThresholds).toEqual(lines);
      // Every result's tier follows its own specialty's lines.
      for (const r of reply.results) {
        const expected = r.interviewChance.estimate < lines.reachBelow ? 'reach' : r.interviewChance.estimate >= lines.safetyFrom ? 'safety' : 'target';
        expect(r.tier).toBe(expected);
      }
    }
  });

  it('draws a curve that, at as many applications as applicants like this one typically send, comes within 5 points of the baseline', async () => {
    const reply = await rank({ profile: profile(type, 240), preferences: { specialties: ['IM'] } });
    const strategy = reply.specialties[0]!;
    const at = strategy.curve[Math.min(TYPICAL_APPLICATIONS[type], strategy.curve.length) - 1]!.matchProbability;
    expect(Math.abs(at - strategy.baseline.estimate)).toBeLessThanOrEqual(0.05);
  });

  it('never shows a civilian a military program, and shows a military applicant some', async () => {
    const preferences = { specialties: ['IM', 'FM', 'GS', 'EM'] };
    const civilian = await rank({ profile: profile(type, 240), preferences });
    const military = await rank({ profile: profile(type, 240, { military: true }), preferences });
    expect(civilian.excluded.byReason.military_only ?? 0).toBeGreaterThan(0);
    expect(military.excluded.byReason.military_only ?? 0).toBe(0);
    expect(military.total).toBeGreaterThan(civilian.total);
    expect(civilian.results.some((r) => r.program.type === 'MILITARY')).toBe(false);
  });
});

describe.each(['US_IMG', 'NON_US_IMG'] as const)('the reply for a %s applicant', (type) => {
  it('makes programs open to IMGs (more IMG residents) stand out as better bets', async () => {
    const reply = await rank({ profile: profile(type, 240), preferences: { specialties: ['IM'] } });
    // The first 100 of this applicant's ranked list against every Internal Medicine program in the catalog.
    const db = getDb();
    const top = await db.program.aggregate({ where: { id: { in: reply.results.map((r) => r.program.id) } }, _avg: { shareImg: true } });
    const all = await db.program.aggregate({ where: { specialtyCode: 'IM' }, _avg: { shareImg: true } });
    expect(top._avg.shareImg!).toBeGreaterThan(all._avg.shareImg! + 0.1);
    // And the top of the list says why.
    expect(reply.results.slice(0, 10).some((r) => r.reasons.some((reason) => /residents are IMGs/.test(reason)))).toBe(true);
  });
});
