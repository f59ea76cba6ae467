'use client';

// Where the ranked programs are: each state's total on the map, its tiers in the caption, the
// accessible name and the table. The outlines come from the results page (a Server Component).
import { useMemo, useState } from 'react';
import type { StateShape } from '@/lib/geo/frame';
import { TIERS, type Tier } from '@/lib/engine/types';
import { TIER_LABEL } from '@/components/results/tier-badge';
import { UsStateMap } from './us-state-map';
import { formatNumber } from '@/components/ui/number-format';

interface ResultsStateMapProps {
  shapes: readonly StateShape[];
  /** RecommendationResponse.byState: the whole ranking, not only the loaded page. */
  byState: Readonly<Record<string, Record<Tier, number>>>;
  source: string;
  boundariesSource: string;
}

const programsWord = (count: number) => `${formatNumber(count)} ${count === 1 ? 'program' : 'programs'}`;

export function ResultsStateMap({ shapes, byState, source, boundariesSource }: ResultsStateMapProps) {
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const { totals, columns } = useMemo(() => {
    const entries = Object.entries(byState);
    return {
      totals: Object.fromEntries(entries.map(([code, tiers]) => [code, tiers.reach + tiers.target + tiers.safety])),
      columns: TIERS.map((tier) => ({ label: TIER_LABEL[tier], counts: Object.fromEntries(entries.map(([code, tiers]) => [code, tiers[tier]])) })),
    };
  }, [byState]);

  const describe = (shape: StateShape, count: number) => {
    const tiers = byState[shape.code];
    const breakdown = tiers ? ` (${TIERS.map((tier) => `${formatNumber(tiers[tier])} ${tier}`).join(', ')})` : '';
    return `${shape.name}: ${programsWord(count)}${breakdown}`;
  };

  return (
    <UsStateMap
      id="results-map"
      title="Your ranked programs by state"
      shapes={shapes}
      counts={totals}
      describe={describe}
      countLabel="Programs"
      columns={columns}
      source={source}
      boundariesSource={boundariesSource}
      activeCode={activeCode}
      onActiveChange={setActiveCode}
      tableWhenOpened
    />
  );
}
