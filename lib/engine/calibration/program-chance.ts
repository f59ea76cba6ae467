// Calibrated per-program chances (DESIGN.md §3.3). A program's interview logit is
//
//   ℓ_i = c + d_i − d̄,   I_i(z) = logistic(ℓ_i + σ z),   M_i(z) = r · I_i(z)
//
// where c is solved so that the applicant's typical number of applications to typical programs of
// the specialty gives P(at least one match) = the specialty baseline (latent.ts), d_i is how this
// program differs from a typical one, from v1's program terms (chance.ts): its bar against the
// specialty median, a stated minimum above the applicant's score, and its openness to the
// applicant's type; and d̄ is the mean d of the programs the typical applicant aims at
// (referenceDeviation). Research counts more or less with the program's research emphasis, so c is
// solved for each emphasis with the research term weighted accordingly. A match needs an interview,
// so matchChance = r · interviewChance ≤ interviewChance.
import { DEFAULT_CHANCE_MODEL } from '../chance-model';
import type { BarSource, ChanceAssessment, ProgramTerms } from '../chance';
import { isImg, opennessFromShare, residentShareOfType } from '../applicant-type';
import { visaSponsorship } from '../eligibility';
import { RESEARCH_EMPHASES } from '../types';
import type { ApplicantProfile, ApplicantType, ChanceEstimate, Program, ResearchEmphasis, SpecialtyStats } from '../types';
import { assessSpecialtyBaseline, TYPICAL_APPLICATIONS } from './baseline';
import type { BaselineAssessment } from './baseline';
import { CALIBRATION_COEFFICIENTS } from './coefficients';
import { fastMarginalChance, offsetForMatchProbability } from './latent';
import type { LatentParameters } from './latent';

/**
 * Openness (applicant-type.ts) of a typical program for the type, the zero of the openness term:
 * US MD seniors are the majority almost everywhere; DOs and IMGs are taken halfway. A model choice
 * that matters only without a catalog: with one, d̄ (referenceDeviation) replaces it.
 */
export const TYPICAL_OPENNESS: Readonly<Record<ApplicantType, number>> = { US_MD: 1, US_DO: 0.5, US_IMG: 0.5, NON_US_IMG: 0.5 };

interface Offset {
  center: number;
  /** Distances (logit) from the center to the offsets of the baseline's low and high ends. */
  below: number;
  above: number;
}

export interface ProgramChanceContext {
  type: ApplicantType;
  baseline: BaselineAssessment;
  latent: LatentParameters;
  applications: number;
  offsets: Record<ResearchEmphasis, Offset>;
  /** Mean deviation of the programs the typical applicant would apply to (see referenceDeviation). */
  referenceDeviation: number;
  /**
   * The logit distances from a program's logit to the ends of its range, by research emphasis and
   * by what the program leaves unknown (widthCase): a dozen cases, so worked out once here rather
   * than per program.
   */
  rangeBelow: Float64Array;
  rangeAbove: Float64Array;
}

export interface ProgramChances {
  interview: ChanceEstimate;
  match: ChanceEstimate;
  /** ℓ_i: the program's interview logit at average strength (for the match curve). */
  interviewLogit: number;
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
/** To 0.1 percentage point, like v1's chances; Math.round keeps the per-program loop free of strings. */
const roundChance = (p: number): number => Math.round(p * 1000) / 1000;

export function latentParameters(type: ApplicantType): LatentParameters {
  const latent = CALIBRATION_COEFFICIENTS.latent;
  return { strengthSdLogit: latent.strengthSdLogit, matchPerInterview: isImg(type) ? latent.matchPerInterview.img : latent.matchPerInterview.us };
}

/** How a program differs from the typical one whatever the applicant's score (logit): its bar and its openness. */
function structuralDeviation(barValue: number, share: number | null, type: ApplicantType, median: number): number {
  const swing = Math.abs(DEFAULT_CHANCE_MODEL.typeLogitAtZeroShare[type]);
  const typeDeviation = share === null ? 0 : swing * (opennessFromShare(share, type) - TYPICAL_OPENNESS[type]);
  return DEFAULT_CHANCE_MODEL.step2LogitPerPoint * (median - barValue) + typeDeviation;
}

/**
 * Applicants do not apply at random: they aim at the programs where they stand best. So the typical
 * applicant's `applications` are read as the specialty's programs with the highest structural
 * deviation among those open to their visa need (padded with typical programs, deviation 0, when the
 * catalog holds fewer), and every program is measured from their mean. Without this, a list of the
 * best-placed programs would promise far more than the published rates. The deviation depends on
 * neither score nor research, so neither can lower a chance through it. Without a catalog: 0.
 */
export function referenceDeviation(catalog: readonly Program[], profile: ApplicantProfile, median: number, applications: number): number {
  const type = profile.applicantType;
  const top = new TopValues(applications);
  for (const program of catalog) {
    if (visaSponsorship(program, profile.visaNeeded) === 'not_sponsored') continue;
    top.add(structuralDeviation(program.typicalStep2 ?? median, residentShareOfType(program, type), type, median));
  }
  // Summed from the highest down, the order a full sort would give (so the same float sum).
  const highest = top.descending();
  let sum = 0;
  for (let i = 0; i < highest.length; i++) sum += highest[i] ?? 0;
  return sum / applications;
}

/**
 * The `capacity` highest of a stream of numbers: a min-heap, so a catalog of n programs costs
 * O(n log capacity) rather than a sort of all n (capacity is the typical applications, 68–139).
 */
class TopValues {
  private readonly heap: Float64Array;
  private size = 0;

  constructor(capacity: number) {
    this.heap = new Float64Array(Math.max(0, Math.ceil(capacity)));
  }

  add(value: number): void {
    const heap = this.heap;
    if (this.size < heap.length) {
      heap[this.size] = value;
      this.siftUp(this.size);
      this.size += 1;
    } else if (heap.length > 0 && value > (heap[0] ?? value)) {
      heap[0] = value;
      this.siftDown(0);
    }
  }

  descending(): Float64Array {
    // Float64Array#sort is numeric (ascending), unlike Array#sort without a comparator.
    return this.heap.slice(0, this.size).sort().reverse();
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if ((heap[parent] ?? 0) <= (heap[child] ?? 0)) return;
      this.swap(parent, child);
      child = parent;
    }
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    let parent = index;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < this.size && (heap[left] ?? 0) < (heap[smallest] ?? 0)) smallest = left;
      if (right < this.size && (heap[right] ?? 0) < (heap[smallest] ?? 0)) smallest = right;
      if (smallest === parent) return;
      this.swap(parent, smallest);
      parent = smallest;
    }
  }

  private swap(a: number, b: number): void {
    const heap = this.heap;
    const held = heap[a] ?? 0;
    heap[a] = heap[b] ?? 0;
    heap[b] = held;
  }
}

/** What a program leaves unknown, as an index 0–11: its bar's source, its visa sponsorship, its resident mix. */
const BAR_SOURCE_INDEX: Readonly<Record<BarSource, number>> = { program: 0, specialty: 1, default: 2 };
const WIDTH_CASES = 12;
function widthCase(barSource: BarSource, visaUnknown: boolean, shareUnknown: boolean): number {
  return BAR_SOURCE_INDEX[barSource] * 4 + (visaUnknown ? 2 : 0) + (shareUnknown ? 1 : 0);
}
const EMPHASIS_INDEX = Object.fromEntries(RESEARCH_EMPHASES.map((emphasis, index) => [emphasis, index])) as Record<ResearchEmphasis, number>;

/** The program's own half-width (logit): the model's error and what the program leaves unknown. */
function programHalfWidth(barSource: BarSource, visaUnknown: boolean, shareUnknown: boolean, type: ApplicantType): number {
  const u = DEFAULT_CHANCE_MODEL.uncertainty;
  const swing = Math.abs(DEFAULT_CHANCE_MODEL.typeLogitAtZeroShare[type]);
  return Math.hypot(
    u.baseLogit,
    barSource === 'specialty' ? u.barFromSpecialtyLogit : barSource === 'default' ? u.barDefaultLogit : 0,
    visaUnknown ? u.visaUnknownLogit : 0,
    // Not knowing the mix can hide anything from a closed program to an open one.
    shareUnknown ? Math.max(u.shareUnknownLogit, swing / 4) : 0,
  );
}

/** rangeBelow and rangeAbove of the context: every emphasis × width case, combined with the offset's own range. */
function rangeWidths(offsets: Record<ResearchEmphasis, Offset>, type: ApplicantType): { below: Float64Array; above: Float64Array } {
  const below = new Float64Array(RESEARCH_EMPHASES.length * WIDTH_CASES);
  const above = new Float64Array(RESEARCH_EMPHASES.length * WIDTH_CASES);
  for (const emphasis of RESEARCH_EMPHASES) {
    for (const barSource of ['program', 'specialty', 'default'] as const) {
      for (const visaUnknown of [false, true]) {
        for (const shareUnknown of [false, true]) {
          const halfWidth = programHalfWidth(barSource, visaUnknown, shareUnknown, type);
          const at = EMPHASIS_INDEX[emphasis] * WIDTH_CASES + widthCase(barSource, visaUnknown, shareUnknown);
          below[at] = Math.hypot(offsets[emphasis].below, halfWidth);
          above[at] = Math.hypot(offsets[emphasis].above, halfWidth);
        }
      }
    }
  }
  return { below, above };
}

/**
 * Everything per applicant and specialty that every program of the specialty shares. `catalog`: the
 * specialty's programs in the catalog (all of them, before the applicant's preferences filter any).
 */
export function programChanceContext(
  profile: ApplicantProfile,
  specialty: SpecialtyStats,
  seasonYear: number,
  catalog: readonly Program[] = [],
): ProgramChanceContext {
  const type = profile.applicantType;
  const baseline = assessSpecialtyBaseline(profile, specialty, seasonYear);
  const latent = latentParameters(type);
  const applications = TYPICAL_APPLICATIONS[type];
  // Each solve is a bisection of dozens of integrals. With research at the typical level (or not
  // given) the research term is 0 and every emphasis asks for the same three logits: solve each once.
  const solved = new Map<number, number>();
  const solve = (logit: number): number => {
    const known = solved.get(logit);
    if (known !== undefined) return known;
    const offset = offsetForMatchProbability(logistic(logit), applications, latent);
    solved.set(logit, offset);
    return offset;
  };
  const offsetFor = (emphasis: ResearchEmphasis): Offset => {
    const multiplier = DEFAULT_CHANCE_MODEL.researchEmphasisMultiplier[emphasis];
    const weighted = multiplier === 1 ? baseline : assessSpecialtyBaseline(profile, specialty, seasonYear, multiplier);
    const { logit, halfWidthLogit } = weighted;
    const center = solve(logit);
    return { center, below: center - solve(logit - halfWidthLogit), above: solve(logit + halfWidthLogit) - center };
  };
  const offsets = Object.fromEntries(RESEARCH_EMPHASES.map((e) => [e, offsetFor(e)])) as Record<ResearchEmphasis, Offset>;
  const reference = referenceDeviation(catalog, profile, baseline.model.median, applications);
  const range = rangeWidths(offsets, type);
  return { type, baseline, latent, applications, offsets, referenceDeviation: reference, rangeBelow: range.below, rangeAbove: range.above };
}

/** The program terms the calibrated chance reads, out of v1's full assessment. */
function termsOf(assessment: ChanceAssessment): ProgramTerms {
  return { bar: assessment.bar, residentShare: assessment.residentShare, visa: assessment.visa, belowMinimum: assessment.terms.belowMinimum };
}

/** d_i and the program's own half-width (logit), from v1's assessment of the program. */
export function programDeviation(assessment: ChanceAssessment, type: ApplicantType, median: number): { deviation: number; halfWidth: number } {
  const share = assessment.residentShare;
  const deviation = structuralDeviation(assessment.bar.value, share, type, median) + assessment.terms.belowMinimum;
  return { deviation, halfWidth: programHalfWidth(assessment.bar.source, assessment.visa === 'unknown', share === null, type) };
}

/** Interview and match chances of one program, calibrated to the specialty baseline. */
export function programChances(assessment: ChanceAssessment, emphasis: ResearchEmphasis | null, context: ProgramChanceContext): ProgramChances {
  return programChancesFromTerms(termsOf(assessment), emphasis, context);
}

/** Where programChanceNumbers writes each number. */
export const CHANCE_SLOTS = { interview: 0, interviewLow: 1, interviewHigh: 2, match: 3, matchLow: 4, matchHigh: 5, logit: 6, standing: 7 } as const;
export const CHANCE_SLOT_COUNT = 8;

/**
 * programChancesFromTerms' numbers, written into `out` (CHANCE_SLOTS) rather than new objects: the
 * ranking's per-program step, which keeps one set of estimate objects per distinct value.
 */
export function programChanceNumbers(terms: ProgramTerms, emphasis: ResearchEmphasis | null, context: ProgramChanceContext, out: Float64Array): void {
  const type = context.type;
  const structural = structuralDeviation(terms.bar.value, terms.residentShare, type, context.baseline.model.median);
  const deviation = structural + terms.belowMinimum;
  const readAs = emphasis ?? 'MEDIUM';
  const at = EMPHASIS_INDEX[readAs] * WIDTH_CASES + widthCase(terms.bar.source, terms.visa === 'unknown', terms.residentShare === null);
  const sd = context.latent.strengthSdLogit;
  const r = context.latent.matchPerInterview;
  const logit = context.offsets[readAs].center + deviation - context.referenceDeviation;
  const estimate = fastMarginalChance(logit, sd);
  const low = fastMarginalChance(logit - (context.rangeBelow[at] ?? 0), sd);
  const high = fastMarginalChance(logit + (context.rangeAbove[at] ?? 0), sd);
  out[CHANCE_SLOTS.interview] = roundChance(estimate);
  out[CHANCE_SLOTS.interviewLow] = roundChance(low);
  out[CHANCE_SLOTS.interviewHigh] = roundChance(high);
  out[CHANCE_SLOTS.match] = roundChance(r * estimate);
  out[CHANCE_SLOTS.matchLow] = roundChance(r * low);
  out[CHANCE_SLOTS.matchHigh] = roundChance(r * high);
  out[CHANCE_SLOTS.logit] = logit;
  // Where the program stands for applicants of this type against the programs they typically aim at,
  // whatever the applicant's own strength: the ranking reads it (rank-score.ts).
  out[CHANCE_SLOTS.standing] = structural - context.referenceDeviation;
}

const scratch = new Float64Array(CHANCE_SLOT_COUNT);

/** programChances from the program terms alone (assessProgramTerms). */
export function programChancesFromTerms(terms: ProgramTerms, emphasis: ResearchEmphasis | null, context: ProgramChanceContext): ProgramChances {
  programChanceNumbers(terms, emphasis, context, scratch);
  const at = CHANCE_SLOTS;
  return {
    interview: { estimate: scratch[at.interview]!, low: scratch[at.interviewLow]!, high: scratch[at.interviewHigh]! },
    match: { estimate: scratch[at.match]!, low: scratch[at.matchLow]!, high: scratch[at.matchHigh]! },
    interviewLogit: scratch[at.logit]!,
  };
}
