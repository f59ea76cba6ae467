// Specialty reads for pages and the API.
import 'server-only';
import { getDb } from '@/lib/db/client';
import { toSpecialtyStats } from './mappers';
import type { SpecialtyStats } from '@/lib/engine/types';
import { PGY1_ONLY_NOTE, isPgy1OnlySpecialty } from '@/lib/reference/pgy1';
import { matchYearOf, seasonFacts, seasonLabel, seasonSignalCounts, specialtySeason, type ApplicationService, type MatchHeldBy } from '@/lib/reference/seasons';

export interface SpecialtyOption {
  code: string;
  name: string;
  positions: number | null;
  programCount: number;
}

/**
 * Specialties that have at least one program in the catalog, largest first. `rankedOnly` leaves out
 * those only ever a PGY-1 year (Transitional Year): a plan cannot have one as its specialty.
 */
export async function listSpecialtyOptions({ rankedOnly = false }: { rankedOnly?: boolean } = {}): Promise<SpecialtyOption[]> {
  const rows = await getDb().specialty.findMany({
    select: { code: true, name: true, positions: true, _count: { select: { programs: true } } },
    orderBy: [{ positions: { sort: 'desc', nulls: 'last' } }, { code: 'asc' }],
  });
  return rows
    .filter((row) => row._count.programs > 0 && !(rankedOnly && isPgy1OnlySpecialty(row.code)))
    .map((row) => ({ code: row.code, name: row.name, positions: row.positions, programCount: row._count.programs }));
}

/** A specialty as GET /api/specialties gives it: its figures, its service and match, and its signals with their season. */
export interface SpecialtyListing extends Omit<SpecialtyStats, 'signals'> {
  applicationService: ApplicationService;
  matchHeldBy: MatchHeldBy;
  /** False for a specialty SmartPick lists but does not rank as a plan's specialty (ophthalmology, Transitional Year): `note` says why. */
  ranked: boolean;
  note?: string;
  signals: SpecialtyStats['signals'] & { season: string | null; source: string | null; verified: boolean };
}

/** Every specialty, ranked ones from the catalog, then those SmartPick cannot rank, each with the current season's facts. */
export async function listSpecialties(now: Date = new Date()): Promise<SpecialtyListing[]> {
  const rows = await getDb().specialty.findMany({ orderBy: { code: 'asc' } });
  const season = seasonFacts(matchYearOf(now));
  const ranked = rows.map(toSpecialtyStats).map((stats): SpecialtyListing => {
    const facts = specialtySeason(season, stats.code);
    const pgy1Only = isPgy1OnlySpecialty(stats.code);
    return {
      ...stats,
      applicationService: facts.service,
      matchHeldBy: facts.matchHeldBy,
      ranked: !pgy1Only,
      ...(pgy1Only ? { note: PGY1_ONLY_NOTE } : {}),
      signals: {
        ...seasonSignalCounts(season, stats.code),
        season: facts.signals ? seasonLabel(facts.signals, season.season) : null,
        source: facts.signals?.source ?? null,
        verified: facts.signals?.verified ?? false,
      },
    };
  });
  const listed = new Set(ranked.map((s) => s.code));
  const notRanked = season.notRanked
    .filter((s) => !listed.has(s.code))
    .map(
      (s): SpecialtyListing => ({
        code: s.code,
        name: s.name,
        match: 'SF',
        positions: null,
        applicants: null,
        matchRate: { US_MD: null, US_DO: null, US_IMG: null, NON_US_IMG: null },
        medianStep2MatchedUsMd: null,
        meanContiguousRanksNonUsImg: null,
        referenceYear: season.matchYear,
        sources: [s.source],
        applicationService: s.service,
        matchHeldBy: s.matchHeldBy,
        ranked: false,
        note: s.what,
        signals: { single: null, gold: null, silver: null, season: null, source: null, verified: false },
      }),
    );
  return [...ranked, ...notRanked];
}
