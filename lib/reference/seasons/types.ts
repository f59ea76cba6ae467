// The shape of one application season's facts (issue 16): which service each specialty applies
// through, what each service charges, the one-time fees, and the signal counts. Every figure says
// where it comes from, which season it was published for and whether it was checked for the season
// it is used in. A new season is a new data module (seasons/2027-28.ts), never new code.

/** Where the application itself goes. Urology applies through ERAS and matches through the AUA. */
export const APPLICATION_SERVICES = ['ERAS', 'ResidencyCAS', 'SF Match'] as const;
export type ApplicationService = (typeof APPLICATION_SERVICES)[number];

/** Who holds the match. */
export type MatchHeldBy = 'NRMP' | 'AUA' | 'SF Match';

export interface Provenance {
  source: string;
  /** The application season the source published the figure for, e.g. "2025–26". */
  publishedFor: string;
  /** True only where the figure was read at its source for the season it is used in. */
  verified: boolean;
  /** What a user should know about the figure, in plain words (shown with it). */
  note?: string;
}

/**
 * One band of a fee schedule, over the programs of one specialty in order: programs `from`..`to`
 * (inclusive; `to` null for "and up") cost `usdEach` each, or `usdFlat` once for the whole band
 * as soon as any of them is applied to.
 */
export interface FeeBand {
  from: number;
  to: number | null;
  usdEach?: number;
  usdFlat?: number;
}

export interface FeeSchedule extends Provenance {
  bands: readonly FeeBand[];
  /** The bands start again for each specialty (ERAS: "pricing resets with each additional specialty"). */
  resetsPerSpecialty: boolean;
}

export type OneTimeFeeKey = 'usmle_transcript' | 'comlex_transcript' | 'ecfmg_token';

export interface OneTimeFee extends Provenance {
  key: OneTimeFeeKey;
  label: string;
  usd: number;
  /** Charged once per season by this service, when any application goes through it. */
  service: ApplicationService;
}

export interface SignalCounts {
  single: number | null;
  gold: number | null;
  silver: number | null;
}

export interface SpecialtySeason {
  service: ApplicationService;
  matchHeldBy: MatchHeldBy;
  /** Since when, for a specialty that moved service: shown to applicants who may remember otherwise. */
  serviceSince?: string;
  serviceSource: string;
  /** Null where no count was found for any season: signals are then not offered. */
  signals: (SignalCounts & Provenance) | null;
}

/** Who a notice concerns: every condition given must hold (a list matches any of its values). */
export interface NoticeAudience {
  visaNeeded?: readonly string[];
  /** Any of the applicant's chosen specialties. */
  specialties?: readonly string[];
  /** Applicants who gave no Step 2 CK score (so may not have passed it yet) or reported a failed attempt. */
  step2NotYetPassedOrFailed?: boolean;
}

export interface SeasonNotice extends Provenance {
  kind: 'h1b_petition_fee' | 'h1b_step3' | 'j1_processing' | 'step2_passing_score' | 'residencycas';
  text: string;
  /** The year of the rule or announcement the notice reports. */
  year: number;
  audience: NoticeAudience;
}

export interface SeasonFacts {
  /** The application season, e.g. "2026–27", and the Match it ends in. */
  season: string;
  matchYear: number;
  /** Fees per service; null where none were found (SmartPick then shows no cost for it). */
  fees: Readonly<Record<ApplicationService, FeeSchedule | null>>;
  oneTimeFees: readonly OneTimeFee[];
  /** Per specialty code; a specialty not listed applies through ERAS and matches through the NRMP. */
  specialties: Readonly<Record<string, SpecialtySeason>>;
  /** Rules and events of the season an applicant should know, each shown only to those it concerns. */
  notices: readonly SeasonNotice[];
  /** Specialties SmartPick does not rank, with what it can and cannot do for them. */
  notRanked: readonly { code: string; name: string; service: ApplicationService; matchHeldBy: MatchHeldBy; what: string; source: string }[];
}

/** What the page shows beside a figure: "2026–27 figure" when checked for the season, else which season it is from and that it is not verified. */
export function seasonLabel(figure: Provenance, season: string): string {
  if (figure.publishedFor === season) return figure.verified ? `${season} figure` : `${season} figure, not verified at its source`;
  return `${figure.publishedFor} figure; the ${season} figure was not found, so this one is used (not verified)`;
}
