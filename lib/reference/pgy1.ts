// The PGY-1 year (issue 16): the one-year programs an advanced specialty needs first, and the
// preliminary positions a categorical applicant can fall back on. Figures from the NRMP Main
// Residency Match 2020 program results (the latest program-level results SmartPick holds): programs
// with track letter P in NRMP specialty 999 (Transitional Year), 140 (Internal Medicine) and 440
// (General Surgery). No source SmartPick holds gives PGY-1 outcomes by applicant type: the engine
// ranks these programs as a specialty without figures (shared coefficients, wider ranges).
import type { SpecialtyStats } from '@/lib/engine/types';
import { NRMP_2020_SOURCE, type PositionsSpread } from './program-distribution';
import type { StateCode } from './states';

/** A PGY-1 track: which catalog specialty its programs carry, and its NRMP 2020 figures. */
export interface Pgy1Track {
  /** The programs' specialty code in the catalog (TY for Transitional Year; IM, GS for preliminary years). */
  specialtyCode: 'TY' | 'IM' | 'GS';
  name: string;
  /** Program tracks, positions and filled positions in the 2020 Main Residency Match. */
  programs: number;
  positions: number;
  /** Positions filled by the matching algorithm (before SOAP); rows whose figure did not survive the PDF are left out. */
  matched: number;
  spread: PositionsSpread;
  source: string;
}

export const PGY1_TRACKS: Readonly<Record<Pgy1Track['specialtyCode'], Pgy1Track>> = {
  TY: {
    specialtyCode: 'TY',
    name: 'Transitional Year',
    programs: 171,
    positions: 1434,
    matched: 1228,
    spread: { programs: 171, positions: 1434, meanPositions: 8.39, deciles: [1, 3, 4, 6, 6, 7, 10, 12, 13, 14, 24] },
    source: NRMP_2020_SOURCE,
  },
  IM: {
    specialtyCode: 'IM',
    name: 'Preliminary Internal Medicine',
    programs: 340,
    positions: 1867,
    matched: 1717,
    spread: { programs: 340, positions: 1867, meanPositions: 5.49, deciles: [1, 2, 2, 3, 4, 5, 6, 6, 8, 10, 22] },
    source: NRMP_2020_SOURCE,
  },
  GS: {
    specialtyCode: 'GS',
    name: 'Preliminary General Surgery',
    programs: 247,
    positions: 1149,
    matched: 564,
    spread: { programs: 247, positions: 1149, meanPositions: 4.65, deciles: [1, 1, 2, 2, 3, 4, 4, 5, 7, 9, 22] },
    source: NRMP_2020_SOURCE,
  },
};

export type Pgy1TrackCode = keyof typeof PGY1_TRACKS;
export const PGY1_TRACK_CODES = Object.keys(PGY1_TRACKS) as Pgy1TrackCode[];

/** Transitional Year programs per state in the ERAS 2021 participating list (161 programs). */
export const TY_PROGRAMS_BY_STATE_ERAS_2021: Readonly<Partial<Record<StateCode, number>>> = {
  AL: 1, AR: 3, AZ: 3, CA: 9, CO: 1, CT: 1, DE: 1, FL: 16, GA: 6, IA: 2, IL: 7, IN: 3, KY: 1, MA: 6, MD: 1,
  MI: 17, MN: 1, MO: 1, MS: 1, NC: 5, ND: 1, NJ: 7, NM: 1, NV: 2, NY: 14, OH: 9, OK: 1, PA: 13, PR: 4, SC: 4,
  SD: 1, TN: 1, TX: 7, UT: 1, VA: 3, WA: 2, WI: 3, WV: 1,
};

/**
 * Transitional Year as a catalog specialty: only its programs' count and positions are known, and
 * it is never a main specialty (a PGY-1 year is planned with the specialty that needs it).
 */
export const TRANSITIONAL_YEAR: SpecialtyStats = {
  code: 'TY',
  name: 'Transitional Year',
  match: 'NRMP',
  positions: PGY1_TRACKS.TY.positions,
  applicants: null,
  matchRate: { US_MD: null, US_DO: null, US_IMG: null, NON_US_IMG: null },
  medianStep2MatchedUsMd: null,
  meanContiguousRanksNonUsImg: null,
  signals: { single: null, gold: null, silver: null },
  referenceYear: 2020,
  sources: [NRMP_2020_SOURCE],
};

/** Catalog specialties that are only ever a PGY-1 year: listed and browsable, not ranked as a main or backup specialty. */
export const PGY1_ONLY_SPECIALTIES: readonly SpecialtyStats[] = [TRANSITIONAL_YEAR];

export function isPgy1OnlySpecialty(code: string): boolean {
  return PGY1_ONLY_SPECIALTIES.some((s) => s.code === code);
}

export const PGY1_ONLY_NOTE =
  'Transitional Year is a PGY-1 year, not a residency of its own: choose the specialty that needs it (dermatology, radiology, PM&R, …) and SmartPick plans the PGY-1 applications with it.';

/**
 * Which PGY-1 years SmartPick plans for each advanced specialty. SmartPick's reading of the ACGME
 * program requirements (a broad-based clinical year; neurology's must be mostly internal medicine)
 * and of what applicants to each usually do (dermatology, radiation oncology and PM&R applicants a
 * medical or transitional year, though some programs accept a surgical one): not verified for
 * 2026–27, and a program may ask for a particular year.
 */
export const PGY1_ACCEPTED: Readonly<Record<string, readonly Pgy1TrackCode[]>> = {
  DERM: ['TY', 'IM'],
  DR: ['TY', 'IM', 'GS'],
  RADONC: ['TY', 'IM'],
  PMR: ['TY', 'IM'],
  IR: ['TY', 'IM', 'GS'],
  ANES: ['TY', 'IM', 'GS'],
  NEURO: ['IM', 'TY'],
};
export const PGY1_ACCEPTED_SOURCE = 'SmartPick reading of ACGME program requirements (PGY-1 clinical year); not verified for 2026–27';
const ALL_TRACKS: readonly Pgy1TrackCode[] = ['TY', 'IM', 'GS'];

export function pgy1TracksFor(specialtyCode: string): readonly Pgy1TrackCode[] {
  return PGY1_ACCEPTED[specialtyCode] ?? ALL_TRACKS;
}

/** Categorical specialties with a preliminary track of their own: the fallback when the categorical chance is low. */
export const PRELIMINARY_FALLBACK: Readonly<Record<string, Pgy1TrackCode>> = { GS: 'GS', IM: 'IM' };

/** Share of a PGY-1 track's positions filled by the 2020 Match (before SOAP), 0–1. */
export function pgy1FillShare(code: Pgy1TrackCode): number {
  const track = PGY1_TRACKS[code];
  return track.matched / track.positions;
}
