// Words for the form's choices. The codes come from the engine; only the labels live here.
import type { ChoiceOption } from '@/components/ui/choice-group';
import type { ApplicantType, ProgramType, Setting, VisaNeed } from '@/lib/engine/types';
import { US_STATES } from '@/lib/reference/states';
import type { MatchTargetChoice } from './plan-draft';

export const APPLICANT_TYPE_OPTIONS: readonly ChoiceOption<ApplicantType>[] = [
  { value: 'US_MD', label: 'US MD', description: 'Senior or graduate of a US MD school' },
  { value: 'US_DO', label: 'US DO', description: 'Senior or graduate of a US DO school' },
  { value: 'US_IMG', label: 'US IMG', description: 'US citizen or permanent resident who studied medicine abroad' },
  { value: 'NON_US_IMG', label: 'Non-US IMG', description: 'International medical graduate who is not a US citizen or permanent resident' },
];

export const VISA_OPTIONS: readonly ChoiceOption<VisaNeed>[] = [
  { value: 'NONE', label: 'No visa needed' },
  { value: 'J1', label: 'J-1' },
  { value: 'H1B', label: 'H-1B' },
  { value: 'J1_OR_H1B', label: 'J-1 or H-1B', description: 'Either would do' },
];

export const MILITARY_OPTIONS: readonly ChoiceOption<string>[] = [
  { value: 'military', label: 'I am eligible for military programs', description: 'Active duty, HPSP or USUHS' },
];

export const MATCH_TARGET_OPTIONS: readonly ChoiceOption<MatchTargetChoice>[] = [
  { value: '80', label: '80%', description: 'Fewer applications; I accept more risk' },
  { value: '90', label: '90%', description: 'The default: close to the share of US MD seniors who match' },
  { value: '95', label: '95%', description: 'More applications; I want little risk' },
];

export const PROGRAM_TYPE_OPTIONS: readonly ChoiceOption<ProgramType>[] = [
  { value: 'UNIVERSITY', label: 'University' },
  { value: 'COMMUNITY_UNIVERSITY_AFFILIATED', label: 'Community, university-affiliated' },
  { value: 'COMMUNITY', label: 'Community' },
  { value: 'MILITARY', label: 'Military' },
];

export const SETTING_OPTIONS: readonly ChoiceOption<Setting>[] = [
  { value: 'URBAN', label: 'Urban' },
  { value: 'SUBURBAN', label: 'Suburban' },
  { value: 'RURAL', label: 'Rural' },
];

export const STATE_OPTIONS: readonly { value: string; label: string }[] = Object.entries(US_STATES)
  .map(([code, state]) => ({ value: code, label: state.name }))
  // Plain ASCII names sort the same by code unit as by localeCompare, without loading a collator.
  .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));

const IMG_TYPES: readonly ApplicantType[] = ['US_IMG', 'NON_US_IMG'];

export function isImg(type: ApplicantType | ''): boolean {
  return type !== '' && IMG_TYPES.includes(type);
}
