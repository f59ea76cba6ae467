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
import { isImg } from './applicant-type';
import { CALIBRATION_COEFFICIENTS } from './calibration/coefficients';
import { JUDGEMENTS } from './judgements';
import type { ApplicantType, Tier, TierThresholds } from './types';

export type { TierThresholds } from './types';

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function tierThresholds(type: ApplicantType): TierThresholds {
  const rates = CALIBRATION_COEFFICIENTS.latent.matchedInterviewRate;
  const typicalMatchedRate = isImg(type) ? rates.img : rates.us;
  const odds = typicalMatchedRate / (1 - typicalMatchedRate);
  const ratio = JUDGEMENTS.tierOddsRatio.value;
  const fromOdds = (o: number): number => o / (1 + o);
  return {
    reachBelow: round3(fromOdds(odds / ratio)),
    safetyFrom: round3(fromOdds(odds * ratio)),
    typicalMatchedRate: round3(typicalMatchedRate),
  };
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
