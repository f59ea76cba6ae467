import type { ChanceEstimate } from '@/lib/engine/types';
import type { SourcedFigure } from '@/lib/recommendations/types';
import { formatNumber, formatWholeUsd } from '@/components/ui/number-format';

const pct = (share: number) => Math.round(share * 100);

/** 0.62 with a 0.48–0.71 range → "62% (48–71%)". */
export function formatChance(chance: number, range: { low: number; high: number }): string {
  return `${pct(chance)}% (${pct(range.low)}–${pct(range.high)}%)`;
}

/** The same for an estimate that carries its own range. */
export function formatEstimate(estimate: ChanceEstimate): string {
  return formatChance(estimate.estimate, estimate);
}

/** A point estimate in words: an estimate is never a certainty, so 0.997 reads "over 99%", not "100%". */
export function formatShare(share: number): string {
  if (share >= 0.995) return 'over 99%';
  if (share > 0 && share < 0.005) return 'under 1%';
  return `${pct(share)}%`;
}

/** "70–85%". */
export function formatRange(range: { low: number; high: number }): string {
  return `${pct(range.low)}–${pct(range.high)}%`;
}

export function formatCount(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** 1234 → "$1,234". */
export function formatUsd(usd: number): string {
  return formatWholeUsd(usd);
}

/** "AAMC, ERAS fees, 2026 season": the source as cited, with its year added when the citation lacks it. */
export function formatSource({ source, year }: SourcedFigure): string {
  return source.includes(String(year)) ? source : `${source}, ${year}`;
}

/** Engine sentences come without a final stop; the page prints them as sentences. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const capitalized = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}
