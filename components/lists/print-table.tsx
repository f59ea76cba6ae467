import type { SavedListItemView } from '@/lib/lists/types';
import { placeLabel } from '@/lib/reference/states';
import { formatSavedChance, formatTier, STATUS_LABEL } from './list-words';

const HEAD = 'border-b-2 border-slate-900 px-2 py-1 text-left text-sm font-semibold';
const CELL = 'border-b border-slate-400 px-2 py-1 align-top text-sm';

/** The list as a plain table, for paper only: on screen the editable rows stand in for it. */
export function PrintTable({ items, specialtyNames }: { items: readonly SavedListItemView[]; specialtyNames: Readonly<Record<string, string>> }) {
  return (
    <table className="hidden w-full border-collapse print:table">
      <thead>
        <tr>
          <th scope="col" className={HEAD}>#</th>
          <th scope="col" className={HEAD}>Program</th>
          <th scope="col" className={HEAD}>Location</th>
          <th scope="col" className={HEAD}>Tier</th>
          <th scope="col" className={HEAD}>Interview chance</th>
          <th scope="col" className={HEAD}>Status</th>
          <th scope="col" className={HEAD}>Note</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.programId} className="break-inside-avoid">
            <td className={CELL}>{item.rank}</td>
            <th scope="row" className={`${CELL} text-left font-semibold`}>
              {item.programName}
              <span className="block font-normal">
                {item.institution} · {specialtyNames[item.specialtyCode] ?? item.specialtyCode}
                {item.acgmeId ? ` · ACGME ${item.acgmeId}` : ''}
              </span>
            </th>
            <td className={CELL}>
              {placeLabel(item.city, item.state)}
            </td>
            <td className={CELL}>{formatTier(item.tier)}</td>
            <td className={CELL}>{formatSavedChance(item.chance)}</td>
            <td className={CELL}>{STATUS_LABEL[item.status]}</td>
            <td className={`${CELL} whitespace-pre-wrap`}>{item.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
