// The whole engine for one request (DESIGN.md §3): ranking, then per chosen specialty the
// application strategy (count, mix, cost, signals), the plan's overall chance of a match, backup
// suggestions when the main specialty's target is out of reach, the PGY-1 year where one is needed
// (pgy1.ts), then the unlock hints. Pure and deterministic.
import { rankProgramsWithDetails } from './ranking';
import { buildSpecialtyStrategies, overallPlan, planCost, totalCost, type PlanCost, type SpecialtyStrategyDetails } from './strategy';
import { planPgy1, type Pgy1Plan } from './pgy1';
import { seasonFacts } from '@/lib/reference/seasons';
import { isPgy1OnlySpecialty } from '@/lib/reference/pgy1';
import { ADVANCED_TRACK_SHARE_NRMP_2020 } from '@/lib/reference/program-distribution';
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
  /** Per chosen specialty, its PGY-1 plan (required for advanced programs, or a preliminary fallback); null where none. */
  pgy1BySpecialty: Record<string, Pgy1Plan | null>;
}

/** The target (0–1) the applicant chose (percent 80/90/95), else the default. */
export function matchTargetOf(input: Pick<EngineInput, 'preferences'>): number {
  const chosen = input.preferences.matchTarget;
  const targets: readonly number[] = JUDGEMENTS.matchTargets.value;
  return chosen !== undefined && targets.includes(chosen / 100) ? chosen / 100 : JUDGEMENTS.defaultMatchTarget.value;
}

/**
 * A backup should be one match away: specialties where most programs start at PGY-2 (they need a
 * PGY-1 year matched as well) and PGY-1-only ones (Transitional Year) are never suggested.
 */
function suggestableAsBackup(s: SpecialtyStats): boolean {
  return s.match === 'NRMP' && !isPgy1OnlySpecialty(s.code) && (ADVANCED_TRACK_SHARE_NRMP_2020[s.code] ?? 0) < 0.5;
}

function backupSuggestions(input: EngineInput, chosen: ReadonlySet<string>): BackupSuggestion[] {
  const candidates = input.specialties.filter((s: SpecialtyStats) => !chosen.has(s.code) && suggestableAsBackup(s));
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
  const pgy1BySpecialty: Record<string, Pgy1Plan | null> = {};
  const applied = new Map<string, number>();
  for (const { specialtyCode, cost: { applications } } of strategies) applied.set(specialtyCode, (applied.get(specialtyCode) ?? 0) + applications);
  for (const strategy of strategies) {
    const code = strategy.specialtyCode;
    pgy1BySpecialty[code] = planPgy1({
      input,
      specialtyCode: code,
      specialtyName: known.get(code)?.name ?? code,
      ranked: bySpecialty.get(code) ?? [],
      recommendedApplications: strategy.recommendedApplications,
      recommendationStop: strategy.recommendationStop,
      target,
      season,
      alreadyApplied: new Map(applied),
    });
    for (const line of pgy1BySpecialty[code]?.costByTrack ?? []) applied.set(line.code, (applied.get(line.code) ?? 0) + line.applications);
  }
  // The overall chance is of a residency match: its applications and cost are the residency ones.
  const residencyCost = totalCost(strategies, season, input.profile);
  const pgy1Lines = Object.values(pgy1BySpecialty).flatMap((plan) =>
    (plan?.costByTrack ?? []).map((line) => ({ specialtyCode: line.code, applications: line.applications })),
  );
  const cost = planCost(season, input.profile, [
    ...strategies.map(({ specialtyCode, cost: { applications } }) => ({ specialtyCode, applications })),
    ...pgy1Lines,
  ]);
  return {
    ...output,
    strategies,
    totalCost: cost,
    pgy1BySpecialty,
    overall: overallPlan(inputs, strategies, residencyCost),
    backupSuggestions: main?.recommendationStop === 'unreachable' ? backupSuggestions(input, new Set(codes)) : [],
    // The ranking already knows which programs of the chosen specialties it excluded.
    unlockHints: unlockHintsAmongExcluded(excludedCandidates, input.profile, input.preferences, input.seasonYear),
  };
}
