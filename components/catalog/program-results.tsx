// The catalog's rows: a table on wide screens, stacked cards on phones (no sideways scrolling).
import Link from 'next/link';
import { CompareToggle } from '@/components/compare/compare-toggle';
import { programHref } from '@/lib/catalog/program-href';
import type { ProgramSummary } from '@/lib/catalog/program-search';
import { placeLabel } from '@/lib/reference/states';
import { cutoffLabel, positionsLabel, settingLabel, shareLabel, sourceLabel, typeLabel, yesNo, yogLabel } from './catalog-words';

interface ProgramResultsProps {
  programs: readonly ProgramSummary[];
  specialtyNames: Readonly<Record<string, string>>;
}

const HEADER_CELL = 'px-3 py-2 text-left align-bottom font-semibold';
const CELL = 'px-3 py-2 align-top';

function ProgramLink({ program }: { program: ProgramSummary }) {
  return (
    <Link href={programHref(program.id)} prefetch={false} className="font-semibold text-blue-800 underline hover:text-blue-900">
      {program.name}
    </Link>
  );
}

export function ProgramResults({ programs, specialtyNames }: ProgramResultsProps) {
  const specialtyOf = (program: ProgramSummary) => specialtyNames[program.specialtyCode] ?? program.specialtyCode;
  return (
    <>
      <div className="hidden lg:block">
        <table className="w-full table-fixed border-collapse text-sm text-slate-900">
          <caption className="sr-only">Programs, {programs.length} on this page</caption>
          <colgroup>
            <col className="w-[24%]" />
            <col className="w-[13%]" />
            <col className="w-[14%]" />
            <col className="w-[10%]" />
            <col className="w-[10%]" />
            <col className="w-[12%]" />
            <col className="w-[8%]" />
            <col className="w-[9%]" />
          </colgroup>
          <thead className="border-b-2 border-slate-400">
            <tr>
              <th scope="col" className={HEADER_CELL}>Program</th>
              <th scope="col" className={HEADER_CELL}>Place, specialty</th>
              <th scope="col" className={HEADER_CELL}>Positions a year, type, setting</th>
              <th scope="col" className={HEADER_CELL}>Visas</th>
              <th scope="col" className={HEADER_CELL}>Residents now</th>
              <th scope="col" className={HEADER_CELL}>Stated minimums</th>
              <th scope="col" className={HEADER_CELL}>Source</th>
              <th scope="col" className={HEADER_CELL}>Compare</th>
            </tr>
          </thead>
          <tbody>
            {programs.map((program) => (
              <tr key={program.id} className="border-b border-slate-300">
                <td className={`${CELL} break-words`}>
                  <ProgramLink program={program} />
                  <div className="text-slate-700">{program.institution}</div>
                </td>
                <td className={CELL}>
                  {placeLabel(program.city, program.state)}
                  <div className="text-slate-700">{specialtyOf(program)}</div>
                </td>
                <td className={CELL}>
                  {positionsLabel(program.positions)}
                  <div className="text-slate-700">
                    {typeLabel(program.type)}; {settingLabel(program.setting).toLowerCase()}
                  </div>
                </td>
                <td className={CELL}>
                  <div>J-1: {yesNo(program.sponsorsJ1)}</div>
                  <div>H-1B: {yesNo(program.sponsorsH1b)}</div>
                </td>
                <td className={CELL}>
                  <div>IMG: {shareLabel(program.shareImg)}</div>
                  <div>DO: {shareLabel(program.shareDo)}</div>
                </td>
                <td className={CELL}>
                  <div>Step 2 CK: {cutoffLabel(program.minStep2, program.minStep2Hard)}</div>
                  <div className="text-slate-700">YOG limit: {yogLabel(program.yogLimitYears)}</div>
                </td>
                <td className={`${CELL} break-words`}>{sourceLabel(program.source, program.sourceDate)}</td>
                <td className={CELL}>
                  <CompareToggle program={{ id: program.id, name: program.name }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="flex flex-col gap-3 lg:hidden" aria-label="Programs">
        {programs.map((program) => (
          <li key={program.id} className="min-w-0 rounded-md border border-slate-300 bg-white p-4 text-slate-900">
            <h3 className="text-base break-words">
              <ProgramLink program={program} />
            </h3>
            <p className="break-words text-slate-700">{program.institution}</p>
            <p className="text-slate-800">
              {placeLabel(program.city, program.state)} · {specialtyOf(program)}
            </p>
            <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="font-semibold">Positions a year</dt>
              <dd>{positionsLabel(program.positions)}</dd>
              <dt className="font-semibold">Type, setting</dt>
              <dd>
                {typeLabel(program.type)}, {settingLabel(program.setting).toLowerCase()}
              </dd>
              <dt className="font-semibold">Visas</dt>
              <dd>
                <span className="whitespace-nowrap">J-1: {yesNo(program.sponsorsJ1)}</span>;{' '}
                <span className="whitespace-nowrap">H-1B: {yesNo(program.sponsorsH1b)}</span>
              </dd>
              <dt className="font-semibold">Residents now</dt>
              <dd>
                IMG: {shareLabel(program.shareImg)}; DO: {shareLabel(program.shareDo)}
              </dd>
              <dt className="font-semibold">Step 2 CK minimum</dt>
              <dd>{cutoffLabel(program.minStep2, program.minStep2Hard)}</dd>
              <dt className="font-semibold">YOG limit</dt>
              <dd>{yogLabel(program.yogLimitYears)}</dd>
              <dt className="font-semibold">Source</dt>
              <dd className="break-words">{sourceLabel(program.source, program.sourceDate)}</dd>
            </dl>
            <div className="mt-2">
              <CompareToggle program={{ id: program.id, name: program.name }} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
