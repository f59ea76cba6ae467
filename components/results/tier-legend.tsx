import { tierMeaning, type TierThresholds } from '@/lib/engine/tiers';
import { TIERS } from '@/lib/engine/types';
import { TierBadge } from './tier-badge';

/** What the tiers mean for this applicant, from the thresholds the engine used for their type. */
export function TierLegend({ thresholds }: { thresholds: TierThresholds }) {
  return (
    <div>
      <h3 className="font-semibold text-slate-900">What the tiers mean for you</h3>
      <dl className="mt-2 flex flex-col gap-2">
        {TIERS.map((tier) => (
          <div key={tier} className="flex flex-col gap-1 sm:flex-row sm:items-start sm:gap-2">
            <dt className="shrink-0">
              <TierBadge tier={tier} />
            </dt>
            <dd className="text-sm text-slate-800">{tierMeaning(tier, thresholds)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-slate-700">
        Tiers follow the interview chance, the estimated chance of an interview offer,{' '}
        {thresholds.basis === 'applicants_like_you'
          ? 'measured against how often applicants like you who matched were interviewed.'
          : `here compared across your own list: measured against how often applicants like you who matched were interviewed, ${
              thresholds.basis === 'your_list_below' ? 'nearly every program would be a reach' : 'nearly every program would be a safety'
            }, which would tell you nothing about which to choose. The chance beside each program is unchanged.`}{' '}
        The match chance, always lower, is the chance of matching at that program. The range in brackets is how sure each estimate is: it widens when a program&apos;s figures or your
        scores are missing.
      </p>
    </div>
  );
}
