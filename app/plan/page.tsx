import type { Metadata } from 'next';
import { PlanForm } from '@/components/plan/plan-form';
import { listSpecialtyOptions } from '@/lib/catalog/specialties';

export const metadata: Metadata = { title: 'Plan your list' };

// The specialties come from the database at request time, so the build needs no database.
export const dynamic = 'force-dynamic';

export default async function PlanPage() {
  const specialties = await listSpecialtyOptions({ rankedOnly: true });
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-slate-900">Plan your list</h1>
        <p className="max-w-2xl text-slate-800">
          Answer what you can; only applicant type, graduation year and at least one specialty are required. The more you
          tell us, the narrower the ranges.
        </p>
      </div>
      <PlanForm specialties={specialties} />
    </div>
  );
}
