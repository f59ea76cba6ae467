// Published specialty figures, copied from ../shared/reference/specialties.csv and its README so
// that the product carries them (../shared is not there for users). Every figure names its source
// and year; an empty cell in the CSV is null here, never an estimate.
import type { ApplicantType, SpecialtyStats } from '@/lib/engine/types';

export const NRMP_CHARTING_OUTCOMES_IMG_2026 =
  'NRMP, Charting Outcomes in the Match: International Medical Graduates, 2026 Main Residency Match';
export const NRMP_CHARTING_OUTCOMES_USMD_2026 =
  'NRMP, Charting Outcomes in the Match: Senior Students of U.S. MD Medical Schools, 2026';
export const AAMC_SIGNALING_2025 = 'AAMC, ERAS program signaling, 2025 ERAS season';
export const AUA_UROLOGY_MATCH_2025 = 'AUA, Urology Residency Match statistics, 2025 match';
export const AUA_UROLOGY_MATCH_2015_2024 = 'AUA, Urology Residency Match statistics, 2015–2024 averages';

/** The fields of SpecialtyStats that carry a published figure. */
export type CitedSpecialtyField =
  | 'positions'
  | 'applicants'
  | 'matchRate.US_MD'
  | 'matchRate.US_DO'
  | 'matchRate.US_IMG'
  | 'matchRate.NON_US_IMG'
  | 'medianStep2MatchedUsMd'
  | 'meanContiguousRanksNonUsImg'
  | 'signals';

/** Where each non-null figure of a specialty comes from; a field absent here is null in the row. */
export type SpecialtyCitations = Partial<Record<CitedSpecialtyField, string>>;

interface NrmpRow {
  code: string;
  name: string;
  positions: number;
  applicants: number;
  nonUsImgMatchRate: number | null;
  medianStep2: number | null;
  meanContiguousRanksNonUsImg: number | null;
  signals: { single: number | null; gold: number | null; silver: number | null };
}

// One line per row of specialties.csv, same order and values. Columns: code, name, positions_2026,
// applicants_2026, nonus_img_match_rate_2026, median_step2_matched_usmd_2026,
// mean_contiguous_ranks_matched_nonus_img_2026, signals (single tier | gold, silver) 2025.
// Empty mean-rank cells: NRMP suppresses cells with fewer than 5 matched applicants.
// OB/GYN signals: not found for 2025 (a 2024 secondary source gives 3 gold / 15 silver; not used).
const NRMP_ROWS: readonly NrmpRow[] = [
  nrmp('IM', 'Internal Medicine', 11632, 14734, 48.5, 254, 6.1, null, 3, 12),
  nrmp('FM', 'Family Medicine', 5491, 4685, 53.9, 244, 5.4, 5, null, null),
  nrmp('EM', 'Emergency Medicine', 3198, 3224, 54.1, 249, 5.1, 5, null, null),
  nrmp('PEDS', 'Pediatrics', 3185, 3023, 68.5, 249, 7.6, 5, null, null),
  nrmp('PSYCH', 'Psychiatry', 2516, 2873, 58.4, 247, 5.8, 10, null, null),
  nrmp('ANES', 'Anesthesiology', 2290, 2988, 38.7, 255, 5.1, null, 5, 10),
  nrmp('GS', 'General Surgery', 1807, 2760, 28.6, 255, 3.7, 15, null, null),
  nrmp('OBGYN', 'Obstetrics and Gynecology', 1638, 2140, 32.8, 253, 4.1, null, null, null),
  nrmp('NEURO', 'Neurology', 1260, 1689, 41.9, 252, 6.8, 8, null, null),
  nrmp('DR', 'Diagnostic Radiology', 1268, 1419, 58.3, 257, 5.3, null, 6, 6),
  nrmp('ORTHO', 'Orthopaedic Surgery', 963, 1598, 22.7, 259, null, 30, null, null),
  nrmp('DERM', 'Dermatology', 602, 1099, 16.7, 258, null, null, 3, 25),
  nrmp('ENT', 'Otolaryngology', 403, 580, 41.2, 261, null, 25, null, null),
  nrmp('NSGY', 'Neurological Surgery', 280, 480, 25.9, 256, 5.4, 25, null, null),
  nrmp('PLASTICS', 'Plastic Surgery (Integrated)', 230, 406, 18.5, 259, null, null, null, null),
  nrmp('PATH', 'Pathology', 636, 957, 45.1, 247, 8.2, 5, null, null),
  nrmp('PMR', 'Physical Medicine and Rehabilitation', 601, 828, 53.8, 251, 6.3, 8, null, null),
  nrmp('RADONC', 'Radiation Oncology', 187, 222, 51.4, 251, 10.7, 4, null, null),
  nrmp('IR', 'Interventional Radiology (Integrated)', 245, 276, 48.3, 255, 2.5, null, 6, 6),
  nrmp('VASC', 'Vascular Surgery (Integrated)', 110, 165, 14.3, 256, null, null, null, null),
  nrmp('THOR', 'Thoracic Surgery (Integrated)', 56, 89, 28.6, 260, null, 3, null, null),
  nrmp('CHNEURO', 'Child Neurology', 243, 249, 52.0, 251, 5.4, 3, null, null),
  nrmp('MEDPEDS', 'Internal Medicine-Pediatrics', 404, 468, 33.3, 255, 1.0, null, null, null),
];

function nrmp(
  code: string,
  name: string,
  positions: number,
  applicants: number,
  nonUsImgMatchRate: number | null,
  medianStep2: number | null,
  meanContiguousRanksNonUsImg: number | null,
  single: number | null,
  gold: number | null,
  silver: number | null,
): NrmpRow {
  return {
    code,
    name,
    positions,
    applicants,
    nonUsImgMatchRate,
    medianStep2,
    meanContiguousRanksNonUsImg,
    signals: { single, gold, silver },
  };
}

function citationsOfNrmpRow(row: NrmpRow): SpecialtyCitations {
  const citations: SpecialtyCitations = {
    positions: NRMP_CHARTING_OUTCOMES_IMG_2026,
    // Applicants of all types who preferred the specialty.
    applicants: NRMP_CHARTING_OUTCOMES_IMG_2026,
  };
  if (row.nonUsImgMatchRate !== null) citations['matchRate.NON_US_IMG'] = NRMP_CHARTING_OUTCOMES_IMG_2026;
  if (row.medianStep2 !== null) citations.medianStep2MatchedUsMd = NRMP_CHARTING_OUTCOMES_USMD_2026;
  if (row.meanContiguousRanksNonUsImg !== null) citations.meanContiguousRanksNonUsImg = NRMP_CHARTING_OUTCOMES_IMG_2026;
  const { single, gold, silver } = row.signals;
  if (single !== null || gold !== null || silver !== null) citations.signals = AAMC_SIGNALING_2025;
  return citations;
}

function nrmpSpecialty(row: NrmpRow): SpecialtyStats {
  return {
    code: row.code,
    name: row.name,
    match: 'NRMP',
    positions: row.positions,
    applicants: row.applicants,
    // NRMP publishes per-specialty match rates only for non-US IMGs in the 2026 tables we hold.
    matchRate: { US_MD: null, US_DO: null, US_IMG: null, NON_US_IMG: row.nonUsImgMatchRate },
    medianStep2MatchedUsMd: row.medianStep2,
    meanContiguousRanksNonUsImg: row.meanContiguousRanksNonUsImg,
    signals: row.signals,
    referenceYear: 2026,
    sources: [...new Set(Object.values(citationsOfNrmpRow(row)))],
  };
}

/**
 * Urology matches through the AUA, not the NRMP (README of ../shared/reference). The AUA's rates by
 * applicant group are 2015–2024 averages: "seniors" pools U.S. MD and DO seniors and "IMGs" pools
 * U.S.-citizen and non-U.S.-citizen IMGs, so each pooled figure stands for both types it covers.
 */
export const UROLOGY_AUA_FIGURES = {
  year: 2025,
  positions: 403,
  programs: 148,
  applicants: 529,
  allApplicantMatchRatePercent: 76,
  meanProgramsRankedByMatched: 14,
  averages2015To2024: { seniorsMatchRatePercent: 81, previousGraduatesMatchRatePercent: 59, imgMatchRatePercent: 33 },
  sources: [AUA_UROLOGY_MATCH_2025, AUA_UROLOGY_MATCH_2015_2024],
} as const;

const UROLOGY_CITATIONS: SpecialtyCitations = {
  positions: AUA_UROLOGY_MATCH_2025,
  applicants: AUA_UROLOGY_MATCH_2025,
  'matchRate.US_MD': `${AUA_UROLOGY_MATCH_2015_2024} (U.S. seniors, MD and DO pooled)`,
  'matchRate.US_DO': `${AUA_UROLOGY_MATCH_2015_2024} (U.S. seniors, MD and DO pooled)`,
  'matchRate.US_IMG': `${AUA_UROLOGY_MATCH_2015_2024} (IMGs, U.S. and non-U.S. citizens pooled)`,
  'matchRate.NON_US_IMG': `${AUA_UROLOGY_MATCH_2015_2024} (IMGs, U.S. and non-U.S. citizens pooled)`,
};

const UROLOGY: SpecialtyStats = {
  code: 'URO',
  name: 'Urology',
  match: 'AUA',
  positions: UROLOGY_AUA_FIGURES.positions,
  applicants: UROLOGY_AUA_FIGURES.applicants,
  matchRate: {
    US_MD: UROLOGY_AUA_FIGURES.averages2015To2024.seniorsMatchRatePercent,
    US_DO: UROLOGY_AUA_FIGURES.averages2015To2024.seniorsMatchRatePercent,
    US_IMG: UROLOGY_AUA_FIGURES.averages2015To2024.imgMatchRatePercent,
    NON_US_IMG: UROLOGY_AUA_FIGURES.averages2015To2024.imgMatchRatePercent,
  },
  // Not found for Urology: the NRMP tables do not cover the AUA match.
  medianStep2MatchedUsMd: null,
  meanContiguousRanksNonUsImg: null,
  signals: { single: null, gold: null, silver: null },
  referenceYear: UROLOGY_AUA_FIGURES.year,
  sources: [...UROLOGY_AUA_FIGURES.sources],
};

/** All 24 rows of specialties.csv, in its order. Ophthalmology (SF Match) is absent: no figures found. */
export const SPECIALTY_REFERENCE: readonly SpecialtyStats[] = [...NRMP_ROWS.map(nrmpSpecialty), UROLOGY];

/** Per specialty code, the source of every non-null figure in its SPECIALTY_REFERENCE row. */
export const SPECIALTY_CITATIONS: Readonly<Record<string, SpecialtyCitations>> = Object.fromEntries([
  ...NRMP_ROWS.map((row) => [row.code, citationsOfNrmpRow(row)] as const),
  ['URO', UROLOGY_CITATIONS] as const,
]);

export function findSpecialtyReference(code: string): SpecialtyStats | undefined {
  return SPECIALTY_REFERENCE.find((specialty) => specialty.code === code);
}

export interface OverallMatchRates {
  year: number;
  source: string;
  /** PGY-1 match rate (percent) by applicant type; a type absent here was not published. */
  pgy1ByApplicantType: Partial<Record<ApplicantType, number>>;
  /** IMGs (all citizenships) split by whether they needed a visa, percent. */
  imgByVisaNeed?: { visaNeeded: number; visaNotNeeded: number };
}

/** NRMP Main Residency Match, overall PGY-1 match rates (README of ../shared/reference). */
export const OVERALL_MATCH_RATES: readonly OverallMatchRates[] = [
  {
    year: 2024,
    source: 'NRMP, 2024 Main Residency Match, PGY-1 match rates',
    pgy1ByApplicantType: { US_IMG: 67.0, NON_US_IMG: 58.5 },
  },
  {
    year: 2025,
    source: 'NRMP, 2025 Main Residency Match, PGY-1 match rates',
    pgy1ByApplicantType: { US_MD: 93.5, US_DO: 92.6, US_IMG: 67.8, NON_US_IMG: 58.0 },
  },
  {
    year: 2026,
    source: 'NRMP, 2026 Main Residency Match, PGY-1 match rates',
    pgy1ByApplicantType: { US_MD: 93.5 },
    imgByVisaNeed: { visaNeeded: 54.4, visaNotNeeded: 67.9 },
  },
];

/** NRMP 2025 Main Residency Match totals (README of ../shared/reference). */
export const MATCH_2025_TOTALS = {
  year: 2025,
  source: 'NRMP, 2025 Main Residency Match',
  registeredApplicants: 52_498,
  activeApplicants: 47_208,
  positions: 43_237,
  pgy1Positions: 40_041,
  filledPercent: 94.3,
} as const;

/** Non-US IMGs, 2026: medians of matched vs unmatched applicants. */
export const NON_US_IMG_MEDIANS_2026 = {
  year: 2026,
  source: NRMP_CHARTING_OUTCOMES_IMG_2026,
  contiguousRanks: { matched: 5, unmatched: 2 },
  step2: { matched: 248, unmatched: 242 },
} as const;

export const USMD_MATCH_BY_STEP2_BAND_SOURCE =
  'NRMP, Charting Outcomes in the Match: Senior Students of U.S. MD Medical Schools, pooled 2020–2024';

/** Percent of U.S. MD seniors who matched in a specialty, for one USMLE Step 2 CK band. */
export interface Step2BandMatchRate {
  specialtyCode: string;
  /** The band as NRMP prints it: "<200", "200-209", …, "250+". */
  band: string;
  /** Inclusive bounds of the band; null where the band is open. */
  minScore: number | null;
  maxScore: number | null;
  /** U.S. MD seniors in the band: small bands are noisy, so weight by n when fitting. */
  usMdSeniorsN: number;
  matchPercent: number;
}

function band(
  specialtyCode: string,
  label: string,
  minScore: number | null,
  maxScore: number | null,
  usMdSeniorsN: number,
  matchPercent: number,
): Step2BandMatchRate {
  return { specialtyCode, band: label, minScore, maxScore, usMdSeniorsN, matchPercent };
}

// Copied from ../shared/reference/usmd_match_by_step2_band.csv and usmd_match_by_step2_band_more.csv,
// same order: all 22 specialties the source tabulates (urology, ophthalmology and thoracic surgery are
// not). The engine must also work from the specialty-level figures alone: the calibration measures that
// by leaving each specialty's table out in turn (scripts/fit/band-fit.ts).
export const USMD_MATCH_BY_STEP2_BAND: readonly Step2BandMatchRate[] = [
  band('DERM', '200-209', 200, 209, 1, 0),
  band('DERM', '210-219', 210, 219, 18, 39),
  band('DERM', '220-229', 220, 229, 44, 43),
  band('DERM', '230-239', 230, 239, 103, 59),
  band('DERM', '240-249', 240, 249, 291, 67),
  band('DERM', '250+', 250, null, 1171, 81),
  band('ORTHO', '200-209', 200, 209, 1, 0),
  band('ORTHO', '210-219', 210, 219, 34, 21),
  band('ORTHO', '220-229', 220, 229, 93, 33),
  band('ORTHO', '230-239', 230, 239, 243, 56),
  band('ORTHO', '240-249', 240, 249, 605, 66),
  band('ORTHO', '250+', 250, null, 2247, 81),
  band('DR', '200-209', 200, 209, 1, 0),
  band('DR', '210-219', 210, 219, 36, 58),
  band('DR', '220-229', 220, 229, 111, 58),
  band('DR', '230-239', 230, 239, 342, 75),
  band('DR', '240-249', 240, 249, 683, 84),
  band('DR', '250+', 250, null, 1767, 94),
  band('NSGY', '200-209', 200, 209, 1, 100),
  band('NSGY', '210-219', 210, 219, 7, 43),
  band('NSGY', '220-229', 220, 229, 34, 59),
  band('NSGY', '230-239', 230, 239, 112, 63),
  band('NSGY', '240-249', 240, 249, 182, 71),
  band('NSGY', '250+', 250, null, 511, 84),
  band('GS', '<200', null, 199, 1, 100),
  band('GS', '200-209', 200, 209, 1, 0),
  band('GS', '210-219', 210, 219, 77, 27),
  band('GS', '220-229', 220, 229, 261, 45),
  band('GS', '230-239', 230, 239, 684, 69),
  band('GS', '240-249', 240, 249, 1040, 86),
  band('GS', '250+', 250, null, 2108, 94),
  band('RADONC', '210-219', 210, 219, 8, 88),
  band('RADONC', '220-229', 220, 229, 20, 100),
  band('RADONC', '230-239', 230, 239, 42, 100),
  band('RADONC', '240-249', 240, 249, 81, 100),
  band('RADONC', '250+', 250, null, 205, 99),
  band('ANES', '<200', null, 199, 1, 0),
  band('ANES', '200-209', 200, 209, 7, 29),
  band('ANES', '210-219', 210, 219, 133, 44),
  band('ANES', '220-229', 220, 229, 379, 66),
  band('ANES', '230-239', 230, 239, 874, 81),
  band('ANES', '240-249', 240, 249, 1403, 89),
  band('ANES', '250+', 250, null, 2441, 96),
  band('IM', '<200', null, 199, 1, 0),
  band('IM', '200-209', 200, 209, 21, 71),
  band('IM', '210-219', 210, 219, 329, 82),
  band('IM', '220-229', 220, 229, 923, 94),
  band('IM', '230-239', 230, 239, 1807, 98),
  band('IM', '240-249', 240, 249, 2877, 99),
  band('IM', '250+', 250, null, 6749, 99),
  band('EM', '200-209', 200, 209, 8, 38),
  band('EM', '210-219', 210, 219, 135, 74),
  band('EM', '220-229', 220, 229, 453, 87),
  band('EM', '230-239', 230, 239, 965, 94),
  band('EM', '240-249', 240, 249, 1477, 95),
  band('EM', '250+', 250, null, 2602, 97),
  band('PEDS', '<200', null, 199, 3, 33),
  band('PEDS', '200-209', 200, 209, 6, 100),
  band('PEDS', '210-219', 210, 219, 205, 95),
  band('PEDS', '220-229', 220, 229, 590, 97),
  band('PEDS', '230-239', 230, 239, 1056, 99),
  band('PEDS', '240-249', 240, 249, 1441, 100),
  band('PEDS', '250+', 250, null, 2462, 100),
  band('PSYCH', '<200', null, 199, 2, 0),
  band('PSYCH', '200-209', 200, 209, 17, 53),
  band('PSYCH', '210-219', 210, 219, 242, 76),
  band('PSYCH', '220-229', 220, 229, 627, 83),
  band('PSYCH', '230-239', 230, 239, 1025, 88),
  band('PSYCH', '240-249', 240, 249, 1221, 94),
  band('PSYCH', '250+', 250, null, 1397, 96),
  band('FM', '<200', null, 199, 6, 67),
  band('FM', '200-209', 200, 209, 20, 75),
  band('FM', '210-219', 210, 219, 347, 94),
  band('FM', '220-229', 220, 229, 847, 97),
  band('FM', '230-239', 230, 239, 1168, 99),
  band('FM', '240-249', 240, 249, 1220, 99),
  band('FM', '250+', 250, null, 1493, 100),
  // ../shared/reference/usmd_match_by_step2_band_more.csv (same source and years), same order.
  band('ENT', '200-209', 200, 209, 1, 0),
  band('ENT', '210-219', 210, 219, 13, 31),
  band('ENT', '220-229', 220, 229, 29, 38),
  band('ENT', '230-239', 230, 239, 93, 51),
  band('ENT', '240-249', 240, 249, 260, 70),
  band('ENT', '250+', 250, null, 984, 81),
  band('PLASTICS', '210-219', 210, 219, 9, 0),
  band('PLASTICS', '220-229', 220, 229, 29, 52),
  band('PLASTICS', '230-239', 230, 239, 68, 37),
  band('PLASTICS', '240-249', 240, 249, 133, 62),
  band('PLASTICS', '250+', 250, null, 549, 80),
  band('IR', '210-219', 210, 219, 5, 40),
  band('IR', '220-229', 220, 229, 24, 71),
  band('IR', '230-239', 230, 239, 61, 79),
  band('IR', '240-249', 240, 249, 81, 77),
  band('IR', '250+', 250, null, 341, 85),
  band('VASC', '210-219', 210, 219, 8, 50),
  band('VASC', '220-229', 220, 229, 13, 46),
  band('VASC', '230-239', 230, 239, 38, 79),
  band('VASC', '240-249', 240, 249, 82, 76),
  band('VASC', '250+', 250, null, 155, 95),
  band('MEDPEDS', '210-219', 210, 219, 22, 73),
  band('MEDPEDS', '220-229', 220, 229, 78, 74),
  band('MEDPEDS', '230-239', 230, 239, 197, 80),
  band('MEDPEDS', '240-249', 240, 249, 293, 91),
  band('MEDPEDS', '250+', 250, null, 671, 95),
  band('OBGYN', '<200', null, 199, 1, 0),
  band('OBGYN', '200-209', 200, 209, 5, 40),
  band('OBGYN', '210-219', 210, 219, 87, 48),
  band('OBGYN', '220-229', 220, 229, 298, 69),
  band('OBGYN', '230-239', 230, 239, 720, 81),
  band('OBGYN', '240-249', 240, 249, 1196, 87),
  band('OBGYN', '250+', 250, null, 2217, 92),
  band('CHNEURO', '210-219', 210, 219, 13, 85),
  band('CHNEURO', '220-229', 220, 229, 38, 89),
  band('CHNEURO', '230-239', 230, 239, 77, 96),
  band('CHNEURO', '240-249', 240, 249, 115, 99),
  band('CHNEURO', '250+', 250, null, 180, 99),
  band('NEURO', '200-209', 200, 209, 2, 100),
  band('NEURO', '210-219', 210, 219, 64, 83),
  band('NEURO', '220-229', 220, 229, 189, 88),
  band('NEURO', '230-239', 230, 239, 337, 96),
  band('NEURO', '240-249', 240, 249, 492, 98),
  band('NEURO', '250+', 250, null, 856, 99),
  band('PATH', '200-209', 200, 209, 1, 100),
  band('PATH', '210-219', 210, 219, 37, 84),
  band('PATH', '220-229', 220, 229, 101, 92),
  band('PATH', '230-239', 230, 239, 141, 95),
  band('PATH', '240-249', 240, 249, 177, 98),
  band('PATH', '250+', 250, null, 287, 99),
  band('PMR', '200-209', 200, 209, 4, 50),
  band('PMR', '210-219', 210, 219, 44, 61),
  band('PMR', '220-229', 220, 229, 161, 78),
  band('PMR', '230-239', 230, 239, 232, 85),
  band('PMR', '240-249', 240, 249, 285, 89),
  band('PMR', '250+', 250, null, 351, 94),
];
