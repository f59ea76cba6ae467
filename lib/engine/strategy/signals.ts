// Step 6, strategy (DESIGN.md §3.6): where to place a specialty's program signals among the
// programs the applicant will apply to, for the most chance of a match.
//
// Each signal raises the program's interview logit by the specialty's uplift (signal-effect.ts).
// Placement is greedy on the quantity that matters, P(at least one match in the specialty),
// integrated over the applicant's latent strength exactly as the curve is (calibration/latent.ts):
// each signal goes where it adds the most, given the signals already placed. So signals land where
// the applicant is competitive but not a sure thing, without a hand-set band of chances: a program
// already likely to interview gains little, and one far out of reach gains little too.
// Signals go per institution (AAMC: a categorical and a preliminary program of one institution
// share one), so at most one per institution. Gold before silver: gold carries the larger uplift.
import { fastMarginalChance } from '../calibration/latent';
import type { LatentParameters } from '../calibration/latent';
import { NODES, WEIGHTS } from '../calibration/gauss-hermite';
import { percent } from '../labels';
import type { Program, SignalKind, SignalPlacement, SpecialtyStats } from '../types';
import { signalEffect } from './signal-effect';

export interface SignalCandidate {
  program: Pick<Program, 'id' | 'institution'>;
  /** ℓ_i: the program's interview logit at average strength (ranking). */
  interviewLogit: number;
}

export interface SignalPlan {
  placements: SignalPlacement[];
  /** Why no signal or fewer than the specialty allows were placed; null when all were. */
  note: string | null;
  /** Where the uplift comes from, in words. */
  effectSource: string;
}

const KIND_LABEL: Readonly<Record<SignalKind, string>> = { gold: 'Gold signal', silver: 'Silver signal', single: 'Signal' };
const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function wholeCount(count: number | null): number {
  return count !== null && Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0;
}

/** The signals to place, in placing order: gold before silver; single-tier alone. */
export function signalBudget(signals: SpecialtyStats['signals']): SignalKind[] {
  const gold = wholeCount(signals.gold);
  const silver = wholeCount(signals.silver);
  if (gold + silver > 0) return [...Array<SignalKind>(gold).fill('gold'), ...Array<SignalKind>(silver).fill('silver')];
  return Array<SignalKind>(wholeCount(signals.single)).fill('single');
}

function points(gain: number): string {
  const value = 100 * gain;
  return value < 0.1 ? 'under 0.1 points' : `${Number(value.toFixed(1))} point${value.toFixed(1) === '1.0' ? '' : 's'}`;
}

/**
 * Places the specialty's signals among `candidates` (the programs the applicant will apply to, in
 * rank order), greedily by the gain in P(match in the specialty); never twice at one institution,
 * never more than the specialty's counts.
 */
export function placeSignals(
  specialty: Pick<SpecialtyStats, 'code' | 'name' | 'signals'>,
  candidates: readonly SignalCandidate[],
  latent: LatentParameters,
): SignalPlan {
  const budget = signalBudget(specialty.signals);
  const effect = signalEffect(specialty.code);
  if (budget.length === 0) {
    return { placements: [], note: `No program signals published for ${specialty.name} for this season: none placed`, effectSource: effect.source };
  }
  const { strengthSdLogit: sd, matchPerInterview: r } = latent;
  const nodes = NODES;
  const weights = WEIGHTS;
  // No-match probability at each strength node over the whole list, and each program's factor there.
  const noMatch = new Float64Array(nodes.length).fill(1);
  const logits = candidates.map((c) => c.interviewLogit);
  for (const l of logits) for (let j = 0; j < nodes.length; j++) noMatch[j]! *= 1 - r * logistic(l + sd * nodes[j]!);

  // Each program's no-match factor with a signal over without, per strength node: it does not change
  // as signals are placed, so it is worked out once per kind of signal (the greedy loop reads it).
  const count = candidates.length;
  const ratioByKind = new Map<SignalKind, Float64Array>();
  const ratiosFor = (kind: SignalKind): Float64Array => {
    const known = ratioByKind.get(kind);
    if (known !== undefined) return known;
    const uplift = effect.uplift[kind];
    const ratios = new Float64Array(count * nodes.length);
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < nodes.length; j++) {
        const without = 1 - r * logistic(logits[i]! + sd * nodes[j]!);
        const withSignal = 1 - r * logistic(logits[i]! + uplift + sd * nodes[j]!);
        ratios[i * nodes.length + j] = withSignal / without;
      }
    }
    ratioByKind.set(kind, ratios);
    return ratios;
  };

  const usedInstitutions = new Set<string>();
  const signalled = new Set<number>();
  const placements: SignalPlacement[] = [];
  for (const kind of budget) {
    const uplift = effect.uplift[kind];
    const ratios = ratiosFor(kind);
    let best = -1;
    let bestGain = -1;
    for (let i = 0; i < count; i++) {
      if (signalled.has(i) || usedInstitutions.has(candidates[i]!.program.institution)) continue;
      let gain = 0;
      for (let j = 0; j < nodes.length; j++) gain += weights[j]! * noMatch[j]! * (1 - ratios[i * nodes.length + j]!);
      if (gain > bestGain) {
        best = i;
        bestGain = gain;
      }
    }
    if (best === -1) break;
    const chosen = candidates[best]!;
    for (let j = 0; j < nodes.length; j++) noMatch[j]! *= ratios[best * nodes.length + j]!;
    signalled.add(best);
    usedInstitutions.add(chosen.program.institution);
    const interviewWithout = round3(fastMarginalChance(logits[best]!, sd));
    const interviewWith = round3(fastMarginalChance(logits[best]! + uplift, sd));
    placements.push({
      programId: chosen.program.id,
      kind,
      interviewWithout,
      interviewWith,
      matchGain: round3(bestGain),
      reason:
        `${KIND_LABEL[kind]}: raises your estimated interview chance here from ${percent(interviewWithout)} to ${percent(interviewWith)}, ` +
        `and your chance of matching in ${specialty.name} by ${points(bestGain)}: ` +
        `${placements.length === 0 ? 'more than a signal anywhere else on your list' : 'the most of the programs left'}`,
    });
  }
  const left = budget.length - placements.length;
  const note =
    left === 0
      ? null
      : `${left} signal${left === 1 ? '' : 's'} left unplaced: your list has no more institutions to signal (one signal per institution). ` +
        'Add programs from further down your ranked list to use them';
  return { placements, note, effectSource: effect.source };
}
