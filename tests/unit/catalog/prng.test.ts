import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion, createRng, deriveSeed, mulberry32 } from '@/lib/catalog/prng';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const next = mulberry32(seed);
        for (let i = 0; i < 50; i += 1) {
          const value = next();
          if (value < 0 || value >= 1) return false;
        }
        return true;
      }),
    );
  });
});

describe('deriveSeed', () => {
  it('gives each label its own stream of the same seed', () => {
    expect(deriveSeed(1, 'IM')).not.toBe(deriveSeed(1, 'FM'));
    expect(deriveSeed(1, 'IM')).not.toBe(deriveSeed(2, 'IM'));
    expect(deriveSeed(1, 'IM')).toBe(deriveSeed(1, 'IM'));
  });
});

describe('createRng', () => {
  it('draws integers within both bounds', () => {
    const rng = createRng(5);
    const draws = Array.from({ length: 500 }, () => rng.int(3, 5));
    expect(new Set(draws)).toEqual(new Set([3, 4, 5]));
  });

  it('never picks an index whose weight is zero', () => {
    const rng = createRng(9);
    for (let i = 0; i < 500; i += 1) expect(rng.weightedIndex([0, 1, 0, 2])).not.toBe(0);
  });

  it('draws normal values around the mean', () => {
    const rng = createRng(11);
    const draws = Array.from({ length: 4000 }, () => rng.normal(250, 6));
    const mean = draws.reduce((sum, value) => sum + value, 0) / draws.length;
    expect(Math.abs(mean - 250)).toBeLessThan(0.5);
  });
});

describe('apportion', () => {
  it('splits a total exactly, in proportion to the weights', () => {
    expect(apportion(10, [1, 1, 2])).toEqual([3, 2, 5]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });

  it('always hands out the whole total, each part within one of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
          const exact = weights.map((weight) => (total * weight) / weightSum);
          return (
            parts.reduce((sum, part) => sum + part, 0) === total &&
            parts.every((part, i) => Math.abs(part - (exact[i] ?? 0)) < 1 + 1e-9)
          );
        },
      ),
    );
  });
});
