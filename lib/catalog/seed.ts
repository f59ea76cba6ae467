// Writes the generated demo catalog (DESIGN.md §6) in one transaction.
import type { Database } from '@/lib/db/create-client';
import type { SpecialtyStats } from '@/lib/engine/types';
import { DEMO_SOURCE, generateDemoCatalog } from './demo-generator';
import { toProgramRow } from './mappers';

const INSERT_BATCH = 1_000;

export interface SeedResult {
  specialties: number;
  programs: number;
}

function toSpecialtyRow(stats: SpecialtyStats) {
  return {
    code: stats.code,
    name: stats.name,
    match: stats.match,
    positions: stats.positions,
    applicants: stats.applicants,
    matchRateUsMd: stats.matchRate.US_MD,
    matchRateUsDo: stats.matchRate.US_DO,
    matchRateUsImg: stats.matchRate.US_IMG,
    matchRateNonUsImg: stats.matchRate.NON_US_IMG,
    medianStep2MatchedUsMd: stats.medianStep2MatchedUsMd,
    meanContiguousRanksNonUsImg: stats.meanContiguousRanksNonUsImg,
    signalsSingle: stats.signals.single,
    signalsGold: stats.signals.gold,
    signalsSilver: stats.signals.silver,
    referenceYear: stats.referenceYear,
    sources: stats.sources,
  };
}

/** Replaces the demo programs (imported ones stay) and refreshes the specialty figures. */
export async function seedDemoCatalog(db: Database): Promise<SeedResult> {
  const catalog = generateDemoCatalog();
  await db.$transaction(
    async (tx) => {
      for (const stats of catalog.specialties) {
        const row = toSpecialtyRow(stats);
        await tx.specialty.upsert({ where: { code: row.code }, create: row, update: row });
      }
      await tx.program.deleteMany({ where: { source: DEMO_SOURCE } });
      for (let start = 0; start < catalog.programs.length; start += INSERT_BATCH) {
        await tx.program.createMany({ data: catalog.programs.slice(start, start + INSERT_BATCH).map(toProgramRow) });
      }
      await tx.catalogRevision.create({ data: { reason: `demo catalog: ${catalog.programs.length} programs` } });
    },
    { timeout: 60_000 },
  );
  return { specialties: catalog.specialties.length, programs: catalog.programs.length };
}

/** Seeds only a catalog with no programs at all, so a first `npm run dev` has something to rank. */
export async function seedDemoCatalogIfEmpty(db: Database): Promise<SeedResult | null> {
  const existing = await db.program.count();
  return existing === 0 ? seedDemoCatalog(db) : null;
}
