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
  const nodes = NODES;
  const weights = WEIGHTS;
  let sum = 0;
  for (let j = 0; j < nodes.length; j++) {
    sum += (weights[j] ?? 0) * logistic(logit + strengthSdLogit * (nodes[j] ?? 0));
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
  // Locals: the bisection below calls this hundreds of times per request, and an imported binding
  // can cost a property read per use once compiled to CommonJS.
  const nodes = NODES;
  const weights = WEIGHTS;
  const { strengthSdLogit: sd, matchPerInterview: r } = latent;
  let sum = 0;
  for (let j = 0; j < nodes.length; j++) {
    const interview = logistic(logit + sd * (nodes[j] ?? 0));
    sum += (weights[j] ?? 0) * (1 - (1 - r * interview) ** applications);
  }
  return sum;
}

/**
 * The interview logit ℓ at which `applications` typical programs give P(at least one match) =
 * `target`: the calibration of every program's chance to the specialty baseline. Bisection on a
 * function increasing in ℓ; a target above what r allows returns the top of the search interval.
 *
 * Each step only asks whether f(mid) < target (f = matchFromIdenticalPrograms), and a request needs
 * up to 9 such solves per specialty, 44 integrals each. So a few Newton steps first find a narrow
 * bracket around the root, checked with f itself (bracketRoot); a step whose midpoint falls outside
 * it is answered without an integral, and only the handful of midpoints inside it are evaluated.
 * Every step takes the same branch as the plain bisection, so the result is the same to the bit.
 */
export function offsetForMatchProbability(target: number, applications: number, latent: LatentParameters): number {
  const bracket = bracketRoot(target, applications, latent);
  let low = -OFFSET_SEARCH_LOGIT;
  let high = OFFSET_SEARCH_LOGIT;
  for (let step = 0; step < BISECTION_STEPS; step++) {
    const mid = (low + high) / 2;
    const below =
      bracket !== null && mid <= bracket.low
        ? true
        : bracket !== null && mid >= bracket.high
          ? false
          : matchFromIdenticalPrograms(mid, applications, latent) < target;
    if (below) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Half-width (logit) of the bracket around Newton's root: the bisection evaluates about 6 midpoints inside it. */
const BRACKET_HALF_WIDTH_LOGIT = 1e-10;
const NEWTON_MAX_STEPS = 30;
/** Far below the bracket's half-width, and Newton's last step squares its error. */
const NEWTON_TOLERANCE_LOGIT = 1e-11;

/**
 * [low, high] around the root with f(low) < target − m and f(high) ≥ target + m, f evaluated exactly
 * as the bisection does; null when Newton's root does not give one (a flat f, an unreachable target).
 *
 * Why the bisection may trust it: the exact f is increasing, and the computed f is within η of it,
 * η well under m/2 (below). So for every mid ≤ low the computed f(mid) ≤ f(low) + 2η < target, and
 * for every mid ≥ high it is ≥ f(high) − 2η ≥ target: the branch the bisection would have taken.
 * η: each node's 1 − (1 − r·I)^n carries the logistic's few-ulp error times at most n (the
 * derivative of the power), so η ≲ (n + a few) ulps of 1; m is 16 times that.
 */
function bracketRoot(target: number, applications: number, latent: LatentParameters): { low: number; high: number } | null {
  const root = newtonRoot(target, applications, latent);
  const margin = 16 * (applications + GAUSS_HERMITE_SIZE) * Number.EPSILON;
  const low = root - BRACKET_HALF_WIDTH_LOGIT;
  const high = root + BRACKET_HALF_WIDTH_LOGIT;
  if (!(matchFromIdenticalPrograms(low, applications, latent) < target - margin)) return null;
  if (!(matchFromIdenticalPrograms(high, applications, latent) >= target + margin)) return null;
  return { low, high };
}

/** Newton's method on f(ℓ) = target, kept inside the bracket its own evaluations establish (bisecting when a step leaves it). */
function newtonRoot(target: number, applications: number, latent: LatentParameters): number {
  let low = -OFFSET_SEARCH_LOGIT;
  let high = OFFSET_SEARCH_LOGIT;
  let logit = rootWithoutSpread(target, applications, latent.matchPerInterview);
  for (let step = 0; step < NEWTON_MAX_STEPS; step++) {
    const { value, slope } = matchWithSlope(logit, applications, latent);
    if (value < target) low = logit;
    else high = logit;
    const newton = logit - (value - target) / slope;
    const next = newton > low && newton < high ? newton : (low + high) / 2;
    if (Math.abs(next - logit) < NEWTON_TOLERANCE_LOGIT) return next;
    logit = next;
  }
  return logit;
}

/**
 * Newton's starting point: the root if every applicant had the same strength (σ = 0), where
 * 1 − (1 − r·I)^n = target has a closed form. Within a few Newton steps of the real one; 0 when it has none.
 */
function rootWithoutSpread(target: number, applications: number, matchPerInterview: number): number {
  const interview = (1 - (1 - target) ** (1 / applications)) / matchPerInterview;
  if (!(interview > 0 && interview < 1)) return 0;
  return Math.min(OFFSET_SEARCH_LOGIT, Math.max(-OFFSET_SEARCH_LOGIT, Math.log(interview / (1 - interview))));
}

/** matchFromIdenticalPrograms and its derivative in ℓ, in one pass (for Newton's method only). */
function matchWithSlope(logit: number, applications: number, latent: LatentParameters): { value: number; slope: number } {
  const nodes = NODES;
  const weights = WEIGHTS;
  const { strengthSdLogit: sd, matchPerInterview: r } = latent;
  let value = 0;
  let slope = 0;
  for (let j = 0; j < nodes.length; j++) {
    const interview = logistic(logit + sd * (nodes[j] ?? 0));
    const noMatch = 1 - r * interview;
    const noMatchBelow = noMatch ** (applications - 1);
    const weight = weights[j] ?? 0;
    value += weight * (1 - noMatchBelow * noMatch);
    // d/dℓ of 1 − (1 − r·I)^n, with dI/dℓ = I(1 − I).
    slope += weight * applications * noMatchBelow * r * interview * (1 - interview);
  }
  return { value, slope };
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
  const nodes = NODES;
  const weights = WEIGHTS;
  const { strengthSdLogit: sd, matchPerInterview: r } = latent;
  for (let i = 0; i < count; i++) {
    const logit = logits[i] ?? 0;
    let anyMatch = 0;
    for (let j = 0; j < nodes.length; j++) {
      const remaining = (noMatch[j] ?? 1) * (1 - r * logistic(logit + sd * (nodes[j] ?? 0)));
      noMatch[j] = remaining;
      anyMatch += (weights[j] ?? 0) * (1 - remaining);
    }
    curve.push({ applications: i + 1, matchProbability: Number(anyMatch.toFixed(4)) });
  }
  return curve;
}
