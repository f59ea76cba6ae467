// How list items read on the page: status words, and a saved estimate with its meaning.
import { TIER_LABEL } from '@/components/results/tier-badge';
import type { Tier } from '@/lib/engine/types';
import { LIST_ITEM_STATUSES, type ListItemStatusName } from '@/lib/schemas/list-rules';

export const STATUS_LABEL: Readonly<Record<ListItemStatusName, string>> = {
  considering: 'Considering',
  applied: 'Applied',
  interview_offered: 'Interview offered',
  interviewed: 'Interviewed',
  ranked: 'Ranked',
  withdrawn: 'Withdrawn',
};

export const STATUS_OPTIONS = LIST_ITEM_STATUSES.map((status) => ({ value: status, label: STATUS_LABEL[status] }));

export function isStatus(value: string): value is ListItemStatusName {
  return (LIST_ITEM_STATUSES as readonly string[]).includes(value);
}

/** 0.62 → "62%"; null (the saved run did not rank it) → "not estimated". */
export function formatSavedChance(chance: number | null): string {
  return chance === null ? 'not estimated' : `${Math.round(chance * 100)}%`;
}

export function formatTier(tier: Tier | null): string {
  return tier ? TIER_LABEL[tier] : 'No tier';
}
