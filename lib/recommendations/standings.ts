// Where every eligible program stands for one request, and the plan the engine makes of it: what a
// saved list records at save time (issue 17: the server ranks the saved input itself, never trusting
// chances sent by the browser) and compares against later. The same snapshot and engine call as
// recommendPrograms, so the numbers are the ones /results showed.
import type { Database } from '@/lib/db/create-client';
import { getCatalogSnapshot } from '@/lib/catalog/snapshot';
import { matchTargetOf, planApplications } from '@/lib/engine';
import type { SignalKind, Tier } from '@/lib/engine/types';
import { PGY1_TRACK_CODES } from '@/lib/reference/pgy1';
import { seasonFacts } from '@/lib/reference/seasons';
import type { RecommendationRequest } from '@/lib/schemas/recommendation';
import { withSeasonSignals } from './service';
import { matchYearFor } from './season';
import type { SavedPlan } from './types';

export interface ProgramStanding {
  /** 1-based place in the whole ranking of the request. */
  rank: number;
  tier: Tier;
  /** Interview chance, 0–1. */
  chance: number;
  /** Match chance, 0–1. */
  matchChance: number;
  /** The signal the plan places on it, if any. */
  signal: SignalKind | null;
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
  /** The plan as /results showed it (null when a chosen specialty is unknown). */
  plan: SavedPlan | null;
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
  const unknownSpecialties = specialties.filter((code) => !snapshot.specialtiesByCode.has(code));
  const programs = specialties.flatMap((code) => snapshot.programsBySpecialty.get(code) ?? []);
  const matchYear = matchYearFor(now);
  const output = planApplications({
    profile: request.profile,
    preferences: request.preferences,
    programs,
    specialties: withSeasonSignals(snapshot.specialties, seasonFacts(matchYear)),
    seasonYear: matchYear,
    page: NO_REASONS,
    pgy1Programs: PGY1_TRACK_CODES.flatMap((code) => snapshot.preliminaryBySpecialty.get(code) ?? []),
  });
  const signals = new Map<string, SignalKind>();
  for (const strategy of output.strategies) for (const signal of strategy.signals) signals.set(signal.programId, signal.kind);
  const byProgramId = new Map<string, ProgramStanding>();
  for (const ranked of output.results) {
    byProgramId.set(ranked.program.id, {
      rank: ranked.rank,
      tier: ranked.tier,
      chance: ranked.chance,
      matchChance: ranked.matchChance.estimate,
      signal: signals.get(ranked.program.id) ?? null,
      fit: ranked.fit,
    });
  }
  const plan: SavedPlan | null =
    unknownSpecialties.length > 0
      ? null
      : {
          matchYear,
          matchTarget: matchTargetOf({ preferences: request.preferences }),
          specialties: output.strategies.map((s) => {
            const pgy1 = output.pgy1BySpecialty[s.specialtyCode] ?? null;
            return {
              code: s.specialtyCode,
              name: snapshot.specialtiesByCode.get(s.specialtyCode)?.name ?? s.specialtyCode,
              backup: s.backup,
              baseline: s.baseline,
              recommendedApplications: s.recommendedApplications,
              recommendationStop: s.recommendationStop,
              matchChanceAtRecommended: s.matchChanceAtRecommended,
              countsByTarget: s.countsByTarget,
              curve: s.curve,
              tierMix: s.tierMix,
              applicationService: s.applicationService,
              cost: s.cost,
              signals: s.signals.map(({ programId, kind }) => ({ programId, kind })),
              pgy1:
                pgy1 === null
                  ? null
                  : { kind: pgy1.kind, recommendedApplications: pgy1.recommendedApplications, matchChanceAtRecommended: pgy1.matchChanceAtRecommended, cost: pgy1.cost },
            };
          }),
          totalCost: output.totalCost,
          overall: output.overall,
        };
  return { engineVersion: output.engineVersion, catalogVersion: snapshot.version, unknownSpecialties, byProgramId, plan };
}
