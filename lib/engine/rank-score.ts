// The ranking score (DESIGN.md §3.5): a documented blend of the program's standing and fit.
//
// Standing is logistic(d_i − d̄): how much better or worse placed the program is for applicants of
// this type than the programs such applicants typically aim at (its bar against the specialty
// median, its openness to the type; calibration/program-chance.ts), with the applicant's own
// strength taken out. Engine v2 ranked by the interview chance itself, so a weaker applicant's list
// came in a different order than a stronger one's, and the counts read down those lists could run
// backwards. With standing, two applicants who differ only in strength see the same order, every
// chance of the weaker one is no higher, and so their curve is no higher at any count: a weaker
// profile is never told to send fewer applications (strategy/recommend.ts). A stated minimum above
// the applicant's score lowers the chance and the tier, not the order.

/**
 * Standing leads because an application that brings no interview is wasted whatever the fit; fit
 * keeps a large say so that, among programs of similar standing, the ones the applicant would want
 * come first. The weights add to 1, so the score is 0–1.
 */
export const RANK_WEIGHT_CHANCE = 0.6;
export const RANK_WEIGHT_FIT = 0.4;

/** Ranking scores are kept to 4 decimals so equal inputs tie exactly and fall to the id tie-break. */
const SCORE_DECIMALS = 4;
/** So every score is a whole number of steps of 1/SCORE_STEPS in [0, 1]: the ranking sorts them by counting. */
export const SCORE_STEPS = 10 ** SCORE_DECIMALS;

/** logistic of a standing logit (d_i − d̄), 0–1: 0.5 for a program like the ones applicants of the type aim at. */
export function standingFromLogit(standingLogit: number): number {
  return 1 / (1 + Math.exp(-standingLogit));
}

/** standing 0–1, fit 0–100 → score 0–1. */
export function rankScore(standing: number, fit: number): number {
  return Math.round((RANK_WEIGHT_CHANCE * standing + RANK_WEIGHT_FIT * (fit / 100)) * SCORE_STEPS) / SCORE_STEPS;
}
