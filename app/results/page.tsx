import type { Metadata } from 'next';
import { ResultsView } from '@/components/results/results-view';
import { getStateShapes, MAP_BOUNDARIES_SOURCE } from '@/lib/geo/us-states';

export const metadata: Metadata = { title: 'Your programs' };

export default function ResultsPage() {
  // The map's outlines are drawn here, on the server, and reach the client view as props: the
  // boundary files stay out of the browser bundle.
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Your programs</h1>
      <ResultsView stateShapes={getStateShapes()} boundariesSource={MAP_BOUNDARIES_SOURCE} />
    </div>
  );
}
