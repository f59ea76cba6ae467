import type { Metadata } from 'next';
import { DemoCatalogNotice } from '@/components/results/results-summary';
import { ResultsView } from '@/components/results/results-view';
import { peekCatalogSnapshot } from '@/lib/catalog/snapshot';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Your programs' };

export default function ResultsPage() {
  // Whether every program is demo data: then the page says so at once, before the ranking arrives.
  // From the catalog in memory, never waiting on the database (until it is loaded, the summary says it).
  const demoOnly = peekCatalogSnapshot(getDb())?.demoOnly ?? false;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Your programs</h1>
      {demoOnly ? <DemoCatalogNotice /> : null}
      <ResultsView demoNoticeShown={demoOnly} />
    </div>
  );
}
