// The whole engine for one request (DESIGN.md §3): ranking, then per chosen specialty the
// application strategy (count, mix, cost, signals), the plan's overall chance of a match, backup
// suggestions when the main specialty's target is out of reach, then the unlock hints. Pure and
// deterministic.
import { rankProgramsWithDetails } from './ranking';
import { buildSpecialtyStrategies, overallPlan, totalCost, type PlanCost, type SpecialtyStrategyDetails } from './strategy';
import { seasonFacts } from '@/lib/reference/seasons';
import { assessSpecialtyBaseline } from './calibration/baseline';
import { specialtyWithoutFigures } from './calibration/specialty-model';
import { JUDGEMENTS } from './judgements';
import { unlockHintsAmongExcluded, type UnlockSuggestion } from './unlock';
import type { ChanceEstimate, EngineInput, EngineOutput, SpecialtyStats } from './types';

/** Backup specialties suggested at most, when the main specialty's target is out of reach. */
export const MAX_BACKUP_SUGGESTIONS = 3;

export interface BackupSuggestion {
  specialtyCode: string;
  name: string;
  /** P(match in it) for applicants like this one applying as they typically do. */
  baseline: ChanceEstimate;
}

export interface PlanOutput extends EngineOutput {
  /** One per chosen specialty, in the order chosen; the first is the main one, the rest backups. */
  strategies: SpecialtyStrategyDetails[];
  totalCost: PlanCost;
  /** P(at least one match anywhere in the plan): every specialty's recommended applications together. */
  overall: { matchChance: ChanceEstimate; applications: number; usd: number };
  /** Specialties where applicants like this one match most often, when the main target is out of reach. */
  backupSuggestions: BackupSuggestion[];
  unlockHints: UnlockSuggestion[];
}

/** The target (0–1) the applicant chose (percent 80/90/95), else the default. */
export function matchTargetOf(input: Pick<EngineInput, 'preferences'>): number {
  const chosen = input.preferences.matchTarget;
  const targets: readonly number[] = JUDGEMENTS.matchTargets.value;
  return chosen !== undefined && targets.includes(chosen / 100) ? chosen / 100 : JUDGEMENTS.defaultMatchTarget.value;
}

function backupSuggestions(input: EngineInput, chosen: ReadonlySet<string>): BackupSuggestion[] {
  const candidates = input.specialties.filter((s: SpecialtyStats) => !chosen.has(s.code) && s.match === 'NRMP');
  return candidates
    .map((s) => ({ specialtyCode: s.code, name: s.name, baseline: assessSpecialtyBaseline(input.profile, s, input.seasonYear).chance }))
    .sort((a, b) => b.baseline.estimate - a.baseline.estimate || (a.specialtyCode < b.specialtyCode ? -1 : 1))
    .slice(0, MAX_BACKUP_SUGGESTIONS);
}

export function planApplications(input: EngineInput): PlanOutput {
  const { output, excludedCandidates, bySpecialty, logitsBySpecialty, contexts } = rankProgramsWithDetails(input);
  const known = new Map(input.specialties.map((s) => [s.code, s]));
  const codes = [...new Set(input.preferences.specialties)];
  const target = matchTargetOf(input);
  const season = seasonFacts(input.seasonYear);
  const inputs = codes.map((code) => {
    const context = contexts.get(code)!;
    const offset = context.offsets.MEDIUM;
    return {
      specialty: known.get(code) ?? specialtyWithoutFigures(code),
      ranked: bySpecialty.get(code) ?? [],
      logits: logitsBySpecialty.get(code) ?? [],
      curve: output.curves[code] ?? [],
      baseline: output.baselines[code] ?? { estimate: 0, low: 0, high: 0 },
      thresholds: output.tierThresholdsBySpecialty[code] ?? output.tierThresholds,
      latent: context.latent,
      range: { below: offset.below, above: offset.above },
      season,
      options: { targetMatchProbability: target },
    };
  });
  const strategies = buildSpecialtyStrategies(inputs);
  const main = strategies[0];
  const cost = totalCost(strategies, season, input.profile);
  return {
    ...output,
    strategies,
    totalCost: cost,
    overall: overallPlan(inputs, strategies, cost),
    backupSuggestions: main?.recommendationStop === 'unreachable' ? backupSuggestions(input, new Set(codes)) : [],
    // The ranking already knows which programs of the chosen specialties it excluded.
    unlockHints: unlockHintsAmongExcluded(excludedCandidates, input.profile, input.preferences, input.seasonYear),
  };
}
