import type { Metadata } from 'next';
import { CompareTable } from '@/components/compare/compare-table';
import { YourChance } from '@/components/program/your-chance';
import { Notice } from '@/components/ui/notice';
import { getComparedPrograms } from '@/lib/catalog/compare';
import { COMPARE_MAX_PROGRAMS, parseCompareIds } from '@/lib/catalog/compare-ids';
import { BackToCatalogLink, CatalogNextSteps } from '@/components/program/catalog-links';

export const metadata: Metadata = { title: 'Compare programs' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const { ids, dropped } = parseCompareIds((await searchParams).ids);
  const { programs, unknownIds } = await getComparedPrograms(ids);
  return (
    <div className="flex flex-col gap-6">
      <BackToCatalogLink />
      <h1 id="compare-heading" tabIndex={-1} className="text-3xl font-bold text-slate-900 focus:outline-none">
        Compare programs
      </h1>
      {dropped > 0 ? (
        <Notice title={`Up to ${COMPARE_MAX_PROGRAMS} programs at a time`}>
          The link named {ids.length + dropped} programs; these are the first {COMPARE_MAX_PROGRAMS}.
        </Notice>
      ) : null}
      {unknownIds.length > 0 ? (
        <Notice title={unknownIds.length === 1 ? 'One program is not in the catalog (any more)' : `${unknownIds.length} programs are not in the catalog (any more)`}>
          A catalog update may have removed {unknownIds.length === 1 ? 'it' : 'them'}: {unknownIds.join(', ')}.
        </Notice>
      ) : null}
      {programs.length === 0 ? (
        <div className="flex flex-col items-start gap-4">
          <p className="text-slate-800">
            Nothing to compare yet. Tick “Compare” next to up to {COMPARE_MAX_PROGRAMS} programs in the catalog, on a program’s page
            or in your results, then choose “Compare” in the bar at the bottom of the page.
          </p>
          <CatalogNextSteps />
        </div>
      ) : (
        <>
          <p className="text-slate-800">
            Every value the catalog holds for {programs.length === 1 ? 'this program' : 'these programs'}; “Not reported” where
            it holds none. A value from another catalog than its program’s names its source.
          </p>
          <YourChance programs={programs.map(({ program }) => ({ id: program.id, name: program.name, specialtyCode: program.specialtyCode }))} />
          <CompareTable programs={programs} />
        </>
      )}
    </div>
  );
}
