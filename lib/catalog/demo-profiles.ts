// How the demo catalog's programs vary by specialty. These are the generator's assumptions, not
// published figures: no public table gives, per specialty, the mix of program types, visa
// sponsorship or the make-up of residents. They are set so that the demo reads like the real
// landscape and agrees in direction with the published figures: specialties where non-US IMGs match
// least often (NRMP Charting Outcomes: IMGs, 2026 — e.g. VASC 14.3%, DERM 16.7%, PLASTICS 18.5%)
// have the fewest IMG residents and visa sponsors; IM, FM, PEDS, PSYCH, NEURO and PATH the most.
import type { ProgramType } from '@/lib/engine/types';

export interface DemoSpecialtyProfile {
  /** Relative weights of UNIVERSITY, COMMUNITY_UNIVERSITY_AFFILIATED, COMMUNITY, MILITARY. */
  typeWeights: readonly [number, number, number, number];
  /** Share of programs sponsoring J-1 and H-1B visas. */
  j1Rate: number;
  h1bRate: number;
  /** Mean share (0–1) of residents who are IMGs and DOs, across the specialty's programs. */
  imgShare: number;
  doShare: number;
  /** Competitive specialties: more research, fewer attempts allowed. */
  competitive: boolean;
}

function profile(
  typeWeights: readonly [number, number, number, number],
  j1Rate: number,
  h1bRate: number,
  imgShare: number,
  doShare: number,
  competitive = false,
): DemoSpecialtyProfile {
  return { typeWeights, j1Rate, h1bRate, imgShare, doShare, competitive };
}

// typeWeights: university, community university-affiliated, community, military.
export const DEMO_SPECIALTY_PROFILES: Readonly<Record<string, DemoSpecialtyProfile>> = {
  IM: profile([25, 44, 27, 4], 0.68, 0.3, 0.4, 0.18),
  FM: profile([10, 48, 37, 5], 0.64, 0.22, 0.3, 0.3),
  EM: profile([25, 47, 23, 5], 0.3, 0.12, 0.06, 0.3),
  PEDS: profile([35, 42, 20, 3], 0.66, 0.25, 0.22, 0.18),
  PSYCH: profile([30, 43, 24, 3], 0.62, 0.25, 0.3, 0.22),
  ANES: profile([45, 38, 14, 3], 0.4, 0.18, 0.1, 0.2),
  GS: profile([30, 42, 24, 4], 0.35, 0.18, 0.12, 0.12),
  OBGYN: profile([30, 44, 22, 4], 0.35, 0.15, 0.08, 0.18),
  NEURO: profile([45, 40, 13, 2], 0.66, 0.3, 0.35, 0.15),
  DR: profile([45, 40, 12, 3], 0.45, 0.2, 0.1, 0.12),
  ORTHO: profile([45, 38, 13, 4], 0.12, 0.05, 0.01, 0.12, true),
  DERM: profile([50, 36, 12, 2], 0.12, 0.05, 0.02, 0.08, true),
  ENT: profile([55, 35, 7, 3], 0.15, 0.06, 0.03, 0.06, true),
  NSGY: profile([60, 34, 5, 1], 0.3, 0.15, 0.08, 0.06, true),
  PLASTICS: profile([60, 35, 4, 1], 0.1, 0.05, 0.02, 0.04, true),
  PATH: profile([45, 38, 14, 3], 0.68, 0.3, 0.4, 0.12),
  PMR: profile([35, 45, 19, 1], 0.4, 0.15, 0.12, 0.3),
  RADONC: profile([60, 37, 3, 0], 0.35, 0.15, 0.06, 0.06, true),
  IR: profile([55, 40, 4, 1], 0.3, 0.12, 0.08, 0.1, true),
  VASC: profile([55, 40, 5, 0], 0.15, 0.08, 0.04, 0.08, true),
  THOR: profile([65, 35, 0, 0], 0.2, 0.1, 0.06, 0.04, true),
  CHNEURO: profile([60, 38, 2, 0], 0.5, 0.25, 0.25, 0.1),
  MEDPEDS: profile([45, 47, 8, 0], 0.35, 0.15, 0.06, 0.12),
  URO: profile([55, 38, 5, 2], 0.15, 0.06, 0.03, 0.08, true),
};

/** A specialty without a profile gets the middle of the range. */
export const DEFAULT_DEMO_PROFILE: DemoSpecialtyProfile = profile([35, 40, 22, 3], 0.4, 0.18, 0.15, 0.15);

/** Relative class size by program type: academic centres train more residents per year. */
export const POSITIONS_FACTOR_BY_TYPE: Readonly<Record<ProgramType, number>> = {
  UNIVERSITY: 1.25,
  COMMUNITY_UNIVERSITY_AFFILIATED: 1,
  COMMUNITY: 0.75,
  MILITARY: 0.8,
};

/** Step 2 CK bar of a program relative to the specialty median of matched US MD seniors. */
export const STEP2_OFFSET_BY_TYPE: Readonly<Record<ProgramType, number>> = {
  UNIVERSITY: 3,
  COMMUNITY_UNIVERSITY_AFFILIATED: 0,
  COMMUNITY: -4,
  MILITARY: -1,
};

/** Spread of program bars around that centre, in Step 2 CK points. */
export const STEP2_SD = 6;

/** IMG share of a program relative to its specialty's mean; military programs take almost none. */
export const IMG_SHARE_FACTOR_BY_TYPE: Readonly<Record<ProgramType, number>> = {
  UNIVERSITY: 0.5,
  COMMUNITY_UNIVERSITY_AFFILIATED: 1,
  COMMUNITY: 1.6,
  MILITARY: 0.05,
};

export const DO_SHARE_FACTOR_BY_TYPE: Readonly<Record<ProgramType, number>> = {
  UNIVERSITY: 0.7,
  COMMUNITY_UNIVERSITY_AFFILIATED: 1.1,
  COMMUNITY: 1.3,
  MILITARY: 1.2,
};

/**
 * Probabilities of an URBAN, SUBURBAN or RURAL location by program type (renormalised over the
 * settings a state's city list has): academic centres sit in large cities, community programs
 * spread into suburbs and small towns.
 */
export const SETTING_WEIGHTS_BY_TYPE: Readonly<Record<ProgramType, readonly [number, number, number]>> = {
  UNIVERSITY: [0.75, 0.2, 0.05],
  COMMUNITY_UNIVERSITY_AFFILIATED: [0.5, 0.38, 0.12],
  COMMUNITY: [0.35, 0.4, 0.25],
  MILITARY: [0.4, 0.4, 0.2],
};

/** Probabilities of HIGH, MEDIUM, LOW research emphasis by program type. */
export const RESEARCH_WEIGHTS_BY_TYPE: Readonly<Record<ProgramType, readonly [number, number, number]>> = {
  UNIVERSITY: [0.55, 0.35, 0.1],
  COMMUNITY_UNIVERSITY_AFFILIATED: [0.15, 0.5, 0.35],
  COMMUNITY: [0.03, 0.22, 0.75],
  MILITARY: [0.1, 0.45, 0.45],
};

/** Share of programs whose field is unknown (null) in the demo, as in real, partly filled catalogs. */
export const UNKNOWN_RATE = {
  shares: 0.15,
  visa: 0.1,
  typicalStep2: 0.12,
  research: 0.1,
  maxAttempts: 0.25,
} as const;

/**
 * Urology matches through the AUA, outside the NRMP quota file: it borrows the positions spread of
 * Otolaryngology, the NRMP specialty closest in size (3.0 positions per program vs AUA's 403 / 148
 * = 2.7), scaled to the AUA's own totals.
 */
export const POSITIONS_SPREAD_STAND_INS: Readonly<Record<string, string>> = { URO: 'ENT' };
