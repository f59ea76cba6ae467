// The request for a page of the ranking (POST /api/recommendations), and its first page asked for as
// early as possible: /results cannot draw anything before it arrives. Two starts, one taker:
// - the plan form starts it when it sends the user to /results (startRanking), so it runs while the
//   page's code and server payload load;
// - on a full load of /results (reload, bookmark, another tab), an inline script in the page's HTML
//   starts it (EARLY_RANKING_SCRIPT), so it runs while the page's JavaScript downloads and hydrates.
// fetchRecommendationPage then takes it over (takeRanking), but only for the very same request body
// and only while fresh: anything else is fetched as before.
import { REQUEST_STORAGE_KEY, type StoredRequest } from '@/components/plan/request-storage';
import type { ResultView } from '@/lib/schemas/recommendation';
import { hasView } from '@/lib/schemas/result-view-query';

/** Programs per request: /results fetches this many at a time, and the benchmark asks for the same page. */
export const PAGE_SIZE = 100;
const RANKING_URL = '/api/recommendations';
/** The page the early start is for. */
export const RESULTS_PATH = '/results';
/** Where the started request waits on `window` (the inline script cannot reach a module). */
const EARLY_RANKING_KEY = '__smartpickRanking' as const;
/** Older than this, a started request is not taken over: the user went elsewhere in between. */
export const EARLY_RANKING_MAX_AGE_MS = 60_000;

interface EarlyRanking {
  body: string;
  startedAt: number;
  response: Promise<Response>;
}

declare global {
  interface Window {
    [EARLY_RANKING_KEY]?: EarlyRanking;
  }
}

/** The request body of one page of the ranking: the stored answers, then the page, then the view when it filters or reorders. */
export function rankingBody(request: StoredRequest, offset: number, view: ResultView = {}): string {
  return JSON.stringify({ ...request, limit: PAGE_SIZE, offset, ...(hasView(view) ? { view } : {}) });
}

export function postRanking(body: string, signal?: AbortSignal): Promise<Response> {
  return fetch(RANKING_URL, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal });
}

/** Starts the first page for these answers; /results takes it over if it asks for the same one. */
export function startRanking(request: StoredRequest): void {
  const body = rankingBody(request, 0);
  const response = postRanking(body);
  // A request nobody takes over must not surface as an unhandled rejection; whoever takes it over
  // still sees its failure (this handler is a branch of its own).
  response.catch(() => undefined);
  window[EARLY_RANKING_KEY] = { body, startedAt: Date.now(), response };
}

/** The started request for exactly this body, once; null when there is none (or not that one, or a stale one). */
export function takeRanking(body: string): Promise<Response> | null {
  const early = window[EARLY_RANKING_KEY];
  delete window[EARLY_RANKING_KEY];
  if (!early || early.body !== body) return null;
  const age = Date.now() - early.startedAt;
  return age >= 0 && age <= EARLY_RANKING_MAX_AGE_MS ? early.response : null;
}

/**
 * startRanking as a classic script for the HTML of every full page load (the root layout), acting
 * only on /results, from sessionStorage (where the plan
 * form saved the answers; request-storage.ts). It sends what is stored unchecked: the API validates
 * every body, and takeRanking hands the reply over only if the page, after its own check, would
 * send the same bytes. Built from the same constants as the functions above; a unit test runs it.
 */
export const EARLY_RANKING_SCRIPT = [
  '(function(){try{',
  // In the root layout's HTML (every full load), it acts on /results only; a client navigation renders no script.
  `if(window.location.pathname!==${JSON.stringify(RESULTS_PATH)})return;`,
  `var stored=window.sessionStorage.getItem(${JSON.stringify(REQUEST_STORAGE_KEY)});`,
  'if(!stored)return;',
  'var answers=JSON.parse(stored);',
  "if(!answers||typeof answers!=='object'||Array.isArray(answers))return;",
  `var body=JSON.stringify(Object.assign(answers,{limit:${PAGE_SIZE},offset:0}));`,
  `var response=fetch(${JSON.stringify(RANKING_URL)},{method:'POST',headers:{'content-type':'application/json'},body:body});`,
  'response.catch(function(){});',
  `window[${JSON.stringify(EARLY_RANKING_KEY)}]={body:body,startedAt:Date.now(),response:response};`,
  '}catch(error){}})();',
].join('');
