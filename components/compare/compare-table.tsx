import Link from 'next/link';
import { ProgramValue } from '@/components/program/program-value';
import { FIELD_LABEL, PROGRAM_FIELD_GROUPS, sameSource, sourceLabel } from '@/components/program/program-words';
import type { ProgramDetailField } from '@/lib/catalog/program-sources';
import { Badge } from '@/components/ui/badge';
import type { SourcedProgram } from '@/lib/catalog/program-detail';
import { placeLabel } from '@/lib/reference/states';
import { RemoveFromCompare } from './remove-from-compare';

const HEAD = 'px-3 py-2 text-left align-top text-sm font-semibold text-slate-900';
const CELL = 'px-3 py-2 align-top text-slate-900';

/** Whether the programs hold different values for a field (issue 17: compare highlights them, in words too). */
export function differsAcross(programs: readonly SourcedProgram[], field: ProgramDetailField): boolean {
  if (programs.length < 2) return false;
  return new Set(programs.map(({ program }) => JSON.stringify(program[field as keyof typeof program] ?? null))).size > 1;
}

/**
 * Programs side by side: one column per program, one row per field. Scrolled sideways inside its own
 * labelled, focusable region on a phone (WCAG 1.4.10 allows two-dimensional scrolling for data tables).
 */
export function CompareTable({ programs }: { programs: readonly SourcedProgram[] }) {
  const shownIds = programs.map((sourced) => sourced.program.id);
  return (
    <div role="region" aria-labelledby="compare-caption" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-slate-300">
      <table className="w-full border-collapse" style={{ minWidth: `${10 + programs.length * 14}rem` }}>
        <caption id="compare-caption" className="sr-only">
          {programs.length === 1 ? 'One program' : `${programs.length} programs side by side`}: every field, with its source
        </caption>
        <thead className="border-b-2 border-slate-400 bg-slate-100">
          <tr>
            <th scope="col" className={`${HEAD} w-40`}>
              Field
            </th>
            {programs.map(({ program }) => (
              <th key={program.id} scope="col" className={HEAD}>
                <Link href={`/programs/${encodeURIComponent(program.id)}`} className="text-base">
                  {program.name}
                </Link>
                <span className="block font-normal text-slate-800">
                  {program.specialtyName} · {placeLabel(program.city, program.state)}
                </span>
                <RemoveFromCompare program={{ id: program.id, name: program.name }} shownIds={shownIds} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-slate-200">
            <th scope="row" className={HEAD}>
              Catalog
            </th>
            {programs.map(({ program, source }) => (
              <td key={program.id} className={`${CELL} text-sm`}>
                {source.kind === 'demo' ? (
                  <span className="mb-1 block">
                    <Badge>Demo</Badge>
                  </span>
                ) : null}
                {sourceLabel(source)}
              </td>
            ))}
          </tr>
        </tbody>
        {PROGRAM_FIELD_GROUPS.map((group) => (
          <tbody key={group.id}>
            <tr className="border-b border-slate-300 bg-slate-50">
              <th scope="rowgroup" colSpan={programs.length + 1} className={`${HEAD} text-base`}>
                {group.title}
              </th>
            </tr>
            {group.fields.map((field) => {
              const differs = differsAcross(programs, field);
              return (
              <tr key={field} className={`border-b border-slate-200 ${differs ? 'bg-amber-50' : ''}`}>
                <th scope="row" className={`${HEAD} font-normal`}>
                  {FIELD_LABEL[field]}
                  {differs ? (
                    <span className="mt-1 block">
                      <Badge tone="amber">Differs</Badge>
                    </span>
                  ) : null}
                </th>
                {programs.map((sourced) => {
                  const fieldSource = sourced.fieldSources[field];
                  return (
                    <td key={sourced.program.id} className={CELL}>
                      <ProgramValue field={field} program={sourced.program} />
                      {sameSource(fieldSource, sourced.source) ? null : (
                        <span className="block text-sm text-slate-700">Source: {sourceLabel(fieldSource)}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
