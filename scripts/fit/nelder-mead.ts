// A small deterministic Nelder–Mead minimizer for the offline calibration fit (no dependencies, no
// randomness: the same start gives the same answer). Standard coefficients: reflection 1,
// expansion 2, contraction 1/2, shrink 1/2 (Nelder & Mead, Computer Journal 1965; Lagarias et al.,
// SIAM J. Optim. 1998).

export interface MinimizeOptions {
  /** Initial simplex step per coordinate. */
  step?: number | readonly number[];
  maxIterations?: number;
  /** Stop when the simplex's values differ by less than this. */
  tolerance?: number;
}

export interface Minimum {
  x: number[];
  value: number;
  iterations: number;
}

export function minimize(f: (x: readonly number[]) => number, start: readonly number[], options: MinimizeOptions = {}): Minimum {
  const n = start.length;
  const stepOf = (i: number): number => (typeof options.step === 'number' ? options.step : (options.step?.[i] ?? 0.1));
  const maxIterations = options.maxIterations ?? 2000;
  const tolerance = options.tolerance ?? 1e-10;
  let simplex = [start.slice(), ...start.map((_, i) => start.map((v, j) => (i === j ? v + stepOf(i) : v)))].map((x) => ({ x, value: f(x) }));
  const at = (a: readonly number[], b: readonly number[], t: number): number[] => a.map((v, i) => v + t * ((b[i] ?? 0) - v));
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0];
    const worst = simplex[n];
    const second = simplex[n - 1];
    if (!best || !worst || !second) throw new Error('empty simplex');
    if (Math.abs(worst.value - best.value) < tolerance) break;
    const centroid = start.map((_, i) => simplex.slice(0, n).reduce((sum, p) => sum + (p.x[i] ?? 0), 0) / n);
    const reflected = at(centroid, worst.x, -1);
    const fr = f(reflected);
    if (fr < best.value) {
      const expanded = at(centroid, worst.x, -2);
      const fe = f(expanded);
      simplex[n] = fe < fr ? { x: expanded, value: fe } : { x: reflected, value: fr };
      continue;
    }
    if (fr < second.value) {
      simplex[n] = { x: reflected, value: fr };
      continue;
    }
    const contracted = fr < worst.value ? at(centroid, reflected, 0.5) : at(centroid, worst.x, 0.5);
    const fc = f(contracted);
    if (fc < Math.min(fr, worst.value)) {
      simplex[n] = { x: contracted, value: fc };
      continue;
    }
    simplex = simplex.map((p, i) => (i === 0 ? p : { x: at(best.x, p.x, 0.5), value: f(at(best.x, p.x, 0.5)) }));
  }
  simplex.sort((a, b) => a.value - b.value);
  const best = simplex[0];
  if (!best) throw new Error('empty simplex');
  return { x: best.x, value: best.value, iterations };
}

/** Restarts from the last minimum until it stops improving (Nelder–Mead can stall on a ridge). */
export function minimizeWithRestarts(f: (x: readonly number[]) => number, start: readonly number[], options: MinimizeOptions = {}, restarts = 3): Minimum {
  let result = minimize(f, start, options);
  for (let i = 0; i < restarts; i++) {
    const next = minimize(f, result.x, options);
    if (next.value >= result.value - 1e-12) return next.value < result.value ? next : result;
    result = next;
  }
  return result;
}

/** Standard normal CDF (Abramowitz & Stegun 26.2.17 form via erfc, |error| < 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}
