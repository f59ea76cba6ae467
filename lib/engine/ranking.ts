// Step 5, ranking (DESIGN.md §3.5): the whole pipeline for one request,
// eligibility → fit → chance (calibrated) → tier → score → order → reasons, then per specialty the
// baseline and the match curve down the ranked list. Deterministic: the same input gives the same
// output, byte for byte.
import { assessInterviewChance } from './chance';
import { matchCurveFromLogits } from './calibration/latent';
import { CURVE_MAX_POINTS } from './calibration/match-curve';
import { programChanceContext, programChances } from './calibration/program-chance';
import type { ProgramChanceContext } from './calibration/program-chance';
import { specialtyWithoutFigures } from './calibration/specialty-model';
import { partitionEligible } from './eligibility';
import { scoreFit } from './fit';
import { rankScore } from './rank-score';
import { explainProgram } from './reasons';
import { tierFor } from './tiers';
import { ENGINE_VERSION } from './version';
import type { ChanceEstimate, CurvePoint, EngineInput, EngineOutput, Program, RankedProgram, SpecialtyStats } from './types';

/** Higher score first; ties by program id ascending, by code unit (localeCompare depends on the locale). */
export function compareRanked(a: Pick<RankedProgram, 'score' | 'program'>, b: Pick<RankedProgram, 'score' | 'program'>): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.program.id === b.program.id) return 0;
  return a.program.id < b.program.id ? -1 : 1;
}

interface Scored {
  ranked: RankedProgram;
  /** The program's interview logit at average strength, for the specialty's match curve. */
  interviewLogit: number;
  /** What the reasons need, kept so they are written only for the programs a reply shows. */
  explain: Parameters<typeof explainProgram>[0];
}

/** Whether a 0-based position in the ranking gets its reasons written (all, without a page). */
function inPage(index: number, page: EngineInput['page']): boolean {
  return page === undefined || (index >= page.offset && index < page.offset + page.limit);
}

export function rankPrograms(input: EngineInput): EngineOutput {
  const { profile, preferences, seasonYear } = input;
  const specialties = new Map<string, SpecialtyStats>(input.specialties.map((s) => [s.code, s]));
  const { eligible, excluded } = partitionEligible(input.programs, profile, preferences, seasonYear);

  // Chances are calibrated against each specialty's whole catalog, before preferences filter it.
  const catalogs = new Map<string, Program[]>();
  for (const program of input.programs) {
    const catalog = catalogs.get(program.specialtyCode);
    if (catalog === undefined) catalogs.set(program.specialtyCode, [program]);
    else catalog.push(program);
  }
  const contexts = new Map<string, ProgramChanceContext>();
  const contextFor = (code: string): ProgramChanceContext => {
    const known = contexts.get(code);
    if (known !== undefined) return known;
    const specialty = specialties.get(code) ?? specialtyWithoutFigures(code);
    const context = programChanceContext(profile, specialty, seasonYear, catalogs.get(code) ?? []);
    contexts.set(code, context);
    return context;
  };

  const scored = eligible.map((program): Scored => {
    const context = contextFor(program.specialtyCode);
    const known = specialties.get(program.specialtyCode) ?? null;
    const fit = scoreFit(program, profile, preferences);
    const terms = assessInterviewChance(program, profile, known, seasonYear);
    const chances = programChances(terms, program.researchEmphasis, context);
    // The reasons quote the calibrated chance; v1's terms still say what moved it.
    const chance = { ...terms, chance: chances.interview };
    const ranked: RankedProgram = {
      rank: 0,
      program,
      tier: tierFor(chances.interview.estimate),
      chance: chances.interview.estimate,
      chanceRange: chances.interview,
      interviewChance: chances.interview,
      matchChance: chances.match,
      fit: fit.fit,
      fitFactors: fit.factors,
      score: rankScore(chances.interview.estimate, fit.fit),
      reasons: [],
    };
    return { ranked, interviewLogit: chances.interviewLogit, explain: { program, profile, specialty: known, seasonYear, fit, chance } };
  });

  scored.sort((a, b) => compareRanked(a.ranked, b.ranked));
  // Reasons are the costliest step: write them only for the page the caller will show.
  const results = scored.map((s, index) => ({
    ...s.ranked,
    rank: index + 1,
    reasons: inPage(index, input.page) ? explainProgram(s.explain) : [],
  }));

  const baselines: Record<string, ChanceEstimate> = {};
  const curves: Record<string, CurvePoint[]> = {};
  // Eligible programs are all in selected specialties (eligibility.ts), so these codes cover them.
  for (const code of new Set(preferences.specialties)) {
    const context = contextFor(code);
    const logits = scored.filter((s) => s.ranked.program.specialtyCode === code).slice(0, CURVE_MAX_POINTS).map((s) => s.interviewLogit);
    baselines[code] = context.baseline.chance;
    curves[code] = matchCurveFromLogits(logits, context.latent, CURVE_MAX_POINTS);
  }
  return { engineVersion: ENGINE_VERSION, total: results.length, results, excluded, baselines, curves };
}
