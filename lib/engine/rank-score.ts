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
/** So every score is a whole number of steps of 1/SCORE_STEPS in [0, 1]: the ranking sorts them by counting. */
export const SCORE_STEPS = 10 ** SCORE_DECIMALS;

/**
 * chance 0–1, fit 0–100 → score 0–1. Math.round rather than toFixed keeps the per-program loop free
 * of strings; for the engine's chances (3 decimals) and fits (1 decimal) the blend is a whole
 * number of steps give or take rounding noise, so both give the same number.
 */
export function rankScore(chance: number, fit: number): number {
  return Math.round((RANK_WEIGHT_CHANCE * chance + RANK_WEIGHT_FIT * (fit / 100)) * SCORE_STEPS) / SCORE_STEPS;
}
