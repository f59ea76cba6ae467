import type { Metadata } from 'next';
import { DemoCatalogNotice } from '@/components/results/results-summary';
import { ResultsView } from '@/components/results/results-view';
import { getCatalogSnapshot } from '@/lib/catalog/snapshot';
import { getDb } from '@/lib/db/client';
import { getStateShapes, MAP_BOUNDARIES_SOURCE } from '@/lib/geo/us-states';

export const metadata: Metadata = { title: 'Your programs' };

/** Whether every program is demo data: then the page says so at once, before the ranking arrives. */
async function catalogIsDemoOnly(): Promise<boolean> {
  try {
    return (await getCatalogSnapshot(getDb())).demoOnly;
  } catch {
    // The ranking's own request reports a database that does not answer; the summary then says it.
    return false;
  }
}

export default async function ResultsPage() {
  const demoOnly = await catalogIsDemoOnly();
  // The map's outlines are drawn here, on the server, and reach the client view as props: the
  // boundary files stay out of the browser bundle.
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Your programs</h1>
      {demoOnly ? <DemoCatalogNotice /> : null}
      <ResultsView stateShapes={getStateShapes()} boundariesSource={MAP_BOUNDARIES_SOURCE} demoNoticeShown={demoOnly} />
    </div>
  );
}
