import { describe, expect, it } from 'vitest';
import { generateDemoCatalog } from '@/lib/catalog/demo-generator';
import { seasonFacts, seasonSignalCounts } from '@/lib/reference/seasons';
import { withSeasonSignals } from '@/lib/recommendations/service';

describe('withSeasonSignals', () => {
  const { specialties } = generateDemoCatalog();

  it("gives every specialty the season's signal counts, leaving the catalog's objects as they were", () => {
    const season = seasonFacts(2027);
    const before = structuredClone(specialties);
    const made = withSeasonSignals(specialties, season);
    expect(made.map((s) => s.code)).toEqual(specialties.map((s) => s.code));
    for (const s of made) expect(s.signals).toEqual(seasonSignalCounts(season, s.code));
    expect(specialties).toEqual(before);
  });

  it('hands every request the same objects for one catalog list and season, so what the engine derives from them is kept', () => {
    const season = seasonFacts(2027);
    const first = withSeasonSignals(specialties, season);
    expect(withSeasonSignals(specialties, season)).toBe(first);
    // A new catalog (a new snapshot's list) or another season gets its own.
    expect(withSeasonSignals([...specialties], season)).not.toBe(first);
    const other = seasonFacts(2026);
    if (other !== season) expect(withSeasonSignals(specialties, other)).not.toBe(first);
  });
});
