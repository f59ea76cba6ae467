// Step 6, strategy (DESIGN.md §3.6): what the list costs in ERAS program fees. The fee tiers start
// again for each specialty, so a backup specialty's first 30 programs are at the lower rate too.
import {
  ERAS_FEE_AFTER_30_USD,
  ERAS_FEE_FIRST_30_USD,
  ERAS_FEES_SOURCE,
  ERAS_LOWER_TIER_PROGRAMS_PER_SPECIALTY,
  USMLE_TRANSCRIPT_FEE_USD,
  erasFeeUsd,
} from '@/lib/reference/fees';

/** Shown with every cost: where the figures come from, with the season, and what they leave out. */
export const ERAS_COST_CITATION =
  `${ERAS_FEES_SOURCE}: $${ERAS_FEE_FIRST_30_USD} per program for the first ${ERAS_LOWER_TIER_PROGRAMS_PER_SPECIALTY} ` +
  `in each specialty, $${ERAS_FEE_AFTER_30_USD} per program after that. Program fees only: the USMLE transcript ` +
  `($${USMLE_TRANSCRIPT_FEE_USD}, once per season) is extra.`;

export interface ErasCost {
  applications: number;
  usd: number;
}

/** ERAS program fees for `applications` programs in one specialty. */
export function erasCostForSpecialty(applications: number): ErasCost {
  return { applications, usd: erasFeeUsd([applications]) };
}

/**
 * ERAS program fees over several specialties, each entry one specialty's count. Entries with the
 * same specialty code are one specialty to ERAS, so their counts are added before the tiers apply.
 */
export function totalErasCost(perSpecialty: readonly { specialtyCode: string; applications: number }[]): ErasCost {
  const bySpecialty = new Map<string, number>();
  for (const { specialtyCode, applications } of perSpecialty) {
    bySpecialty.set(specialtyCode, (bySpecialty.get(specialtyCode) ?? 0) + applications);
  }
  const counts = [...bySpecialty.values()];
  return { applications: counts.reduce((sum, count) => sum + count, 0), usd: erasFeeUsd(counts) };
}
