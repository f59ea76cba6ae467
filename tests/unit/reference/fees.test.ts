import { describe, expect, it } from 'vitest';
import {
  ERAS_FEE_AFTER_30_USD,
  ERAS_FEE_FIRST_30_USD,
  USMLE_TRANSCRIPT_FEE_USD,
  erasFeeUsd,
  erasSeasonCostUsd,
  nrmpFeeUsd,
} from '@/lib/reference/fees';

describe('erasFeeUsd', () => {
  it.each([
    { applications: [], fee: 0 },
    { applications: [0], fee: 0 },
    { applications: [1], fee: 11 },
    { applications: [30], fee: 330 },
    { applications: [31], fee: 360 },
    { applications: [100], fee: 330 + 70 * 30 },
  ])('charges $$fee for $applications programs in one specialty', ({ applications, fee }) => {
    expect(erasFeeUsd(applications)).toBe(fee);
  });

  it("reproduces AAMC's worked example: 43 Internal Medicine + 7 Diagnostic Radiology = $797, transcript excluded", () => {
    expect(erasFeeUsd([43, 7])).toBe(797);
  });

  it('starts the $11 tier again for each specialty', () => {
    expect(erasFeeUsd([31, 31])).toBe(2 * (30 * ERAS_FEE_FIRST_30_USD + ERAS_FEE_AFTER_30_USD));
    expect(erasFeeUsd([20, 20])).toBeLessThan(erasFeeUsd([40]));
  });

  it.each([[-1], [2.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s programs', (count) => {
    expect(() => erasFeeUsd([count])).toThrow(RangeError);
  });
});

describe('erasSeasonCostUsd', () => {
  it('adds the USMLE transcript fee once per season', () => {
    expect(erasSeasonCostUsd([43, 7])).toBe(797 + USMLE_TRANSCRIPT_FEE_USD);
    expect(erasSeasonCostUsd([1, 1, 1])).toBe(3 * 11 + 80);
  });

  it('charges nothing when nothing is sent, and leaves the transcript out on request', () => {
    expect(erasSeasonCostUsd([])).toBe(0);
    expect(erasSeasonCostUsd([0, 0])).toBe(0);
    expect(erasSeasonCostUsd([43, 7], { includeUsmleTranscript: false })).toBe(797);
  });
});

describe('nrmpFeeUsd', () => {
  it.each([
    { ranks: 0, fee: 75 },
    { ranks: 20, fee: 75 },
    { ranks: 21, fee: 105 },
    { ranks: 300, fee: 75 + 280 * 30 },
  ])('charges $$fee for $ranks ranks', ({ ranks, fee }) => {
    expect(nrmpFeeUsd(ranks)).toBe(fee);
  });

  it('refuses more ranks than the NRMP accepts', () => {
    expect(() => nrmpFeeUsd(301)).toThrow(RangeError);
  });

  it('prices programs beyond 30 higher than the first 30', () => {
    expect(ERAS_FEE_AFTER_30_USD).toBeGreaterThan(ERAS_FEE_FIRST_30_USD);
  });
});
