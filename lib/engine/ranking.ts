// Step 5, ranking (DESIGN.md §3.5): the whole pipeline for one request,
// eligibility → fit → chance → tier → score → order → reasons. Deterministic: the same input
// gives the same output, byte for byte.
import { assessInterviewChance } from './chance';
import { partitionEligible } from './eligibility';
import { scoreFit } from './fit';
import { rankScore } from './rank-score';
import { explainProgram } from './reasons';
import { tierFor } from './tiers';
import { ENGINE_VERSION } from './version';
import type { EngineInput, EngineOutput, RankedProgram, SpecialtyStats } from './types';

/** Higher score first; ties by program id ascending, by code unit (localeCompare depends on the locale). */
export function compareRanked(a: Pick<RankedProgram, 'score' | 'program'>, b: Pick<RankedProgram, 'score' | 'program'>): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.program.id === b.program.id) return 0;
  return a.program.id < b.program.id ? -1 : 1;
}

export function rankPrograms(input: EngineInput): EngineOutput {
  const { profile, preferences, seasonYear } = input;
  const specialties = new Map<string, SpecialtyStats>(input.specialties.map((s) => [s.code, s]));
  const { eligible, excluded } = partitionEligible(input.programs, profile, preferences, seasonYear);

  const unranked = eligible.map((program): RankedProgram => {
    const specialty = specialties.get(program.specialtyCode) ?? null;
    const fit = scoreFit(program, profile, preferences);
    const chance = assessInterviewChance(program, profile, specialty, seasonYear);
    return {
      rank: 0,
      program,
      tier: tierFor(chance.chance.estimate),
      chance: chance.chance.estimate,
      chanceRange: chance.chance,
      fit: fit.fit,
      fitFactors: fit.factors,
      score: rankScore(chance.chance.estimate, fit.fit),
      reasons: explainProgram({ program, profile, specialty, seasonYear, fit, chance }),
    };
  });

  const results = unranked.sort(compareRanked).map((ranked, index) => ({ ...ranked, rank: index + 1 }));
  return { engineVersion: ENGINE_VERSION, total: results.length, results, excluded };
}
