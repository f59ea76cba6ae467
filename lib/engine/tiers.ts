// Step 4, tiers (DESIGN.md §3.4): reach / target / safety by interview chance, measured against the
// interview rate of a typical matched applicant of the applicant's own type.
//
// Calibrated interview chances differ by an order of magnitude between applicant types: a typical
// matched US senior is interviewed at about a third of their applications, a typical matched IMG at
// about one in twenty (both fitted to NRMP's contiguous-rank figures and AAMC's application counts,
// calibration/coefficients.ts, latent.matchedInterviewRate). One absolute threshold made every
// program a reach for every IMG and a safety for most US seniors. So a target is a program near the
// rate at which applicants like this one who matched were interviewed; a reach has under half its
// odds, a safety at least twice them (the odds ratio is a judgement: judgements.ts).
//
// Where those lines would leave almost a whole list on one side (a weak IMG: 217 reaches of 217),
// the tiers tell the applicant nothing, so the lines move into that specialty's list until at least
// a fifth of it is on the other side (tierThresholdsForList), and the words say the tiers now
// compare the list's programs with each other. The chance itself never moves.
import { isImg } from './applicant-type';
import { CALIBRATION_COEFFICIENTS } from './calibration/coefficients';
import { JUDGEMENTS } from './judgements';
import type { ApplicantType, Tier, TierThresholds } from './types';

export type { TierThresholds } from './types';

const round3 = (x: number): number => Math.round(x * 1000) / 1000;


const odds = (p: number): number => p / (1 - p);
const fromOdds = (o: number): number => o / (1 + o);

/** The lines for an applicant type, against the interview rate of its typical matched applicant. */
export function tierThresholds(type: ApplicantType): TierThresholds {
  const rates = CALIBRATION_COEFFICIENTS.latent.matchedInterviewRate;
  const typicalMatchedRate = isImg(type) ? rates.img : rates.us;
  const ratio = JUDGEMENTS.tierOddsRatio.value;
  return {
    reachBelow: round3(fromOdds(odds(typicalMatchedRate) / ratio)),
    safetyFrom: round3(fromOdds(odds(typicalMatchedRate) * ratio)),
    typicalMatchedRate: round3(typicalMatchedRate),
    basis: 'applicants_like_you',
    minShare: JUDGEMENTS.tierMinShare.value,
  };
}

/**
 * The lines for one specialty's list (its programs' interview chances, in any order): the type's
 * lines, unless they would leave more than 1 − minShare of the list a reach (or a safety). Then the
 * reach line moves down to the chance the top minShare of the list reaches (or the safety line up
 * to where the bottom minShare stays under it), the other line keeping its odds ratio, and `basis`
 * says the tiers now compare the list's programs with each other.
 */
export function tierThresholdsForList(type: ApplicantType, chances: ArrayLike<number>): TierThresholds {
  const base = tierThresholds(type);
  const n = chances.length;
  const share = base.minShare;
  const k = Math.ceil(share * n);
  // Fewer than one program per tier's share: no list to compare with.
  if (n === 0 || k < 1 || n < 1 / share) return base;
  const sorted = Float64Array.from(chances).sort();
  // One chance for every program: nothing to tell apart.
  if (sorted[0] === sorted[n - 1]) return base;
  const span = JUDGEMENTS.tierOddsRatio.value ** 2;
  const reaches = lowerBound(sorted, base.reachBelow);
  if (reaches > n - k) {
    // Under a fifth of the list at or over the reach line: draw it at the chance of the k-th best.
    const reachBelow = sorted[n - k]!;
    if (reachBelow <= 0) return base;
    return { ...base, reachBelow, safetyFrom: Math.max(reachBelow, round3(fromOdds(odds(reachBelow) * span))), basis: 'your_list_below' };
  }
  const belowSafety = lowerBound(sorted, base.safetyFrom);
  if (belowSafety < k) {
    // Under a fifth of the list below the safety line: draw it just over the k-th lowest chance.
    const upper = upperBound(sorted, sorted[k - 1]!);
    if (upper >= n) return base;
    const safetyFrom = sorted[upper]!;
    if (safetyFrom >= 1) return base;
    return { ...base, safetyFrom, reachBelow: round3(fromOdds(odds(safetyFrom) / span)), basis: 'your_list_above' };
  }
  return base;
}

/** How many of the sorted values are under x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the sorted values are at or under x. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tier of an interview chance (the point estimate, 0–1) against the applicant type's thresholds. */
export function tierFor(chance: number, thresholds: TierThresholds): Tier {
  if (chance < thresholds.reachBelow) return 'reach';
  return chance >= thresholds.safetyFrom ? 'safety' : 'target';
}

/** What a tier means for this applicant, in words (the page shows it beside the tier's count). */
export function tierMeaning(tier: Tier, thresholds: TierThresholds): string {
  const pct = (p: number): string => `${Number((100 * p).toFixed(1))}%`;
  const perInterview = (p: number): number => Math.max(1, Math.round(1 / p));
  const fifth = `${Math.round(100 * thresholds.minShare)}%`;
  const yardstick = `the ${pct(thresholds.typicalMatchedRate)} of applications at which applicants like you who matched were interviewed`;
  if (thresholds.basis === 'your_list_below') {
    switch (tier) {
      case 'reach':
        return `Interview chance under ${pct(thresholds.reachBelow)}: most of this list. Every program on it is well under ${yardstick}, so these tiers compare its programs with each other; about ${perInterview(thresholds.reachBelow)} or more such applications per interview`;
      case 'target':
        return `Interview chance ${pct(thresholds.reachBelow)}–${pct(thresholds.safetyFrom)}: your relatively better chances on this list (at least its best ${fifth}), still under ${yardstick}`;
      case 'safety':
        return `Interview chance ${pct(thresholds.safetyFrom)} or more: your best chances on this list; not a sure interview`;
    }
  }
  if (thresholds.basis === 'your_list_above') {
    switch (tier) {
      case 'reach':
        return `Interview chance under ${pct(thresholds.reachBelow)}: the hardest programs on this list for you`;
      case 'target':
        return `Interview chance ${pct(thresholds.reachBelow)}–${pct(thresholds.safetyFrom)}: the harder programs on this list for you (at least its lowest ${fifth}). Almost every program on it is well over ${yardstick}, so these tiers compare its programs with each other`;
      case 'safety':
        return `Interview chance ${pct(thresholds.safetyFrom)} or more: well above ${yardstick}; one of your better bets, not a sure interview`;
    }
  }
  switch (tier) {
    case 'reach':
      return (
        `Interview chance under ${pct(thresholds.reachBelow)}: well under the rate at which applicants like you who matched ` +
        `were interviewed (${pct(thresholds.typicalMatchedRate)} of applications); about ${perInterview(thresholds.reachBelow)} or more such applications per interview`
      );
    case 'target':
      return `Interview chance ${pct(thresholds.reachBelow)}–${pct(thresholds.safetyFrom)}: around the rate at which applicants like you who matched were interviewed`;
    case 'safety':
      return (
        `Interview chance ${pct(thresholds.safetyFrom)} or more: well above the rate of applicants like you who matched; ` +
        `one of your better bets, not a sure interview`
      );
  }
}
