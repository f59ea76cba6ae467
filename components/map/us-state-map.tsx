// A choropleth of the United States by state, with a legend, a table alternative and keyboard access.
// No hooks and no 'use client': it renders in Server Components (the catalog: states are links) and
// inside client components (the results: states are focusable and report focus and hover).
import type { ReactNode } from 'react';
import { LazyDetails } from '@/components/ui/lazy-details';
import { MAP_FRAME, PUERTO_RICO_INSET, type StateShape } from '@/lib/geo/frame';
import { BORDER_COLOUR, EMPTY_FILL, EMPTY_STROKE, binLabel, binOf, countBins, type CountBin } from './count-bins';
import { formatNumber } from '@/components/ui/number-format';

export interface StateTableColumn {
  label: string;
  counts: Partial<Record<string, number>>;
}

export interface UsStateMapProps {
  /** Unique on the page: the ids of the title, the table and the skip link's target hang off it. */
  id: string;
  /** The figure's name, shown above it and read by screen readers. */
  title: string;
  /** From getStateShapes() (lib/geo/us-states.ts), computed on the server. */
  shapes: readonly StateShape[];
  /** The number the colours show, by USPS code; states missing or at 0 are drawn empty and skipped by Tab. */
  counts: Partial<Record<string, number>>;
  /** The accessible name of a state with programs, e.g. "Texas: 412 programs". */
  describe: (shape: StateShape, count: number) => string;
  /** Where each state with programs links to; without it, states are focusable but not links. */
  stateHref?: (code: string) => string;
  /** Heading of the count column in the table, e.g. "Programs". */
  countLabel: string;
  /** More table columns after the count (e.g. the tiers). */
  columns?: readonly StateTableColumn[];
  /** Where the numbers come from, with the year; the boundaries' source is added. */
  source: ReactNode;
  boundariesSource: string;
  /** The state whose description the caption shows (focus or hover), if the parent tracks it. */
  activeCode?: string | null;
  onActiveChange?: (code: string | null) => void;
  /**
   * Draw the table only once its disclosure is opened (LazyDetails). Only inside client components:
   * the catalog's Server Component draws it with the page.
   */
  tableWhenOpened?: boolean;
}

export function UsStateMap(props: UsStateMapProps) {
  const { id, title, shapes, counts, stateHref, activeCode, onActiveChange } = props;
  const countOf = (code: string) => counts[code] ?? 0;
  const bins = countBins(Math.max(0, ...shapes.map((shape) => countOf(shape.code))));
  const withPrograms = shapes.filter((shape) => countOf(shape.code) > 0);
  const empty = shapes.filter((shape) => countOf(shape.code) <= 0);
  const active = shapes.find((shape) => shape.code === activeCode && countOf(shape.code) > 0);
  const titleId = `${id}-title`;
  const tableId = `${id}-table`;

  return (
    <figure aria-labelledby={titleId} className="flex flex-col gap-3">
      <figcaption id={titleId} className="font-semibold text-slate-900">
        {title}
      </figcaption>
      {withPrograms.length > 0 ? (
        <a href={`#${tableId}`} className="sr-only self-start focus:not-sr-only">
          Skip the map&apos;s {withPrograms.length} states
        </a>
      ) : null}
      <svg
        role="group"
        aria-labelledby={titleId}
        viewBox={`${MAP_FRAME.x} ${MAP_FRAME.y} ${MAP_FRAME.width} ${MAP_FRAME.height}`}
        className="h-auto w-full max-w-4xl"
        onMouseLeave={onActiveChange ? () => onActiveChange(null) : undefined}
      >
        <rect
          x={PUERTO_RICO_INSET.x}
          y={PUERTO_RICO_INSET.y}
          width={PUERTO_RICO_INSET.width}
          height={PUERTO_RICO_INSET.height}
          fill="none"
          stroke={EMPTY_STROKE}
          strokeDasharray="4 3"
          vectorEffect="non-scaling-stroke"
          aria-hidden="true"
        />
        <text
          x={PUERTO_RICO_INSET.x + PUERTO_RICO_INSET.width / 2}
          y={PUERTO_RICO_INSET.y - 6}
          textAnchor="middle"
          fontSize={16}
          fill="#334155"
          aria-hidden="true"
        >
          Puerto Rico
        </text>
        <g aria-hidden="true">
          {empty.map((shape) => (
            <path key={shape.code} d={shape.d} fill={EMPTY_FILL} stroke={EMPTY_STROKE} strokeWidth={1} vectorEffect="non-scaling-stroke" />
          ))}
        </g>
        {withPrograms.map((shape) => (
          <StateShapeView
            key={shape.code}
            shape={shape}
            bin={binOf(bins, countOf(shape.code))}
            label={props.describe(shape, countOf(shape.code))}
            href={stateHref?.(shape.code)}
            onActiveChange={onActiveChange}
          />
        ))}
      </svg>
      {onActiveChange ? (
        <p className="min-h-6 text-slate-800">
          {active ? props.describe(active, countOf(active.code)) : 'Point at a state, or Tab to it, to see its numbers.'}
        </p>
      ) : null}
      <Legend bins={bins} />
      <p className="text-sm text-slate-700">
        {props.source} Boundaries: {props.boundariesSource}.
      </p>
      <StateTable {...props} tableId={tableId} shapes={withPrograms} />
    </figure>
  );
}

interface StateShapeViewProps {
  shape: StateShape;
  bin: CountBin | undefined;
  label: string;
  href: string | undefined;
  onActiveChange: ((code: string | null) => void) | undefined;
}

// Focus and hover repaint the state amber (against blue neighbours and the white page) and thicken
// its outline; the global focus ring is drawn around it too.
const INTERACTIVE_PATH =
  'cursor-pointer hover:fill-amber-200 focus-visible:fill-amber-300 focus-visible:stroke-slate-900 focus-visible:[stroke-width:3px]';
const LINKED_PATH =
  'group-hover:fill-amber-200 group-focus-visible:fill-amber-300 group-focus-visible:stroke-slate-900 group-focus-visible:[stroke-width:3px]';

function StateShapeView({ shape, bin, label, href, onActiveChange }: StateShapeViewProps) {
  const paint = { d: shape.d, fill: bin?.colour ?? EMPTY_FILL, stroke: BORDER_COLOUR, strokeWidth: 1, vectorEffect: 'non-scaling-stroke' };
  if (href) {
    return (
      <a href={href} aria-label={label} className="group">
        <title>{label}</title>
        <path {...paint} className={LINKED_PATH} />
      </a>
    );
  }
  const report = onActiveChange ? () => onActiveChange(shape.code) : undefined;
  return (
    <path
      {...paint}
      role="img"
      tabIndex={0}
      aria-label={label}
      data-state={shape.code}
      className={INTERACTIVE_PATH}
      onFocus={report}
      onMouseEnter={report}
    />
  );
}

function Legend({ bins }: { bins: readonly CountBin[] }) {
  return (
    <ul aria-label="Colour key" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block size-4 border" style={{ background: EMPTY_FILL, borderColor: EMPTY_STROKE }} />
        None
      </li>
      {bins.map((bin) => (
        <li key={bin.min} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block size-4" style={{ background: bin.colour }} />
          {binLabel(bin)}
        </li>
      ))}
    </ul>
  );
}

function StateTable({
  tableId,
  title,
  shapes,
  counts,
  countLabel,
  columns = [],
  stateHref,
  tableWhenOpened = false,
}: UsStateMapProps & { tableId: string }) {
  const total = (values: Partial<Record<string, number>>) => shapes.reduce((sum, shape) => sum + (values[shape.code] ?? 0), 0);
  const summaryClassName =
    'inline-flex min-h-11 cursor-pointer items-center font-semibold text-blue-700 underline underline-offset-2 hover:text-blue-900';
  const summary = `${countLabel} by state as a table`;
  const table = () => (
    <table className="mt-2 w-full max-w-xl border-collapse text-left">
      <caption className="mb-1 text-left text-sm text-slate-700">{title}</caption>
      <thead className="border-b-2 border-slate-400">
        <tr>
          <th scope="col" className="px-2 py-1 text-sm font-semibold text-slate-900">
            State
          </th>
          {[countLabel, ...columns.map((column) => column.label)].map((label) => (
            <th key={label} scope="col" className="px-2 py-1 text-right text-sm font-semibold text-slate-900">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {shapes.map((shape) => (
          <tr key={shape.code} className="border-b border-slate-200">
            <th scope="row" className="px-2 py-1 font-normal text-slate-900">
              {stateHref ? <a href={stateHref(shape.code)}>{shape.name}</a> : shape.name}
            </th>
            {[counts, ...columns.map((column) => column.counts)].map((values, i) => (
              <td key={i} className="px-2 py-1 text-right tabular-nums text-slate-900">
                {formatNumber(values[shape.code] ?? 0)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t-2 border-slate-400">
        <tr>
          <th scope="row" className="px-2 py-1 font-semibold text-slate-900">
            All states
          </th>
          {[counts, ...columns.map((column) => column.counts)].map((values, i) => (
            <td key={i} className="px-2 py-1 text-right font-semibold tabular-nums text-slate-900">
              {formatNumber(total(values))}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
  if (tableWhenOpened) {
    return (
      <LazyDetails id={tableId} summaryClassName={summaryClassName} summary={summary}>
        {table}
      </LazyDetails>
    );
  }
  return (
    <details id={tableId}>
      <summary className={summaryClassName}>{summary}</summary>
      {table()}
    </details>
  );
}
