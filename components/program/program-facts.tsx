import type { SourcedProgram } from '@/lib/catalog/program-detail';
import type { ProgramDetailField } from '@/lib/catalog/program-sources';
import { ProgramValue } from './program-value';
import { FIELD_LABEL, PROGRAM_FIELD_GROUPS, sameSource, sourceLabel } from './program-words';

/** Everything the catalog knows about a program, group by group, each value with its source and date. */
export function ProgramFacts({ sourced }: { sourced: SourcedProgram }) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {PROGRAM_FIELD_GROUPS.map((group) => (
        <FactGroup key={group.id} id={group.id} title={group.title} fields={group.fields} sourced={sourced} />
      ))}
    </div>
  );
}

/** The source is said once under the heading when every value in the group comes from one catalog, else per value. */
function FactGroup({ id, title, fields, sourced }: { id: string; title: string; fields: readonly ProgramDetailField[]; sourced: SourcedProgram }) {
  const sources = fields.map((field) => sourced.fieldSources[field]);
  const first = sources[0];
  const shared = first && sources.every((source) => sameSource(source, first)) ? first : undefined;
  return (
    <section aria-labelledby={`facts-${id}`} className="rounded-lg border border-slate-300 p-4">
      <h2 id={`facts-${id}`} className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      {shared ? <p className="mt-1 text-sm text-slate-700">Source of every value here: {sourceLabel(shared)}</p> : null}
      <dl className="mt-3 divide-y divide-slate-200">
        {fields.map((field) => (
          <div key={field} className="grid gap-1 py-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-4">
            <dt className="font-semibold text-slate-900">{FIELD_LABEL[field]}</dt>
            <dd className="min-w-0 text-slate-900">
              <ProgramValue field={field} program={sourced.program} />
              {shared ? null : <span className="mt-0.5 block text-sm text-slate-700">Source: {sourceLabel(sourced.fieldSources[field])}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
