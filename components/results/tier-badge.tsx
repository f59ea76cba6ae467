import { Badge } from '@/components/ui/badge';
import type { Tier } from '@/lib/engine/types';

export const TIER_LABEL: Readonly<Record<Tier, string>> = { reach: 'Reach', target: 'Target', safety: 'Safety' };

const TIER_TONE = { reach: 'red', target: 'amber', safety: 'green' } as const satisfies Record<Tier, string>;

export function TierBadge({ tier }: { tier: Tier }) {
  return <Badge tone={TIER_TONE[tier]}>{TIER_LABEL[tier]}</Badge>;
}
