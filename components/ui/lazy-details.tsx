'use client';

import { useState, type ReactNode } from 'react';

interface LazyDetailsProps {
  /** What the closed disclosure shows (the <summary>'s content). */
  summary: ReactNode;
  summaryClassName?: string;
  className?: string;
  id?: string;
  /** The body, drawn the first time the disclosure opens and kept from then on. */
  children: () => ReactNode;
}

/**
 * A <details> whose body is drawn only once it has been opened. The results page holds several
 * closed tables (the curve's numbers, the map's states, each card's other reasons): several hundred
 * elements that a phone would otherwise build, lay out and keep on every load, unseen. Keyboard and
 * screen readers meet the same native disclosure; opening it draws the body at once.
 */
export function LazyDetails({ summary, summaryClassName, className, id, children }: LazyDetailsProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      id={id}
      className={className}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary className={summaryClassName}>{summary}</summary>
      {opened ? children() : null}
    </details>
  );
}
