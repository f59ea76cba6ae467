// Ranks the catalog for one request: snapshot → engine → the reply's shape (DESIGN.md §1).
import type { Database } from '@/lib/db/create-client';
import { getCatalogSnapshot } from '@/lib/catalog/snapshot';
import { DEMO_SOURCE } from '@/lib/catalog/demo-generator';
import { ENGINE_VERSION, matchTargetOf, planApplications, programSize, type SpecialtyStrategyDetails } from '@/lib/engine';
import { feeCitation } from '@/lib/engine/strategy';
import { noticesFor, notRankedSpecialty, seasonFacts, seasonLabel, seasonSignalCounts, specialtySeason, type SeasonFacts } from '@/lib/reference/seasons';
import type { CurvePoint, Program, RankedProgram, SpecialtyStats, Tier, TierThresholds } from '@/lib/engine/types';
import {
  AAMC_SIGNALING_2025,
  NRMP_CHARTING_OUTCOMES_IMG_2026,
  NRMP_CHARTING_OUTCOMES_USMD_2026,
  USMD_MATCH_BY_STEP2_BAND_SOURCE,
} from '@/lib/reference/specialties';
import { ValidationError } from '@/lib/http/errors';
import { PGY1_ONLY_NOTE, PGY1_TRACK_CODES, isPgy1OnlySpecialty } from '@/lib/reference/pgy1';
import type { Pgy1Plan } from '@/lib/engine/pgy1';
import type { RecommendationRequest } from '@/lib/schemas/recommendation';
import { matchYearFor } from './season';
import type { ExpandedRecommendationResult, Pgy1PlanReply, RecommendationResponse, RecommendationResult, SpecialtyStrategyReply } from './types';

export const DEFAULT_PAGE_SIZE = 50;

/** A ranked program as the reply carries it: lean (what the page shows), or with `expand` every detail. */
function summarize(ranked: RankedProgram, specialty: SpecialtyStats | undefined, expand: boolean): RecommendationResult {
  const p: Program = ranked.program;
  const lean: RecommendationResult = {
    rank: ranked.rank,
    program: {
      id: p.id,
      acgmeId: p.acgmeId,
      name: p.name,
      institution: p.institution,
      city: p.city,
      state: p.state,
      specialty: p.specialtyCode,
      specialtyName: specialty?.name ?? p.specialtyCode,
      source: p.source,
      sourceDate: p.sourceDate,
    },
    tier: ranked.tier,
    chance: ranked.chance,
    interviewChance: ranked.interviewChance,
    matchChance: ranked.matchChance,
    fit: ranked.fit,
    reasons: ranked.reasons,
  };
  if (!expand) return lean;
  const expanded: ExpandedRecommendationResult = {
    ...lean,
    program: {
      ...lean.program,
      region: p.region,
      type: p.type,
      setting: p.setting,
      size: programSize(p.positions),
      positions: p.positions,
      sponsorsJ1: p.sponsorsJ1,
      sponsorsH1b: p.sponsorsH1b,
    },
    chanceRange: { low: ranked.chanceRange.low, high: ranked.chanceRange.high },
    fitFactors: ranked.fitFactors,
  };
  return expanded;
}

/** Up to this many applications, the lean curve keeps every point; beyond it every CURVE_STEP-th. */
const CURVE_DENSE_UP_TO = 20;
const CURVE_STEP = 5;

/**
 * A curve as the lean reply carries it: every point up to CURVE_DENSE_UP_TO applications, then every
 * CURVE_STEP-th, and the counts the page names (`keep`: the recommended count, the counts for each
 * target) and the last. Past the first applications the curve is smooth, so the chart draws the same
 * line and its table (1, every 5th, the recommended count, the last) the same rows; with `expand`, every point.
 */
export function replyCurve(curve: readonly CurvePoint[], keep: readonly (number | null)[], expand: boolean): CurvePoint[] {
  if (expand) return [...curve];
  const last = curve.at(-1)?.applications;
  const named = new Set(keep);
  return curve.filter(
    (point) => point.applications <= CURVE_DENSE_UP_TO || point.applications % CURVE_STEP === 0 || point.applications === last || named.has(point.applications),
  );
}

/** Where a specialty's signal counts come from and which season they are for; null where there are none. */
function signalsProvenance(season: SeasonFacts, code: string): { source: string; season: string; note: string | null } | null {
  const signals = specialtySeason(season, code).signals;
  return signals ? { source: signals.source, season: seasonLabel(signals, season.season), note: signals.note ?? null } : null;
}

// Per catalog version and season, the same objects for every request: the engine caches what it
// derives from a specialty's figures (its calibration model, about 10 ms of work for a request's
// specialties and backup suggestions) by the object, so new copies per request threw that away.
const seasonSpecialties = new WeakMap<readonly SpecialtyStats[], Map<SeasonFacts, SpecialtyStats[]>>();

/**
 * The catalog's specialties with the season's signal counts (lib/reference/seasons is where signals
 * live). Made once per snapshot's list and season; read-only, like the snapshot.
 */
export function withSeasonSignals(specialties: readonly SpecialtyStats[], season: SeasonFacts): SpecialtyStats[] {
  let bySeason = seasonSpecialties.get(specialties);
  if (bySeason === undefined) seasonSpecialties.set(specialties, (bySeason = new Map()));
  let made = bySeason.get(season);
  if (made === undefined) bySeason.set(season, (made = specialties.map((s) => ({ ...s, signals: seasonSignalCounts(season, s.code) }))));
  return made;
}

/** The ERAS fee schedule's source, with the Match year of the season it was published for ("2025–26" → 2026). */
function erasFeesSource(season: SeasonFacts): { source: string; year: number } {
  const schedule = season.fees.ERAS;
  if (!schedule) return { source: 'ERAS fees not known', year: season.matchYear };
  return { source: schedule.source, year: 2000 + Number(schedule.publishedFor.slice(-2)) };
}

/** Figures the reply shows, with their source and year (every figure shown carries both). */
const REPLY_SOURCES: Omit<RecommendationResponse['sources'], 'fees'> = {
  signals: { source: AAMC_SIGNALING_2025, year: 2025 },
  outcomes: [
    { source: NRMP_CHARTING_OUTCOMES_USMD_2026, year: 2026 },
    { source: NRMP_CHARTING_OUTCOMES_IMG_2026, year: 2026 },
    { source: USMD_MATCH_BY_STEP2_BAND_SOURCE, year: 2024 },
  ],
};

function pgy1Reply(plan: Pgy1Plan | null, specialtiesByCode: ReadonlyMap<string, SpecialtyStats>, expand: boolean): Pgy1PlanReply | null {
  if (plan === null) return null;
  const { programs, curve, ...rest } = plan;
  return {
    ...rest,
    curve: replyCurve(curve, [plan.recommendedApplications], expand),
    programs: programs.map((p) => ({
      ...summarize(p, specialtiesByCode.get(p.program.specialtyCode), expand),
      pgy1Rank: p.pgy1Rank,
      trackCode: p.trackCode,
      trackName: p.trackName,
      sameRegion: p.sameRegion,
    })),
  };
}

function strategyReply(
  strategy: SpecialtyStrategyDetails,
  specialty: SpecialtyStats,
  ranked: readonly RankedProgram[],
  tierThresholds: TierThresholds,
  season: SeasonFacts,
  pgy1: Pgy1PlanReply | null,
  expand: boolean,
): SpecialtyStrategyReply {
  // Only the signalled programs are looked up: a map of every ranked one cost more than the rest of the reply.
  const signalled = new Set(strategy.signals.map((signal) => signal.programId));
  const byId = new Map<string, RankedProgram>();
  for (const r of ranked) if (signalled.has(r.program.id)) byId.set(r.program.id, r);
  return {
    code: strategy.specialtyCode,
    name: specialty.name,
    backup: strategy.backup,
    eligiblePrograms: ranked.length,
    baseline: strategy.baseline,
    curve: replyCurve(strategy.curve, [strategy.recommendedApplications, ...strategy.countsByTarget.map((c) => c.applications)], expand),
    recommendedApplications: strategy.recommendedApplications,
    recommendationReason: strategy.recommendationReason,
    recommendationStop: strategy.recommendationStop,
    matchTarget: strategy.matchTarget,
    matchChanceAtRecommended: strategy.matchChanceAtRecommended,
    countsByTarget: strategy.countsByTarget,
    marginal: strategy.marginal,
    tierMix: strategy.tierMix,
    tierThresholds,
    applicationService: strategy.applicationService,
    matchHeldBy: specialtySeason(season, strategy.specialtyCode).matchHeldBy,
    fees: (({ text, source, season: label }) => ({ text, source, season: label }))(feeCitation(season, strategy.specialtyCode)),
    cost: strategy.cost,
    signals: strategy.signals.map((signal) => {
      const program = byId.get(signal.programId);
      return { ...signal, programName: program?.program.name ?? '', rank: program?.rank ?? 0 };
    }),
    signalCounts: seasonSignalCounts(season, strategy.specialtyCode),
    signalCountsSource: signalsProvenance(season, strategy.specialtyCode),
    pgy1,
  };
}

export async function recommendPrograms(
  db: Database,
  request: RecommendationRequest,
  now: Date = new Date(),
): Promise<RecommendationResponse> {
  const snapshot = await getCatalogSnapshot(db);
  const matchYear = matchYearFor(now);
  const season = seasonFacts(matchYear);
  const notRanked = request.preferences.specialties.map((code) => notRankedSpecialty(season, code)).filter((s) => s !== undefined);
  if (notRanked.length > 0) {
    throw new ValidationError('Some fields need attention.', { 'preferences.specialties': notRanked.map((s) => s.what) });
  }
  if (request.preferences.specialties.some(isPgy1OnlySpecialty)) {
    throw new ValidationError('Some fields need attention.', { 'preferences.specialties': [PGY1_ONLY_NOTE] });
  }
  const unknown = request.preferences.specialties.filter((code) => !snapshot.specialtiesByCode.has(code));
  if (unknown.length > 0) {
    throw new ValidationError('Some fields need attention.', {
      'preferences.specialties': [`Unknown specialty: ${unknown.join(', ')}. See GET /api/specialties.`],
    });
  }
  const specialties = [...new Set(request.preferences.specialties)];
  const programs = specialties.flatMap((code) => snapshot.programsBySpecialty.get(code) ?? []);
  const offset = request.offset ?? 0;
  const expand = request.expand ?? false;
  const limit = request.limit ?? DEFAULT_PAGE_SIZE;
  const output = planApplications({
    profile: request.profile,
    preferences: request.preferences,
    programs,
    specialties: withSeasonSignals(snapshot.specialties, season),
    seasonYear: matchYear,
    page: { offset, limit },
    ...(request.view ? { view: request.view } : {}),
    pgy1Programs: PGY1_TRACK_CODES.flatMap((code) => snapshot.preliminaryBySpecialty.get(code) ?? []),
  });
  // One pass over the ranking for the counts and each specialty's list (ranks in order).
  const tierCounts: Record<Tier, number> = { reach: 0, target: 0, safety: 0 };
  const byState: Record<string, Record<Tier, number>> = {};
  const rankedBySpecialty = new Map<string, RankedProgram[]>(specialties.map((code) => [code, []]));
  for (const result of output.results) {
    tierCounts[result.tier] += 1;
    const state = (byState[result.program.state] ??= { reach: 0, target: 0, safety: 0 });
    state[result.tier] += 1;
    rankedBySpecialty.get(result.program.specialtyCode)?.push(result);
  }

  return {
    engineVersion: ENGINE_VERSION,
    catalogVersion: snapshot.version,
    demoCatalog: programs.every((p) => p.source === DEMO_SOURCE),
    total: output.total,
    offset,
    limit,
    tierCounts,
    byState,
    matching: output.view?.total ?? output.total,
    results: (output.view?.results ?? output.results).slice(offset, offset + limit).map((r) => summarize(r, snapshot.specialtiesByCode.get(r.program.specialtyCode), expand)),
    excluded: output.excluded,
    specialties: output.strategies.map((strategy) =>
      strategyReply(
        strategy,
        snapshot.specialtiesByCode.get(strategy.specialtyCode)!,
        rankedBySpecialty.get(strategy.specialtyCode) ?? [],
        output.tierThresholdsBySpecialty[strategy.specialtyCode] ?? output.tierThresholds,
        season,
        pgy1Reply(output.pgy1BySpecialty[strategy.specialtyCode] ?? null, snapshot.specialtiesByCode, expand),
        expand,
      ),
    ),
    totalCost: output.totalCost,
    overall: output.overall,
    matchTarget: matchTargetOf({ preferences: request.preferences }),
    tierThresholds: output.tierThresholds,
    fitCounted: output.fitCounted,
    notices: noticesFor(season, request.profile, specialties).map((n) => ({
      kind: n.kind,
      text: n.text,
      source: n.source,
      year: n.year,
      verified: n.verified,
      season: seasonLabel(n, season.season),
    })),
    backupSuggestions: output.backupSuggestions.map((s) => ({ code: s.specialtyCode, name: s.name, baseline: s.baseline })),
    unlockHints: output.unlockHints.map(({ kind, change, programs: count }) => ({ kind, change, programs: count })),
    sources: { fees: erasFeesSource(season), ...REPLY_SOURCES },
  };
}
