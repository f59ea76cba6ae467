// The engine's own domain types. lib/catalog maps database rows to these; the engine never sees Prisma.

export const APPLICANT_TYPES = ['US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const VISA_NEEDS = ['NONE', 'J1', 'H1B', 'J1_OR_H1B'] as const;
export type VisaNeed = (typeof VISA_NEEDS)[number];

export const PROGRAM_TYPES = ['UNIVERSITY', 'COMMUNITY_UNIVERSITY_AFFILIATED', 'COMMUNITY', 'MILITARY'] as const;
export type ProgramType = (typeof PROGRAM_TYPES)[number];

/** Where a program's positions start: CATEGORICAL at PGY-1 with the whole residency; ADVANCED at PGY-2, after a preliminary or transitional year; PRELIMINARY a single PGY-1 year; PHYSICIAN reserved for physicians. */
export const PROGRAM_TRACKS = ['CATEGORICAL', 'ADVANCED', 'PRELIMINARY', 'PHYSICIAN'] as const;
export type ProgramTrack = (typeof PROGRAM_TRACKS)[number];

export const SETTINGS = ['URBAN', 'SUBURBAN', 'RURAL'] as const;
export type Setting = (typeof SETTINGS)[number];

/** US Census Bureau regions. */
export const REGIONS = ['NORTHEAST', 'MIDWEST', 'SOUTH', 'WEST'] as const;
export type Region = (typeof REGIONS)[number];

export const RESEARCH_EMPHASES = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type ResearchEmphasis = (typeof RESEARCH_EMPHASES)[number];

/** Program size by PGY-1 positions per year: small ≤ 6, medium 7–15, large ≥ 16. */
export const PROGRAM_SIZES = ['SMALL', 'MEDIUM', 'LARGE'] as const;
export type ProgramSize = (typeof PROGRAM_SIZES)[number];

export const TIERS = ['reach', 'target', 'safety'] as const;
export type Tier = (typeof TIERS)[number];

export interface Program {
  id: string;
  acgmeId: string | null;
  nrmpCode: string | null;
  name: string;
  institution: string;
  specialtyCode: string;
  city: string | null;
  state: string;
  region: Region;
  setting: Setting | null;
  type: ProgramType | null;
  /** NRMP track; CATEGORICAL where the source does not say (issue 16). */
  track: ProgramTrack;
  positions: number | null;
  sponsorsJ1: boolean | null;
  sponsorsH1b: boolean | null;
  /** Shares (0–1) of current residents by type. */
  shareUsMd: number | null;
  shareDo: number | null;
  shareImg: number | null;
  /** Stated minimum Step 2 CK; a hard cutoff when minStep2Hard. */
  minStep2: number | null;
  minStep2Hard: boolean | null;
  /** Median Step 2 CK of the program's matched residents: its bar. */
  typicalStep2: number | null;
  /** Most years since graduation the program accepts. */
  yogLimitYears: number | null;
  /** Most failed exam attempts the program accepts. */
  maxAttempts: number | null;
  usceRequiredMonths: number | null;
  researchEmphasis: ResearchEmphasis | null;
  /** "demo" for the generated catalog, otherwise the name of the import that last wrote the program. */
  source: string;
  /** Day (YYYY-MM-DD) of that import; NULL for the demo catalog. */
  sourceDate: string | null;
}

/** Published figures for one specialty; null where not published. Rates are percents (0–100). */
export interface SpecialtyStats {
  code: string;
  name: string;
  match: 'NRMP' | 'AUA' | 'SF';
  positions: number | null;
  applicants: number | null;
  matchRate: Record<ApplicantType, number | null>;
  medianStep2MatchedUsMd: number | null;
  meanContiguousRanksNonUsImg: number | null;
  signals: { single: number | null; gold: number | null; silver: number | null };
  referenceYear: number;
  sources: string[];
}

export interface ApplicantProfile {
  applicantType: ApplicantType;
  graduationYear: number;
  step2Score?: number;
  comlexLevel2Score?: number;
  examFailures?: number;
  researchItems?: number;
  usceMonths?: number;
  visaNeeded: VisaNeed;
  /** Serving or commissioned military (or in a service scholarship): only they see MILITARY programs. Default false. */
  military?: boolean;
}

/** Relative importance (0–10) of each fit factor; the user may change them. */
export interface FitWeights {
  location: number;
  setting: number;
  programType: number;
  size: number;
  research: number;
  openness: number;
}

export interface Preferences {
  specialties: string[];
  preferredStates?: string[];
  excludedStates?: string[];
  preferredRegions?: Region[];
  programTypes?: ProgramType[];
  settings?: Setting[];
  sizes?: ProgramSize[];
  researchEmphasis?: ResearchEmphasis;
  /** The chance of a match (percent) the recommended count aims for: 80, 90 or 95; 90 when not given. */
  matchTarget?: number;
  weights?: Partial<FitWeights>;
}

export interface EngineInput {
  profile: ApplicantProfile;
  preferences: Preferences;
  programs: readonly Program[];
  specialties: readonly SpecialtyStats[];
  /** The Match season's year (e.g. 2027), given by the caller: the engine reads no clock. */
  seasonYear: number;
  /**
   * The part of the ranking the caller will show (0-based offset). Only those programs get their
   * reasons and fit factors written (the costliest strings); every program is still ranked, with
   * every number. Omitted: all of them.
   */
  page?: { offset: number; limit: number };
  /**
   * Which programs the page lists and in which order (issue 17): `page` then counts in this view,
   * and output.view holds it. Counts, curves and strategies are the whole ranking's, whatever the view.
   */
  view?: RankingView;
  /**
   * PGY-1 programs (Transitional Year, preliminary medicine and surgery: track PRELIMINARY), for the
   * PGY-1 year an advanced specialty needs and a categorical specialty's preliminary fallback
   * (pgy1.ts). They are never ranked as the chosen specialties' programs.
   */
  pgy1Programs?: readonly Program[];
}

/** A filtered, re-sorted view of the ranked list: the tiers and states kept, a search on names and places, an order. */
export interface RankingView {
  tiers?: readonly Tier[];
  states?: readonly string[];
  /** Matched, ignoring case and accents, in the program's name, institution or city. */
  q?: string;
  /** rank: the ranking's order; chance: match chance, highest first; name: program name, A to Z. Ties keep the ranking's order. */
  sort?: 'rank' | 'chance' | 'name';
  /** Only these programs, by id. */
  ids?: readonly string[];
}

export const EXCLUSION_REASONS = [
  'specialty_not_selected',
  'state_excluded',
  'military_only',
  'visa_not_sponsored',
  'graduation_too_long_ago',
  'too_many_attempts',
  'usce_required',
  'below_hard_step2_cutoff',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export interface FitFactor {
  factor: keyof FitWeights;
  /** Points this factor adds to the 0–100 fit score. */
  contribution: number;
  /** 0–1 agreement of the program with the preference. */
  agreement: number;
  /** 0–1 share of the fit score this factor carries (its weight over the counted weights); 0 when not counted. */
  share: number;
  explanation: string;
}

export interface ChanceEstimate {
  estimate: number;
  low: number;
  high: number;
}

export interface RankedProgram {
  rank: number;
  program: Program;
  tier: Tier;
  /** Interview chance, 0–1: interviewChance.estimate. */
  chance: number;
  /** The interview chance's range: equal to interviewChance. */
  chanceRange: ChanceEstimate;
  /** P(this program invites the applicant to interview), calibrated to the specialty baseline. */
  interviewChance: ChanceEstimate;
  /** P(the applicant matches at this program if they apply): an interview, then ranked to match; ≤ interviewChance. */
  matchChance: ChanceEstimate;
  /** 0–100. */
  fit: number;
  /** Every factor with its explanation; empty outside EngineInput.page (the fit itself is always there). */
  fitFactors: FitFactor[];
  /** 0–1 ranking score: the documented blend of standing and fit (lib/engine/rank-score.ts). */
  score: number;
  /** The 3–5 factors that moved this program most, in plain words; empty outside EngineInput.page. */
  reasons: string[];
}

export interface EngineOutput {
  engineVersion: string;
  total: number;
  results: RankedProgram[];
  excluded: { total: number; byReason: Partial<Record<ExclusionReason, number>> };
  /** By specialty code (each selected specialty): P(match in the specialty) for applicants like this one. */
  baselines: Record<string, ChanceEstimate>;
  /** By specialty code: P(at least one match) applying down that specialty's ranked list, up to 200 programs. */
  curves: Record<string, CurvePoint[]>;
  /** The interview chances that divide the tiers of the main specialty (tiers.ts). */
  tierThresholds: TierThresholds;
  /** Each chosen specialty's tier lines: the type's, or moved into that specialty's list (tiers.ts). */
  tierThresholdsBySpecialty: Record<string, TierThresholds>;
  /**
   * The fit factors counted: those the applicant set a preference on, and openness always. Only
   * openness means no preferences were given, so the fit measures openness alone (issue 17).
   */
  fitCounted: (keyof FitWeights)[];
  /** With input.view: the programs it keeps, in its order (all of them; `page` picks the shown ones). */
  view?: { total: number; results: RankedProgram[] };
}

/** The interview chances that divide the tiers for one applicant type (tiers.ts). */
export interface TierThresholds {
  /** Interview chance below which a program is a reach (0–1). */
  reachBelow: number;
  /** Interview chance from which a program is a safety (0–1). */
  safetyFrom: number;
  /** The yardstick: interviews per application of a typical matched applicant of this type. */
  typicalMatchedRate: number;
  /**
   * What the lines are drawn against: `applicants_like_you` (the yardstick above); `your_list_below`
   * when almost every program on this list is far under it, so the lines move down into the list and
   * compare its programs with each other; `your_list_above` when almost every one is far over it.
   */
  basis: TierBasis;
  /** The share of this list's programs each tier may not fall under when the lines move (judgements.ts, tierMinShare). */
  minShare: number;
}

export const TIER_BASES = ['applicants_like_you', 'your_list_below', 'your_list_above'] as const;
export type TierBasis = (typeof TIER_BASES)[number];

// ── Engine v2: calibrated chances and the application strategy (issue 3) ──

export interface CurvePoint {
  /** Applications sent, following the ranked list: 1…N. */
  applications: number;
  /** P(at least one match) with that many applications, 0–1. */
  matchProbability: number;
}

export type SignalKind = 'gold' | 'silver' | 'single';

export interface SignalPlacement {
  programId: string;
  kind: SignalKind;
  /** The program's estimated interview chance without and with the signal, 0–1. */
  interviewWithout: number;
  interviewWith: number;
  /** What the signal adds to the chance of matching in the specialty, 0–1. */
  matchGain: number;
  /** Why this program gets this signal, in plain words. */
  reason: string;
}

export interface SpecialtyStrategy {
  specialtyCode: string;
  /** True for a backup specialty (not the first one the applicant chose). */
  backup: boolean;
  /** P(match in this specialty) for applicants like this one, from published outcomes. */
  baseline: ChanceEstimate;
  curve: CurvePoint[];
  recommendedApplications: number;
  /** Why that number: the target reached, the minimum, or a target out of reach. */
  recommendationReason: string;
  /** The chance of matching (0–1) the count aims at, and the estimated chance at the count. */
  matchTarget: number;
  matchChanceAtRecommended: number;
  /** The count for each target the applicant can choose (80 / 90 / 95%); null where out of reach. */
  countsByTarget: { target: number; applications: number | null }[];
  /** What the next $100 of fees buys beyond the recommended count: applications and points of chance (0–1). */
  marginal: { usd: number; applications: number; gain: number } | null;
  tierMix: Record<Tier, number>;
  cost: { applications: number; usd: number };
  signals: SignalPlacement[];
}

export interface UnlockHint {
  /** Machine-readable kind of change, e.g. 'usce_months', 'visa_accept_j1', 'include_state'. */
  kind: string;
  /** The change in plain words: "Get 2 more months of US clinical experience". */
  change: string;
  /** Programs this change alone would make eligible. */
  programs: number;
}
