// Words for the catalog filters' choices; the codes come from the schema and the engine.
import type { ChoiceOption } from '@/components/ui/choice-group';
import { PROGRAM_TYPE_OPTIONS, SETTING_OPTIONS, STATE_OPTIONS } from '@/components/plan/plan-options';
import { LARGE_PROGRAM_MIN_POSITIONS, SMALL_PROGRAM_MAX_POSITIONS } from '@/lib/engine/fit';
import type { ProgramSize, Region } from '@/lib/engine/types';
import { STEP2_CUTOFF_CHOICES, YOG_CHOICES, type CutoffValue, type ProgramSort } from '@/lib/schemas/programs';

export { PROGRAM_TYPE_OPTIONS, SETTING_OPTIONS, STATE_OPTIONS };

export const REGION_OPTIONS: readonly ChoiceOption<Region>[] = [
  { value: 'NORTHEAST', label: 'Northeast' },
  { value: 'MIDWEST', label: 'Midwest' },
  { value: 'SOUTH', label: 'South' },
  { value: 'WEST', label: 'West' },
];

export const SIZE_OPTIONS: readonly ChoiceOption<ProgramSize>[] = [
  { value: 'SMALL', label: `Small (up to ${SMALL_PROGRAM_MAX_POSITIONS} positions a year)` },
  { value: 'MEDIUM', label: `Medium (${SMALL_PROGRAM_MAX_POSITIONS + 1}–${LARGE_PROGRAM_MIN_POSITIONS - 1})` },
  { value: 'LARGE', label: `Large (${LARGE_PROGRAM_MIN_POSITIONS} or more)` },
];

export const CUTOFF_OPTIONS: readonly { value: CutoffValue | ''; label: string }[] = [
  { value: '', label: 'Any' },
  ...STEP2_CUTOFF_CHOICES.map((score) => ({ value: score, label: `${score} or lower, or not reported` })),
  { value: 'none', label: 'Only programs that report no minimum' },
];

export const YOG_OPTIONS: readonly { value: string; label: string }[] = [
  { value: '', label: 'Any' },
  ...YOG_CHOICES.map((years) => ({ value: String(years), label: `${years}+ ${years === 1 ? 'year' : 'years'} ago, or no limit reported` })),
];

export const SORT_OPTIONS: readonly { value: ProgramSort; label: string }[] = [
  { value: 'name', label: 'Name (A–Z)' },
  { value: 'location', label: 'Location (state, city)' },
  { value: 'size', label: 'Size (largest first)' },
  { value: 'specialty', label: 'Specialty' },
];
