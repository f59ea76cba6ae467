// Application and match fees (README of ../shared/reference), each with its source and year.

export const ERAS_FEES_SOURCE = 'AAMC, ERAS fees, 2026 season (unchanged from 2025)';

/** ERAS fee per program for the first 30 programs of each specialty. */
export const ERAS_FEE_FIRST_30_USD = 11;
/** ERAS fee per program from the 31st program of a specialty on. */
export const ERAS_FEE_AFTER_30_USD = 30;
/** Programs per specialty charged at the lower rate; the tiers start again for each specialty. */
export const ERAS_LOWER_TIER_PROGRAMS_PER_SPECIALTY = 30;
/** USMLE transcript sent through ERAS: charged once per season, whatever the number of programs. */
export const USMLE_TRANSCRIPT_FEE_USD = 80;

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

/**
 * ERAS program fees, in US dollars, for one season's applications: one entry per specialty, the
 * number of programs applied to in it.
 *
 * Program fees only: the USMLE transcript fee is not included, because AAMC's worked example
 * (43 Internal Medicine + 7 Diagnostic Radiology = $797) is exactly the program fees
 * (30 × $11 + 13 × $30 + 7 × $11 = $797); the $80 transcript would make it $877.
 * Use erasSeasonCostUsd for the total an applicant pays.
 */
export function erasFeeUsd(applicationsPerSpecialty: readonly number[]): number {
  let total = 0;
  for (const count of applicationsPerSpecialty) {
    assertProgramCount(count, 'Applications per specialty');
    const lowerTier = Math.min(count, ERAS_LOWER_TIER_PROGRAMS_PER_SPECIALTY);
    total += lowerTier * ERAS_FEE_FIRST_30_USD + (count - lowerTier) * ERAS_FEE_AFTER_30_USD;
  }
  return total;
}

/**
 * What an applicant who sends a USMLE transcript pays ERAS in a season: the program fees plus the
 * transcript fee, which is charged once as soon as any application is sent.
 */
export function erasSeasonCostUsd(
  applicationsPerSpecialty: readonly number[],
  { includeUsmleTranscript = true }: { includeUsmleTranscript?: boolean } = {},
): number {
  const programFees = erasFeeUsd(applicationsPerSpecialty);
  const anyApplication = applicationsPerSpecialty.some((count) => count > 0);
  return programFees + (includeUsmleTranscript && anyApplication ? USMLE_TRANSCRIPT_FEE_USD : 0);
}

/** NRMP fees, in US dollars, for a rank order list of `ranks` programs (registration included). */
export function nrmpFeeUsd(ranks: number): number {
  assertProgramCount(ranks, 'Ranks');
  if (ranks > NRMP_MAX_RANKS) {
    throw new RangeError(`The NRMP accepts at most ${NRMP_MAX_RANKS} ranks (got ${ranks})`);
  }
  return NRMP_REGISTRATION_FEE_USD + Math.max(0, ranks - NRMP_RANKS_INCLUDED) * NRMP_FEE_PER_RANK_BEYOND_20_USD;
}
