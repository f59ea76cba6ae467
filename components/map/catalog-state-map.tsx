// The catalog's map: programs per state, each state a link to the catalog filtered to it.
// A Server Component with no client JavaScript; the outlines are computed on the server.
//
// Props:
// - counts: programs per USPS code (50 states, DC, PR), e.g. {TX: 412}; missing or 0 → drawn empty.
// - stateHref: the link for one state, e.g. (state) => `/programs?state=${state}`.
// - title: the figure's name (default "Programs by state").
// - source: where the counts come from, with the year (default: the SmartPick catalog).
// Usage: <CatalogStateMap counts={countsByState} stateHref={(s) => `/programs?state=${s}`} />
import type { ReactNode } from 'react';
import { getStateShapes, MAP_BOUNDARIES_SOURCE } from '@/lib/geo/us-states';
import { UsStateMap } from './us-state-map';
import { formatNumber } from '@/components/ui/number-format';

export interface CatalogStateMapProps {
  counts: Partial<Record<string, number>>;
  stateHref: (state: string) => string;
  title?: string;
  source?: ReactNode;
  /** Unique on the page when it shows more than one map. */
  id?: string;
}

const programsWord = (count: number) => `${formatNumber(count)} ${count === 1 ? 'program' : 'programs'}`;

export function CatalogStateMap({
  counts,
  stateHref,
  title = 'Programs by state',
  source = 'Programs: the SmartPick catalog.',
  id = 'catalog-map',
}: CatalogStateMapProps) {
  return (
    <UsStateMap
      id={id}
      title={title}
      shapes={getStateShapes()}
      counts={counts}
      describe={(shape, count) => `${shape.name}: ${programsWord(count)}`}
      stateHref={stateHref}
      countLabel="Programs"
      source={source}
      boundariesSource={MAP_BOUNDARIES_SOURCE}
    />
  );
}
