// Writes the generated demo catalog (DESIGN.md §6) in one transaction.
import type { Database } from '@/lib/db/create-client';
import type { SpecialtyStats } from '@/lib/engine/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import { SPECIALTY_REFERENCE } from '@/lib/reference/specialties';
import { PGY1_ONLY_SPECIALTIES } from '@/lib/reference/pgy1';
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

/** Creates the reference specialties a catalog import needs that are not in the database yet. */
export async function ensureReferenceSpecialties(tx: Prisma.TransactionClient): Promise<void> {
  const rows = [...SPECIALTY_REFERENCE.filter((stats) => stats.positions !== null), ...PGY1_ONLY_SPECIALTIES].map(toSpecialtyRow);
  await tx.specialty.createMany({ data: rows, skipDuplicates: true });
}

/**
 * Replaces the demo programs (imported ones stay) and refreshes the specialty figures. Specialties
 * whose demo programs an import replaced (--replace-demo) get none back.
 */
export async function seedDemoCatalog(db: Database): Promise<SeedResult> {
  const catalog = generateDemoCatalog();
  let programs = 0;
  await db.$transaction(
    async (tx) => {
      for (const stats of catalog.specialties) {
        const row = toSpecialtyRow(stats);
        await tx.specialty.upsert({ where: { code: row.code }, create: row, update: row });
      }
      const imports = await tx.catalogImport.findMany({ select: { replacedDemo: true } });
      const replaced = new Set(imports.flatMap((entry) => entry.replacedDemo));
      const demo = [...catalog.programs, ...catalog.pgy1Programs].filter((program) => !replaced.has(program.specialtyCode));
      programs = demo.length;
      await tx.program.deleteMany({ where: { source: DEMO_SOURCE } });
      for (let start = 0; start < demo.length; start += INSERT_BATCH) {
        await tx.program.createMany({ data: demo.slice(start, start + INSERT_BATCH).map(toProgramRow) });
      }
      await tx.catalogRevision.create({ data: { reason: `demo catalog: ${demo.length} programs` } });
    },
    { timeout: 60_000 },
  );
  return { specialties: catalog.specialties.length, programs };
}

/** Seeds only a catalog with no programs at all, so a first `npm run dev` has something to rank. */
export async function seedDemoCatalogIfEmpty(db: Database): Promise<SeedResult | null> {
  const existing = await db.program.count();
  return existing === 0 ? seedDemoCatalog(db) : null;
}
