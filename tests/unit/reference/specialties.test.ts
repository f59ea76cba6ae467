import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OVERALL_MATCH_RATES,
  SPECIALTY_CITATIONS,
  SPECIALTY_REFERENCE,
  USMD_MATCH_BY_STEP2_BAND,
  findSpecialtyReference,
} from '@/lib/reference/specialties';

const SHARED_REFERENCE = path.resolve(__dirname, '../../../../shared/reference');
const SPECIALTIES_CSV = path.join(SHARED_REFERENCE, 'specialties.csv');
const BANDS_CSV = path.join(SHARED_REFERENCE, 'usmd_match_by_step2_band.csv');
const MORE_BANDS_CSV = path.join(SHARED_REFERENCE, 'usmd_match_by_step2_band_more.csv');

function csvRows(file: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i] ?? '', cell])));
}

const numberOrNull = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));

describe('SPECIALTY_REFERENCE', () => {
  it('holds the 24 specialties of specialties.csv, in its order', () => {
    expect(SPECIALTY_REFERENCE.map((specialty) => specialty.code)).toEqual([
      'IM', 'FM', 'EM', 'PEDS', 'PSYCH', 'ANES', 'GS', 'OBGYN', 'NEURO', 'DR', 'ORTHO', 'DERM',
      'ENT', 'NSGY', 'PLASTICS', 'PATH', 'PMR', 'RADONC', 'IR', 'VASC', 'THOR', 'CHNEURO', 'MEDPEDS', 'URO',
    ]);
  });

  it('copies Internal Medicine exactly', () => {
    expect(findSpecialtyReference('IM')).toMatchObject({
      name: 'Internal Medicine',
      match: 'NRMP',
      positions: 11632,
      applicants: 14734,
      matchRate: { US_MD: null, US_DO: null, US_IMG: null, NON_US_IMG: 48.5 },
      medianStep2MatchedUsMd: 254,
      meanContiguousRanksNonUsImg: 6.1,
      signals: { single: null, gold: 3, silver: 12 },
      referenceYear: 2026,
    });
  });

  it('keeps empty cells empty: suppressed ranks and signals not found stay null', () => {
    expect(findSpecialtyReference('ORTHO')).toMatchObject({ meanContiguousRanksNonUsImg: null, signals: { single: 30, gold: null, silver: null } });
    expect(findSpecialtyReference('OBGYN')?.signals).toEqual({ single: null, gold: null, silver: null });
    expect(findSpecialtyReference('DERM')).toMatchObject({ positions: 602, matchRate: { NON_US_IMG: 16.7 }, signals: { gold: 3, silver: 25 } });
    expect(findSpecialtyReference('MEDPEDS')).toMatchObject({ meanContiguousRanksNonUsImg: 1.0, medianStep2MatchedUsMd: 255 });
  });

  it("gives Urology the AUA's 2025 figures and nothing it did not publish", () => {
    expect(findSpecialtyReference('URO')).toMatchObject({
      match: 'AUA',
      positions: 403,
      applicants: 529,
      matchRate: { US_MD: 81, US_DO: 81, US_IMG: 33, NON_US_IMG: 33 },
      medianStep2MatchedUsMd: null,
      meanContiguousRanksNonUsImg: null,
      signals: { single: null, gold: null, silver: null },
      referenceYear: 2025,
    });
  });

  it('leaves match rates of US graduates unknown for NRMP specialties, where none is published', () => {
    for (const specialty of SPECIALTY_REFERENCE.filter((candidate) => candidate.match === 'NRMP')) {
      expect(specialty.matchRate.US_MD, specialty.code).toBeNull();
      expect(specialty.matchRate.US_IMG, specialty.code).toBeNull();
    }
  });

  it('names a source, with its year, for every figure', () => {
    for (const specialty of SPECIALTY_REFERENCE) {
      const citations = SPECIALTY_CITATIONS[specialty.code] ?? {};
      expect(specialty.sources.length, specialty.code).toBeGreaterThan(0);
      for (const source of specialty.sources) expect(source).toMatch(/20\d\d/);
      for (const source of Object.values(citations)) expect(specialty.sources.some((s) => source.startsWith(s))).toBe(true);
      if (specialty.positions !== null) expect(citations.positions).toBeDefined();
      if (specialty.medianStep2MatchedUsMd !== null) expect(citations.medianStep2MatchedUsMd).toBeDefined();
      for (const type of ['US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'] as const) {
        if (specialty.matchRate[type] !== null) expect(citations[`matchRate.${type}`], `${specialty.code} ${type}`).toBeDefined();
      }
    }
  });

  it.skipIf(!existsSync(SPECIALTIES_CSV))('equals specialties.csv, cell for cell', () => {
    const rows = csvRows(SPECIALTIES_CSV).filter((row) => row.match === 'NRMP');
    for (const row of rows) {
      const specialty = findSpecialtyReference(row.code ?? '');
      expect(specialty, row.code).toMatchObject({
        name: row.name,
        positions: numberOrNull(row.positions_2026),
        applicants: numberOrNull(row.applicants_2026),
        matchRate: { NON_US_IMG: numberOrNull(row.nonus_img_match_rate_2026) },
        medianStep2MatchedUsMd: numberOrNull(row.median_step2_matched_usmd_2026),
        meanContiguousRanksNonUsImg: numberOrNull(row.mean_contiguous_ranks_matched_nonus_img_2026),
        signals: {
          single: numberOrNull(row.signals_single_tier_2025),
          gold: numberOrNull(row.signals_gold_2025),
          silver: numberOrNull(row.signals_silver_2025),
        },
      });
    }
    expect(rows.length + 1).toBe(SPECIALTY_REFERENCE.length);
  });
});

describe('OVERALL_MATCH_RATES', () => {
  it('holds the NRMP 2025 PGY-1 rates by applicant type and the 2026 split by visa need', () => {
    const byYear = (year: number) => OVERALL_MATCH_RATES.find((rates) => rates.year === year);
    expect(byYear(2025)?.pgy1ByApplicantType).toEqual({ US_MD: 93.5, US_DO: 92.6, US_IMG: 67.8, NON_US_IMG: 58.0 });
    expect(byYear(2026)?.pgy1ByApplicantType.US_MD).toBe(93.5);
    expect(byYear(2026)?.imgByVisaNeed).toEqual({ visaNeeded: 54.4, visaNotNeeded: 67.9 });
    for (const rates of OVERALL_MATCH_RATES) expect(rates.source).toContain(String(rates.year));
  });
});

describe('USMD_MATCH_BY_STEP2_BAND', () => {
  it('copies the bands exactly', () => {
    expect(USMD_MATCH_BY_STEP2_BAND).toContainEqual({
      specialtyCode: 'DERM', band: '250+', minScore: 250, maxScore: null, usMdSeniorsN: 1171, matchPercent: 81,
    });
    expect(USMD_MATCH_BY_STEP2_BAND).toContainEqual({
      specialtyCode: 'GS', band: '<200', minScore: null, maxScore: 199, usMdSeniorsN: 1, matchPercent: 100,
    });
    expect(USMD_MATCH_BY_STEP2_BAND).toContainEqual({
      specialtyCode: 'IM', band: '220-229', minScore: 220, maxScore: 229, usMdSeniorsN: 923, matchPercent: 94,
    });
  });

  it('gives every band bounds that agree with its label, a count and a percent', () => {
    for (const band of USMD_MATCH_BY_STEP2_BAND) {
      expect(band.usMdSeniorsN).toBeGreaterThan(0);
      expect(band.matchPercent).toBeGreaterThanOrEqual(0);
      expect(band.matchPercent).toBeLessThanOrEqual(100);
      const label = band.minScore === null ? `<${(band.maxScore ?? 0) + 1}` : band.maxScore === null ? `${band.minScore}+` : `${band.minScore}-${band.maxScore}`;
      expect(label).toBe(band.band);
    }
  });

  it.skipIf(!existsSync(BANDS_CSV) || !existsSync(MORE_BANDS_CSV))('equals usmd_match_by_step2_band.csv then usmd_match_by_step2_band_more.csv, row for row', () => {
    const rows = [...csvRows(BANDS_CSV), ...csvRows(MORE_BANDS_CSV)].map((row) => [row.specialty_code, row.step2_band, Number(row.us_md_seniors_n), Number(row.match_percent)]);
    expect(USMD_MATCH_BY_STEP2_BAND.map((band) => [band.specialtyCode, band.band, band.usMdSeniorsN, band.matchPercent])).toEqual(rows);
  });
});
