// Saved-list rows ↔ the API's shapes (lib/lists/types.ts). Status is an enum in the database and a
// lower-case word in the API.
import type { ListItemStatus, Prisma } from '@/lib/generated/prisma/client';
import { TIERS, type Tier } from '@/lib/engine/types';
import { LIST_ITEM_STATUSES, listInputSchema, type ListInput, type ListItemStatusName } from '@/lib/schemas/lists';
import type { SavedListItemView, SavedListSummary, SavedListView } from './types';
import type { SavedPlan } from '@/lib/recommendations/types';

export function statusToDb(status: ListItemStatusName): ListItemStatus {
  return status.toUpperCase() as ListItemStatus;
}

export function statusFromDb(status: ListItemStatus): ListItemStatusName {
  const name = status.toLowerCase();
  return (LIST_ITEM_STATUSES as readonly string[]).includes(name) ? (name as ListItemStatusName) : 'considering';
}

export function tierFromDb(tier: string | null): Tier | null {
  return (TIERS as readonly string[]).includes(tier ?? '') ? (tier as Tier) : null;
}

export const itemSelect = {
  programId: true,
  acgmeId: true,
  programName: true,
  institution: true,
  city: true,
  state: true,
  specialtyCode: true,
  rank: true,
  tier: true,
  chance: true,
  matchChance: true,
  signal: true,
  fit: true,
  status: true,
  note: true,
} satisfies Prisma.SavedListItemSelect;

export const listSelect = {
  id: true,
  name: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  engineVersion: true,
  catalogVersion: true,
  input: true,
  plan: true,
  items: { select: itemSelect, orderBy: [{ rank: 'asc' }, { programId: 'asc' }] },
} satisfies Prisma.SavedListSelect;

type ItemRow = Prisma.SavedListItemGetPayload<{ select: typeof itemSelect }>;
type ListRow = Prisma.SavedListGetPayload<{ select: typeof listSelect }>;

const SIGNAL_KINDS: readonly string[] = ['gold', 'silver', 'single'];

export function toItemView(row: ItemRow): SavedListItemView {
  return {
    ...row,
    tier: tierFromDb(row.tier),
    signal: row.signal !== null && SIGNAL_KINDS.includes(row.signal) ? (row.signal as SavedListItemView['signal']) : null,
    status: statusFromDb(row.status),
  };
}

/** The saved input was validated when written; stored JSON is typed as what the schema produced. */
export function storedInput(input: Prisma.JsonValue): ListInput {
  return input as unknown as ListInput;
}

/** The saved input re-validated, for a new engine run (null when today's schema no longer reads it). */
export function rerunnableInput(input: Prisma.JsonValue): ListInput | null {
  const parsed = listInputSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}

export function toListView(row: ListRow): SavedListView {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    engineVersion: row.engineVersion,
    catalogVersion: row.catalogVersion,
    input: storedInput(row.input),
    // Written by the server's own run at save time (lib/recommendations/standings.ts).
    plan: (row.plan as unknown as SavedPlan | null) ?? null,
    items: row.items.map(toItemView),
  };
}

export function specialtiesOf(input: Prisma.JsonValue): SavedListSummary['specialties'] {
  const specialties = (storedInput(input) as Partial<ListInput>).preferences?.specialties;
  return Array.isArray(specialties) ? specialties.filter((code): code is string => typeof code === 'string') : [];
}
