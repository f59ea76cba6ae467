// Plain words for the engine's codes, as the fit explanations and the reasons say them.
import { US_STATES } from '@/lib/reference/states';
import type { ProgramSize, ProgramType, Region, ResearchEmphasis, Setting } from './types';

export const REGION_LABEL: Readonly<Record<Region, string>> = {
  NORTHEAST: 'the Northeast',
  MIDWEST: 'the Midwest',
  SOUTH: 'the South',
  WEST: 'the West',
};

export const SETTING_LABEL: Readonly<Record<Setting, string>> = { URBAN: 'urban', SUBURBAN: 'suburban', RURAL: 'rural' };

export const PROGRAM_TYPE_LABEL: Readonly<Record<ProgramType, string>> = {
  UNIVERSITY: 'university',
  COMMUNITY_UNIVERSITY_AFFILIATED: 'community, university-affiliated',
  COMMUNITY: 'community',
  MILITARY: 'military',
};

export const SIZE_LABEL: Readonly<Record<ProgramSize, string>> = { SMALL: 'small', MEDIUM: 'medium', LARGE: 'large' };

export const RESEARCH_LABEL: Readonly<Record<ResearchEmphasis, string>> = { LOW: 'low', MEDIUM: 'medium', HIGH: 'high' };

export function stateName(code: string): string {
  return (US_STATES as Record<string, { name: string }>)[code]?.name ?? code;
}

/** "a", "a or b", "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** 0.423 → "42%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
