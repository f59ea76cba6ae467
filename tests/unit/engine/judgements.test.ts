// Every judgement call of the engine (lib/engine/judgements.ts) held to the range its reason allows:
// change one there, and this table says whether the new value still means what the reason says.
import { describe, expect, it } from 'vitest';
import { JUDGEMENTS, listJudgements, type JudgementKey } from '@/lib/engine/judgements';

const between = (low: number, high: number) => (value: unknown) => {
  expect(typeof value).toBe('number');
  expect(value as number).toBeGreaterThanOrEqual(low);
  expect(value as number).toBeLessThanOrEqual(high);
};

const RANGES: Record<JudgementKey, (value: never) => void> = {
  typicalApplicant: (value: Record<string, { yearsSinceGraduation: number; examFailures: number; needsVisa: boolean; researchItems: number; usceMonths: number }>) => {
    expect(Object.keys(value).sort()).toEqual(['NON_US_IMG', 'US_DO', 'US_IMG', 'US_MD']);
    for (const t of Object.values(value)) {
      between(0, 5)(t.yearsSinceGraduation);
      expect(t.examFailures).toBe(0);
      between(0, 10)(t.researchItems);
      between(0, 12)(t.usceMonths);
    }
    expect(value.NON_US_IMG!.needsVisa).toBe(true);
    expect(value.US_MD!.needsVisa || value.US_DO!.needsVisa || value.US_IMG!.needsVisa).toBe(false);
  },
  typicalImgPlan: (value: Record<string, number>) => {
    expect(Object.values(value).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    for (const share of Object.values(value)) between(0.05, 1)(share);
    // Internal Medicine first: the specialty most IMGs match into.
    expect(Object.entries(value).sort(([, a], [, b]) => b - a)[0]![0]).toBe('IM');
  },
  failureLogitPerAttempt: between(-2, -0.25),
  failureLogitFloor: between(-5, -1),
  recencyFreeYears: between(0, 5),
  // Half of the compilations' −0.35 a year, at most all of it.
  recencyLogitPerYear: between(-0.35, -0.05),
  recencyLogitFloor: between(-2.5, -0.5),
  researchMaxLogit: between(0, 1.5),
  researchHalfSaturationItems: between(1, 10),
  usceMaxLogit: between(0, 1.5),
  usceFullCreditMonths: between(1, 24),
  visaNeedLogitForNonVisaTypes: between(-1.5, 0),
  visaFreeBonusNonUsImg: between(0, 1),
  belowSoftMinimumLogit: between(-3, 0),
  opennessLogitAtZeroShare: (value: Record<string, number>) => {
    for (const v of Object.values(value)) between(-5, 0)(v);
    // Least closed to US MDs, most to IMGs.
    expect(value.US_MD!).toBeGreaterThan(value.US_DO!);
    expect(value.US_DO!).toBeGreaterThan(value.NON_US_IMG!);
  },
  parityShare: (value: Record<string, number>) => {
    for (const v of Object.values(value)) between(0.05, 0.95)(v);
  },
  rangeWidthsLogit: (value: Record<string, number>) => {
    for (const v of Object.values(value)) between(0, 2)(v);
  },
  tierOddsRatio: between(1.2, 5),
  tierMinShare: between(0.1, 0.34),
  matchTargets: (value: readonly number[]) => {
    expect(value.length).toBe(3);
    for (const v of value) between(0.5, 0.99)(v);
    expect([...value].sort()).toEqual([...value]);
    expect(value).toContain(JUDGEMENTS.defaultMatchTarget.value);
  },
  defaultMatchTarget: between(0.5, 0.99),
  minRecommendedApplications: (value: number) => {
    between(1, 30)(value);
    expect(value).toBeLessThan(JUDGEMENTS.maxPlannedApplications.value);
  },
  // At least the IMG average of 129 applications (AAMC), so the curve covers what applicants like them do.
  maxPlannedApplications: between(129, 400),
  marginalSpendUsd: between(10, 1000),
  signalCausalShare: between(0.1, 1),
};

describe('the judgement table', () => {
  it.each(Object.keys(JUDGEMENTS) as JudgementKey[])('%s has a unit, a use, a reason and a value in its range', (key) => {
    const j = JUDGEMENTS[key];
    expect(j.unit.length).toBeGreaterThan(0);
    expect(j.usedFor.length).toBeGreaterThan(10);
    expect(j.reason.length).toBeGreaterThan(30);
    RANGES[key](j.value as never);
  });

  it('lists every judgement, with its value in words, for /how-we-estimate', () => {
    const listed = listJudgements();
    expect(listed.map((j) => j.key).sort()).toEqual((Object.keys(JUDGEMENTS) as JudgementKey[]).sort());
    for (const j of listed) expect(j.value.length).toBeGreaterThan(0);
  });
});
