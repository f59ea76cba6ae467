import type { CalibrationReport } from '@/lib/engine/calibration/report';
import type { ApplicantType } from '@/lib/engine/types';

const TYPE_NAMES: Record<ApplicantType, string> = { US_MD: 'US MD seniors', US_DO: 'DO seniors', US_IMG: 'US citizen IMGs', NON_US_IMG: 'Non-US citizen IMGs' };
const CELL = 'py-1 pr-3';
const NUMBER = `${CELL} text-right tabular-nums`;
const signed = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(1)}`;
const fixed = (x: number | null): string => (x === null ? '—' : x.toFixed(1));

/** The calibration, published: engine against NRMP for every band, specialty and applicant type. */
export function CalibrationTables({ report }: { report: CalibrationReport }) {
  return (
    <div className="flex flex-col gap-4">
      <details className="rounded-md border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold text-slate-900">
          US MD seniors, every specialty and Step 2 CK band: NRMP against the engine ({report.bands.length} bands)
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left text-slate-700">
              Percent of US MD seniors who matched (NRMP Charting Outcomes, pooled 2020–2024), the engine fitted to all
              tables, and the engine fitted with that specialty&apos;s table left out. Bands marked * have too few
              applicants or too wide an error to hold the engine to.
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={CELL}>Specialty</th>
                <th scope="col" className={CELL}>Step 2 CK</th>
                <th scope="col" className={NUMBER}>Applicants</th>
                <th scope="col" className={NUMBER}>NRMP %</th>
                <th scope="col" className={NUMBER}>Engine %</th>
                <th scope="col" className={NUMBER}>Left out %</th>
                <th scope="col" className={NUMBER}>Left-out error</th>
              </tr>
            </thead>
            <tbody>
              {report.bands.map((b) => (
                <tr key={`${b.specialtyCode} ${b.band}`} className="border-b border-slate-200">
                  <th scope="row" className={`${CELL} font-normal`}>
                    {b.specialtyCode}
                  </th>
                  <td className={CELL}>
                    {b.band}
                    {b.asserted ? '' : ' *'}
                  </td>
                  <td className={NUMBER}>{b.n.toLocaleString('en-US')}</td>
                  <td className={NUMBER}>{b.nrmp}</td>
                  <td className={NUMBER}>{b.fitted.toFixed(1)}</td>
                  <td className={NUMBER}>{fixed(b.leftOut)}</td>
                  <td className={NUMBER}>{b.leftOut === null ? '—' : signed(b.leftOut - b.nrmp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <details className="rounded-md border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold text-slate-900">Every specialty by kind of applicant ({report.specialtyTypes.length} specialties)</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left text-slate-700">
              The engine&apos;s chance of matching in the specialty for typical applicants of each kind (scores spread as
              that kind&apos;s are), beside the one per-specialty rate NRMP publishes for IMGs: non-US citizen IMGs matched
              to their preferred specialty (Charting Outcomes: IMGs, 2026). The engine is fitted to that rate; DO and US
              citizen IMG rates per specialty are not published, so theirs follow from the overall rates below.
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={CELL}>Specialty</th>
                {(Object.keys(TYPE_NAMES) as ApplicantType[]).map((type) => (
                  <th key={type} scope="col" className={NUMBER}>
                    {TYPE_NAMES[type]} %
                  </th>
                ))}
                <th scope="col" className={NUMBER}>NRMP non-US IMG %</th>
              </tr>
            </thead>
            <tbody>
              {report.specialtyTypes.map((s) => (
                <tr key={s.specialtyCode} className="border-b border-slate-200">
                  <th scope="row" className={`${CELL} font-normal`}>
                    {s.name}
                  </th>
                  {(Object.keys(TYPE_NAMES) as ApplicantType[]).map((type) => (
                    <td key={type} className={NUMBER}>
                      {s.engine[type].toFixed(1)}
                    </td>
                  ))}
                  <td className={NUMBER}>{fixed(s.nrmpNonUsImg)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-1 text-left font-semibold text-slate-900">Overall, by kind of applicant</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className={CELL}>Applicant</th>
              <th scope="col" className={NUMBER}>Engine, preferred specialty %</th>
              <th scope="col" className={NUMBER}>Engine, a typical whole plan %</th>
              <th scope="col" className={NUMBER}>NRMP 2025, matched anywhere %</th>
            </tr>
          </thead>
          <tbody>
            {report.overall.map((o) => (
              <tr key={o.type} className="border-b border-slate-200">
                <th scope="row" className={`${CELL} font-normal`}>
                  {TYPE_NAMES[o.type]}
                </th>
                <td className={NUMBER}>{o.specialtiesWeighted.toFixed(1)}</td>
                <td className={NUMBER}>
                  {o.typicalPlan ? `${(100 * o.typicalPlan.estimate).toFixed(1)} (${o.typicalPlanApplications})` : '—'}
                </td>
                <td className={NUMBER}>{fixed(o.nrmp)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        For US seniors, matching in the preferred specialty and matching at all are close, and the engine meets both.
        For IMGs they are not: NRMP&apos;s per-specialty rates for non-US IMGs average about 48% (weighted by
        positions), while 58% matched somewhere, because many rank a second specialty or a preliminary year. So the
        engine is held to the per-specialty rates, and its overall chance for a typical IMG&apos;s whole plan (two thirds
        of 129 applications to Internal Medicine, one third to Family Medicine, our reading of how IMGs apply) is held to
        the rate of matching anywhere.
      </p>
    </div>
  );
}
