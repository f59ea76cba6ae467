import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { STATUS_LABEL, formatSavedChance } from '@/components/lists/list-words';
import { SavedPlan } from '@/components/lists/saved-plan';
import { SIGNAL_KIND_LABEL } from '@/components/results/signal-words';
import { TierBadge } from '@/components/results/tier-badge';
import { Notice } from '@/components/ui/notice';
import { programHref } from '@/lib/catalog/program-href';
import { clientIp } from '@/lib/http/client-ip';
import { TooManyRequestsError } from '@/lib/http/errors';
import { sharedList } from '@/lib/lists/share';
import { limitRecommendations } from '@/lib/recommendations/rate-limit';
import { placeLabel } from '@/lib/reference/states';

// A link to keep out of search engines and out of other sites' logs.
export const metadata: Metadata = { title: 'A shared list', robots: { index: false, follow: false }, referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

type Params = Promise<{ token: string }>;

/** A list its owner shared with an advisor (issue 17): read-only, no account needed, no email address or notes. */
export default async function SharedListPage({ params }: { params: Params }) {
  try {
    await limitRecommendations(clientIp(await headers()));
  } catch (error) {
    if (!(error instanceof TooManyRequestsError)) throw error;
    return (
      <Notice tone="error" title="Too many requests">
        This address has opened shared lists very often in the last minute. Wait a minute and reload.
      </Notice>
    );
  }
  const list = await sharedList((await params).token);
  if (!list) notFound();
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p className="text-sm font-semibold text-slate-700">Shared with you, read-only</p>
        <h1 className="text-3xl font-bold break-words text-slate-900">{list.name}</h1>
        <p className="text-slate-800">
          A SmartPick list of {list.items.length} programs. Its owner can turn this link off at any time; their notes stay private.
        </p>
      </div>
      <SavedPlan list={list} />
      <section aria-labelledby="shared-programs" className="flex flex-col gap-3">
        <h2 id="shared-programs" className="text-xl font-bold text-slate-900">
          Programs, in the owner’s order
        </h2>
        <ol aria-labelledby="shared-programs" className="flex flex-col gap-2">
          {list.items.map((item) => (
            <li key={item.programId} className="flex flex-col gap-1 rounded-lg border border-slate-300 p-3">
              <p className="font-semibold break-words text-slate-900">
                <span className="tabular-nums text-slate-700">{item.rank}. </span>
                <Link href={programHref(item.programId)}>{item.programName}</Link>
              </p>
              <p className="text-sm text-slate-700">
                {placeLabel(item.city, item.state)} · {item.institution}
              </p>
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-800">
                {item.tier ? <TierBadge tier={item.tier} /> : null}
                <span>Interview chance when saved: {formatSavedChance(item.chance)}</span>
                {item.matchChance === null ? null : <span>· Match chance {formatSavedChance(item.matchChance)}</span>}
                {item.signal === null ? null : <span>· {SIGNAL_KIND_LABEL[item.signal]}</span>}
                <span>· Status: {STATUS_LABEL[item.status]}</span>
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
