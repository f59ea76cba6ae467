import { describe, expect, it } from 'vitest';
import { NRMP_FEES_SOURCE } from '@/lib/reference/fees';
import { seasonFacts } from '@/lib/reference/seasons';
import { ERAS_2021_SOURCE, NRMP_2020_SOURCE } from '@/lib/reference/program-distribution';
import { listReferenceSources } from '@/lib/reference/sources';
import {
  AAMC_SIGNALING_2025,
  AUA_UROLOGY_MATCH_2015_2024,
  AUA_UROLOGY_MATCH_2025,
  NRMP_CHARTING_OUTCOMES_IMG_2026,
  NRMP_CHARTING_OUTCOMES_USMD_2026,
  OVERALL_MATCH_RATES,
  USMD_MATCH_BY_STEP2_BAND_SOURCE,
} from '@/lib/reference/specialties';

describe('listReferenceSources', () => {
  const sources = listReferenceSources();
  const names = sources.map((entry) => entry.source);

  it('lists every source the reference modules cite', () => {
    const expected = [
      NRMP_CHARTING_OUTCOMES_IMG_2026,
      NRMP_CHARTING_OUTCOMES_USMD_2026,
      AAMC_SIGNALING_2025,
      AUA_UROLOGY_MATCH_2025,
      AUA_UROLOGY_MATCH_2015_2024,
      USMD_MATCH_BY_STEP2_BAND_SOURCE,
      ...OVERALL_MATCH_RATES.map((rates) => rates.source),
      seasonFacts(2027).fees.ERAS!.source,
      NRMP_FEES_SOURCE,
      ERAS_2021_SOURCE,
      NRMP_2020_SOURCE,
    ];
    for (const source of expected) expect(names).toContain(source);
  });

  it('lists each source once, with at least one use', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const entry of sources) expect(entry.usedFor.length, entry.source).toBeGreaterThan(0);
  });

  it('folds a note on how a figure was read into the use, not into a second source', () => {
    expect(names.some((name) => name.startsWith(`${AUA_UROLOGY_MATCH_2015_2024} (`))).toBe(false);
    const aua = sources.find((entry) => entry.source === AUA_UROLOGY_MATCH_2015_2024);
    expect(aua?.usedFor.join('; ')).toMatch(/pooled/);
  });

  it('gives every source a year or season', () => {
    for (const name of names) expect(name, name).toMatch(/\b(19|20)\d{2}\b/);
  });
});
