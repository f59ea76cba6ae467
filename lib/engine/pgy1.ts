// The PGY-1 year (issue 16), per chosen specialty:
//   - required: an advanced specialty's programs start at PGY-2, so an applicant who applies to any
//     of them also needs a PGY-1 year (a Transitional Year, or a preliminary year in medicine or
//     surgery), matched separately and paid for separately;
//   - fallback: a categorical specialty with a preliminary track (general surgery, internal
//     medicine) whose target is out of reach: a preliminary year is a position for the coming year
//     (not a residency), from which applicants often apply again.
// The PGY-1 programs are ranked by the same engine as the residency programs (eligibility, fit,
// calibrated chance, tiers). No source gives PGY-1 outcomes by applicant type, so each track is
// modelled as a specialty without figures (the shared coefficients, with their wider ranges). Those
// in the regions of the applicant's advanced programs come first: the two years are often spent in
// one place. Pure: no I/O.
import { CURVE_MAX_POINTS } from './calibration/match-curve';
import { matchCurveFromLogits } from './calibration/latent';
import { rankProgramsWithDetails } from './ranking';
import { countTierMix, recommendApplicationCount, specialtyCost } from './strategy';
import type { RecommendationStop } from './strategy';
import { PGY1_TRACKS, PRELIMINARY_FALLBACK, pgy1FillShare, pgy1TracksFor, type Pgy1TrackCode } from '@/lib/reference/pgy1';
import type { SeasonFacts } from '@/lib/reference/seasons';
import type { CurvePoint, EngineInput, Program, RankedProgram, Region, Tier, TierThresholds } from './types';

/** PGY-1 programs listed with a plan at most (the recommended ones first). */
export const PGY1_PROGRAMS_LISTED = 40;

export const PGY1_MODEL_NOTE =
  'No published figures give PGY-1 (transitional and preliminary) outcomes by applicant type: these chances use the model shared by all specialties, not calibrated to these tracks, and their ranges are wider.';

export interface Pgy1Program extends RankedProgram {
  /** Place in the PGY-1 list (1-based): same region first, then the engine's order. */
  pgy1Rank: number;
  trackCode: Pgy1TrackCode;
  trackName: string;
  /** In a region of the applicant's advanced (or categorical) programs. */
  sameRegion: boolean;
}

export interface Pgy1Plan {
  /** required: the specialty starts at PGY-2; fallback: a preliminary year where the categorical target is out of reach. */
  kind: 'required' | 'fallback';
  required: boolean;
  why: string;
  /** The tracks planned, with their eligible programs and their 2020 Match figures. */
  tracks: { code: Pgy1TrackCode; name: string; eligiblePrograms: number; filledShare2020: number; source: string }[];
  /** Recommended advanced programs (required), or 0 (fallback). */
  advancedApplications: number;
  regions: Region[];
  eligiblePrograms: number;
  curve: CurvePoint[];
  recommendedApplications: number;
  recommendationReason: string;
  /** For a fallback: 'minimum' with no count (0) recommended. */
  recommendationStop: RecommendationStop;
  matchTarget: number;
  matchChanceAtRecommended: number;
  tierMix: Record<Tier, number>;
  tierThresholds: TierThresholds;
  /** Fees of the PGY-1 applications (each track is its own ERAS specialty); counted in the plan's totalCost (a fallback's are not: 0). */
  cost: { applications: number; usd: number };
  /**
   * A fallback's choices: for 10, 20 and 40 preliminary applications (or as many as there are), the
   * chance of at least one preliminary position and the fees. No count is recommended: how much a
   * preliminary year is worth is the applicant's call. Empty for a required PGY-1 year.
   */
  options: { applications: number; matchChance: number; usd: number }[];
  costByTrack: { code: Pgy1TrackCode; applications: number; usd: number }[];
  programs: Pgy1Program[];
  note: string;
}

export interface Pgy1Request {
  input: EngineInput;
  specialtyCode: string;
  specialtyName: string;
  /** The specialty's ranked programs (rank order) and its recommended count. */
  ranked: readonly RankedProgram[];
  recommendedApplications: number;
  recommendationStop: RecommendationStop;
  target: number;
  season: SeasonFacts;
  /**
   * Applications the plan already sends per ERAS specialty (the residency ones, and earlier PGY-1
   * plans): fees run in bands per specialty, so a preliminary IM application beside 40 categorical
   * IM ones is priced at the 41st's fee.
   */
  alreadyApplied?: ReadonlyMap<string, number>;
}

/** A region holding at least this share of the anchor programs is one the PGY-1 list puts first. */
export const PGY1_REGION_MIN_SHARE = 0.25;

/** Where most of the anchor programs are: each region with at least PGY1_REGION_MIN_SHARE of them, and always the largest. */
function regionsOf(programs: readonly RankedProgram[]): Region[] {
  const counts = new Map<Region, number>();
  for (const r of programs) counts.set(r.program.region, (counts.get(r.program.region) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = sorted.filter(([, count], i) => i === 0 || count >= PGY1_REGION_MIN_SHARE * programs.length);
  return kept.map(([region]) => region).sort();
}

/** Counts of preliminary applications a fallback is priced at, for the applicant to choose from. */
export const PGY1_FALLBACK_OPTIONS = [10, 20, 40] as const;

/** What kind of PGY-1 plan the specialty needs, and which programs it counts; null for none. */
function planKind(request: Pgy1Request): { kind: Pgy1Plan['kind']; tracks: readonly Pgy1TrackCode[]; anchor: RankedProgram[] } | null {
  const applied = request.ranked.slice(0, request.recommendedApplications);
  const advanced = applied.filter((r) => r.program.track === 'ADVANCED');
  if (advanced.length > 0) return { kind: 'required', tracks: pgy1TracksFor(request.specialtyCode), anchor: advanced };
  const fallback = PRELIMINARY_FALLBACK[request.specialtyCode];
  if (fallback !== undefined && request.recommendationStop === 'unreachable') return { kind: 'fallback', tracks: [fallback], anchor: applied };
  return null;
}

function why(request: Pgy1Request, kind: Pgy1Plan['kind'], advanced: number, names: string): string {
  if (kind === 'required') {
    return `${advanced} of the ${request.recommendedApplications} ${request.specialtyName} programs recommended start at PGY-2: for them you also need a PGY-1 year (${names}), applied to and matched separately.`;
  }
  return `Your chance of a categorical ${request.specialtyName} position is below the target: a preliminary year (${names}) is a paid position for one year, not a residency, from which many apply again.`;
}

function fallbackReason(options: readonly { applications: number; matchChance: number; usd: number }[]): string {
  if (options.length === 0) return 'No preliminary programs you are eligible for';
  const words = options.map((o) => `${o.applications} give about ${Math.round(100 * o.matchChance)}% for $${o.usd.toLocaleString('en-US')}`);
  return `Not in your plan's count or cost: if you add preliminary applications, ${words.join('; ')}.`;
}

/** The PGY-1 plan of one chosen specialty, or null where it needs none. */
export function planPgy1(request: Pgy1Request): Pgy1Plan | null {
  const wanted = planKind(request);
  const pool = request.input.pgy1Programs ?? [];
  if (wanted === null || pool.length === 0) return null;
  const trackOf = new Map<Program, Pgy1TrackCode>();
  for (const program of pool) {
    const code = wanted.tracks.find((track) => track === program.specialtyCode);
    if (code !== undefined) trackOf.set(program, code);
  }
  const { input } = request;
  const details = rankProgramsWithDetails({
    profile: input.profile,
    preferences: { ...input.preferences, specialties: [...wanted.tracks] },
    programs: [...trackOf.keys()],
    // No PGY-1 figures by applicant type: every track is a specialty without figures.
    specialties: [],
    seasonYear: input.seasonYear,
    // Reasons are written below for the listed programs only (they are listed region first, not in rank order).
    page: { offset: 0, limit: 0 },
  });
  const regions = regionsOf(wanted.anchor);
  const inRegion = new Set(regions);
  // Each ranked program's interview logit, for the one curve over the whole PGY-1 list.
  const logitOf = new Map<RankedProgram, number>();
  for (const [code, list] of details.bySpecialty) {
    const logits = details.logitsBySpecialty.get(code) ?? [];
    list.forEach((r, i) => logitOf.set(r, logits[i] ?? -Infinity));
  }
  const results = details.output.results;
  const ordered = [...results.filter((r) => inRegion.has(r.program.region)), ...results.filter((r) => !inRegion.has(r.program.region))];
  const latent = details.contexts.values().next().value?.latent;
  // Only the first CURVE_MAX_POINTS of each track have a logit kept: the curve stops where one runs out.
  const logits: number[] = [];
  for (const r of ordered) {
    const logit = logitOf.get(r);
    if (logit === undefined || logits.length >= CURVE_MAX_POINTS) break;
    logits.push(logit);
  }
  const curve = latent === undefined ? [] : matchCurveFromLogits(logits, latent, CURVE_MAX_POINTS);
  const costByTrackFor = (applications: number) => {
    const counts = new Map<Pgy1TrackCode, number>();
    for (const r of ordered.slice(0, applications)) {
      const code = trackOf.get(r.program)!;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    return wanted.tracks
      .filter((code) => counts.has(code))
      .map((code) => {
        const count = counts.get(code)!;
        const before = request.alreadyApplied?.get(code) ?? 0;
        return { code, applications: count, usd: specialtyCost(request.season, code, before + count).usd - specialtyCost(request.season, code, before).usd };
      });
  };
  const costOf = (applications: number) => costByTrackFor(applications).reduce((sum, line) => sum + line.usd, 0);
  const recommendation = recommendApplicationCount(curve, { targetMatchProbability: request.target }, ordered.length, costOf);
  // A required year is part of the plan: its count follows the same rule as the residency's. A
  // fallback is an option beside the plan: it is priced at a few counts, and none is added.
  const fallback = wanted.kind === 'fallback';
  const applications = fallback ? 0 : recommendation.applications;
  const costByTrack = costByTrackFor(applications);
  const optionCounts = [...new Set(PGY1_FALLBACK_OPTIONS.map((n) => Math.min(n, curve.length)))].filter((n) => n > 0);
  const options = fallback
    ? optionCounts.map((n) => ({ applications: n, matchChance: curve[n - 1]?.matchProbability ?? 0, usd: costOf(n) }))
    : [];
  const names = wanted.tracks.map((code) => PGY1_TRACKS[code].name).join(', ');
  const listed = ordered.slice(0, Math.min(ordered.length, Math.max(applications, fallback ? 20 : 10), PGY1_PROGRAMS_LISTED));
  details.explain(listed);
  const eligibleByTrack = new Map<Pgy1TrackCode, number>();
  for (const r of results) eligibleByTrack.set(trackOf.get(r.program)!, (eligibleByTrack.get(trackOf.get(r.program)!) ?? 0) + 1);
  return {
    kind: wanted.kind,
    required: wanted.kind === 'required',
    why: why(request, wanted.kind, wanted.kind === 'required' ? wanted.anchor.length : 0, names),
    tracks: wanted.tracks.map((code) => ({
      code,
      name: PGY1_TRACKS[code].name,
      eligiblePrograms: eligibleByTrack.get(code) ?? 0,
      filledShare2020: Number(pgy1FillShare(code).toFixed(3)),
      source: PGY1_TRACKS[code].source,
    })),
    advancedApplications: wanted.kind === 'required' ? wanted.anchor.length : 0,
    regions,
    eligiblePrograms: ordered.length,
    curve,
    recommendedApplications: applications,
    recommendationReason: fallback ? fallbackReason(options) : recommendation.reason,
    recommendationStop: fallback ? 'minimum' : recommendation.stop,
    matchTarget: recommendation.target,
    matchChanceAtRecommended: fallback ? 0 : recommendation.matchProbability,
    tierMix: countTierMix(ordered, applications),
    tierThresholds: details.output.tierThresholds,
    cost: { applications, usd: costByTrack.reduce((sum, line) => sum + line.usd, 0) },
    costByTrack,
    options,
    programs: listed.map((r, i) => {
      const code = trackOf.get(r.program)!;
      return { ...r, pgy1Rank: i + 1, trackCode: code, trackName: PGY1_TRACKS[code].name, sameRegion: inRegion.has(r.program.region) };
    }),
    note: PGY1_MODEL_NOTE,
  };
}
