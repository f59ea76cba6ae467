// The calibration as a user reads it on /how-we-estimate (issue 15, part 3): every NRMP band beside
// the engine's fitted and left-out figure, every specialty by applicant type, and the overall rates.
// `npm run calibration` prints the same figures with the tolerance checks.
import { CALIBRATION_COEFFICIENTS } from './coefficients';
import { bandBaseline, cohortBaseline, isAssertedBand, overallTypeRate } from './cohorts';
import { typicalImgPlanOverall } from './typical-plan';
import { APPLICANT_TYPES } from '../types';
import type { ApplicantType, ChanceEstimate, Program, SpecialtyStats } from '../types';
import { OVERALL_MATCH_RATES, SPECIALTY_REFERENCE, USMD_MATCH_BY_STEP2_BAND } from '@/lib/reference/specialties';

export interface BandRow {
  specialtyCode: string;
  band: string;
  n: number;
  /** Percent, as NRMP prints it. */
  nrmp: number;
  /** Percent: the fitted engine, and the engine fitted without this specialty's table. */
  fitted: number;
  leftOut: number | null;
  /** Held to the tolerance in tests (n ≥ 30 and a small standard error); the others are too noisy. */
  asserted: boolean;
}

export interface SpecialtyTypeRow {
  specialtyCode: string;
  name: string;
  /** Percent matched to the specialty by type, for the type's typical applicants (cohort of scores). */
  engine: Record<ApplicantType, number>;
  /** NRMP 2026: non-US IMGs matched to the preferred specialty (percent); null where suppressed. */
  nrmpNonUsImg: number | null;
}

export interface CalibrationReport {
  bands: BandRow[];
  leftOutMaeWeighted: number;
  specialtyTypes: SpecialtyTypeRow[];
  /** Per type: the position-weighted specialty rates, NRMP's overall PGY-1 rate, and (IMGs) a typical whole plan's chance. */
  overall: { type: ApplicantType; specialtiesWeighted: number; nrmp: number | null; typicalPlan: ChanceEstimate | null; typicalPlanApplications: string | null }[];
}

const percent1 = (p: number): number => Math.round(1000 * p) / 10;

export function calibrationReport(seasonYear: number, catalog: { programs: readonly Program[]; specialties: readonly SpecialtyStats[] }): CalibrationReport {
  const byCode = new Map(SPECIALTY_REFERENCE.map((s) => [s.code, s]));
  const loo = CALIBRATION_COEFFICIENTS.leaveOneOut;
  const leftOutOf = new Map(loo.bands.map((b) => [`${b.specialtyCode} ${b.band}`, b.predicted]));
  const bands = USMD_MATCH_BY_STEP2_BAND.flatMap((b) => {
    const specialty = byCode.get(b.specialtyCode);
    if (!specialty) return [];
    return [
      {
        specialtyCode: b.specialtyCode,
        band: b.band,
        n: b.usMdSeniorsN,
        nrmp: b.matchPercent,
        fitted: percent1(bandBaseline(specialty, b, seasonYear)),
        leftOut: leftOutOf.get(`${b.specialtyCode} ${b.band}`) ?? null,
        asserted: isAssertedBand(b),
      },
    ];
  });
  const specialtyTypes = SPECIALTY_REFERENCE.filter((s) => s.match === 'NRMP').map((s) => ({
    specialtyCode: s.code,
    name: s.name,
    engine: Object.fromEntries(APPLICANT_TYPES.map((type) => [type, percent1(cohortBaseline(s, type, seasonYear))])) as Record<ApplicantType, number>,
    nrmpNonUsImg: s.matchRate.NON_US_IMG === null ? null : s.matchRate.NON_US_IMG,
  }));
  const nrmp = OVERALL_MATCH_RATES.find((r) => r.year === 2025)?.pgy1ByApplicantType ?? {};
  const overall = APPLICANT_TYPES.map((type) => {
    const plan = type === 'US_IMG' || type === 'NON_US_IMG' ? typicalImgPlanOverall(type, catalog.programs, catalog.specialties, seasonYear) : null;
    return {
      type,
      specialtiesWeighted: percent1(overallTypeRate(SPECIALTY_REFERENCE, type, seasonYear)),
      nrmp: nrmp[type] ?? null,
      typicalPlan: plan?.overall ?? null,
      typicalPlanApplications: plan
        ? Object.entries(plan.applications)
            .map(([code, n]) => `${n} ${code}`)
            .join(' + ')
        : null,
    };
  });
  return { bands, leftOutMaeWeighted: loo.maePointsWeighted, specialtyTypes, overall };
}
