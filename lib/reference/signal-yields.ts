// Published interview yields of program signals: how often a signalled application led to an
// interview, against an unsignalled one (or a gold signal against a silver one). Observational
// figures: applicants signal where they already stand best, so the engine credits only part of each
// gap to the signal itself (lib/engine/judgements.ts, signalCausalShare).
//
// `verified` says whether we read the primary source ourselves; the others are the figures as
// compiled for SmartPick's engine v3 issue from the sources named, not yet checked against them.

export interface SignalYield {
  specialtyCode: string;
  /** Interview rate (0–1) of signalled applications and of unsignalled ones. */
  signalled: number;
  unsignalled: number;
  source: string;
  season: string;
  verified: boolean;
}

export interface SignalRatio {
  specialtyCode: string;
  /** Interview odds (or rate) of signalled over unsignalled applications. */
  ratio: number;
  source: string;
  season: string;
  verified: boolean;
}

export const SIGNAL_YIELDS: readonly SignalYield[] = [
  {
    specialtyCode: 'ORTHO',
    signalled: 0.244,
    unsignalled: 0.0092,
    source: 'Sorenson et al., "The Value of Signaling an Orthopaedic Surgery Program", JAAOS Global Research & Reviews 7(6), 2023 (survey of 69 programs)',
    season: '2022–23',
    verified: true,
  },
  {
    specialtyCode: 'DERM',
    signalled: 0.211,
    unsignalled: 0.037,
    source: 'AAMC program-signaling analyses of the 2022 ERAS season (dermatology), as compiled; see also Rosenblatt et al., J Grad Med Educ 2023',
    season: '2021–22',
    verified: false,
  },
  {
    specialtyCode: 'EM',
    signalled: 0.55,
    unsignalled: 0.28,
    source: 'Emergency medicine signaling outcomes (CORD/SAEM reports), as compiled',
    season: '2023–24',
    verified: false,
  },
];

/** Otolaryngology: signalled applications were interviewed 2.6 times as often (OPDO reports, as compiled). */
export const SIGNAL_RATIOS: readonly SignalRatio[] = [
  { specialtyCode: 'ENT', ratio: 2.6, source: 'Otolaryngology program-signaling outcomes (OPDO), as compiled', season: '2021–22', verified: false },
];

/** OB/GYN: interview yield of gold against silver signals (APGO/CREOG), as compiled. */
export const GOLD_SILVER_YIELD = {
  specialtyCode: 'OBGYN',
  gold: 0.64,
  silver: 0.44,
  source: 'OB/GYN two-tier signaling outcomes (APGO/CREOG), as compiled',
  season: '2023–24',
  verified: false,
} as const;

/** Across six specialties, signalled applications led to an interview 61% of the time on average (as compiled). */
export const MEAN_SIGNAL_YIELD_SIX_SPECIALTIES = {
  yield: 0.61,
  source: 'Program-signaling outcomes across six specialties, as compiled for engine v3',
  verified: false,
} as const;
