import type { Metadata } from 'next';
import { CatalogNextSteps } from '@/components/program/catalog-links';

export const metadata: Metadata = { title: 'Program not found' };

export default function ProgramNotFound() {
  return (
    <div className="flex flex-col items-start gap-4">
      <h1 className="text-3xl font-bold text-slate-900">Program not found</h1>
      <p className="text-slate-800">
        The catalog has no program at this address. A catalog update may have removed it, or the link may be mistyped.
      </p>
      <CatalogNextSteps />
    </div>
  );
}
