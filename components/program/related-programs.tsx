import Link from 'next/link';
import type { RelatedProgram } from '@/lib/catalog/program-detail';
import { formatNumber } from '@/components/ui/number-format';

/** Links to the institution's other programs in the same state. */
export function RelatedPrograms({ institution, related, total }: { institution: string; related: readonly RelatedProgram[]; total: number }) {
  return (
    <section aria-labelledby="related-heading" className="flex flex-col gap-2">
      <h2 id="related-heading" className="text-xl font-bold text-slate-900">
        Other programs at {institution}
      </h2>
      {related.length === 0 ? (
        <p className="text-slate-800">The catalog has no other program of this institution.</p>
      ) : (
        <>
          {total > related.length ? (
            <p className="text-slate-800">
              {related.length} of {formatNumber(total)}, by specialty.
            </p>
          ) : null}
          <ul className="grid gap-2 sm:grid-cols-2">
            {related.map((program) => (
              <li key={program.id}>
                <Link href={`/programs/${encodeURIComponent(program.id)}`} className="font-semibold">
                  {program.specialtyName}
                  <span className="sr-only">: {program.name}</span>
                </Link>
                <span className="block text-sm text-slate-700">
                  {program.name}
                  {program.city ? ` · ${program.city}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
