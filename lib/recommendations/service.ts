// Ranks the catalog for one request: snapshot → engine → the reply's shape (DESIGN.md §1).
import type { Database } from '@/lib/db/create-client';
import { getCatalogSnapshot } from '@/lib/catalog/snapshot';
import { DEMO_SOURCE } from '@/lib/catalog/seed';
import { ENGINE_VERSION, programSize, rankPrograms } from '@/lib/engine';
import type { Program, RankedProgram, SpecialtyStats, Tier } from '@/lib/engine/types';
import { ValidationError } from '@/lib/http/errors';
import type { RecommendationRequest } from '@/lib/schemas/recommendation';
import { matchYearFor } from './season';
import type { RecommendationResponse, RecommendationResult } from './types';

export const DEFAULT_PAGE_SIZE = 50;

function summarize(ranked: RankedProgram, specialty: SpecialtyStats | undefined): RecommendationResult {
  const p: Program = ranked.program;
  return {
    rank: ranked.rank,
    program: {
      id: p.id,
      acgmeId: p.acgmeId,
      name: p.name,
      institution: p.institution,
      city: p.city,
      state: p.state,
      region: p.region,
      specialty: p.specialtyCode,
      specialtyName: specialty?.name ?? p.specialtyCode,
      type: p.type,
      setting: p.setting,
      size: programSize(p.positions),
      positions: p.positions,
      sponsorsJ1: p.sponsorsJ1,
      sponsorsH1b: p.sponsorsH1b,
      source: p.source,
    },
    tier: ranked.tier,
    chance: ranked.chance,
    chanceRange: { low: ranked.chanceRange.low, high: ranked.chanceRange.high },
    fit: ranked.fit,
    fitFactors: ranked.fitFactors,
    reasons: ranked.reasons,
  };
}

export async function recommendPrograms(
  db: Database,
  request: RecommendationRequest,
  now: Date = new Date(),
): Promise<RecommendationResponse> {
  const snapshot = await getCatalogSnapshot(db);
  const unknown = request.preferences.specialties.filter((code) => !snapshot.specialtiesByCode.has(code));
  if (unknown.length > 0) {
    throw new ValidationError('Some fields need attention.', {
      'preferences.specialties': [`Unknown specialty: ${unknown.join(', ')}. See GET /api/specialties.`],
    });
  }
  const specialties = [...new Set(request.preferences.specialties)];
  const programs = specialties.flatMap((code) => snapshot.programsBySpecialty.get(code) ?? []);
  const output = rankPrograms({
    profile: request.profile,
    preferences: request.preferences,
    programs,
    specialties: snapshot.specialties,
    seasonYear: matchYearFor(now),
  });

  const offset = request.offset ?? 0;
  const limit = request.limit ?? DEFAULT_PAGE_SIZE;
  const tierCounts: Record<Tier, number> = { reach: 0, target: 0, safety: 0 };
  for (const result of output.results) tierCounts[result.tier] += 1;

  return {
    engineVersion: ENGINE_VERSION,
    catalogVersion: snapshot.version,
    demoCatalog: programs.every((p) => p.source === DEMO_SOURCE),
    total: output.total,
    offset,
    limit,
    tierCounts,
    results: output.results.slice(offset, offset + limit).map((r) => summarize(r, snapshot.specialtiesByCode.get(r.program.specialtyCode))),
    excluded: output.excluded,
  };
}
