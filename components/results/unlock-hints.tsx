import type { UnlockHint } from '@/lib/engine/types';
import { formatCount } from './format';

/** The few smallest changes that would make the most left-out programs eligible. */
export function UnlockHints({ hints }: { hints: readonly UnlockHint[] }) {
  if (hints.length === 0) return null;
  return (
    <section aria-labelledby="unlock-heading" className="flex flex-col gap-3 rounded-lg border border-slate-300 p-4 sm:p-6">
      <h2 id="unlock-heading" className="text-xl font-bold text-slate-900">
        What would open more programs
      </h2>
      <p className="text-slate-800">Each count is for that one change on its own.</p>
      <ul className="flex flex-col gap-2">
        {hints.map((hint) => (
          <li key={`${hint.kind}-${hint.change}`} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-200 pb-2">
            <span className="text-slate-900">{hint.change}</span>
            <strong className="whitespace-nowrap text-slate-900 tabular-nums">+{formatCount(hint.programs, 'program', 'programs')}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
