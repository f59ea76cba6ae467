import { describe, expect, it } from 'vitest';
import {
  ACGME_SPECIALTY_CODES,
  ACGME_STATE_CODES,
  POSITIONS_PER_PROGRAM_NRMP_2020,
  PROGRAMS_BY_STATE_ERAS_2021,
  programShareByState,
} from '@/lib/reference/program-distribution';
import { SPECIALTY_REFERENCE } from '@/lib/reference/specialties';
import { US_STATES, US_STATE_CODES } from '@/lib/reference/states';

describe('program distribution aggregates', () => {
  it('has state counts for every reference specialty, in valid states only', () => {
    for (const specialty of SPECIALTY_REFERENCE) {
      const counts = PROGRAMS_BY_STATE_ERAS_2021[specialty.code];
      expect(counts, specialty.code).toBeDefined();
      for (const [state, count] of Object.entries(counts ?? {})) {
        expect(Object.hasOwn(US_STATES, state), state).toBe(true);
        expect(Number.isInteger(count) && (count ?? 0) > 0).toBe(true);
      }
    }
  });

  it('turns counts into state shares that add up to 1', () => {
    for (const specialty of SPECIALTY_REFERENCE) {
      const shares = Object.values(programShareByState(specialty.code));
      for (const share of shares) expect(share).toBeGreaterThan(0);
      expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 9);
    }
    expect(programShareByState('NOPE')).toEqual({});
  });

  it('knows the ACGME specialty codes, leading zero kept', () => {
    expect(ACGME_SPECIALTY_CODES).toMatchObject({
      IM: '140', FM: '120', PEDS: '320', PSYCH: '400', GS: '440', EM: '110', ANES: '040',
    });
    for (const specialty of SPECIALTY_REFERENCE) expect(ACGME_SPECIALTY_CODES[specialty.code], specialty.code).toMatch(/^\d{3}$/);
  });

  it('gives every state its own two-digit ACGME state code', () => {
    const codes = US_STATE_CODES.map((state) => ACGME_STATE_CODES[state]);
    for (const code of codes) expect(code).toMatch(/^\d{2}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(ACGME_STATE_CODES.AL).toBe('01');
    expect(ACGME_STATE_CODES.NY).toBe('35');
  });

  it('spreads positions per program sensibly: ordered deciles, mean inside them, at least one position', () => {
    for (const specialty of SPECIALTY_REFERENCE.filter((candidate) => candidate.match === 'NRMP')) {
      const spread = POSITIONS_PER_PROGRAM_NRMP_2020[specialty.code];
      expect(spread, specialty.code).toBeDefined();
      if (spread === undefined) continue;
      expect(spread.deciles).toHaveLength(11);
      expect([...spread.deciles].sort((a, b) => a - b)).toEqual(spread.deciles);
      expect(spread.deciles[0]).toBeGreaterThanOrEqual(1);
      expect(spread.meanPositions).toBeCloseTo(spread.positions / spread.programs, 2);
      expect(spread.meanPositions).toBeLessThanOrEqual(spread.deciles[10] ?? 0);
    }
    expect(POSITIONS_PER_PROGRAM_NRMP_2020.URO).toBeUndefined();
  });
});
