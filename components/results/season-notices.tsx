import type { RecommendationResponse } from '@/lib/recommendations/types';

type Notice = RecommendationResponse['notices'][number];

const TITLES: Record<string, string> = {
  h1b_petition_fee: 'The H-1B petition fee',
  h1b_step3: 'Step 3 for an H-1B',
  j1_processing: 'J-1 visa processing',
  step2_passing_score: 'The Step 2 CK passing score',
  residencycas: 'A separate application: ResidencyCAS',
};

/** One season notice, with its source and year. */
export function SeasonNotice({ notice }: { notice: Notice }) {
  return (
    <div className="rounded-md border border-amber-400 bg-amber-50 px-4 py-3 text-slate-900">
      <h3 className="font-semibold">{TITLES[notice.kind] ?? 'This season'}</h3>
      <p className="mt-1">{notice.text}</p>
      <p className="mt-1 text-sm text-slate-700">
        Source: {notice.source} ({notice.year}; {notice.season}).
      </p>
    </div>
  );
}

/** The season's notices that concern this applicant, apart from those shown beside a specialty. */
export function SeasonNotices({ notices }: { notices: readonly Notice[] }) {
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="season-notices-heading" className="flex flex-col gap-3 rounded-lg border border-slate-300 p-4 sm:p-6">
      <h2 id="season-notices-heading" className="text-xl font-bold text-slate-900">
        This season, for applicants like you
      </h2>
      {notices.map((notice) => (
        <SeasonNotice key={notice.kind} notice={notice} />
      ))}
    </section>
  );
}
