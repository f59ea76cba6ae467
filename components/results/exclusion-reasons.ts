// Why programs were left out, in the applicant's words. Keyed by the engine's reasons, so a new
// reason fails the type check here until it has words.
import type { ExclusionReason } from '@/lib/engine/types';
import { formatNumber } from '@/components/ui/number-format';

const REASON_WORDS = {
  specialty_not_selected: ["is in a specialty you didn't choose", "are in specialties you didn't choose"],
  state_excluded: ['is in a state you excluded', 'are in states you excluded'],
  military_only: ['is a military program, open only to service members', 'are military programs, open only to service members'],
  visa_not_sponsored: ["doesn't sponsor the visa you need", "don't sponsor the visa you need"],
  graduation_too_long_ago: ['takes only more recent graduates', 'take only more recent graduates'],
  too_many_attempts: ['accepts fewer failed attempts than you have', 'accept fewer failed attempts than you have'],
  usce_required: ['requires more US clinical experience', 'require more US clinical experience'],
  below_hard_step2_cutoff: ['has a strict Step 2 CK minimum above your score', 'have a strict Step 2 CK minimum above your score'],
} as const satisfies Record<ExclusionReason, readonly [string, string]>;

/** "128 programs don't sponsor the visa you need". */
export function describeExclusion(reason: string, count: number): string {
  const words = (REASON_WORDS as Record<string, readonly [string, string]>)[reason];
  const subject = count === 1 ? '1 program' : `${formatNumber(count)} programs`;
  if (!words) return `${subject}: ${reason.replaceAll('_', ' ')}`;
  return `${subject} ${count === 1 ? words[0] : words[1]}`;
}
