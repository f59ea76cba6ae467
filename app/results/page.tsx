import type { Metadata } from 'next';
import { ResultsView } from '@/components/results/results-view';

export const metadata: Metadata = { title: 'Your programs' };

export default function ResultsPage() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Your programs</h1>
      <ResultsView />
    </div>
  );
}
