'use client';

import dynamic from 'next/dynamic';
import { IntentLink } from '@/components/ui/intent-link';
import { useSearchParams } from 'next/navigation';
import { startTransition, useDeferredValue, useEffect, useMemo, useState, type ComponentProps } from 'react';
import { readRequest, type StoredRequest } from '@/components/plan/request-storage';
import { Button, LinkButton } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { PageSpinner, Spinner } from '@/components/ui/spinner';
import { useIsClient } from '@/components/ui/use-is-client';
import { useMediaQuery } from '@/components/ui/use-media-query';
import { hasView, readResultView } from '@/lib/schemas/result-view-query';
import { paramsOf } from '@/lib/schemas/url-params';
import { RANK_WEIGHT_CHANCE, RANK_WEIGHT_FIT } from '@/lib/engine/rank-score';
import type { StateShape } from '@/lib/geo/frame';
import type { ResultsStateMap as ResultsStateMapView } from '@/components/map/results-state-map';
import type { RecommendationResponse } from '@/lib/recommendations/types';
import { formatCount } from './format';
import { failureSentence, ResultsFailure } from './results-failure';
import { ResultsSummary } from './results-summary';
import { rankOfRowHeaderId, ResultsTable, rowHeaderId } from './results-table';
import { ResultsCards } from './results-cards';
import { ResultsFilters } from './results-filters';
import { SaveListForm } from './save-list-form';
import { programRefs } from './signal-placements';
import { signalsByProgram } from './signal-words';
import { StrategyPanel } from './strategy-panel';
import { UnlockHints } from './unlock-hints';
import { useRecommendations } from './use-recommendations';
import { formatNumber } from '@/components/ui/number-format';

// The map is far down the page: its code and the states' outlines (GET /api/geo/states, a static
// file built with the app) load on their own, from the first render on while the ranking is fetched,
// instead of weighing on the page's first load and its HTML.
const STATE_SHAPES_URL = '/api/geo/states';

interface MapGeometry {
  shapes: readonly StateShape[];
  boundariesSource: string;
}

type MapProps = Omit<ComponentProps<typeof ResultsStateMapView>, keyof MapGeometry>;

let geometryRequest: Promise<MapGeometry> | undefined;

function loadGeometry(): Promise<MapGeometry> {
  geometryRequest ??= fetch(STATE_SHAPES_URL)
    .then(async (response) => {
      if (!response.ok) throw new Error(`GET ${STATE_SHAPES_URL}: HTTP ${response.status}`);
      return (await response.json()) as MapGeometry;
    })
    .catch((error: unknown) => {
      geometryRequest = undefined; // the next page load tries again
      throw error;
    });
  return geometryRequest;
}

const loadStateMap = () =>
  Promise.all([import('@/components/map/results-state-map'), loadGeometry()]).then(
    ([module, geometry]) =>
      function StateMap(props: MapProps) {
        return <module.ResultsStateMap {...props} {...geometry} />;
      },
    () =>
      function MapUnavailable() {
        return (
          <Notice tone="error" title="The map didn't load">
            <p>Your ranking and its counts are complete; reload the page to try the map again.</p>
          </Notice>
        );
      },
  );
const ResultsStateMap = dynamic(loadStateMap, { loading: () => <Spinner label="Drawing the map…" /> });

interface PageFacts {
  /** The page has said already, above this view, that every program is demo data. */
  demoNoticeShown: boolean;
}

/** The answers live in sessionStorage, readable only in the browser: nothing to show before hydration. */
export function ResultsView(facts: PageFacts) {
  const isClient = useIsClient();
  if (!isClient) return <PageSpinner label="Loading your answers…" />;
  return <StoredRequestResults {...facts} />;
}

function StoredRequestResults(facts: PageFacts) {
  const [request] = useState(readRequest);
  if (!request) {
    return (
      <Notice title="No answers yet">
        <p>Tell us about yourself and what you are looking for, and we&apos;ll rank programs for you.</p>
        <p className="mt-3">
          <LinkButton href="/plan">Start your plan</LinkButton>
        </p>
      </Notice>
    );
  }
  return <Recommendations request={request} {...facts} />;
}

function Recommendations({ request, demoNoticeShown }: { request: StoredRequest } & PageFacts) {
  const searchParams = useSearchParams();
  const search = searchParams.toString();
  const view = useMemo(() => readResultView(paramsOf(new URLSearchParams(search))), [search]);
  // A phone or a tablet gets cards (issue 17): the table is wider than 60rem. From 64rem up, the table.
  const wide = useMediaQuery('(min-width: 64rem)');
  const { state, retry, loadMore, showRank } = useRecommendations(request, view);
  const ready = state.status === 'ready' ? state : null;
  const programs = useMemo(() => programRefs(ready?.results ?? []), [ready?.results]);
  const signals = useMemo(() => signalsByProgram(ready?.data.specialties ?? []), [ready?.data.specialties]);
  const fetched = ready?.results;
  const shown = ready?.shown ?? 0;
  const shownResults = useMemo(() => fetched?.slice(0, shown) ?? [], [fetched, shown]);
  // When the ranking arrives, the summary is drawn at once; the rest (strategy, map, table: well over
  // a thousand elements) follows in a render React splits into short tasks, so the page stays
  // responsive. Only the first appearance waits: later updates ("Load more") draw at once.
  const detailsReady = useDeferredValue(ready !== null);
  const [rankingReady, setRankingReady] = useState(false);
  useEffect(() => {
    if (detailsReady) startTransition(() => setRankingReady(true));
  }, [detailsReady]);
  const fitRated = (ready?.data.fitCounted ?? []).some((factor) => factor !== 'openness');

  useEffect(() => {
    void loadStateMap();
  }, []);

  // A signal's link may point at a fetched row the table does not draw yet: draw it, then go there.
  useEffect(() => {
    const goToRow = () => {
      const rank = rankOfRowHeaderId(decodeURIComponent(window.location.hash.slice(1)));
      if (rank !== null && showRank(rank)) document.getElementById(rowHeaderId(rank))?.focus();
    };
    window.addEventListener('hashchange', goToRow);
    return () => window.removeEventListener('hashchange', goToRow);
  }, [showRank]);
  return (
    <div aria-busy={state.status === 'loading'} className="flex flex-col gap-6">
      {state.status === 'loading' ? <PageSpinner label="Ranking programs for you…" /> : null}
      {state.status === 'failed' ? <ResultsFailure failure={state.failure} onRetry={retry} /> : null}
      {state.status === 'ready' ? (
        <>
          <div>
            <LinkButton href="/plan" variant="secondary">
              Edit my answers
            </LinkButton>
          </div>
          <ResultsSummary data={state.data} demoNoticeShown={demoNoticeShown} />
          {detailsReady ? (
            <>
              <StrategyPanel data={state.data} programs={programs} />
              <UnlockHints hints={state.data.unlockHints} />
              {hasView(view) ? (
                <Notice title="Save this list">
                  <p>The list you save is your recommended programs in our ranking: clear the filters and order below to save it.</p>
                </Notice>
              ) : (
                <SaveListForm request={request} data={state.data} results={state.results} />
              )}
              {state.data.total > 0 ? <ProgramsByState data={state.data} /> : null}
              {state.data.total > 0 && !rankingReady ? <div className="min-h-screen" /> : null}
              {state.data.total > 0 && rankingReady ? (
                <section
                  aria-labelledby="ranking-heading"
                  className="render-near-viewport -mx-2 flex flex-col gap-4 px-2 [--estimated-height:330rem] sm:[--estimated-height:300rem]"
                >
                  <h2 id="ranking-heading" className="text-xl font-bold text-slate-900">
                    Your ranked programs
                  </h2>
                  <p className="text-slate-800">
                    Ranked by a blend of {Math.round(RANK_WEIGHT_CHANCE * 100)}% interview chance and {Math.round(RANK_WEIGHT_FIT * 100)}%
                    fit.
                  </p>
                  <ResultsFilters view={view} statesWithPrograms={Object.keys(state.data.byState)} />
                  {fitRated ? null : (
                    <p className="text-slate-800">
                      You gave no location, setting, program type, size or research preference, so fit is not rated: the
                      ranking uses your interview chances and each program&apos;s share of residents like you.{' '}
                      <IntentLink href="/plan" className="text-blue-800 underline">
                        Add preferences
                      </IntentLink>{' '}
                      to rate fit.
                    </p>
                  )}
                  {shownResults.length === 0 ? (
                    <Notice title="No program on your list matches these filters">
                      <p>Clear a filter or the search to see more of your {formatCount(state.data.total, 'ranked program', 'ranked programs')}.</p>
                    </Notice>
                  ) : wide ? (
                    <ResultsTable results={shownResults} total={state.data.matching} signals={signals} fitRated={fitRated} />
                  ) : (
                    <ResultsCards results={shownResults} labelledBy="ranking-heading" signals={signals} fitRated={fitRated} />
                  )}
                  <p role="status" className="text-slate-800">
                    Showing {formatCount(shownResults.length, 'program', 'programs')} of {formatNumber(state.data.matching)}
                    {state.data.matching < state.data.total ? ` that match your filters (${formatNumber(state.data.total)} ranked)` : ''}.
                  </p>
                  {state.more.status === 'failed' ? (
                    <Notice tone="error" role="alert" title="More programs didn't load">
                      {failureSentence(state.more.failure)}
                    </Notice>
                  ) : null}
                  {shownResults.length < state.data.matching ? (
                    <Button
                      variant="secondary"
                      className="self-start"
                      onClick={loadMore}
                      disabled={state.more.status === 'loading'}
                      aria-busy={state.more.status === 'loading'}
                    >
                      Load more
                    </Button>
                  ) : null}
                </section>
              ) : null}
              {state.data.total === 0 ? (
                <Notice title="No program fits these answers">
                  <p>Try more specialties, fewer excluded states, or a different visa choice.</p>
                </Notice>
              ) : null}
            </>
          ) : (
            // Holds the page's height meanwhile, so the footer does not come up and go down again (CLS).
            <div className="min-h-screen" />
          )}
        </>
      ) : null}
    </div>
  );
}

function ProgramsByState({ data }: { data: RecommendationResponse }) {
  const catalog = data.demoCatalog ? 'the demo catalog (fictional programs)' : 'the SmartPick catalog';
  return (
    <section
      aria-labelledby="by-state-heading"
      className="render-near-viewport -mx-2 flex flex-col gap-3 px-2 [--estimated-height:41rem] sm:[--estimated-height:51rem]"
    >
      <h2 id="by-state-heading" className="text-xl font-bold text-slate-900">
        Where your programs are
      </h2>
      <p className="text-slate-800">
        All {formatCount(data.total, 'ranked program', 'ranked programs')}, not only the ones loaded below. Darker states
        hold more of them.
      </p>
      <ResultsStateMap byState={data.byState} source={`Programs: your ranking of ${catalog}, catalog ${data.catalogVersion}.`} />
    </section>
  );
}
