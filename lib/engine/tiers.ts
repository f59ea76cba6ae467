// Step 4, tiers (DESIGN.md §3.4): reach / target / safety by interview chance. The UI documents
// these thresholds beside the table.
import type { Tier } from './types';

/**
 * Below a 25% chance a program is a reach: it takes four or more such applications to expect a
 * single interview, so a list should hold only a few of them.
 */
export const REACH_BELOW = 0.25;

/**
 * From a 60% chance a program is a safety: an interview is more likely than not with a margin that
 * survives the model's own error (about ±8 points at 60% when every figure is known).
 */
export const SAFETY_FROM = 0.6;

/** The tier of a chance (the point estimate, 0–1). */
export function tierFor(chance: number): Tier {
  if (chance < REACH_BELOW) return 'reach';
  return chance >= SAFETY_FROM ? 'safety' : 'target';
}
