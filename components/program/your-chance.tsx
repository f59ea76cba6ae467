'use client';

// "Your chance" where you look (issue 17): with a plan in this browser, a program's page and compare
// ask the server where these programs stand in that plan's ranking (POST /api/recommendations with
// view.ids) and show the tier, interview and match chance. Nothing is computed in the browser.
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { readRequest, type StoredRequest } from '@/components/plan/request-storage';
import { formatEstimate } from '@/components/results/format';
import { postRanking } from '@/components/results/ranking-request';
import { TierBadge } from '@/components/results/tier-badge';
import { useIsClient } from '@/components/ui/use-is-client';
import type { RecommendationResponse, RecommendationResult } from '@/lib/recommendations/types';

export interface ChanceTarget {
  id: string;
  name: string;
  specialtyCode: string;
}

type State = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; byId: Map<string, RecommendationResult>; total: number };

export function YourChance({ programs, headingLevel = 2 }: { programs: readonly ChanceTarget[]; headingLevel?: 2 | 3 }) {
  const isClient = useIsClient();
  if (!isClient) return null;
  return <YourChanceLoaded programs={programs} headingLevel={headingLevel} />;
}

function YourChanceLoaded({ programs, headingLevel }: { programs: readonly ChanceTarget[]; headingLevel: 2 | 3 }) {
  const [request] = useState<StoredRequest | null>(readRequest);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = programs.length === 1 ? 'Your chance here' : 'Your chance at these programs';
  return (
    <section aria-labelledby="your-chance-heading" className="flex flex-col gap-2 rounded-lg border border-slate-300 p-4">
      <Heading id="your-chance-heading" className="text-xl font-bold text-slate-900">
        {title}
      </Heading>
      {request === null ? (
        <p className="text-slate-800">
          <Link href="/plan">Make a plan</Link> to see your interview and match chance at {programs.length === 1 ? 'this program' : 'these programs'}.
        </p>
      ) : (
        <Chances request={request} programs={programs} />
      )}
    </section>
  );
}

function Chances({ request, programs }: { request: StoredRequest; programs: readonly ChanceTarget[] }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const ids = programs.map((p) => p.id).join('\u0000');
  useEffect(() => {
    const controller = new AbortController();
    const body = JSON.stringify({ ...request, limit: 10, offset: 0, view: { ids: ids.split('\u0000') } });
    postRanking(body, controller.signal)
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const data = (await response.json()) as RecommendationResponse;
        setState({ status: 'ready', byId: new Map(data.results.map((r) => [r.program.id, r])), total: data.total });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'failed' });
      });
    return () => controller.abort();
  }, [request, ids]);

  if (state.status === 'loading') return <p className="text-slate-800" role="status">Working out your chance…</p>;
  if (state.status === 'failed') return <p className="text-slate-800">Your chance could not be worked out just now. Reload to try again.</p>;
  const chosen = new Set(request.preferences.specialties);
  return (
    <ul className="flex flex-col gap-2">
      {programs.map((program) => {
        const result = state.byId.get(program.id);
        return (
          <li key={program.id} className="flex flex-col gap-1 text-slate-900">
            {programs.length > 1 ? <span className="font-semibold">{program.name}</span> : null}
            {result ? (
              <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <TierBadge tier={result.tier} />
                <span>Interview {formatEstimate(result.interviewChance)}</span>
                <span>Match {formatEstimate(result.matchChance)}</span>
                <span className="text-slate-700">
                  #{result.rank} of {state.total} in <Link href="/results">your ranking</Link>
                </span>
              </span>
            ) : (
              <span className="text-slate-800">
                {chosen.has(program.specialtyCode)
                  ? 'Not on your ranked list: your answers exclude it (its visa sponsorship, a cutoff or a state you left out).'
                  : 'Not on your ranked list: its specialty is not one of your plan’s.'}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
