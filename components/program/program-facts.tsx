import type { SourcedProgram } from '@/lib/catalog/program-detail';
import { ProgramValue } from './program-value';
import { FIELD_LABEL, PROGRAM_FIELD_GROUPS, sourceLabel } from './program-words';

/** Everything the catalog knows about a program, group by group, each value with its source and date. */
export function ProgramFacts({ sourced }: { sourced: SourcedProgram }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {PROGRAM_FIELD_GROUPS.map((group) => (
        <section key={group.id} aria-labelledby={`facts-${group.id}`} className="rounded-lg border border-slate-300 p-4">
          <h2 id={`facts-${group.id}`} className="text-xl font-bold text-slate-900">
            {group.title}
          </h2>
          <dl className="mt-3 divide-y divide-slate-200">
            {group.fields.map((field) => (
              <div key={field} className="grid gap-1 py-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-4">
                <dt className="font-semibold text-slate-900">{FIELD_LABEL[field]}</dt>
                <dd className="min-w-0 text-slate-900">
                  <ProgramValue field={field} program={sourced.program} />
                  <span className="mt-0.5 block text-sm text-slate-700">Source: {sourceLabel(sourced.fieldSources[field])}</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
