'use client';

import { useRouter } from 'next/navigation';
import { compareHref } from '@/lib/catalog/compare-ids';
import { removeFromCompare } from './compare-store';

/** Takes a program off the compare page: out of the pick and out of the address. */
export function RemoveFromCompare({ program, shownIds }: { program: { id: string; name: string }; shownIds: readonly string[] }) {
  const router = useRouter();
  function remove() {
    removeFromCompare(program.id);
    const rest = shownIds.filter((id) => id !== program.id);
    router.replace(rest.length > 0 ? compareHref(rest) : '/programs/compare', { scroll: false });
    // The removed column's button is gone: keep keyboard users on the page, at its heading.
    document.getElementById('compare-heading')?.focus();
  }
  return (
    <button
      type="button"
      onClick={remove}
      className="mt-2 inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-3 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
    >
      Remove<span className="sr-only"> {program.name} from the comparison</span>
    </button>
  );
}
