'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { StoredRequest } from '@/components/plan/request-storage';
import type { RecommendationResponse, RecommendationResult } from '@/lib/recommendations/types';
import type { ResultView } from '@/lib/schemas/recommendation';
import { fetchRecommendationPage, type FetchFailure } from './fetch-recommendations';
import { rowHeaderId } from './results-table';

/**
 * Rows drawn at first and added by each "Load more". The API's page is larger (PAGE_SIZE, ranking-request.ts): the
 * recommended list can be saved from it at once, but drawing a hundred rows of about forty elements
 * each blocked a phone's main thread for over a second.
 */
export const ROWS_PER_STEP = 25;

export type MoreState = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; failure: FetchFailure };

export type RecommendationsState =
  | { status: 'loading' }
  | { status: 'failed'; failure: FetchFailure }
  | {
      status: 'ready';
      data: RecommendationResponse;
      /** Every result fetched so far, in rank order. */
      results: RecommendationResult[];
      /** How many of them the table draws. */
      shown: number;
      more: MoreState;
    };

/** Moves focus to the first added row, so that it is not lost when "Load more" goes away at the end. */
function focusRow(result: RecommendationResult | undefined) {
  if (result) document.getElementById(rowHeaderId(result.rank))?.focus();
}

/** The first page on mount (and on retry), more rows on demand: drawn from the fetched ones, then fetched. */
export function useRecommendations(request: StoredRequest, view: ResultView = {}) {
  // A new view is a new first page; the same view written anew (a new object) is not.
  const viewKey = JSON.stringify(view);
  const [state, setState] = useState<RecommendationsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchRecommendationPage(request, 0, controller.signal, JSON.parse(viewKey) as ResultView).then((page) => {
      if (controller.signal.aborted) return;
      setState(
        page.ok
          ? { status: 'ready', data: page.data, results: page.data.results, shown: ROWS_PER_STEP, more: { status: 'idle' } }
          : { status: 'failed', failure: page.failure },
      );
    });
    return () => controller.abort();
  }, [request, attempt, viewKey]);

  const retry = () => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  };

  /** Draws the fetched rows up to `rank` (a signal's link to a row not drawn yet); false when it is not fetched. */
  const showRank = (rank: number): boolean => {
    if (state.status !== 'ready') return false;
    const index = state.results.findIndex((result) => result.rank === rank);
    if (index < 0) return false;
    if (index >= state.shown) flushSync(() => setState({ ...state, shown: Math.ceil((index + 1) / ROWS_PER_STEP) * ROWS_PER_STEP }));
    return true;
  };

  const loadMore = async () => {
    if (state.status !== 'ready' || state.more.status === 'loading') return;
    const { results: loaded, shown } = state;
    if (shown < loaded.length) {
      flushSync(() => setState({ ...state, shown: shown + ROWS_PER_STEP }));
      focusRow(loaded[shown]);
      return;
    }
    setState({ ...state, more: { status: 'loading' } });
    const page = await fetchRecommendationPage(request, loaded.length, undefined, view);
    if (!page.ok) {
      setState({ ...state, more: { status: 'failed', failure: page.failure } });
      return;
    }
    const results = [...loaded, ...page.data.results];
    flushSync(() => setState({ status: 'ready', data: page.data, results, shown: loaded.length + ROWS_PER_STEP, more: { status: 'idle' } }));
    focusRow(page.data.results[0]);
  };

  return { state, retry, loadMore, showRank };
}
