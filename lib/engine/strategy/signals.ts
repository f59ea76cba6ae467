// Step 6, strategy (DESIGN.md §3.6): where to place a specialty's program signals among the
// programs the applicant will apply to.
//
// What the research says, and how it is used here:
// - Signals raise the odds of an interview invitation (Rosenblatt et al., J Grad Med Educ 2023,
//   2022 ERAS season: dermatology, general surgery, internal medicine), but they convert far better
//   for applicants near a program's bar than far below it (Benjamin et al., Acad Med 2024: signal
//   yield rose with Step scores and publications). So signals go where the applicant is competitive
//   but not a sure thing: a band of interview chances, never safeties, which need one least.
// - Gold signals carry more weight than silver: anesthesiology applicants with a gold signal were
//   more likely to be interviewed than with a silver one (AACPD program-director survey, 2024).
//   AAMC advises signalling the programs of most interest (Program Signaling for the 2025 MyERAS
//   season). So gold goes to the best-fitting programs in the band, silver to the next ones.
// - Counts per specialty: AAMC, ERAS program signaling, 2025 season (lib/reference/specialties.ts).
import { percent } from '../labels';
import { REACH_BELOW, SAFETY_FROM } from '../tiers';
import type { Program, RankedProgram, SignalKind, SignalPlacement, SpecialtyStats } from '../types';

/**
 * Below a 5% interview chance, half the reach threshold (tiers.ts: 20 or more such applications per
 * interview), a signal rarely turns into an interview: the applicant is far below the program's bar,
 * where signal yield is lowest (Benjamin et al., 2024). Reaches from 5% up are in the band: for most
 * IMGs and for competitive specialties nearly every program is a reach, and these are the ones a
 * signal can still move. A product judgement on top of that finding, not a published cut-off.
 */
export const SIGNAL_BAND_MIN_CHANCE = REACH_BELOW / 2;
/** From the safety threshold up (tiers.ts) the chance is already high: a signal does more elsewhere. */
export const SIGNAL_BAND_MAX_CHANCE = SAFETY_FROM;

export type SignalCandidate = Pick<RankedProgram, 'tier' | 'fit' | 'chance'> & { program: Pick<Program, 'id'> };

export interface SignalPlan {
  placements: SignalPlacement[];
  /** Why no signal or fewer than the specialty allows were placed; null when all were. */
  note: string | null;
}

const KIND_LABEL: Readonly<Record<SignalKind, string>> = { gold: 'Gold signal', silver: 'Silver signal', single: 'Signal' };

function wholeCount(count: number | null): number {
  return count !== null && Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0;
}

/** The signals to place, in placing order: gold before silver; single-tier alone. */
export function signalBudget(signals: SpecialtyStats['signals']): SignalKind[] {
  const gold = wholeCount(signals.gold);
  const silver = wholeCount(signals.silver);
  if (gold + silver > 0) return [...Array<SignalKind>(gold).fill('gold'), ...Array<SignalKind>(silver).fill('silver')];
  return Array<SignalKind>(wholeCount(signals.single)).fill('single');
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

function inBandReason(kind: SignalKind, place: number, candidate: SignalCandidate): string {
  const fit = Math.round(candidate.fit);
  const who = place === 1 ? `your top fit (${fit})` : `your ${ordinal(place)}-best fit (${fit})`;
  const effect = candidate.tier === 'reach' ? 'turn a reach into an interview' : 'tip a realistic chance of an interview your way';
  return `${KIND_LABEL[kind]}: ${who} among programs where a signal can ${effect} (estimated interview chance ${percent(candidate.chance)})`;
}

function longShotReason(kind: SignalKind, candidate: SignalCandidate): string {
  return (
    `${KIND_LABEL[kind]}: a long shot (estimated interview chance ${percent(candidate.chance)}), but the best use left: ` +
    `no other program on your list is in the range where a signal helps most`
  );
}

function unplacedNote(left: readonly SignalKind[]): string | null {
  if (left.length === 0) return null;
  const counts = (['gold', 'silver', 'single'] as const)
    .map((kind) => ({ kind, count: left.filter((k) => k === kind).length }))
    .filter(({ count }) => count > 0)
    .map(({ kind, count }) => `${count} ${kind === 'single' ? '' : `${kind} `}signal${count === 1 ? '' : 's'}`);
  return (
    `${counts.join(' and ')} left unplaced: your list has no other program where a signal helps (safeties, where your ` +
    `chance is already high, need one least). Add programs from further down your ranked list to use them`
  );
}

/**
 * Places the specialty's signals among `candidates` (the programs the applicant will apply to, in
 * rank order): in the band first, by fit (then rank); then long shots by chance; never a safety,
 * never twice on one program, never more than the specialty's counts.
 */
export function placeSignals(signals: SpecialtyStats['signals'], specialtyName: string, candidates: readonly SignalCandidate[]): SignalPlan {
  const budget = signalBudget(signals);
  if (budget.length === 0) {
    return { placements: [], note: `No program signals published for ${specialtyName} for the 2025 ERAS season (AAMC): none placed` };
  }
  const seen = new Set<string>();
  const open = candidates
    .map((candidate, index) => ({ candidate, index }))
    .filter(({ candidate }) => {
      if (seen.has(candidate.program.id)) return false;
      seen.add(candidate.program.id);
      return candidate.tier !== 'safety' && candidate.chance < SIGNAL_BAND_MAX_CHANCE;
    });
  const inBand = open
    .filter(({ candidate }) => candidate.chance >= SIGNAL_BAND_MIN_CHANCE)
    .sort((a, b) => b.candidate.fit - a.candidate.fit || a.index - b.index);
  const longShots = open
    .filter(({ candidate }) => !(candidate.chance >= SIGNAL_BAND_MIN_CHANCE))
    .sort((a, b) => b.candidate.chance - a.candidate.chance || b.candidate.fit - a.candidate.fit || a.index - b.index);

  const placements: SignalPlacement[] = [];
  [...inBand, ...longShots].slice(0, budget.length).forEach(({ candidate }, i) => {
    const kind = budget[i];
    if (kind === undefined) return;
    const reason = i < inBand.length ? inBandReason(kind, i + 1, candidate) : longShotReason(kind, candidate);
    placements.push({ programId: candidate.program.id, kind, reason });
  });
  return { placements, note: unplacedNote(budget.slice(placements.length)) };
}
