// Match fees (README of ../shared/reference), with their source and year. Application fees, which
// change by season and service, are season facts: lib/reference/seasons.

export const NRMP_FEES_SOURCE = 'NRMP, Main Residency Match fees, 2016–17 (last official figures found)';

export const NRMP_REGISTRATION_FEE_USD = 75;
/** Ranks included in the registration fee. */
export const NRMP_RANKS_INCLUDED = 20;
export const NRMP_FEE_PER_RANK_BEYOND_20_USD = 30;
export const NRMP_MAX_RANKS = 300;

function assertProgramCount(count: number, what: string): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`${what} must be a whole number of programs, 0 or more (got ${count})`);
  }
}

/** NRMP fees, in US dollars, for a rank order list of `ranks` programs (registration included). */
export function nrmpFeeUsd(ranks: number): number {
  assertProgramCount(ranks, 'Ranks');
  if (ranks > NRMP_MAX_RANKS) {
    throw new RangeError(`The NRMP accepts at most ${NRMP_MAX_RANKS} ranks (got ${ranks})`);
  }
  return NRMP_REGISTRATION_FEE_USD + Math.max(0, ranks - NRMP_RANKS_INCLUDED) * NRMP_FEE_PER_RANK_BEYOND_20_USD;
}
