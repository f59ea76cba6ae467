import { listReferenceSources } from '@/lib/reference/sources';

/** Every source behind the figures, once each, with what it is used for. */
export function ReferenceSourceList() {
  return (
    <ul className="flex flex-col gap-3">
      {listReferenceSources().map(({ source, usedFor }) => (
        <li key={source} className="border-l-4 border-slate-300 pl-3">
          <p className="font-semibold text-slate-900">{source}</p>
          <p className="text-sm text-slate-700">Used for {usedFor.join('; ')}.</p>
        </li>
      ))}
    </ul>
  );
}
