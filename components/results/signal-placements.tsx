import type { RecommendationResult, SourcedFigure, SpecialtyStrategyReply } from '@/lib/recommendations/types';
import { asSentence, formatShare, formatSource } from './format';
import { rowHeaderId } from './results-table';
import { describeSignalCounts, noSignalsPublished, SIGNAL_KIND_LABEL, signalReason } from './signal-words';

/** What a signal line needs of a program: its name, and its rank to link to its row. */
export interface ProgramRef {
  name: string;
  rank: number;
}

/** The loaded programs by id. A signal may go to a program on a page not loaded yet. */
export function programRefs(results: readonly RecommendationResult[]): ReadonlyMap<string, ProgramRef> {
  return new Map(results.map((result) => [result.program.id, { name: result.program.name, rank: result.rank }]));
}

interface SignalPlacementsProps {
  specialty: SpecialtyStrategyReply;
  programs: ReadonlyMap<string, ProgramRef>;
  source: SourcedFigure;
}

export function SignalPlacements({ specialty, programs, source }: SignalPlacementsProps) {
  const counts = specialty.signalCountsSource;
  const citation = (
    <p className="text-sm text-slate-700">
      Signal counts: {counts ? `${counts.source} (${counts.season})${counts.note ? `. ${asSentence(counts.note)}` : '.'}` : `${formatSource(source)}.`}
    </p>
  );
  if (noSignalsPublished(specialty.signalCounts)) {
    return (
      <div className="flex flex-col gap-1">
        <h3 className="font-semibold text-slate-900">Program signals</h3>
        <p className="text-slate-800">No program signals were found for this specialty.</p>
        {citation}
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-semibold text-slate-900">Program signals</h3>
      <p className="text-slate-800">
        {specialty.name} lets you send {describeSignalCounts(specialty.signalCounts)} through {specialty.applicationService}. A signal tells a program it is
        one of your top choices.
      </p>
      {specialty.signals.length === 0 ? (
        <p className="text-slate-800">
          We placed none: at none of the programs you would apply to does a signal add enough to your chance of matching.
        </p>
      ) : (
        <ul aria-label={`Where to send your ${specialty.name} signals`} className="flex flex-col gap-3">
          {specialty.signals.map((placement) => {
            const loaded = programs.get(placement.programId);
            return (
              <li key={`${placement.kind}-${placement.programId}`} className="border-l-4 border-slate-400 pl-3">
                <p className="text-slate-900">
                  <strong>{SIGNAL_KIND_LABEL[placement.kind]}</strong>
                  {' — '}
                  {loaded ? (
                    <a href={`#${rowHeaderId(loaded.rank)}`}>
                      {loaded.name} (number {loaded.rank} on your list)
                    </a>
                  ) : (
                    `${placement.programName} (number ${placement.rank} on your list)`
                  )}
                </p>
                <p className="text-sm text-slate-800">{asSentence(signalReason(placement))}</p>
                <p className="text-sm text-slate-800">
                  Interview chance {formatShare(placement.interviewWithout)} without the signal, about{' '}
                  {formatShare(placement.interviewWith)} with it.
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {citation}
    </div>
  );
}
