// The whole engine for one request (DESIGN.md §3): ranking, then per chosen specialty the
// application strategy (count, mix, cost, signals), then the unlock hints. Pure and deterministic.
import { rankProgramsWithDetails } from './ranking';
import { buildSpecialtyStrategies, totalCost, type SpecialtyStrategyDetails } from './strategy';
import { specialtyWithoutFigures } from './calibration/specialty-model';
import { unlockHintsAmongExcluded, type UnlockSuggestion } from './unlock';
import type { EngineInput, EngineOutput } from './types';

export interface PlanOutput extends EngineOutput {
  /** One per chosen specialty, in the order chosen; the first is the main one, the rest backups. */
  strategies: SpecialtyStrategyDetails[];
  totalCost: { applications: number; usd: number };
  unlockHints: UnlockSuggestion[];
}

export function planApplications(input: EngineInput): PlanOutput {
  const { output, excludedCandidates, bySpecialty } = rankProgramsWithDetails(input);
  const known = new Map(input.specialties.map((s) => [s.code, s]));
  const codes = [...new Set(input.preferences.specialties)];
  const strategies = buildSpecialtyStrategies(
    codes.map((code) => ({
      specialty: known.get(code) ?? specialtyWithoutFigures(code),
      ranked: bySpecialty.get(code) ?? [],
      curve: output.curves[code] ?? [],
      baseline: output.baselines[code] ?? { estimate: 0, low: 0, high: 0 },
    })),
  );
  return {
    ...output,
    strategies,
    totalCost: totalCost(strategies),
    // The ranking already knows which programs of the chosen specialties it excluded.
    unlockHints: unlockHintsAmongExcluded(excludedCandidates, input.profile, input.preferences, input.seasonYear),
  };
}
