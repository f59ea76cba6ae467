import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERAS_COST_CITATION, erasCostForSpecialty, totalErasCost } from '@/lib/engine/strategy';
import { erasFeeUsd } from '@/lib/reference/fees';

describe('erasCostForSpecialty', () => {
  it.each([
    { applications: 0, usd: 0 },
    { applications: 1, usd: 11 },
    { applications: 30, usd: 330 },
    { applications: 31, usd: 360 },
    // 30 × $11 + 13 × $30: the Internal Medicine half of AAMC's worked example.
    { applications: 43, usd: 720 },
    { applications: 100, usd: 330 + 70 * 30 },
  ])('charges $usd for $applications applications in one specialty ($11 each for 1–30, $30 beyond)', ({ applications, usd }) => {
    expect(erasCostForSpecialty(applications)).toEqual({ applications, usd });
  });

  it('rejects a count that is not a whole number of programs', () => {
    expect(() => erasCostForSpecialty(-1)).toThrow(RangeError);
    expect(() => erasCostForSpecialty(2.5)).toThrow(RangeError);
  });
});

describe('totalErasCost', () => {
  it.each([
    { name: "reproduces AAMC's worked example: 43 Internal Medicine + 7 Diagnostic Radiology = $797", entries: [['IM', 43], ['DR', 7]], usd: 797 },
    { name: 'starts the tiers again for each specialty: 30 + 30 programs cost $660', entries: [['IM', 30], ['FM', 30]], usd: 660 },
    { name: 'adds the counts of entries for the same specialty before the tiers apply', entries: [['IM', 20], ['IM', 20]], usd: 330 + 10 * 30 },
    { name: 'costs nothing without applications', entries: [], usd: 0 },
  ] as const)('$name', ({ entries, usd }) => {
    const perSpecialty = entries.map(([specialtyCode, applications]) => ({ specialtyCode, applications }));
    expect(totalErasCost(perSpecialty)).toEqual({ applications: entries.reduce((sum, [, n]) => sum + n, 0), usd });
  });

  it('equals the sum of the specialties charged one by one when the specialties differ', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 200 }), { maxLength: 6 }), (counts) => {
        const perSpecialty = counts.map((applications, i) => ({ specialtyCode: `S${i}`, applications }));
        const separately = counts.reduce((sum, n) => sum + erasCostForSpecialty(n).usd, 0);
        expect(totalErasCost(perSpecialty).usd).toBe(separately);
        expect(totalErasCost(perSpecialty).usd).toBe(erasFeeUsd(counts));
      }),
    );
  });
});

describe('ERAS_COST_CITATION', () => {
  it('names the source, the season and the fee tiers the product shows with every cost', () => {
    expect(ERAS_COST_CITATION).toContain('AAMC');
    expect(ERAS_COST_CITATION).toContain('2026 season');
    expect(ERAS_COST_CITATION).toContain('$11 per program for the first 30');
    expect(ERAS_COST_CITATION).toContain('$30 per program after that');
  });
});
