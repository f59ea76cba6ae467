// Outcomes across programs are correlated through the applicant's strength. Given a latent strength
// z ~ N(0, 1), program i interviews with probability I_i(z) = logistic(ℓ_i + σ·z) and an interview
// ends in a match with probability r, independently across programs given z; so
//
//   P(at least one match | z) = 1 − Π_i (1 − r · I_i(z)),
//
// and every marginal chance or curve point integrates over z by Gauss–Hermite quadrature. Never the
// independent product of the marginals: that would promise near-certainty from long lists.
import type { CurvePoint } from '../types';
import { GAUSS_HERMITE_SIZE, NODES, WEIGHTS } from './gauss-hermite';

export interface LatentParameters {
  /** σ: SD of the latent strength in interview-logit units. */
  strengthSdLogit: number;
  /** r: chance that an interview ends in a match. */
  matchPerInterview: number;
}

const OFFSET_SEARCH_LOGIT = 40;
/** 80 logits halved 44 times: the offset is exact to 5e-12, far below what the 0.1-point rounding shows. */
const BISECTION_STEPS = 44;

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** E_z[logistic(logit + σ z)]: the marginal interview chance of a program with this logit. */
export function marginalChance(logit: number, strengthSdLogit: number): number {
  let sum = 0;
  for (let j = 0; j < GAUSS_HERMITE_SIZE; j++) {
    sum += (WEIGHTS[j] ?? 0) * logistic(logit + strengthSdLogit * (NODES[j] ?? 0));
  }
  return sum;
}

/** Marginal chances are tabulated on this logit grid and interpolated linearly (monotone, error < 1e-5). */
const TABLE_LOGIT_MIN = -30;
const TABLE_LOGIT_MAX = 30;
const TABLE_STEPS_PER_LOGIT = 64;
const marginalTables = new Map<number, Float64Array>();

function marginalTable(strengthSdLogit: number): Float64Array {
  const cached = marginalTables.get(strengthSdLogit);
  if (cached !== undefined) return cached;
  const size = (TABLE_LOGIT_MAX - TABLE_LOGIT_MIN) * TABLE_STEPS_PER_LOGIT + 1;
  const table = new Float64Array(size);
  for (let i = 0; i < size; i++) table[i] = marginalChance(TABLE_LOGIT_MIN + i / TABLE_STEPS_PER_LOGIT, strengthSdLogit);
  marginalTables.set(strengthSdLogit, table);
  return table;
}

/**
 * marginalChance by table look-up, for the per-program loop (thousands of programs): the table is
 * built once per σ (a pure function of it, so caching is unobservable) and read by linear
 * interpolation, which keeps it non-decreasing in the logit. Beyond ±30 the exact value is used.
 */
export function fastMarginalChance(logit: number, strengthSdLogit: number): number {
  if (!(logit > TABLE_LOGIT_MIN && logit < TABLE_LOGIT_MAX)) return marginalChance(logit, strengthSdLogit);
  const table = marginalTable(strengthSdLogit);
  const position = (logit - TABLE_LOGIT_MIN) * TABLE_STEPS_PER_LOGIT;
  const index = Math.floor(position);
  const low = table[index] ?? 0;
  const high = table[index + 1] ?? low;
  return low + (position - index) * (high - low);
}

/** P(at least one match) from `applications` programs that all have interview logit `logit`. */
export function matchFromIdenticalPrograms(logit: number, applications: number, latent: LatentParameters): number {
  let sum = 0;
  for (let j = 0; j < GAUSS_HERMITE_SIZE; j++) {
    const interview = logistic(logit + latent.strengthSdLogit * (NODES[j] ?? 0));
    sum += (WEIGHTS[j] ?? 0) * (1 - (1 - latent.matchPerInterview * interview) ** applications);
  }
  return sum;
}

/**
 * The interview logit ℓ at which `applications` typical programs give P(at least one match) =
 * `target`: the calibration of every program's chance to the specialty baseline. Bisection on a
 * function increasing in ℓ; a target above what r allows returns the top of the search interval.
 */
export function offsetForMatchProbability(target: number, applications: number, latent: LatentParameters): number {
  let low = -OFFSET_SEARCH_LOGIT;
  let high = OFFSET_SEARCH_LOGIT;
  for (let step = 0; step < BISECTION_STEPS; step++) {
    const mid = (low + high) / 2;
    if (matchFromIdenticalPrograms(mid, applications, latent) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * P(at least one match) after the first k programs, k = 1…min(N, maxPoints), in the given order.
 * Each node's probability of no match only shrinks as programs are added (a product of factors in
 * [0, 1]), and the weights are positive, so the curve never decreases.
 */
export function matchCurveFromLogits(logits: ArrayLike<number>, latent: LatentParameters, maxPoints: number): CurvePoint[] {
  const count = Math.min(logits.length, Math.max(0, Math.floor(maxPoints)));
  const noMatch = new Float64Array(GAUSS_HERMITE_SIZE).fill(1);
  const curve: CurvePoint[] = [];
  const { strengthSdLogit: sd, matchPerInterview: r } = latent;
  for (let i = 0; i < count; i++) {
    const logit = logits[i] ?? 0;
    let anyMatch = 0;
    for (let j = 0; j < GAUSS_HERMITE_SIZE; j++) {
      const remaining = (noMatch[j] ?? 1) * (1 - r * logistic(logit + sd * (NODES[j] ?? 0)));
      noMatch[j] = remaining;
      anyMatch += (WEIGHTS[j] ?? 0) * (1 - remaining);
    }
    curve.push({ applications: i + 1, matchProbability: Number(anyMatch.toFixed(4)) });
  }
  return curve;
}
