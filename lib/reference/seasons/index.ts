// One place for a season's facts (issue 16): the registered seasons, the one an applicant is in,
// and the arithmetic every cost uses (a service's bands per specialty, the one-time fees once per
// service). Pure: no database, no clock unless a date is given.
import { SEASON_2026_27 } from './2026-27';
import type { ApplicationService, FeeSchedule, OneTimeFee, SeasonFacts, SeasonNotice, SpecialtySeason } from './types';

export * from './types';

/** Every season SmartPick has facts for, newest first. */
export const SEASONS: readonly SeasonFacts[] = [SEASON_2026_27];

/** ERAS opens each June for the Match of the following March (AAMC, ERAS timeline). */
const SEASON_OPENS_MONTH = 5; // June, as Date.getUTCMonth() counts

/** The Match an application made on `date` aims at: from June on, next year's. */
export function matchYearOf(date: Date): number {
  return date.getUTCMonth() >= SEASON_OPENS_MONTH ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
}

/**
 * The facts for the season ending in `matchYear`: its own module, or else the newest one SmartPick
 * has, its figures then shown as from that season (each figure says which season it is from).
 */
export function seasonFacts(matchYear: number): SeasonFacts {
  return SEASONS.find((s) => s.matchYear === matchYear) ?? SEASONS.find((s) => s.matchYear < matchYear) ?? SEASONS[SEASONS.length - 1]!;
}

const DEFAULT_SPECIALTY: Omit<SpecialtySeason, 'signals'> = { service: 'ERAS', matchHeldBy: 'NRMP', serviceSource: 'AAMC, ERAS: most specialties apply through ERAS and match through the NRMP' };

/** A specialty's service, match and signals in a season; unknown specialties apply through ERAS, without signals. */
export function specialtySeason(facts: SeasonFacts, code: string): SpecialtySeason {
  return facts.specialties[code] ?? { ...DEFAULT_SPECIALTY, signals: null };
}

function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Applications must be a whole number, 0 or more (got ${count})`);
}

/** One specialty's program fees under a schedule, in US dollars. */
export function programFeesUsd(schedule: FeeSchedule, applications: number): number {
  assertCount(applications);
  let total = 0;
  for (const band of schedule.bands) {
    if (applications < band.from) break;
    const last = band.to === null ? applications : Math.min(applications, band.to);
    total += band.usdFlat ?? 0;
    total += (band.usdEach ?? 0) * (last - band.from + 1);
  }
  return total;
}

/** Program fees for several specialties on one service: bands start again per specialty, or run on across them. */
export function serviceProgramFeesUsd(schedule: FeeSchedule, perSpecialty: readonly number[]): number {
  if (schedule.resetsPerSpecialty) return perSpecialty.reduce((sum, n) => sum + programFeesUsd(schedule, n), 0);
  return programFeesUsd(
    schedule,
    perSpecialty.reduce((sum, n) => sum + n, 0),
  );
}

/** Which exam transcripts an applicant sends: USMLE unless a DO with COMLEX only, COMLEX for every DO who gave one (or no USMLE). */
export function transcriptsFor(profile: { applicantType: string; step2Score?: number | null; comlexLevel2Score?: number | null }): Set<OneTimeFee['key']> {
  const keys = new Set<OneTimeFee['key']>();
  const isDo = profile.applicantType === 'US_DO';
  const hasUsmle = profile.step2Score !== undefined && profile.step2Score !== null;
  const hasComlex = profile.comlexLevel2Score !== undefined && profile.comlexLevel2Score !== null;
  if (!isDo || hasUsmle) keys.add('usmle_transcript');
  if (isDo && (hasComlex || !hasUsmle)) keys.add('comlex_transcript');
  return keys;
}

/**
 * The one-time fees of a season for this applicant: each charged once per service that any of
 * their applications goes through (ERAS and ResidencyCAS each charge their own transcript fee);
 * the ECFMG token for international graduates applying through ERAS.
 */
export function oneTimeFeesFor(
  facts: SeasonFacts,
  profile: { applicantType: string; step2Score?: number | null; comlexLevel2Score?: number | null },
  services: ReadonlySet<ApplicationService>,
): OneTimeFee[] {
  const transcripts = transcriptsFor(profile);
  const img = profile.applicantType === 'US_IMG' || profile.applicantType === 'NON_US_IMG';
  return facts.oneTimeFees.filter((fee) => {
    if (!services.has(fee.service)) return false;
    if (fee.key === 'ecfmg_token') return img;
    return transcripts.has(fee.key);
  });
}

/** A specialty's signal counts in a season (all null where none were found): what the engine places. */
export function seasonSignalCounts(facts: SeasonFacts, code: string): { single: number | null; gold: number | null; silver: number | null } {
  const signals = specialtySeason(facts, code).signals;
  return { single: signals?.single ?? null, gold: signals?.gold ?? null, silver: signals?.silver ?? null };
}

/** A specialty SmartPick lists but does not rank (ophthalmology, SF Match), or undefined. */
export function notRankedSpecialty(facts: SeasonFacts, code: string): SeasonFacts['notRanked'][number] | undefined {
  return facts.notRanked.find((s) => s.code === code);
}

/** The season's notices that concern this applicant and plan, in the season's order. */
export function noticesFor(
  facts: SeasonFacts,
  profile: { applicantType: string; visaNeeded: string; step2Score?: number | null; comlexLevel2Score?: number | null; examFailures?: number | null },
  specialties: readonly string[],
): SeasonNotice[] {
  return facts.notices.filter(({ audience }) => {
    if (audience.visaNeeded && !audience.visaNeeded.includes(profile.visaNeeded)) return false;
    if (audience.specialties && !specialties.some((code) => audience.specialties!.includes(code))) return false;
    if (audience.step2NotYetPassedOrFailed) {
      // No Step 2 CK score yet, unless a DO applying on COMLEX alone; or a failed attempt.
      const noScore = profile.step2Score === undefined || profile.step2Score === null;
      const comlexOnly = profile.applicantType === 'US_DO' && profile.comlexLevel2Score !== undefined && profile.comlexLevel2Score !== null;
      if (!((noScore && !comlexOnly) || (profile.examFailures ?? 0) > 0)) return false;
    }
    return true;
  });
}
