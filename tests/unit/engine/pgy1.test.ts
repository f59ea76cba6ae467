import { describe, expect, it } from 'vitest';
import { generateDemoCatalog } from '@/lib/catalog/demo-generator';
import { planApplications, planCost } from '@/lib/engine';
import type { ApplicantProfile, EngineInput, Preferences } from '@/lib/engine/types';
import { ADVANCED_TRACK_SHARE_NRMP_2020 } from '@/lib/reference/program-distribution';
import { seasonFacts } from '@/lib/reference/seasons';

const catalog = generateDemoCatalog();
const SEASON = 2027;

function plan(profile: ApplicantProfile, preferences: Preferences, withPgy1 = true) {
  const input: EngineInput = {
    profile,
    preferences,
    programs: catalog.programs,
    specialties: catalog.specialties,
    seasonYear: SEASON,
    page: { offset: 0, limit: 10 },
    ...(withPgy1 ? { pgy1Programs: catalog.pgy1Programs } : {}),
  };
  return planApplications(input);
}

const usMd = (step2Score: number): ApplicantProfile => ({ applicantType: 'US_MD', graduationYear: 2027, step2Score, examFailures: 0, researchItems: 6, visaNeeded: 'NONE' });
const usImg: ApplicantProfile = { applicantType: 'US_IMG', graduationYear: 2025, step2Score: 250, examFailures: 0, researchItems: 3, usceMonths: 4, visaNeeded: 'NONE' };
const nonUsImgJ1: ApplicantProfile = { applicantType: 'NON_US_IMG', graduationYear: 2025, step2Score: 242, examFailures: 0, researchItems: 3, usceMonths: 3, visaNeeded: 'J1' };

describe('the PGY-1 year of an advanced specialty (dermatology)', () => {
  const out = plan(usMd(265), { specialties: ['DERM'] });
  const derm = out.strategies[0]!;
  const pgy1 = out.pgy1BySpecialty.DERM!;

  it('is required, because recommended dermatology programs start at PGY-2', () => {
    expect(pgy1).not.toBeNull();
    expect(pgy1.kind).toBe('required');
    expect(pgy1.required).toBe(true);
    const advanced = out.results.filter((r) => r.program.specialtyCode === 'DERM').slice(0, derm.recommendedApplications).filter((r) => r.program.track === 'ADVANCED');
    expect(pgy1.advancedApplications).toBe(advanced.length);
    expect(pgy1.why).toContain(`${advanced.length} of the ${derm.recommendedApplications} Dermatology programs`);
  });

  it('plans transitional and preliminary medicine years, ranked by the engine, reaching the target', () => {
    expect(pgy1.tracks.map((t) => t.code)).toEqual(['TY', 'IM']);
    expect(pgy1.recommendationStop).toBe('target');
    expect(pgy1.matchChanceAtRecommended).toBeGreaterThanOrEqual(0.9);
    expect(pgy1.recommendedApplications).toBeGreaterThan(0);
    expect(pgy1.recommendedApplications).toBe(pgy1.tierMix.reach + pgy1.tierMix.target + pgy1.tierMix.safety);
    for (const p of pgy1.programs) {
      expect(p.program.track).toBe('PRELIMINARY');
      expect(['TY', 'IM']).toContain(p.program.specialtyCode);
      expect(p.matchChance.estimate).toBeLessThanOrEqual(p.interviewChance.estimate);
      expect(p.reasons.length).toBeGreaterThan(0);
    }
    expect(pgy1.programs.map((p) => p.pgy1Rank)).toEqual(pgy1.programs.map((_, i) => i + 1));
  });

  it('puts programs in the regions of the advanced programs first', () => {
    const flags = pgy1.programs.map((p) => p.sameRegion);
    expect(flags[0]).toBe(true);
    // No program outside those regions comes before one inside them.
    expect(flags.indexOf(false) === -1 || flags.slice(flags.indexOf(false)).every((f) => !f)).toBe(true);
    for (const p of pgy1.programs.filter((q) => q.sameRegion)) expect(pgy1.regions).toContain(p.program.region);
  });

  it('prices the PGY-1 applications on ERAS and counts them in the total cost, once', () => {
    const season = seasonFacts(SEASON);
    expect(pgy1.cost.usd).toBe(pgy1.costByTrack.reduce((sum, line) => sum + line.usd, 0));
    expect(pgy1.cost.usd).toBeGreaterThan(0);
    const expected = planCost(season, usMd(265), [
      { specialtyCode: 'DERM', applications: derm.recommendedApplications },
      ...pgy1.costByTrack.map((line) => ({ specialtyCode: line.code, applications: line.applications })),
    ]);
    expect(out.totalCost).toEqual(expected);
    expect(out.totalCost.applications).toBe(derm.recommendedApplications + pgy1.recommendedApplications);
    // The one-time transcript fee is paid once, not again for the PGY-1 applications.
    expect(out.totalCost.oneTimeFees.filter((line) => line.service === 'ERAS')).toHaveLength(1);
    // The overall chance is of a residency match: its count is the residency applications'.
    expect(out.overall.applications).toBe(derm.recommendedApplications);
  });

  it('asks a weaker applicant for at least as many PGY-1 applications', () => {
    const weaker = plan(usMd(240), { specialties: ['DERM'] }).pgy1BySpecialty.DERM!;
    expect(weaker.recommendedApplications).toBeGreaterThanOrEqual(pgy1.recommendedApplications);
  });

  it('is left out when the caller gives no PGY-1 programs', () => {
    expect(plan(usMd(265), { specialties: ['DERM'] }, false).pgy1BySpecialty.DERM).toBeNull();
  });
});

describe('categorical specialties', () => {
  it('need no PGY-1 year when the target is within reach (US MD, internal medicine)', () => {
    const out = plan(usMd(245), { specialties: ['IM'] });
    expect(out.pgy1BySpecialty.IM).toBeNull();
  });

  it('offer preliminary surgery as a fallback with its own chance, outside the plan, where the target is out of reach (US IMG, surgery)', () => {
    const out = plan(usImg, { specialties: ['GS'] });
    const gs = out.strategies[0]!;
    expect(gs.recommendationStop).toBe('unreachable');
    const fallback = out.pgy1BySpecialty.GS!;
    expect(fallback.kind).toBe('fallback');
    expect(fallback.required).toBe(false);
    expect(fallback.tracks.map((t) => t.code)).toEqual(['GS']);
    expect(fallback.recommendedApplications).toBe(0);
    expect(fallback.cost).toEqual({ applications: 0, usd: 0 });
    expect(fallback.options.map((o) => o.applications)).toEqual([10, 20, 40]);
    for (let i = 1; i < fallback.options.length; i++) {
      expect(fallback.options[i]!.matchChance).toBeGreaterThanOrEqual(fallback.options[i - 1]!.matchChance);
      expect(fallback.options[i]!.usd).toBeGreaterThan(fallback.options[i - 1]!.usd);
    }
    // Preliminary surgery beside 200 categorical surgery applications is priced in surgery's upper fee band.
    expect(fallback.options[0]!.usd).toBe(10 * 30);
    expect(fallback.programs.every((p) => p.program.specialtyCode === 'GS' && p.program.track === 'PRELIMINARY')).toBe(true);
    expect(out.totalCost.applications).toBe(gs.recommendedApplications);
  });

  it('give a visa-needing applicant no PGY-1 program known not to sponsor the visa', () => {
    const fallback = plan(nonUsImgJ1, { specialties: ['IM'] }).pgy1BySpecialty.IM!;
    expect(fallback.programs.length).toBeGreaterThan(0);
    expect(fallback.programs.some((p) => p.program.sponsorsJ1 === true)).toBe(true);
    expect(fallback.programs.filter((p) => p.program.sponsorsJ1 === false)).toEqual([]);
  });
});

describe('backup suggestions', () => {
  it('never suggest a specialty that mostly starts at PGY-2, nor a PGY-1 year alone', () => {
    for (const profile of [usImg, nonUsImgJ1]) {
      const out = plan(profile, { specialties: ['GS'] });
      expect(out.backupSuggestions.length).toBeGreaterThan(0);
      for (const s of out.backupSuggestions) {
        expect(s.specialtyCode).not.toBe('TY');
        expect(ADVANCED_TRACK_SHARE_NRMP_2020[s.specialtyCode] ?? 0).toBeLessThan(0.5);
      }
    }
  });
});
