import { LazyDetails } from '@/components/ui/lazy-details';
import type { CurvePoint } from '@/lib/engine/types';
import { formatShare } from './format';

// Drawn in a 360-unit-wide box and scaled to the column: on a 375px phone (343px of column) the
// 13-unit text is about 12px tall, and max-w-lg stops it growing past about 18px on a desktop.
const WIDTH = 360;
const HEIGHT = 240;
const FONT_SIZE = 13;
const PLOT = { left: 46, right: 346, top: 34, bottom: 192 } as const;
/** Room the "Recommended: n" label takes, roughly: 0.6 em per character. */
const MARKER_LABEL_WIDTH = 0.6 * FONT_SIZE * 'Recommended: 000'.length;
const PLOT_WIDTH = PLOT.right - PLOT.left;
const PLOT_HEIGHT = PLOT.bottom - PLOT.top;
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1] as const;
const X_TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000] as const;
const MAX_X_TICKS = 6;
/** The table alternative lists every 5th point, plus the first, the recommended and the last. */
const TABLE_EVERY = 5;

// Colours on white: curve blue-700 (6.7:1), axes slate-600 (7.6:1), text slate-800/900 (≥ 12:1).
const CURVE_COLOUR = '#1d4ed8';
const MARKER_COLOUR = '#1e3a8a';
const AXIS_COLOUR = '#475569';
const GRID_COLOUR = '#e2e8f0';
const TEXT_COLOUR = '#1e293b';

function xTickStep(maxApplications: number): number {
  return X_TICK_STEPS.find((step) => maxApplications / step <= MAX_X_TICKS) ?? Math.ceil(maxApplications / MAX_X_TICKS);
}

function applicationsWord(count: number): string {
  return count === 1 ? '1 application' : `${count} applications`;
}

/** What the chart shows, in one sentence: the name of the image for screen readers. */
export function describeMatchCurve(curve: readonly CurvePoint[], recommended: number): string {
  const first = curve[0];
  const last = curve.at(-1);
  if (first === undefined || last === undefined) return 'No chance of matching to show: no eligible programs.';
  const pick = curve.find((point) => point.applications === recommended);
  const start = `${formatShare(first.matchProbability)} with ${applicationsWord(first.applications)}`;
  const trend =
    first === last
      ? `Chance of at least one match is ${start}`
      : `Chance of at least one match rises from ${start} to ${formatShare(last.matchProbability)} with ${last.applications}`;
  return pick ? `${trend}; recommended ${applicationsWord(pick.applications)}, ${formatShare(pick.matchProbability)}` : trend;
}

interface MatchCurveChartProps {
  /** Unique on the page: ids of the heading and the table hang off it. */
  id: string;
  specialtyName: string;
  curve: readonly CurvePoint[];
  recommended: number;
}

/** P(at least one match) against applications sent, the recommended count marked, with the numbers as a table. */
export function MatchCurveChart({ id, specialtyName, curve, recommended }: MatchCurveChartProps) {
  const maxApplications = Math.max(1, ...curve.map((point) => point.applications));
  const x = (applications: number) => PLOT.left + (applications / maxApplications) * PLOT_WIDTH;
  const y = (probability: number) => PLOT.bottom - Math.min(1, Math.max(0, probability)) * PLOT_HEIGHT;
  const step = xTickStep(maxApplications);
  const xTicks = Array.from({ length: Math.floor(maxApplications / step) + 1 }, (_, i) => i * step);
  const path = curve.map((point, i) => `${i === 0 ? 'M' : 'L'}${x(point.applications).toFixed(1)} ${y(point.matchProbability).toFixed(1)}`).join(' ');
  const pick = curve.find((point) => point.applications === recommended);
  const headingId = `${id}-heading`;

  return (
    <div className="flex flex-col gap-2">
      <h3 id={headingId} className="font-semibold text-slate-900">
        Your chance of matching by number of applications
      </h3>
      <svg
        role="img"
        aria-label={describeMatchCurve(curve, recommended)}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-lg"
        fontSize={FONT_SIZE}
      >
        <text x={PLOT.left} y={18} fill={TEXT_COLOUR} fontWeight={600}>
          Chance of at least one match
        </text>
        {Y_TICKS.map((tick) => (
          <g key={tick}>
            <line x1={PLOT.left} x2={PLOT.right} y1={y(tick)} y2={y(tick)} stroke={GRID_COLOUR} />
            <text x={PLOT.left - 6} y={y(tick)} dy="0.35em" textAnchor="end" fill={TEXT_COLOUR}>
              {Math.round(tick * 100)}%
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={PLOT.bottom} y2={PLOT.bottom + 5} stroke={AXIS_COLOUR} />
            <text x={x(tick)} y={PLOT.bottom + 19} textAnchor="middle" fill={TEXT_COLOUR}>
              {tick}
            </text>
          </g>
        ))}
        <line x1={PLOT.left} x2={PLOT.right} y1={PLOT.bottom} y2={PLOT.bottom} stroke={AXIS_COLOUR} strokeWidth={1.5} />
        <line x1={PLOT.left} x2={PLOT.left} y1={PLOT.top} y2={PLOT.bottom} stroke={AXIS_COLOUR} strokeWidth={1.5} />
        <text x={(PLOT.left + PLOT.right) / 2} y={HEIGHT - 8} textAnchor="middle" fill={TEXT_COLOUR} fontWeight={600}>
          Applications sent
        </text>
        <path d={path} fill="none" stroke={CURVE_COLOUR} strokeWidth={3} strokeLinejoin="round" strokeLinecap="round" />
        {pick ? <RecommendedMarker cx={x(pick.applications)} cy={y(pick.matchProbability)} applications={pick.applications} /> : null}
      </svg>
      <CurveTable id={id} specialtyName={specialtyName} curve={curve} recommended={recommended} />
    </div>
  );
}

function RecommendedMarker({ cx, cy, applications }: { cx: number; cy: number; applications: number }) {
  // The curve rises to the right of the point and falls to its left, so the space below and to the
  // right of it is free; near the right edge the label goes left, near the bottom above the point.
  const toRight = cx + 10 + MARKER_LABEL_WIDTH <= PLOT.right;
  const labelY = cy + 22 <= PLOT.bottom - 6 ? cy + 22 : cy - 12;
  return (
    <g>
      <line x1={cx} x2={cx} y1={cy} y2={PLOT.bottom} stroke={AXIS_COLOUR} strokeDasharray="4 3" />
      <circle cx={cx} cy={cy} r={6.5} fill={MARKER_COLOUR} stroke="#ffffff" strokeWidth={2} />
      {/* A white halo keeps the label readable where it crosses the curve. */}
      <text
        x={toRight ? cx + 10 : cx - 10}
        y={labelY}
        textAnchor={toRight ? 'start' : 'end'}
        fill={TEXT_COLOUR}
        fontWeight={700}
        stroke="#ffffff"
        strokeWidth={4}
        paintOrder="stroke"
      >
        Recommended: {applications}
      </text>
    </g>
  );
}

function CurveTable({ id, specialtyName, curve, recommended }: MatchCurveChartProps) {
  const lastApplications = curve.at(-1)?.applications;
  const rows = curve.filter(
    (point) =>
      point.applications === 1 ||
      point.applications % TABLE_EVERY === 0 ||
      point.applications === recommended ||
      point.applications === lastApplications,
  );
  if (rows.length === 0) return null;
  return (
    <LazyDetails
      className="max-w-lg"
      summaryClassName="inline-flex min-h-11 cursor-pointer items-center font-semibold text-blue-700 underline underline-offset-2 hover:text-blue-900"
      summary="Show the numbers"
    >
      {() => (
        <table id={`${id}-table`} className="mt-2 w-full border-collapse text-left">
          <caption className="mb-1 text-left text-sm text-slate-700">
            Chance of at least one match in {specialtyName}, by applications sent
          </caption>
          <thead className="border-b-2 border-slate-400">
            <tr>
              <th scope="col" className="px-2 py-1 text-sm font-semibold text-slate-900">
                Applications
              </th>
              <th scope="col" className="px-2 py-1 text-sm font-semibold text-slate-900">
                Chance of at least one match
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((point) => {
              const isPick = point.applications === recommended;
              return (
                <tr key={point.applications} className={`border-b border-slate-200 ${isPick ? 'bg-blue-50 font-semibold' : ''}`}>
                  <th scope="row" className="px-2 py-1 font-normal tabular-nums text-slate-900">
                    {point.applications}
                    {isPick ? <span className="font-semibold"> (recommended)</span> : null}
                  </th>
                  <td className="px-2 py-1 tabular-nums text-slate-900">{formatShare(point.matchProbability)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </LazyDetails>
  );
}
