/**
 * The Match year an application made on `date` aims at. ERAS opens each June for the Match held the
 * following March (AAMC ERAS timeline), so from June on the applicant is in next year's Match.
 */
export const ERAS_SEASON_OPENS_MONTH = 5; // June, as Date.getUTCMonth() counts

export function matchYearFor(date: Date): number {
  return date.getUTCMonth() >= ERAS_SEASON_OPENS_MONTH ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
}
