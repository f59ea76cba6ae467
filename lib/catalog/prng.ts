// A small seeded PRNG for the demo catalog: the same seed must give the same catalog on every
// machine and Node version, which the runtime's unseeded generator cannot promise.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  /** One item, chosen uniformly; the list must not be empty. */
  pick<T>(items: readonly T[]): T;
  /** Index into `weights`, chosen with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number;
  /** Normally distributed (Box–Muller). */
  normal(mean: number, sd: number): number;
}

/** mulberry32 (Tommy Ettinger, public domain): 32-bit state, fast, good enough for test data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a seed with a label (FNV-1a), so each specialty draws from its own stream. */
export function deriveSeed(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i += 1) {
    hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick() needs a non-empty list');
      return item;
    },
    weightedIndex: (weights) => {
      let total = 0;
      for (const weight of weights) total += Math.max(0, weight);
      let target = next() * total;
      for (let i = 0; i < weights.length; i += 1) {
        target -= Math.max(0, weights[i] ?? 0);
        if (target < 0) return i;
      }
      return weights.length - 1;
    },
    normal: (mean, sd) => {
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const radius = Math.sqrt(-2 * Math.log(1 - next()));
      return mean + sd * radius * Math.cos(2 * Math.PI * next());
    },
  };
  return rng;
}

/**
 * Splits `total` into whole parts proportional to `weights` (largest-remainder method); ties go to
 * the earlier index, so the split is deterministic.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum <= 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / weightSum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((sum, part) => sum + part, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
