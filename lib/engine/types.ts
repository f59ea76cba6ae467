// The engine's own domain types. lib/catalog maps database rows to these; the engine never sees Prisma.

export const APPLICANT_TYPES = ['US_MD', 'US_DO', 'US_IMG', 'NON_US_IMG'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

export const VISA_NEEDS = ['NONE', 'J1', 'H1B', 'J1_OR_H1B'] as const;
export type VisaNeed = (typeof VISA_NEEDS)[number];

export const PROGRAM_TYPES = ['UNIVERSITY', 'COMMUNITY_UNIVERSITY_AFFILIATED', 'COMMUNITY', 'MILITARY'] as const;
export type ProgramType = (typeof PROGRAM_TYPES)[number];

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
  city: string;
  state: string;
  region: Region;
  setting: Setting | null;
  type: ProgramType | null;
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
  source: string;
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
  weights?: Partial<FitWeights>;
}

export interface EngineInput {
  profile: ApplicantProfile;
  preferences: Preferences;
  programs: readonly Program[];
  specialties: readonly SpecialtyStats[];
  /** The Match season's year (e.g. 2027), given by the caller: the engine reads no clock. */
  seasonYear: number;
}

export const EXCLUSION_REASONS = [
  'specialty_not_selected',
  'state_excluded',
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
  /** Interview chance, 0–1. */
  chance: number;
  chanceRange: ChanceEstimate;
  /** 0–100. */
  fit: number;
  fitFactors: FitFactor[];
  /** 0–1 ranking score: the documented blend of chance and fit (lib/engine/ranking.ts). */
  score: number;
  /** The 3–5 factors that moved this program most, in plain words. */
  reasons: string[];
}

export interface EngineOutput {
  engineVersion: string;
  total: number;
  results: RankedProgram[];
  excluded: { total: number; byReason: Partial<Record<ExclusionReason, number>> };
}
