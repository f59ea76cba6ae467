import type { Metadata } from 'next';
import Link from 'next/link';
import { ProgramFilters } from '@/components/catalog/program-filters';
import { ProgramPager, shownRange } from '@/components/catalog/program-pager';
import { ProgramResults } from '@/components/catalog/program-results';
import { programCount } from '@/components/catalog/catalog-words';
import { CatalogStateMap } from '@/components/map/catalog-state-map';
import { Notice } from '@/components/ui/notice';
import { countProgramsByState, listPrograms } from '@/lib/catalog/programs';
import { listSpecialtyOptions } from '@/lib/catalog/specialties';
import { programsHref, readProgramQuery } from '@/lib/schemas/programs';
import { US_STATE_CODES } from '@/lib/reference/states';

export const metadata: Metadata = { title: 'Programs' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ProgramsPage({ searchParams }: { searchParams: SearchParams }) {
  const { query, problems } = readProgramQuery(await searchParams);
  const { sort: _sort, page: _page, limit: _limit, state: _state, ...otherFilters } = query;
  // The map counts every state the other filters allow, so a state can be picked from it.
  const [page, specialties, countsByState] = await Promise.all([
    listPrograms(query),
    listSpecialtyOptions(),
    countProgramsByState(otherFilters),
  ]);
  const specialtyNames = Object.fromEntries(specialties.map((s) => [s.code, s.name]));
  const showsDemo = page.programs.some((program) => program.source === 'demo');
  const moreOpen = Boolean(query.type?.length || query.setting?.length || query.size?.length || query.cutoff || query.yog !== undefined);

  return (
    <div className="flex min-w-0 flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-slate-900">Programs</h1>
        <p className="max-w-3xl text-slate-800">
          Browse the catalog by specialty, place, visas and what programs state about scores and graduation year. Values a
          source does not give read “not reported”.
        </p>
      </div>

      {showsDemo ? (
        <Notice title="Demo data">
          Programs marked “Demo data” are fictional programs in real cities, generated to follow published figures (NRMP,
          Charting Outcomes in the Match, 2026; Results and Data: 2025 Main Residency Match). Use them to try SmartPick, not
          to decide where to apply.
        </Notice>
      ) : null}

      {problems.length > 0 ? (
        <Notice tone="error" title="Some parts of this address were not understood and were left out">
          <ul className="list-disc pl-5">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Notice>
      ) : null}

      <a href="#program-results" className="self-start text-blue-800 underline lg:hidden">
        Skip the filters to the {programCount(page.total)}
      </a>

      <ProgramFilters query={query} specialties={specialties.map((s) => ({ value: s.code, label: s.name }))} moreOpen={moreOpen} />

      <section id="program-results" aria-labelledby="program-results-heading" className="flex min-w-0 flex-col gap-4">
        <h2 id="program-results-heading" className="sr-only">
          Results
        </h2>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <p role="status" aria-live="polite" className="text-xl font-semibold text-slate-900">
            {programCount(page.total)}
          </p>
          {page.programs.length > 0 ? <p className="text-slate-800">{shownRange(page.total, page.offset, page.programs.length)}</p> : null}
        </div>
        {page.programs.length > 0 ? (
          <ProgramResults programs={page.programs} specialtyNames={specialtyNames} />
        ) : (
          <Notice title={page.total > 0 ? 'No programs on this page' : 'No programs match these filters'}>
            {page.total > 0 ? 'This page is past the last one. ' : 'Try fewer filters, or '}
            <Link href="/programs" className="text-blue-800 underline">
              clear all filters
            </Link>
            .
          </Notice>
        )}
        <ProgramPager query={query} total={page.total} count={page.programs.length} />
      </section>

      <section aria-labelledby="program-map-heading" className="flex min-w-0 flex-col gap-3">
        <h2 id="program-map-heading" className="text-2xl font-semibold text-slate-900">
          Where these programs are
        </h2>
        <p className="text-slate-800">
          Programs per state for the filters above{query.state?.length ? ', leaving out the state filter' : ''}. Pick a state to
          see its programs.
        </p>
        <CatalogStateMap counts={countsByState} stateHref={(state) => programsHref({ ...query, state: US_STATE_CODES.filter((code) => code === state), page: 1 })} />
      </section>
    </div>
  );
}
