// "Showing 26–50 of 412" with Previous / Next links that keep the filters and the sort.
import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { PROGRAMS_MAX_OFFSET, programsHref, type ProgramQuery } from '@/lib/schemas/programs';
import { formatNumber } from '@/components/ui/number-format';

export function shownRange(total: number, offset: number, count: number): string {
  if (count === 0) return `Showing none of ${formatNumber(total)}`;
  return `Showing ${formatNumber(offset + 1)}–${formatNumber(offset + count)} of ${formatNumber(total)}`;
}

export function ProgramPager({ query, total, count }: { query: ProgramQuery; total: number; count: number }) {
  const offset = (query.page - 1) * query.limit;
  const hasPrevious = query.page > 1;
  const nextOffset = offset + query.limit;
  const hasNext = nextOffset < total && nextOffset <= PROGRAMS_MAX_OFFSET;
  if (!hasPrevious && !hasNext) return null;
  // Past the last page (an old link): Previous goes to the last page that has programs.
  const previousPage = count === 0 ? Math.max(1, Math.ceil(total / query.limit)) : query.page - 1;
  return (
    <nav aria-label="Pages of programs" className="flex flex-wrap items-center justify-between gap-3">
      <p className="text-slate-800">{shownRange(total, offset, count)}</p>
      <div className="flex gap-3">
        {hasPrevious ? (
          <Link href={programsHref({ ...query, page: previousPage })} className={buttonClasses('secondary')} rel="prev">
            Previous<span className="sr-only"> page</span>
          </Link>
        ) : null}
        {hasNext ? (
          <Link href={programsHref({ ...query, page: query.page + 1 })} className={buttonClasses('secondary')} rel="next">
            Next<span className="sr-only"> page</span>
          </Link>
        ) : null}
      </div>
      {!hasNext && nextOffset < total ? (
        <p className="w-full text-sm text-slate-700">
          Pages stop at {formatNumber(PROGRAMS_MAX_OFFSET)} programs; narrow the filters to see the rest.
        </p>
      ) : null}
    </nav>
  );
}
