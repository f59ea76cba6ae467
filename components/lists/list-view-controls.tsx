'use client';

import { TIER_LABEL } from '@/components/results/tier-badge';
import { formatCount } from '@/components/results/format';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { TIERS } from '@/lib/engine/types';
import { isListSort, isListStatusFilter, isListTierFilter, isWholeList, WHOLE_LIST, type ListSort, type ListView } from './list-view';
import { STATUS_OPTIONS } from './list-words';

const SORT_LABEL: Readonly<Record<ListSort, string>> = {
  rank: 'Your order',
  match: 'Match chance, highest first',
  interview: 'Interview chance, highest first',
  status: 'Status',
  name: 'Program name',
};

interface ListViewControlsProps {
  view: ListView;
  shown: number;
  total: number;
  onViewChange: (view: ListView) => void;
}

/** Filter the list by status and tier, or sort it, without changing it. */
export function ListViewControls({ view, shown, total, onViewChange }: ListViewControlsProps) {
  const whole = isWholeList(view);
  return (
    <div className="flex flex-col gap-3 print:hidden">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          id="list-status"
          label="Show status"
          options={[{ value: 'all', label: 'All statuses' }, ...STATUS_OPTIONS]}
          value={view.status}
          onValueChange={(status) => isListStatusFilter(status) && onViewChange({ ...view, status })}
        />
        <SelectField
          id="list-tier"
          label="Show tier"
          options={[
            { value: 'all', label: 'All tiers' },
            ...TIERS.map((tier) => ({ value: tier, label: TIER_LABEL[tier] })),
            { value: 'none', label: 'No tier (not ranked by the plan)' },
          ]}
          value={view.tier}
          onValueChange={(tier) => isListTierFilter(tier) && onViewChange({ ...view, tier })}
        />
        <SelectField
          id="list-sort"
          label="Order by"
          options={Object.entries(SORT_LABEL).map(([value, label]) => ({ value, label }))}
          value={view.sort}
          onValueChange={(sort) => isListSort(sort) && onViewChange({ ...view, sort })}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <p role="status" className="text-slate-800">
          {whole
            ? `Showing all ${formatCount(total, 'program', 'programs')} in your order.`
            : `Showing ${shown} of ${formatCount(total, 'program', 'programs')}. To reorder, show all in your order.`}
        </p>
        {whole ? null : (
          <Button variant="secondary" onClick={() => onViewChange(WHOLE_LIST)}>
            Show all in your order
          </Button>
        )}
      </div>
    </div>
  );
}
