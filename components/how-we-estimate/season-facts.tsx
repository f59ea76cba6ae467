import { describeFeeSchedule } from '@/lib/engine/strategy/cost';
import { seasonLabel, type SeasonFacts } from '@/lib/reference/seasons';
import { findSpecialtyReference } from '@/lib/reference/specialties';

const CELL = 'py-1 pr-3 align-top';
const usd = (n: number) => `$${n.toLocaleString('en-US')}`;

/** The season's facts as SmartPick uses them: services, fees, one-time fees and signals, each with its source and season. */
export function SeasonFactsTables({ facts }: { facts: SeasonFacts }) {
  const moved = Object.entries(facts.specialties).filter(([, s]) => s.service !== 'ERAS' || s.matchHeldBy !== 'NRMP');
  const signals = Object.entries(facts.specialties).filter(([, s]) => s.signals !== null);
  const nameOf = (code: string) => findSpecialtyReference(code)?.name ?? code;
  return (
    <div className="flex flex-col gap-3">
      <p>
        You are applying in the <strong>{facts.season}</strong> season (Match {facts.matchYear}). Most specialties apply
        through ERAS and match through the NRMP; these do not:
      </p>
      <ul className="list-disc pl-5">
        {moved.map(([code, s]) => (
          <li key={code}>
            {nameOf(code)}: applies through {s.service}
            {s.serviceSince ? ` (since ${s.serviceSince})` : ''}, matches through {s.matchHeldBy}. Source: {s.serviceSource}.
          </li>
        ))}
        {facts.notRanked.map((s) => (
          <li key={s.code}>
            {s.name}: {s.what} Source: {s.source}.
          </li>
        ))}
      </ul>
      <h3 className="text-lg font-semibold text-slate-900">Application fees</h3>
      <ul className="list-disc pl-5">
        {Object.entries(facts.fees).map(([service, schedule]) => (
          <li key={service}>
            {schedule ? (
              <>
                {service}: {describeFeeSchedule(schedule)}
                {schedule.resetsPerSpecialty ? ', starting again for each specialty' : ''}. {schedule.note ? `${schedule.note} ` : ''}Source:{' '}
                {schedule.source} ({seasonLabel(schedule, facts.season)}).
              </>
            ) : (
              `${service}: fees not known to SmartPick, so no cost is shown for it.`
            )}
          </li>
        ))}
      </ul>
      <p>Once per season, on each service your applications go through:</p>
      <ul className="list-disc pl-5">
        {facts.oneTimeFees.map((fee) => (
          <li key={`${fee.service}-${fee.key}`}>
            {fee.label} on {fee.service}: {usd(fee.usd)}. {fee.note ? `${fee.note} ` : ''}Source: {fee.source} ({seasonLabel(fee, facts.season)}).
          </li>
        ))}
      </ul>
      <details className="rounded-md border border-slate-300 p-3">
        <summary className="cursor-pointer font-semibold text-slate-900">Program signals by specialty ({signals.length} specialties)</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left text-slate-700">
              Signals an applicant may send in each specialty, with the season each count is from. A signal goes to an
              institution: its categorical and preliminary programs in one specialty share it.
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className={CELL}>Specialty</th>
                <th scope="col" className={CELL}>Signals</th>
                <th scope="col" className={CELL}>Season and source</th>
              </tr>
            </thead>
            <tbody>
              {signals.map(([code, s]) => (
                <tr key={code} className="border-b border-slate-200">
                  <th scope="row" className={`${CELL} font-normal`}>
                    {nameOf(code)}
                  </th>
                  <td className={CELL}>
                    {s.signals!.single !== null ? s.signals!.single : `${s.signals!.gold ?? 0} gold, ${s.signals!.silver ?? 0} silver`}
                  </td>
                  <td className={CELL}>
                    {seasonLabel(s.signals!, facts.season)}. {s.signals!.note ? `${s.signals!.note} ` : ''}
                    {s.signals!.source}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
