// The reply of POST /api/recommendations (DESIGN.md §4). Core fields are the contract; the rest are additions.
import type { ExclusionReason, FitFactor, ProgramSize, ProgramType, Region, Setting, Tier } from '@/lib/engine/types';

export interface RecommendedProgramSummary {
  id: string;
  acgmeId: string | null;
  name: string;
  institution: string;
  city: string;
  state: string;
  region: Region;
  /** Specialty code. */
  specialty: string;
  specialtyName: string;
  type: ProgramType | null;
  setting: Setting | null;
  size: ProgramSize | null;
  positions: number | null;
  sponsorsJ1: boolean | null;
  sponsorsH1b: boolean | null;
  /** "demo" or the import's name. */
  source: string;
}

export interface RecommendationResult {
  rank: number;
  program: RecommendedProgramSummary;
  tier: Tier;
  /** Interview chance, 0–1. */
  chance: number;
  chanceRange: { low: number; high: number };
  /** 0–100. */
  fit: number;
  fitFactors: FitFactor[];
  reasons: string[];
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
  results: RecommendationResult[];
  excluded: { total: number; byReason: Partial<Record<ExclusionReason, number>> };
}

/** The error body every API route returns (DESIGN.md §4). */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]> };
}
