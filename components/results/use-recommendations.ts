'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { StoredRequest } from '@/components/plan/request-storage';
import type { RecommendationResponse, RecommendationResult } from '@/lib/recommendations/types';
import { fetchRecommendationPage, type FetchFailure } from './fetch-recommendations';
import { rowHeaderId } from './results-table';

export type MoreState = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; failure: FetchFailure };

export type RecommendationsState =
  | { status: 'loading' }
  | { status: 'failed'; failure: FetchFailure }
  | { status: 'ready'; data: RecommendationResponse; results: RecommendationResult[]; more: MoreState };

/** The first page on mount (and on retry), further pages on demand. */
export function useRecommendations(request: StoredRequest) {
  const [state, setState] = useState<RecommendationsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchRecommendationPage(request, 0, controller.signal).then((page) => {
      if (controller.signal.aborted) return;
      setState(
        page.ok
          ? { status: 'ready', data: page.data, results: page.data.results, more: { status: 'idle' } }
          : { status: 'failed', failure: page.failure },
      );
    });
    return () => controller.abort();
  }, [request, attempt]);

  const retry = () => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  };

  const loadMore = async () => {
    if (state.status !== 'ready' || state.more.status === 'loading') return;
    const loaded = state.results;
    setState({ ...state, more: { status: 'loading' } });
    const page = await fetchRecommendationPage(request, loaded.length);
    if (!page.ok) {
      setState({ ...state, more: { status: 'failed', failure: page.failure } });
      return;
    }
    const results = [...loaded, ...page.data.results];
    flushSync(() => setState({ status: 'ready', data: page.data, results, more: { status: 'idle' } }));
    // The button may be gone (everything loaded): take focus to the first new row instead of losing it.
    const firstNew = page.data.results[0];
    if (firstNew) document.getElementById(rowHeaderId(firstNew.rank))?.focus();
  };

  return { state, retry, loadMore };
}
