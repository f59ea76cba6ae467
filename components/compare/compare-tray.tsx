'use client';

// The bar that holds the compare pick, on every page once a program is picked. Sticky rather than
// fixed: it keeps its own place at the end of the page, so it never hides the last of the content.
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { Button, LinkButton } from '@/components/ui/button';
import { clearCompare, COMPARE_MAX_PROGRAMS, compareHref, removeFromCompare, useComparedPrograms } from './compare-store';

const COMPARE_PATH = '/programs/compare';

export function CompareTray() {
  const picked = useComparedPrograms();
  const pathname = usePathname();
  // The compare page shows the programs themselves, each with its own Remove.
  if (picked.length === 0 || pathname === COMPARE_PATH) return null;
  return <Tray picked={picked} />;
}

/**
 * While the bar is up, the page keeps its height clear when scrolling a focused control into view
 * (WCAG 2.2, 2.4.11 Focus Not Obscured).
 */
function useScrollPaddingFor(element: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const bar = element.current;
    if (!bar) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingBottom = `${bar.offsetHeight}px`;
    });
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, [element]);
}

function Tray({ picked }: { picked: ReturnType<typeof useComparedPrograms> }) {
  const bar = useRef<HTMLElement>(null);
  useScrollPaddingFor(bar);
  return (
    <section ref={bar} aria-label="Programs to compare" className="sticky bottom-0 z-20 border-t-2 border-slate-400 bg-white shadow-[0_-4px_12px_rgb(15_23_42/0.12)] print:hidden">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
        <p className="text-sm font-semibold text-slate-900 sm:text-base" aria-live="polite">
          Compare ({picked.length} of {COMPARE_MAX_PROGRAMS}):
        </p>
        <div className="ml-auto flex gap-2">
          <LinkButton href={compareHref(picked)}>Compare</LinkButton>
          <Button variant="secondary" onClick={clearCompare}>
            Clear<span className="sr-only"> the programs to compare</span>
          </Button>
        </div>
        {/* One line that scrolls sideways on a phone, so the bar stays short; wrapped on wider screens. */}
        <ul className="relative flex w-full gap-2 overflow-x-auto pb-1 sm:flex-wrap sm:overflow-visible sm:pb-0">
          {picked.map((program) => (
            <li key={program.id} className="flex shrink-0 items-center gap-1 rounded-full bg-slate-100 py-0.5 pr-1 pl-3 text-sm text-slate-900 ring-1 ring-slate-300 ring-inset">
              <span className="max-w-[10rem] truncate sm:max-w-[18rem]" title={program.name}>
                {program.name}
              </span>
              <button
                type="button"
                onClick={() => removeFromCompare(program.id)}
                className="inline-flex size-6 items-center justify-center rounded-full text-slate-800 hover:bg-slate-300 focus-visible:outline-3 focus-visible:-outline-offset-2 focus-visible:outline-blue-700"
              >
                <span aria-hidden="true">×</span>
                <span className="sr-only">Remove {program.name} from the comparison</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
