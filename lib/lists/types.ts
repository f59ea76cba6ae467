// What the lists API returns (DESIGN.md §4) and what pages get from lib/lists: one shape for both.
// Dates are ISO 8601 strings so a page and a fetch see the same thing.
import type { SignalKind, Tier } from '@/lib/engine/types';
import type { SavedPlan } from '@/lib/recommendations/types';
import type { ListInput, ListItemStatusName } from '@/lib/schemas/lists';

export interface SavedListItemView {
  programId: string;
  /** The program as the catalog described it when it joined the list (the catalog may change later). */
  acgmeId: string | null;
  programName: string;
  institution: string;
  /** NULL where the catalog's source does not give the city. */
  city: string | null;
  state: string;
  specialtyCode: string;
  /** The applicant's own order, 1 first. */
  rank: number;
  /** The engine's tier, interview chance (0–1) and fit (0–100) when the program joined the list; null
   * when the saved plan's engine run did not rank it (excluded, or outside the chosen specialties). */
  tier: Tier | null;
  chance: number | null;
  /** Match chance (0–1) and the signal the plan placed on it, from the same run; null when not ranked (or saved before these were kept). */
  matchChance: number | null;
  signal: SignalKind | null;
  fit: number | null;
  status: ListItemStatusName;
  note: string;
}

export interface SavedListView {
  id: string;
  name: string;
  /** Send it back with every PATCH; a stale one gets 409 version_conflict. */
  version: number;
  createdAt: string;
  updatedAt: string;
  engineVersion: string;
  catalogVersion: string;
  /** The recommendation request the list was built from. */
  input: ListInput;
  /** The plan the server's run of `input` made when the list was saved (issue 17); null for lists saved before. */
  plan: SavedPlan | null;
  /** Ordered by rank. */
  items: SavedListItemView[];
}

export interface SavedListSummary {
  id: string;
  name: string;
  version: number;
  itemCount: number;
  updatedAt: string;
  /** The specialty codes the list's plan was built for, in the order chosen. */
  specialties: string[];
}

export interface ProgramStandingView {
  rank: number;
  tier: Tier | null;
  chance: number | null;
  fit: number | null;
}

export interface ListItemComparison {
  programId: string;
  programName: string;
  /** rank: the item's place on the list; tier, chance and fit as saved. */
  saved: ProgramStandingView;
  /** Today's engine on the saved plan: rank is the item's place among the list's programs still
   * ranked, in today's order (comparable with saved.rank); overallRank its place in the whole ranking.
   * null when the program is no longer eligible or no longer in the catalog. */
  now: (ProgramStandingView & { overallRank: number }) | null;
}

export interface ListComparison {
  id: string;
  saved: { engineVersion: string; catalogVersion: string };
  now: { engineVersion: string; catalogVersion: string };
  /** In the list's order. */
  items: ListItemComparison[];
}
