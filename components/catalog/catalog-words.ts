// Plain words for a catalog row's values. NULL is "not reported": the source did not give it.
import { replySourceLabel } from '@/components/program/program-words';
import { DEMO_SOURCE } from '@/lib/catalog/demo-source';
import { programSize } from '@/lib/engine/fit';
import { PROGRAM_TYPE_LABEL, SETTING_LABEL, SIZE_LABEL, capitalize, percent } from '@/lib/engine/labels';
import type { ProgramType, Setting } from '@/lib/engine/types';
import { formatNumber } from '@/components/ui/number-format';

export const NOT_REPORTED = 'not reported';

export function positionsLabel(positions: number | null): string {
  const size = programSize(positions);
  return positions === null || size === null ? NOT_REPORTED : `${positions} (${SIZE_LABEL[size]})`;
}

export function typeLabel(type: ProgramType | null): string {
  return type ? capitalize(PROGRAM_TYPE_LABEL[type]) : NOT_REPORTED;
}

export function settingLabel(setting: Setting | null): string {
  return setting ? capitalize(SETTING_LABEL[setting]) : NOT_REPORTED;
}

export function yesNo(value: boolean | null): string {
  return value === null ? NOT_REPORTED : value ? 'yes' : 'no';
}

/** Share of current residents: 0.35 → "35%". */
export function shareLabel(share: number | null): string {
  return share === null ? NOT_REPORTED : percent(share);
}

export function cutoffLabel(minStep2: number | null, hard: boolean | null): string {
  if (minStep2 === null) return NOT_REPORTED;
  if (hard === null) return String(minStep2);
  return `${minStep2} (${hard ? 'hard cutoff' : 'preferred'})`;
}

export function yogLabel(years: number | null): string {
  return years === null ? NOT_REPORTED : `${years} ${years === 1 ? 'year' : 'years'}`;
}

export const DEMO_SOURCE_LABEL = 'Demo data';

/** Where a row comes from: "Demo data", or the import's name and day. */
export function sourceLabel(source: string, sourceDate: string | null): string {
  return source === DEMO_SOURCE ? DEMO_SOURCE_LABEL : replySourceLabel(source, sourceDate);
}

export function programCount(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? 'program' : 'programs'}`;
}
