import { REACH_BELOW, SAFETY_FROM } from '@/lib/engine/tiers';
import { TIERS } from '@/lib/engine/types';
import { TierBadge } from './tier-badge';

const pct = (share: number) => Math.round(share * 100);

const TIER_MEANING = {
  reach: `under ${pct(REACH_BELOW)}% interview chance`,
  target: `${pct(REACH_BELOW)}–${pct(SAFETY_FROM)}% interview chance`,
  safety: `${pct(SAFETY_FROM)}% interview chance or more`,
} as const;

/** What the tiers mean, from the engine's own thresholds. */
export function TierLegend() {
  return (
    <div>
      <h3 className="font-semibold text-slate-900">What the tiers mean</h3>
      <dl className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-6">
        {TIERS.map((tier) => (
          <div key={tier} className="flex items-center gap-2">
            <dt>
              <TierBadge tier={tier} />
            </dt>
            <dd className="text-slate-800">{TIER_MEANING[tier]}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-slate-700">
        Tiers follow the interview chance, the estimated chance of an interview offer. The match chance, always lower, is
        the chance of matching at that program. The range in brackets is how sure each estimate is: it widens when a
        program&apos;s figures or your scores are missing.
      </p>
    </div>
  );
}
