// The map's colour scale: counts grouped into at most five bins with round bounds, spaced evenly on a
// log scale because program counts per state are skewed (a few states hold most programs).

import { formatNumber } from '@/components/ui/number-format';
export interface CountBin {
  min: number;
  max: number;
  colour: string;
}

/**
 * Tailwind blue-500, 600, 700, 900 and 950, light to dark (800 is skipped: next to 900 it looks the
 * same). The lightest has 3.7:1 against the white page and the white state borders, so every state
 * with programs stands out (WCAG 1.4.11); neighbouring bins are closer than 3:1, which is why the
 * legend, the accessible names and the table carry the numbers.
 */
export const BIN_COLOURS = ['#3b82f6', '#2563eb', '#1d4ed8', '#1e3a8a', '#172554'] as const;
/** States with nothing to show: slate-100 fill, slate-500 outline (4.8:1 on white). */
export const EMPTY_FILL = '#f1f5f9';
export const EMPTY_STROKE = '#64748b';
export const BORDER_COLOUR = '#ffffff';

const MAX_BINS = BIN_COLOURS.length;

/** The round number (1, 2 or 5 × 10ⁿ) nearest to `value` on a log scale. */
function nearestRound(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const candidates = [1, 2, 5, 10].map((step) => step * power);
  return candidates.reduce((best, candidate) =>
    Math.abs(Math.log(candidate / value)) < Math.abs(Math.log(best / value)) ? candidate : best,
  );
}

/** Bins covering 1 … max (none when max < 1), each coloured, darker for larger counts. */
export function countBins(max: number): CountBin[] {
  if (!(max >= 1)) return [];
  const top = Math.floor(max);
  const lowerBounds = [1];
  for (let i = 1; i < MAX_BINS; i += 1) {
    const bound = nearestRound(top ** (i / MAX_BINS));
    if (bound > (lowerBounds.at(-1) ?? 1) && bound <= top) lowerBounds.push(bound);
  }
  const last = lowerBounds.length - 1;
  return lowerBounds.map((min, i) => ({
    min,
    max: i === last ? top : (lowerBounds[i + 1] ?? top + 1) - 1,
    colour: BIN_COLOURS[last === 0 ? MAX_BINS - 1 : Math.round((i * (MAX_BINS - 1)) / last)] ?? EMPTY_FILL,
  }));
}

export function binOf(bins: readonly CountBin[], count: number): CountBin | undefined {
  return bins.find((bin) => count >= bin.min && count <= bin.max);
}

export function binLabel(bin: CountBin): string {
  const format = (n: number) => formatNumber(n);
  return bin.min === bin.max ? format(bin.min) : `${format(bin.min)}–${format(bin.max)}`;
}
