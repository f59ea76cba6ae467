// Synthetic match curves for strategy tests: P(at least one match) when each application matches
// independently with the given probability.
import type { CurvePoint } from '@/lib/engine';

export function curveFromChances(chances: readonly number[]): CurvePoint[] {
  let noMatch = 1;
  return chances.map((chance, index) => {
    noMatch *= 1 - chance;
    return { applications: index + 1, matchProbability: 1 - noMatch };
  });
}

/** `count` applications, each with the same chance of a match. */
export function geometricCurve(chance: number, count: number): CurvePoint[] {
  return curveFromChances(Array.from({ length: count }, () => chance));
}
