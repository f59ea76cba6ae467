import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feeCitation, planCost, specialtyCost } from '@/lib/engine/strategy';
import { programFeesUsd, seasonFacts } from '@/lib/reference/seasons';

const SEASON = seasonFacts(2027);
const US_MD = { applicantType: 'US_MD', step2Score: 240 };

describe('specialtyCost: each specialty on its own service', () => {
  it.each([
    { code: 'IM', applications: 0, usd: 0 },
    { code: 'IM', applications: 30, usd: 330 },
    { code: 'IM', applications: 43, usd: 720 }, // the Internal Medicine half of AAMC's worked example
    { code: 'IM', applications: 60, usd: 1230 },
    { code: 'EM', applications: 60, usd: 1005 }, // ResidencyCAS, where ERAS fees would be $1,230
    { code: 'EM', applications: 46, usd: 683 }, // SAEM's example
    { code: 'OBGYN', applications: 18, usd: 99 },
    { code: 'URO', applications: 40, usd: 630 }, // urology applies through ERAS
  ])('$code: $applications applications cost $usd', ({ code, applications, usd }) => {
    expect(specialtyCost(SEASON, code, applications)).toEqual({ applications, usd });
  });

  it('rejects a count that is not a whole number of programs', () => {
    expect(() => specialtyCost(SEASON, 'IM', -1)).toThrow(RangeError);
    expect(() => specialtyCost(SEASON, 'EM', 2.5)).toThrow(RangeError);
  });
});

describe('planCost', () => {
  it('adds each service’s one-time fees once: IM on ERAS and EM on ResidencyCAS each charge a USMLE transcript', () => {
    const cost = planCost(SEASON, US_MD, [
      { specialtyCode: 'IM', applications: 43 },
      { specialtyCode: 'EM', applications: 46 },
    ]);
    expect(cost.programFeesUsd).toBe(720 + 683);
    expect(cost.oneTimeFees.map((f) => `${f.service} ${f.key} ${f.usd}`)).toEqual(['ERAS usmle_transcript 80', 'ResidencyCAS usmle_transcript 80']);
    expect(cost.usd).toBe(720 + 683 + 160);
    expect(cost.applications).toBe(89);
    for (const fee of cost.oneTimeFees) expect(fee.season).toMatch(/^20\d{2}–\d{2} figure; the 2026–27 figure was not found/);
  });

  it('charges an IMG the ECFMG token once, whatever the number of ERAS specialties', () => {
    const cost = planCost(SEASON, { applicantType: 'NON_US_IMG', step2Score: 240 }, [
      { specialtyCode: 'IM', applications: 86 },
      { specialtyCode: 'FM', applications: 43 },
    ]);
    expect(cost.oneTimeFees.map((f) => f.key).sort()).toEqual(['ecfmg_token', 'usmle_transcript']);
    expect(cost.usd - cost.programFeesUsd).toBe(165 + 80);
  });

  it('charges no one-time fee without applications', () => {
    expect(planCost(SEASON, US_MD, [{ specialtyCode: 'IM', applications: 0 }])).toEqual({ applications: 0, usd: 0, programFeesUsd: 0, oneTimeFees: [] });
  });

  it('adds the counts of entries for the same specialty before the bands apply, and starts again for each specialty', () => {
    expect(planCost(SEASON, US_MD, [{ specialtyCode: 'IM', applications: 20 }, { specialtyCode: 'IM', applications: 20 }]).programFeesUsd).toBe(330 + 10 * 30);
    expect(planCost(SEASON, US_MD, [{ specialtyCode: 'IM', applications: 30 }, { specialtyCode: 'FM', applications: 30 }]).programFeesUsd).toBe(660);
  });

  it('property: program fees are each specialty’s fees on its own service, added up', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('IM', 'FM', 'EM', 'OBGYN', 'URO'), fc.nat({ max: 150 })), { maxLength: 5 }), (entries) => {
        const merged = new Map<string, number>();
        for (const [code, n] of entries) merged.set(code, (merged.get(code) ?? 0) + n);
        const expected = [...merged].reduce((sum, [code, n]) => sum + programFeesUsd(SEASON.fees[code === 'EM' || code === 'OBGYN' ? 'ResidencyCAS' : 'ERAS']!, n), 0);
        expect(planCost(SEASON, US_MD, entries.map(([specialtyCode, applications]) => ({ specialtyCode, applications }))).programFeesUsd).toBe(expected);
      }),
    );
  });
});

describe('feeCitation', () => {
  it('names the service, its bands, the source and the season it is from', () => {
    expect(feeCitation(SEASON, 'IM')).toMatchObject({ service: 'ERAS', text: 'ERAS: $11 per program for programs 1–30, $30 per program from 31, starting again for each specialty' });
    expect(feeCitation(SEASON, 'EM').text).toBe('ResidencyCAS: $99 for programs 1–18, $18 per program for programs 19–30, $23 per program from 31, starting again for each specialty');
    expect(feeCitation(SEASON, 'EM').season).toContain('2025–26 figure');
    expect(feeCitation(SEASON, 'IM').source).toContain('AAMC');
  });
});
