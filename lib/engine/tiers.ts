// Step 4, tiers (DESIGN.md §3.4): reach / target / safety by interview chance. The UI documents
// these thresholds beside the table.
//
// The thresholds are set against the interview rate of a typical matched applicant, because
// calibrated interview chances are low across the board: U.S. MD applicants sent 68 applications on
// average (AAMC, 2022 ERAS season, via MedSchoolCoach), and matched applicants rank about 12–14
// programs, one per interview attended (PM&R U.S. MD applicants who matched ranked 13.7; NRMP,
// Charting Outcomes, 2024). So about 13 / 68 ≈ 18–20% of a matched U.S. senior's applications become
// interviews. A target is a program near that rate; a reach well under it; a safety well over it.
import type { Tier } from './types';

/**
 * Below a 10% chance a program is a reach: about half the typical matched senior's rate (≈ 19%), so
 * it takes ten or more such applications to expect a single interview.
 */
export const REACH_BELOW = 0.1;

/**
 * From a 35% chance a program is a safety: about twice the typical matched senior's rate (≈ 19%),
 * one interview for every three applications or better. Not a sure interview: calibrated chances
 * rarely come near one, and a list still needs enough of them (strategy/recommend.ts).
 */
export const SAFETY_FROM = 0.35;

/** The tier of a chance (the point estimate, 0–1). */
export function tierFor(chance: number): Tier {
  if (chance < REACH_BELOW) return 'reach';
  return chance >= SAFETY_FROM ? 'safety' : 'target';
}
