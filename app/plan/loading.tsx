import { PageSpinner } from '@/components/ui/spinner';

export default function PlanLoading() {
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-3xl font-bold text-slate-900">Plan your list</h1>
      <PageSpinner label="Loading the specialties…" />
    </div>
  );
}
