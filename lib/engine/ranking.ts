// Step 5, ranking (DESIGN.md §3.5): the whole pipeline for one request,
// eligibility → fit → chance (calibrated) → tier → score → order → reasons, then per specialty the
// baseline and the match curve down the ranked list. Deterministic: the same input gives the same
// output, byte for byte.
//
// Built for catalogs of 100k programs: everything that depends only on the request (eligibility
// sets, fit weights and sets, per-specialty calibration) is worked out once; the per-program step
// computes numbers only, with no strings; the one sort orders indices; and whatever is only
// displayed (fit explanations, reasons) is written only for the page the caller will show.
import { assessInterviewChance, assessProgramTerms } from './chance';
import { matchCurveFromLogits } from './calibration/latent';
import { CURVE_MAX_POINTS } from './calibration/match-curve';
import { CHANCE_SLOT_COUNT, CHANCE_SLOTS, programChanceContext, programChanceNumbers } from './calibration/program-chance';
import type { ProgramChanceContext } from './calibration/program-chance';
import { specialtyWithoutFigures } from './calibration/specialty-model';
import { eligibilityRules, firstExclusion } from './eligibility';
import { fitFactors, fitScore, planFit } from './fit';
import type { FitPlan } from './fit';
import { rankScore, SCORE_STEPS, standingFromLogit } from './rank-score';
import { explainProgram } from './reasons';
import { effectiveStep2 } from './scores';
import type { EffectiveStep2 } from './scores';
import { tierFor, tierThresholdsForList } from './tiers';
import { ENGINE_VERSION } from './version';
import { applyView, isIdentityView } from './view';
import type { ChanceEstimate, CurvePoint, EngineInput, EngineOutput, ExclusionReason, Program, RankedProgram, SpecialtyStats, TierThresholds } from './types';

/** Higher score first; ties by program id ascending, by code unit (localeCompare depends on the locale). */
export function compareRanked(a: Pick<RankedProgram, 'score' | 'program'>, b: Pick<RankedProgram, 'score' | 'program'>): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.program.id === b.program.id) return 0;
  return a.program.id < b.program.id ? -1 : 1;
}

/**
 * One object per distinct chance estimate within a ranking. Chances are whole thousandths, so even a
 * catalog of 100k programs has a few thousand distinct (estimate, low, high): sharing them leaves
 * about one object per program that outlives the per-program step, and it is those survivors the
 * garbage collector copies and marks (at 100k programs it took more time than the ranking itself).
 * Shared as chanceRange and interviewChance already are: read, never written to.
 */
class EstimatePool {
  private readonly byKey = new Map<number, ChanceEstimate>();

  get(estimate: number, low: number, high: number): ChanceEstimate {
    // Three whole thousandths 0–1000 in one small integer.
    const key = (Math.round(estimate * 1000) * 1001 + Math.round(low * 1000)) * 1001 + Math.round(high * 1000);
    const known = this.byKey.get(key);
    if (known !== undefined && known.estimate === estimate && known.low === low && known.high === high) return known;
    const made = { estimate, low, high };
    // A value off the thousandths grid (never, with roundChance) is simply not shared.
    if (known === undefined) this.byKey.set(key, made);
    return made;
  }
}

/**
 * Outside the page, a program's fit factors and reasons: one empty list for all. Frozen, so that a
 * push throws rather than fills every program's list; typed never[] so it fits either field.
 */
const NOT_ON_PAGE = Object.freeze([]) as unknown as never[];

/** What every program of one chosen specialty is scored against: worked out once per request. */
interface SpecialtyScoring {
  code: string;
  /** The specialty's published figures; null when the caller has none. */
  known: SpecialtyStats | null;
  context: ProgramChanceContext;
  /** The applicant's Step 2 CK as read for this specialty (assumed from its median when not given). */
  score: EffectiveStep2;
}

interface Partition {
  eligible: Program[];
  excluded: EngineOutput['excluded'];
  /** Excluded programs of the chosen specialties: the ones an unlock hint could open. */
  excludedCandidates: Program[];
  /** Each chosen specialty's whole catalog, before preferences filter it. */
  catalogs: Map<string, Program[]>;
}

/** One pass over the catalog: eligibility, the exclusion counts and the chosen specialties' catalogs. */
function partition(input: EngineInput): Partition {
  const rules = eligibilityRules(input.profile, input.preferences, input.seasonYear);
  const eligible: Program[] = [];
  const excludedCandidates: Program[] = [];
  const byReason: Partial<Record<ExclusionReason, number>> = {};
  const catalogs = new Map<string, Program[]>();
  let excludedTotal = 0;
  for (const program of input.programs) {
    if (rules.specialties.has(program.specialtyCode)) {
      const catalog = catalogs.get(program.specialtyCode);
      if (catalog === undefined) catalogs.set(program.specialtyCode, [program]);
      else catalog.push(program);
    }
    // A program excluded for several reasons counts once, under its first reason.
    const first = firstExclusion(program, rules);
    if (first === null) {
      eligible.push(program);
      continue;
    }
    excludedTotal += 1;
    byReason[first] = (byReason[first] ?? 0) + 1;
    if (first !== 'specialty_not_selected') excludedCandidates.push(program);
  }
  return { eligible, excluded: { total: excludedTotal, byReason }, excludedCandidates, catalogs };
}

/**
 * The ranking order, as indices into `ranked`: compareRanked's order, and stable like sorting the
 * programs themselves (exact duplicates keep the catalog's order). Scores are whole steps of
 * 1/SCORE_STEPS (rank-score.ts), so they are sorted by counting, in linear time, and only the runs
 * of equal scores are sorted, by id (`ids[i]` is `ranked[i].program.id`, read without reaching
 * into every program). A score off the grid falls back to one comparison sort.
 */
function rankOrder(ranked: readonly RankedProgram[], ids: readonly string[]): number[] {
  const steps = scoreSteps(ranked);
  if (steps === null) return identityOrder(ranked.length).sort((a, b) => compareRanked(ranked[a]!, ranked[b]!));
  // Counting sort, highest score first: starts[s] is where the programs with SCORE_STEPS - s steps begin.
  const starts = new Int32Array(SCORE_STEPS + 2);
  for (let i = 0; i < steps.length; i++) starts[SCORE_STEPS - steps[i]! + 1]! += 1;
  for (let s = 1; s < starts.length; s++) starts[s]! += starts[s - 1]!;
  const order: number[] = new Array<number>(ranked.length);
  for (let i = 0; i < steps.length; i++) order[starts[SCORE_STEPS - steps[i]!]!++] = i;
  sortTiesById(order, steps, ids);
  return order;
}

/** Each program's score in steps, or null if any score is not a whole step in [0, 1]. */
function scoreSteps(ranked: readonly RankedProgram[]): Int32Array | null {
  const steps = new Int32Array(ranked.length);
  for (let i = 0; i < ranked.length; i++) {
    const score = ranked[i]!.score;
    const step = Math.round(score * SCORE_STEPS);
    if (!(step >= 0 && step <= SCORE_STEPS && step / SCORE_STEPS === score)) return null;
    steps[i] = step;
  }
  return steps;
}

function identityOrder(length: number): number[] {
  const order: number[] = new Array<number>(length);
  for (let i = 0; i < length; i++) order[i] = i;
  return order;
}

/** Ids by code unit, as compareRanked breaks ties. */
function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Runs of equal scores up to this long are sorted in place by insertion (most runs are a few programs). */
const INSERTION_SORT_MAX_RUN = 16;

/** Sorts each run of equal scores in `order` by program id (stable: it starts in catalog order). */
function sortTiesById(order: number[], steps: Int32Array, ids: readonly string[]): void {
  let start = 0;
  while (start < order.length) {
    const step = steps[order[start]!];
    let end = start + 1;
    while (end < order.length && steps[order[end]!] === step) end += 1;
    if (end - start > INSERTION_SORT_MAX_RUN) {
      const run = order.slice(start, end).sort((a, b) => compareIds(ids[a]!, ids[b]!));
      for (let k = 0; k < run.length; k++) order[start + k] = run[k]!;
    } else if (end - start > 1) {
      insertionSortById(order, start, end, ids);
    }
    start = end;
  }
}

/** Stable: an element moves only past ids strictly greater than its own. */
function insertionSortById(order: number[], start: number, end: number, ids: readonly string[]): void {
  for (let k = start + 1; k < end; k++) {
    const held = order[k]!;
    let at = k;
    while (at > start && compareIds(ids[order[at - 1]!]!, ids[held]!) > 0) {
      order[at] = order[at - 1]!;
      at -= 1;
    }
    order[at] = held;
  }
}

/** Whether a 0-based position in the ranking is on the page the caller shows (all, without a page). */
function inPage(index: number, page: EngineInput['page']): boolean {
  return page === undefined || (index >= page.offset && index < page.offset + page.limit);
}

/** The fit factors with their explanations, and the reasons: what a reply shows of a program. */
function writePageDetails(ranked: RankedProgram, scoring: SpecialtyScoring, fitPlan: FitPlan, input: EngineInput): void {
  const { program } = ranked;
  const { profile, seasonYear } = input;
  ranked.fitFactors = fitFactors(program, fitPlan);
  // The reasons quote the calibrated chance; v1's terms still say what moved it.
  const assessment = assessInterviewChance(program, profile, scoring.known, seasonYear);
  const chance = { ...assessment, chance: ranked.interviewChance };
  const fit = { fit: ranked.fit, factors: ranked.fitFactors };
  ranked.reasons = explainProgram({ program, profile, specialty: scoring.known, seasonYear, fit, chance });
}

/** What plan.ts needs beyond rankPrograms' output. */
export interface RankingDetails {
  output: EngineOutput;
  /** Excluded programs of the chosen specialties: the ones an unlock hint could open. */
  excludedCandidates: Program[];
  /** Each specialty's ranked programs, in rank order. */
  bySpecialty: Map<string, RankedProgram[]>;
  /** Each chosen specialty's interview logits (ℓ_i), in rank order, for the first CURVE_MAX_POINTS programs. */
  logitsBySpecialty: Map<string, number[]>;
  /** Each chosen specialty's calibration context (baseline, latent parameters, offsets). */
  contexts: Map<string, ProgramChanceContext>;
  /**
   * Writes the fit factors and reasons of these ranked programs (of this ranking), as the page's
   * are written: for a caller that shows programs in another order than the page (pgy1.ts).
   */
  explain: (results: readonly RankedProgram[]) => void;
}

/** rankPrograms, with what the strategy and the unlock hints need (plan.ts). */
export function rankProgramsWithDetails(input: EngineInput): RankingDetails {
  const { profile, preferences, seasonYear } = input;
  const { eligible, excluded, excludedCandidates, catalogs } = partition(input);
  const specialties = new Map<string, SpecialtyStats>(input.specialties.map((s) => [s.code, s]));
  // Chances are calibrated against each specialty's whole catalog, before preferences filter it.
  // Indexed, so that the per-program arrays below hold a number rather than the code.
  const scorings: SpecialtyScoring[] = [];
  const scoringIndex = new Map<string, number>();
  const scoringFor = (code: string): number => {
    const done = scoringIndex.get(code);
    if (done !== undefined) return done;
    const known = specialties.get(code) ?? null;
    const context = programChanceContext(profile, known ?? specialtyWithoutFigures(code), seasonYear, catalogs.get(code) ?? []);
    scorings.push({ code, known, context, score: effectiveStep2(profile, known) });
    scoringIndex.set(code, scorings.length - 1);
    return scorings.length - 1;
  };
  // Eligible programs are all in chosen specialties (eligibility.ts): these cover every one of them.
  const chosen = [...new Set(preferences.specialties)];
  for (const code of chosen) scoringFor(code);
  const fitPlan = planFit(profile, preferences);

  // Numbers only per program. Beside `ranked`, by the same index: each one's interview logit (for
  // the match curves), specialty and id, so that later passes need not reach into every program.
  const count = eligible.length;
  const ranked: RankedProgram[] = new Array<RankedProgram>(count);
  const logits = new Float64Array(count);
  const specialtyOf = new Int32Array(count);
  const ids: string[] = new Array<string>(count);
  const estimates = new EstimatePool();
  const chance = new Float64Array(CHANCE_SLOT_COUNT);
  const at = CHANCE_SLOTS;
  for (let i = 0; i < count; i++) {
    const program = eligible[i]!;
    const specialty = scoringFor(program.specialtyCode);
    const scoring = scorings[specialty]!;
    const terms = assessProgramTerms(program, profile, scoring.known, scoring.score);
    programChanceNumbers(terms, program.researchEmphasis, scoring.context, chance);
    const interview = estimates.get(chance[at.interview]!, chance[at.interviewLow]!, chance[at.interviewHigh]!);
    const fit = fitScore(program, fitPlan);
    logits[i] = chance[at.logit]!;
    specialtyOf[i] = specialty;
    ids[i] = program.id;
    ranked[i] = {
      rank: 0,
      program,
      // Drawn once the whole list of its specialty is known (below).
      tier: 'reach',
      chance: interview.estimate,
      chanceRange: interview,
      interviewChance: interview,
      matchChance: estimates.get(chance[at.match]!, chance[at.matchLow]!, chance[at.matchHigh]!),
      fit,
      // Written below for the page only: the costliest strings, and only the page is shown.
      fitFactors: NOT_ON_PAGE,
      score: rankScore(standingFromLogit(chance[at.standing]!), fit),
      reasons: NOT_ON_PAGE,
    };
  }

  // Tiers, per specialty: its lines may move into its own list (tiers.ts).
  const chancesOf: number[][] = scorings.map(() => []);
  for (let i = 0; i < count; i++) chancesOf[specialtyOf[i]!]!.push(ranked[i]!.chance);
  const thresholdsOf = chancesOf.map((chances) => tierThresholdsForList(profile.applicantType, chances));
  for (let i = 0; i < count; i++) ranked[i]!.tier = tierFor(ranked[i]!.chance, thresholdsOf[specialtyOf[i]!]!);

  const order = rankOrder(ranked, ids);
  // Ranks are written in catalog order, the order the objects were made in, rather than in rank
  // order, which would jump around memory.
  const positionOf = new Int32Array(count);
  for (let position = 0; position < count; position++) positionOf[order[position]!] = position;
  for (let i = 0; i < count; i++) ranked[i]!.rank = positionOf[i]! + 1;

  const viewed = !isIdentityView(input.view);
  const results: RankedProgram[] = new Array<RankedProgram>(count);
  const listOf: RankedProgram[][] = scorings.map(() => []);
  const curveLogits: number[][] = scorings.map(() => []);
  for (let position = 0; position < count; position++) {
    const index = order[position]!;
    const result = ranked[index]!;
    const specialty = specialtyOf[index]!;
    results[position] = result;
    listOf[specialty]!.push(result);
    const curve = curveLogits[specialty]!;
    if (curve.length < CURVE_MAX_POINTS) curve.push(logits[index]!);
    if (!viewed && inPage(position, input.page)) writePageDetails(result, scorings[specialty]!, fitPlan, input);
  }
  // A view's page is written once the view is known: its programs may come from anywhere in the ranking.
  const view = viewed ? applyView(results, input.view!) : undefined;
  if (view !== undefined) {
    view.forEach((result, position) => {
      if (inPage(position, input.page)) writePageDetails(result, scorings[scoringIndex.get(result.program.specialtyCode)!]!, fitPlan, input);
    });
  }

  const baselines: Record<string, ChanceEstimate> = {};
  const curves: Record<string, CurvePoint[]> = {};
  const tierThresholdsBySpecialty: Record<string, TierThresholds> = {};
  for (const code of chosen) {
    const specialty = scoringFor(code);
    const { context } = scorings[specialty]!;
    baselines[code] = context.baseline.chance;
    tierThresholdsBySpecialty[code] = thresholdsOf[specialty]!;
    curves[code] = matchCurveFromLogits(curveLogits[specialty]!, context.latent, CURVE_MAX_POINTS);
  }
  const bySpecialty = new Map(scorings.map((scoring, specialty) => [scoring.code, listOf[specialty]!]));
  return {
    output: {
      engineVersion: ENGINE_VERSION,
      total: results.length,
      results,
      excluded,
      baselines,
      curves,
      // The main specialty's lines (the page's legend); each specialty's own beside them.
      tierThresholds: tierThresholdsBySpecialty[chosen[0]!] ?? tierThresholdsForList(profile.applicantType, []),
      tierThresholdsBySpecialty,
      fitCounted: [...fitPlan.counted],
      ...(view !== undefined ? { view: { total: view.length, results: view } } : {}),
    },
    excludedCandidates,
    bySpecialty,
    logitsBySpecialty: new Map(scorings.map((scoring, specialty) => [scoring.code, curveLogits[specialty]!])),
    contexts: new Map(scorings.map((scoring) => [scoring.code, scoring.context])),
    explain: (shown) => {
      for (const result of shown) {
        if (result.reasons !== NOT_ON_PAGE) continue;
        writePageDetails(result, scorings[scoringIndex.get(result.program.specialtyCode)!]!, fitPlan, input);
      }
    },
  };
}

/**
 * Every eligible program, ranked. Outside `input.page`, `reasons` and `fitFactors` are left empty
 * (the fit itself and every chance are computed for all): only the page is shown.
 */
export function rankPrograms(input: EngineInput): EngineOutput {
  return rankProgramsWithDetails(input).output;
}
