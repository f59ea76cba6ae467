// The reply of POST /api/recommendations (DESIGN.md §4). Core fields are the contract; the rest are additions.
import type {
  ChanceEstimate,
  CurvePoint,
  ExclusionReason,
  FitFactor,
  ProgramSize,
  ProgramType,
  Region,
  Setting,
  SignalPlacement,
  Tier,
  TierThresholds,
  UnlockHint,
} from '@/lib/engine/types';
import type { OneTimeFeeLine, RecommendationStop } from '@/lib/engine/strategy';
import type { Pgy1Plan } from '@/lib/engine/pgy1';
import type { ApplicationService, MatchHeldBy } from '@/lib/reference/seasons';

/** A ranked program as every reply names it: what a card or a row of the results shows. */
export interface RecommendedProgramSummary {
  id: string;
  acgmeId: string | null;
  name: string;
  institution: string;
  /** NULL where the catalog's source does not give the city. */
  city: string | null;
  state: string;
  /** Specialty code. */
  specialty: string;
  specialtyName: string;
  /** "demo" or the import's name. */
  source: string;
  /** Day (YYYY-MM-DD) of that import; NULL for the demo catalog. */
  sourceDate: string | null;
}

/** With `expand` (issue 18): the program's catalog facts besides. */
export interface ExpandedProgramSummary extends RecommendedProgramSummary {
  region: Region;
  type: ProgramType | null;
  setting: Setting | null;
  size: ProgramSize | null;
  positions: number | null;
  sponsorsJ1: boolean | null;
  sponsorsH1b: boolean | null;
}

/**
 * One ranked program in the reply: the contract's fields (DESIGN.md §4) and what the results page
 * shows. Lean by default (issue 18): the fit's factors and the program's catalog facts come with
 * `expand` (ExpandedRecommendationResult), or from GET /api/programs/{id}.
 */
export interface RecommendationResult {
  rank: number;
  program: RecommendedProgramSummary;
  tier: Tier;
  /** Interview chance, 0–1: equal to interviewChance.estimate; the tier follows it. */
  chance: number;
  /** With its likely range (low–high). */
  interviewChance: ChanceEstimate;
  /** Chance of matching at this program, 0–1 (never above the interview chance). */
  matchChance: ChanceEstimate;
  /** 0–100. */
  fit: number;
  reasons: string[];
}

/** A result with `expand: true`: the program's catalog facts, the interview chance's range on its own, and the fit's factors explained. */
export interface ExpandedRecommendationResult extends RecommendationResult {
  program: ExpandedProgramSummary;
  /** interviewChance's range. */
  chanceRange: { low: number; high: number };
  fitFactors: FitFactor[];
}

/** A figure shown to a user, with where it comes from. */
export interface SourcedFigure {
  source: string;
  year: number;
}

/** The application strategy for one chosen specialty (issue 3). */
export interface SpecialtyStrategyReply {
  code: string;
  name: string;
  /** True for a backup specialty: any chosen after the first. */
  backup: boolean;
  /** Eligible programs ranked in this specialty. */
  eligiblePrograms: number;
  /** P(match in this specialty) for applicants like this one. */
  baseline: ChanceEstimate;
  /** P(at least one match) after the first n applications down the ranked list. */
  curve: CurvePoint[];
  recommendedApplications: number;
  recommendationReason: string;
  /** What set the count: the target reached, the minimum, a target out of reach, or no programs. */
  recommendationStop: RecommendationStop;
  /** The chance of matching the count aims at (0–1), and the estimated chance at the recommended count. */
  matchTarget: number;
  matchChanceAtRecommended: number;
  /** The count for each target the applicant can choose (80 / 90 / 95%); null where out of reach. */
  countsByTarget: { target: number; applications: number | null }[];
  /** What the next $100 of fees buys beyond the recommended count: applications and chance added (0–1). */
  marginal: { usd: number; applications: number; gain: number } | null;
  tierMix: Record<Tier, number>;
  /** The interview chances dividing this specialty's tiers, and what they are drawn against (tiers.ts). */
  tierThresholds: TierThresholds;
  /** Where this specialty's applications go (ERAS, ResidencyCAS) and who holds its match (NRMP, AUA). */
  applicationService: ApplicationService;
  matchHeldBy: MatchHeldBy;
  /** The fees `cost` follows: the service's bands in words, their source, and the season they are from. */
  fees: { text: string; source: string; season: string };
  /** Program fees for the recommended applications in this specialty, on its own service (bands reset per specialty). */
  cost: { applications: number; usd: number };
  /** Where to send signals, each with the program's name and rank (it may be past the loaded page). */
  signals: Array<SignalPlacement & { programName: string; rank: number }>;
  /** Signal counts available in this specialty; null where none were found. */
  signalCounts: { single: number | null; gold: number | null; silver: number | null };
  /** Where those counts come from, and the season they are for (issue 16); null where there are none. */
  signalCountsSource: { source: string; season: string; note: string | null } | null;
  /**
   * The PGY-1 year (issue 16): required where recommended programs start at PGY-2 (advanced), or a
   * preliminary fallback where the categorical target is out of reach; null where neither.
   */
  pgy1: Pgy1PlanReply | null;
}

/** A PGY-1 program as the plan lists it: a ranked program, with its track and its place in the PGY-1 list. */
export interface Pgy1ProgramReply extends RecommendationResult {
  pgy1Rank: number;
  trackCode: string;
  trackName: string;
  /** In a region of the applicant's advanced (or categorical) programs: listed first. */
  sameRegion: boolean;
}

/** The engine's PGY-1 plan (lib/engine/pgy1.ts) as the reply carries it: its programs as reply rows. */
export interface Pgy1PlanReply extends Omit<Pgy1Plan, 'programs'> {
  programs: Pgy1ProgramReply[];
}

export interface RecommendationResponse {
  engineVersion: string;
  catalogVersion: string;
  /** True when every program in the reply comes from the generated demo catalog. */
  demoCatalog: boolean;
  total: number;
  offset: number;
  limit: number;
  tierCounts: Record<Tier, number>;
  /** Ranked programs per state (USPS code) and tier, over the whole ranking, not only this page. */
  byState: Record<string, Record<Tier, number>>;
  /** Programs the request's view keeps (issue 17: filters by tier, state, search); `total` without a view. `results` pages through them. */
  matching: number;
  results: RecommendationResult[];
  excluded: { total: number; byReason: Partial<Record<ExclusionReason, number>> };
  /** One per chosen specialty, in the order chosen. */
  specialties: SpecialtyStrategyReply[];
  /** ERAS fees across all chosen specialties at the recommended counts. */
  /** The whole plan: program fees on each specialty's service plus each service's one-time fees once (`usd` is both). */
  totalCost: { applications: number; usd: number; programFeesUsd: number; oneTimeFees: OneTimeFeeLine[] };
  /**
   * P(at least one match anywhere in the plan): every chosen specialty at its recommended count,
   * with the correlation through the applicant's strength; and what those applications cost.
   */
  overall: { matchChance: ChanceEstimate; applications: number; usd: number };
  /** The target the counts aim at (0–1): the applicant's choice of 0.8 / 0.9 / 0.95, else 0.9. */
  matchTarget: number;
  /** The interview chances that divide reach / target / safety for this applicant's type. */
  tierThresholds: TierThresholds;
  /** The fit factors counted (issue 17): ["openness"] alone means no preferences were given, and the page says so rather than show the fit. */
  fitCounted: FitFactor['factor'][];
  /** Rules and events of the season that concern this applicant (issue 16), each with its source and year. */
  notices: { kind: string; text: string; source: string; year: number; verified: boolean; season: string }[];
  /** When the main specialty's target is out of reach: where applicants like this one match most often. */
  backupSuggestions: { code: string; name: string; baseline: ChanceEstimate }[];
  /** The few smallest changes that open the most excluded programs. */
  unlockHints: UnlockHint[];
  /** Where the figures in this reply come from. */
  sources: { fees: SourcedFigure; signals: SourcedFigure; outcomes: SourcedFigure[] };
}

/** The reply to a request with `expand: true`: every result expanded. */
export interface ExpandedRecommendationResponse extends RecommendationResponse {
  results: ExpandedRecommendationResult[];
}

/** The error body every API route returns (DESIGN.md §4). */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]> };
}

/**
 * The plan a saved list keeps (issue 17): what the server's own run of the saved input recommended
 * when the list was saved. Stored with the list; the list page and GET /api/lists/{id} show it.
 */
export interface SavedPlan {
  matchYear: number;
  matchTarget: number;
  specialties: {
    code: string;
    name: string;
    backup: boolean;
    baseline: ChanceEstimate;
    recommendedApplications: number;
    recommendationStop: RecommendationStop;
    matchChanceAtRecommended: number;
    countsByTarget: { target: number; applications: number | null }[];
    curve: CurvePoint[];
    tierMix: Record<Tier, number>;
    applicationService: ApplicationService;
    cost: { applications: number; usd: number };
    signals: { programId: string; kind: SignalPlacement['kind'] }[];
    pgy1: { kind: 'required' | 'fallback'; recommendedApplications: number; matchChanceAtRecommended: number; cost: { applications: number; usd: number } } | null;
  }[];
  totalCost: RecommendationResponse['totalCost'];
  overall: RecommendationResponse['overall'];
}
