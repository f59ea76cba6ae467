// Database rows → the engine's domain objects (DESIGN.md §1: the engine never sees Prisma types).
import type { Prisma, Program as ProgramRow, Specialty as SpecialtyRow } from '@/lib/generated/prisma/client';
import type { Program, SpecialtyStats } from '@/lib/engine/types';

export function toSpecialtyStats(row: SpecialtyRow): SpecialtyStats {
  return {
    code: row.code,
    name: row.name,
    match: row.match,
    positions: row.positions,
    applicants: row.applicants,
    matchRate: {
      US_MD: row.matchRateUsMd,
      US_DO: row.matchRateUsDo,
      US_IMG: row.matchRateUsImg,
      NON_US_IMG: row.matchRateNonUsImg,
    },
    medianStep2MatchedUsMd: row.medianStep2MatchedUsMd,
    meanContiguousRanksNonUsImg: row.meanContiguousRanksNonUsImg,
    signals: { single: row.signalsSingle, gold: row.signalsGold, silver: row.signalsSilver },
    referenceYear: row.referenceYear,
    sources: row.sources,
  };
}

/** A program row, with the date of the import that last wrote it when the query selected it. */
export type ProgramRowWithImport = ProgramRow & { catalogImport?: { createdAt: Date } | null };

/** Prisma `include` that gives toProgram the import date. */
export const PROGRAM_IMPORT_DATE = { catalogImport: { select: { createdAt: true } } } as const;

export function toProgram(row: ProgramRowWithImport): Program {
  return {
    id: row.id,
    acgmeId: row.acgmeId,
    nrmpCode: row.nrmpCode,
    name: row.name,
    institution: row.institution,
    specialtyCode: row.specialtyCode,
    city: row.city,
    state: row.state,
    region: row.region,
    setting: row.setting,
    type: row.type,
    track: row.track,
    positions: row.positions,
    sponsorsJ1: row.sponsorsJ1,
    sponsorsH1b: row.sponsorsH1b,
    shareUsMd: row.shareUsMd,
    shareDo: row.shareDo,
    shareImg: row.shareImg,
    minStep2: row.minStep2,
    minStep2Hard: row.minStep2Hard,
    typicalStep2: row.typicalStep2,
    yogLimitYears: row.yogLimitYears,
    maxAttempts: row.maxAttempts,
    usceRequiredMonths: row.usceRequiredMonths,
    researchEmphasis: row.researchEmphasis,
    source: row.source,
    sourceDate: row.catalogImport ? row.catalogImport.createdAt.toISOString().slice(0, 10) : null,
  };
}

/** Domain program → the row to write (seed, import). */
export function toProgramRow(program: Program): Prisma.ProgramCreateManyInput {
  const { sourceDate: _derived, ...row } = program;
  return row;
}
