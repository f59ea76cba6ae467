// Where every eligible program stands for one request, without the reply's extras (reasons, strategy,
// unlock hints): what a saved list records at save time and compares against later. The same
// snapshot and engine call as recommendPrograms, so the numbers are the ones /results showed.
import type { Database } from '@/lib/db/create-client';
import { getCatalogSnapshot } from '@/lib/catalog/snapshot';
import { rankPrograms } from '@/lib/engine';
import type { Tier } from '@/lib/engine/types';
import type { RecommendationRequest } from '@/lib/schemas/recommendation';
import { matchYearFor } from './season';

export interface ProgramStanding {
  /** 1-based place in the whole ranking of the request. */
  rank: number;
  tier: Tier;
  /** Interview chance, 0–1. */
  chance: number;
  /** 0–100. */
  fit: number;
}

export interface Standings {
  engineVersion: string;
  catalogVersion: string;
  /** Chosen specialty codes the catalog does not hold (they rank nothing). */
  unknownSpecialties: string[];
  /** Eligible programs only; a program missing here was excluded or is not in the catalog. */
  byProgramId: Map<string, ProgramStanding>;
}

/** Writing reasons is the engine's costliest step, and standings show none. */
const NO_REASONS = { offset: 0, limit: 0 } as const;

export async function rankStandings(
  db: Database,
  request: Pick<RecommendationRequest, 'profile' | 'preferences'>,
  now: Date = new Date(),
): Promise<Standings> {
  const snapshot = await getCatalogSnapshot(db);
  const specialties = [...new Set(request.preferences.specialties)];
  const programs = specialties.flatMap((code) => snapshot.programsBySpecialty.get(code) ?? []);
  const output = rankPrograms({
    profile: request.profile,
    preferences: request.preferences,
    programs,
    specialties: snapshot.specialties,
    seasonYear: matchYearFor(now),
    page: NO_REASONS,
  });
  const byProgramId = new Map<string, ProgramStanding>();
  for (const ranked of output.results) {
    byProgramId.set(ranked.program.id, { rank: ranked.rank, tier: ranked.tier, chance: ranked.chance, fit: ranked.fit });
  }
  return {
    engineVersion: output.engineVersion,
    catalogVersion: snapshot.version,
    unknownSpecialties: specialties.filter((code) => !snapshot.specialtiesByCode.has(code)),
    byProgramId,
  };
}
