// How much a program signal raises the interview logit, per specialty and kind, from published
// yields (lib/reference/signal-yields.ts). The yields are observational: applicants signal where they
// already stand best, so only part of each observed log-odds ratio is credited to the signal
// (judgements.ts, signalCausalShare). A specialty without a published yield takes the median of
// the published ones; a gold signal adds the OB/GYN gold-over-silver gap on top of a silver one.
import { GOLD_SILVER_YIELD, SIGNAL_RATIOS, SIGNAL_YIELDS } from '@/lib/reference/signal-yields';
import { JUDGEMENTS } from '../judgements';
import type { SignalKind } from '../types';

const logit = (p: number): number => Math.log(p / (1 - p));

export interface SignalEffect {
  /** Interview-logit uplift of one signal of each kind. */
  uplift: Readonly<Record<SignalKind, number>>;
  /** Where the figure comes from, in words. */
  source: string;
  /** True when the specialty has its own published yield. */
  published: boolean;
}

/** Observed log-odds ratios (signalled vs not), by specialty. A rate ratio is read as an odds ratio (rates far from 1). */
export const OBSERVED_SIGNAL_LOG_ODDS: ReadonlyMap<string, { logOdds: number; source: string; season: string }> = new Map([
  ...SIGNAL_YIELDS.map((y) => [y.specialtyCode, { logOdds: logit(y.signalled) - logit(y.unsignalled), source: y.source, season: y.season }] as const),
  ...SIGNAL_RATIOS.map((r) => [r.specialtyCode, { logOdds: Math.log(r.ratio), source: r.source, season: r.season }] as const),
]);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const DEFAULT_SIGNAL_LOG_ODDS = median([...OBSERVED_SIGNAL_LOG_ODDS.values()].map((v) => v.logOdds));
const GOLD_OVER_SILVER_LOG_ODDS = logit(GOLD_SILVER_YIELD.gold) - logit(GOLD_SILVER_YIELD.silver);

export function signalEffect(specialtyCode: string): SignalEffect {
  const share = JUDGEMENTS.signalCausalShare.value;
  const own = OBSERVED_SIGNAL_LOG_ODDS.get(specialtyCode);
  const base = share * (own?.logOdds ?? DEFAULT_SIGNAL_LOG_ODDS);
  return {
    uplift: { single: base, silver: base, gold: base + share * GOLD_OVER_SILVER_LOG_ODDS },
    source: own
      ? `${own.source} (${own.season})`
      : `no published yield for this specialty: the median of the published ones (orthopaedics, dermatology, emergency medicine, otolaryngology)`,
    published: own !== undefined,
  };
}
