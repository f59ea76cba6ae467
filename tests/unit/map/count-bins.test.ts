import { describe, expect, it } from 'vitest';
import { BIN_COLOURS, binLabel, binOf, countBins } from '@/components/map/count-bins';

describe('countBins', () => {
  it.each([
    [0, []],
    [1, ['1']],
    [3, ['1', '2–3']],
    [12, ['1', '2–4', '5–9', '10–12']],
    [500, ['1–4', '5–9', '10–49', '50–199', '200–500']],
    [2_400, ['1–4', '5–19', '20–99', '100–499', '500–2,400']],
  ])('splits 1…%i into round, log-spaced bins', (max, labels) => {
    expect(countBins(max).map(binLabel)).toEqual(labels);
  });

  it('covers every count from 1 to the maximum exactly once, darker for larger counts', () => {
    for (const max of [1, 2, 7, 40, 99, 100, 412, 5_000]) {
      const bins = countBins(max);
      for (let count = 1; count <= max; count += 1) {
        expect(bins.filter((bin) => count >= bin.min && count <= bin.max), `${count} of ${max}`).toHaveLength(1);
      }
      const shades = bins.map((bin) => BIN_COLOURS.indexOf(bin.colour as (typeof BIN_COLOURS)[number]));
      expect(shades.every((shade, i) => shade >= 0 && (i === 0 || shade > shades[i - 1]!))).toBe(true);
      expect(shades.at(-1)).toBe(BIN_COLOURS.length - 1);
    }
  });

  it('puts no bin on zero', () => {
    expect(binOf(countBins(50), 0)).toBeUndefined();
  });
});
