// Program signals in the applicant's words: the kind, the counts a specialty allows, and the
// placements looked up by program.
import type { SignalKind, SignalPlacement } from '@/lib/engine/types';
import type { SpecialtyStrategyReply } from '@/lib/recommendations/types';

export const SIGNAL_KIND_LABEL: Readonly<Record<SignalKind, string>> = {
  gold: 'Gold signal',
  silver: 'Silver signal',
  single: 'Signal',
};

/** Every program that gets a signal, whichever specialty placed it. */
export function signalsByProgram(specialties: readonly SpecialtyStrategyReply[]): ReadonlyMap<string, SignalKind> {
  return new Map(specialties.flatMap((specialty) => specialty.signals.map((placement) => [placement.programId, placement.kind] as const)));
}

/** True when no signal count was found for the specialty (not "zero signals": unknown). */
export function noSignalsPublished(counts: SpecialtyStrategyReply['signalCounts']): boolean {
  return counts.single === null && counts.gold === null && counts.silver === null;
}

/** { gold: 3, silver: 12 } → "3 gold and 12 silver signals"; { single: 5 } → "5 signals". */
export function describeSignalCounts(counts: SpecialtyStrategyReply['signalCounts']): string {
  const signals = (n: number) => (n === 1 ? 'signal' : 'signals');
  const tiered = [
    counts.gold !== null ? `${counts.gold} gold` : null,
    counts.silver !== null ? `${counts.silver} silver` : null,
  ].filter((part): part is string => part !== null);
  if (tiered.length > 0) {
    const last = counts.silver ?? counts.gold ?? 0;
    return `${tiered.join(' and ')} ${signals(last)}`;
  }
  const single = counts.single ?? 0;
  return `${single} ${signals(single)}`;
}

/** The engine's reason repeats the kind ("Gold signal: your top fit…"); the list shows the kind already. */
export function signalReason(placement: SignalPlacement): string {
  const prefix = `${SIGNAL_KIND_LABEL[placement.kind]}: `;
  return placement.reason.startsWith(prefix) ? placement.reason.slice(prefix.length) : placement.reason;
}
