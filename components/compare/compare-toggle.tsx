'use client';

// "Compare" checkbox for one program, shared by the catalog, a program's page and the results.
import { useId, useState } from 'react';
import { addToCompare, COMPARE_MAX_PROGRAMS, removeFromCompare, useComparedPrograms, type ComparedProgram } from './compare-store';

export function CompareToggle({ program }: { program: ComparedProgram }) {
  const picked = useComparedPrograms();
  const [full, setFull] = useState(false);
  const messageId = useId();
  const checked = picked.some((p) => p.id === program.id);

  function toggle(next: boolean) {
    if (next) setFull(!addToCompare(program));
    else {
      removeFromCompare(program.id);
      setFull(false);
    }
  }

  return (
    <span className="inline-flex flex-col">
      {/* relative: the screen-reader-only name stays inside any sideways-scrolling table around it. */}
      <label className="relative inline-flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          className="size-4 accent-blue-700"
          checked={checked}
          onChange={(event) => toggle(event.target.checked)}
          aria-describedby={full ? messageId : undefined}
        />
        Compare<span className="sr-only"> {program.name}</span>
      </label>
      {full ? (
        <span id={messageId} role="status" className="text-xs text-red-800">
          You can compare {COMPARE_MAX_PROGRAMS} programs at a time; remove one first.
        </span>
      ) : null}
    </span>
  );
}
