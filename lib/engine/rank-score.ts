// The ranking score (DESIGN.md §3.5): a documented blend of interview chance and fit.

/**
 * Chance leads because an application that brings no interview is wasted whatever the fit; fit
 * keeps a large say so that, among programs of similar chance, the ones the applicant would want
 * come first. The weights add to 1, so the score is 0–1.
 */
export const RANK_WEIGHT_CHANCE = 0.6;
export const RANK_WEIGHT_FIT = 0.4;

/** Ranking scores are kept to 4 decimals so equal inputs tie exactly and fall to the id tie-break. */
const SCORE_DECIMALS = 4;

/** chance 0–1, fit 0–100 → score 0–1. */
export function rankScore(chance: number, fit: number): number {
  return Number((RANK_WEIGHT_CHANCE * chance + RANK_WEIGHT_FIT * (fit / 100)).toFixed(SCORE_DECIMALS));
}
