import { describe, expect, it } from 'vitest';
import { ERAS_FILE_SPECIALTIES, NRMP_SPECIALTY_DIGITS } from '@/lib/catalog/import/specialty-names';
import { SPECIALTY_REFERENCE } from '@/lib/reference/specialties';

// The 24 ranked specialties and Transitional Year, a PGY-1 year only.
const CODES = [...SPECIALTY_REFERENCE.map((s) => s.code), 'TY'];

describe('specialty names', () => {
  it('maps ERAS files onto all 24 specialties and Transitional Year, each once', () => {
    const covered = Object.values(ERAS_FILE_SPECIALTIES).flatMap((m) => (m.code ? [m.code] : []));
    expect([...covered].sort()).toEqual([...CODES].sort());
  });

  it('maps NRMP specialty digits onto the specialties NRMP matches (all but Urology, which AUA matches)', () => {
    const covered = Object.values(NRMP_SPECIALTY_DIGITS).flatMap((m) => (m.code ? [m.code] : []));
    expect([...covered].sort()).toEqual(CODES.filter((code) => code !== 'URO').sort());
  });

  it.each([
    ['Anesthesiology', 'ANES'],
    ['Surgery', 'GS'],
    ['Radiology-Diagnostic', 'DR'],
    ['Otolaryngology - Head and Neck Surgery', 'ENT'],
    ['Transitional Year', 'TY'],
    ['Plastic Surgery', null],
  ])('ERAS file %j → %j', (name, code) => {
    expect(ERAS_FILE_SPECIALTIES[name]?.code).toBe(code);
  });

  it.each([
    ['040', 'ANES'],
    ['140', 'IM'],
    ['700', 'MEDPEDS'],
    ['999', 'TY'],
    ['186', null],
  ])('NRMP digits %s → %j', (digits, code) => {
    expect(NRMP_SPECIALTY_DIGITS[digits]?.code).toBe(code);
  });
});
