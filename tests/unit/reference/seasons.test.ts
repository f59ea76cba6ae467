import { describe, expect, it } from 'vitest';
import {
  matchYearOf,
  noticesFor,
  oneTimeFeesFor,
  programFeesUsd,
  seasonFacts,
  seasonLabel,
  SEASONS,
  serviceProgramFeesUsd,
  specialtySeason,
  transcriptsFor,
  type ApplicationService,
} from '@/lib/reference/seasons';
import { SPECIALTY_REFERENCE } from '@/lib/reference/specialties';

const facts = seasonFacts(2027);
const eras = facts.fees.ERAS!;
const cas = facts.fees.ResidencyCAS!;

describe('the 2026–27 season', () => {
  it('is the season of Match 2027, chosen by date: from June an applicant is in next year’s Match', () => {
    expect(facts.season).toBe('2026–27');
    expect(matchYearOf(new Date('2026-12-07T12:00:00Z'))).toBe(2027);
    expect(matchYearOf(new Date('2026-05-31T12:00:00Z'))).toBe(2026);
    expect(matchYearOf(new Date('2026-06-01T00:00:00Z'))).toBe(2027);
  });

  it('falls back to the newest earlier season when a later one has no module, and to the oldest before any', () => {
    expect(seasonFacts(2031).season).toBe(SEASONS[0]!.season);
    expect(seasonFacts(2001).season).toBe(SEASONS[SEASONS.length - 1]!.season);
  });

  it('names the service, match and signals of every specialty SmartPick ranks (none falls to the default)', () => {
    for (const s of SPECIALTY_REFERENCE) expect(facts.specialties[s.code], s.code).toBeDefined();
    expect(specialtySeason(facts, 'EM').service).toBe('ResidencyCAS');
    expect(specialtySeason(facts, 'OBGYN').service).toBe('ResidencyCAS');
    expect(specialtySeason(facts, 'URO')).toMatchObject({ service: 'ERAS', matchHeldBy: 'AUA' });
    expect(specialtySeason(facts, 'IM').service).toBe('ERAS');
    expect(facts.notRanked.map((s) => [s.code, s.service])).toContainEqual(['OPHTH', 'SF Match']);
  });

  it('gives every figure a source and the season it was published for, and calls none verified that is from another season', () => {
    const figures = [eras, cas, ...facts.oneTimeFees, ...Object.values(facts.specialties).flatMap((s) => (s.signals ? [s.signals] : []))];
    for (const f of figures) {
      expect(f.source.length).toBeGreaterThan(10);
      expect(f.publishedFor).toMatch(/^\d{4}–\d{2}$/);
      if (f.publishedFor !== facts.season) expect(f.verified).toBe(false);
    }
    expect(seasonLabel(eras, facts.season)).toBe('2025–26 figure; the 2026–27 figure was not found, so this one is used (not verified)');
    expect(seasonLabel({ ...eras, publishedFor: '2026–27', verified: true }, facts.season)).toBe('2026–27 figure');
  });
});

describe('fees', () => {
  it.each([
    ['30 Emergency Medicine programs (AAMC example 1)', [30], 330],
    ['43 Internal Medicine + 7 Diagnostic Radiology (AAMC example 2)', [43, 7], 797],
    ['32 Internal Medicine + 32 Emergency Medicine (AAMC example 3)', [32, 32], 780],
    ['none', [0], 0],
  ])('ERAS: %s = $%s', (_, counts, usd) => {
    expect(serviceProgramFeesUsd(eras, counts)).toBe(usd);
  });

  it.each([
    [0, 0],
    [1, 99],
    [18, 99],
    [19, 117],
    [30, 315],
    [46, 683], // SAEM's example
    [60, 1005], // the issue's: ERAS fees would be $1,230
  ])('ResidencyCAS: %i programs = $%i', (n, usd) => {
    expect(programFeesUsd(cas, n)).toBe(usd);
  });

  it('refuses a count that is not a whole number of programs', () => {
    expect(() => programFeesUsd(eras, -1)).toThrow(RangeError);
    expect(() => programFeesUsd(eras, 2.5)).toThrow(RangeError);
  });

  it.each([
    [{ applicantType: 'US_MD', step2Score: 240 }, ['usmle_transcript']],
    [{ applicantType: 'NON_US_IMG' }, ['usmle_transcript']],
    [{ applicantType: 'US_DO', comlexLevel2Score: 520 }, ['comlex_transcript']],
    [{ applicantType: 'US_DO' }, ['comlex_transcript']],
    [{ applicantType: 'US_DO', step2Score: 245 }, ['usmle_transcript']],
    [{ applicantType: 'US_DO', step2Score: 245, comlexLevel2Score: 540 }, ['comlex_transcript', 'usmle_transcript']],
  ])('transcripts for %o: %o', (profile, keys) => {
    expect([...transcriptsFor(profile)].sort()).toEqual(keys);
  });

  it.each<[string, { applicantType: string; step2Score?: number; comlexLevel2Score?: number }, ApplicationService[], number]>([
    ['a US MD on ERAS only: one USMLE transcript', { applicantType: 'US_MD', step2Score: 240 }, ['ERAS'], 80],
    ['a US MD on ResidencyCAS only (EM)', { applicantType: 'US_MD', step2Score: 240 }, ['ResidencyCAS'], 80],
    ['a US MD on both: each service its transcript fee', { applicantType: 'US_MD', step2Score: 240 }, ['ERAS', 'ResidencyCAS'], 160],
    ['an IMG on ERAS: transcript and ECFMG token', { applicantType: 'NON_US_IMG', step2Score: 240 }, ['ERAS'], 245],
    ['a DO with both exams on ERAS', { applicantType: 'US_DO', step2Score: 245, comlexLevel2Score: 540 }, ['ERAS'], 160],
  ])('one-time fees, %s', (_, profile, services, usd) => {
    expect(oneTimeFeesFor(facts, profile, new Set(services)).reduce((sum, fee) => sum + fee.usd, 0)).toBe(usd);
  });
});

describe('notices', () => {
  const kinds = (profile: Parameters<typeof noticesFor>[1], specialties: string[]) => noticesFor(facts, profile, specialties).map((n) => n.kind);
  const usMd = { applicantType: 'US_MD', visaNeeded: 'NONE', step2Score: 245, examFailures: 0 };

  it.each<[string, Parameters<typeof noticesFor>[1], string[], string[]]>([
    ['a US MD with a score, in IM: none', usMd, ['IM'], []],
    ['a US MD in EM: ResidencyCAS', usMd, ['EM'], ['residencycas']],
    ['a US MD with a failed attempt: the passing score', { ...usMd, examFailures: 1 }, ['IM'], ['step2_passing_score']],
    ['an IMG needing an H-1B: the petition fee and Step 3', { applicantType: 'NON_US_IMG', visaNeeded: 'H1B', step2Score: 240, examFailures: 0 }, ['IM'], ['h1b_petition_fee', 'h1b_step3']],
    ['an IMG needing a J-1: J-1 processing', { applicantType: 'NON_US_IMG', visaNeeded: 'J1', step2Score: 240, examFailures: 0 }, ['IM'], ['j1_processing']],
    [
      'an IMG taking either visa, without a Step 2 CK score yet, in OB/GYN: all five',
      { applicantType: 'NON_US_IMG', visaNeeded: 'J1_OR_H1B' },
      ['OBGYN'],
      ['h1b_petition_fee', 'h1b_step3', 'j1_processing', 'step2_passing_score', 'residencycas'],
    ],
    ['a DO on COMLEX alone: not the Step 2 CK score', { applicantType: 'US_DO', visaNeeded: 'NONE', comlexLevel2Score: 520, examFailures: 0 }, ['FM'], []],
  ])('%s', (_, profile, specialties, expected) => {
    expect(kinds(profile, specialties)).toEqual(expected);
  });

  it('gives every notice its source, year and season', () => {
    for (const n of facts.notices) {
      expect(n.source).toMatch(/\b20\d{2}\b/);
      expect(n.year).toBeGreaterThanOrEqual(2024);
      expect(n.text.length).toBeGreaterThan(40);
    }
    expect(seasonLabel({ source: 'x', publishedFor: '2026–27', verified: false }, '2026–27')).toBe('2026–27 figure, not verified at its source');
  });
});
