// One page of POST /api/recommendations, with every way it can fail named for the UI.
import type { StoredRequest } from '@/components/plan/request-storage';
import type { ApiErrorBody, RecommendationResponse } from '@/lib/recommendations/types';
import { retryAfterSeconds } from '@/lib/http/retry-after';
import type { ResultView } from '@/lib/schemas/recommendation';
import { postRanking, rankingBody, takeRanking } from './ranking-request';

export type FetchFailure =
  | { kind: 'invalid'; message: string; messages: string[] }
  /** 429: this browser asked too often; 503: the service cannot rank now (its database is unreachable). */
  | { kind: 'busy'; reason: 'rate-limited' | 'unavailable'; retryAfterSeconds: number | null }
  | { kind: 'network' }
  | { kind: 'server'; message: string };

export type PageResult = { ok: true; data: RecommendationResponse } | { ok: false; failure: FetchFailure };

function isErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && 'error' in body && typeof (body as ApiErrorBody).error?.message === 'string';
}

function isResponse(body: unknown): body is RecommendationResponse {
  return typeof body === 'object' && body !== null && Array.isArray((body as RecommendationResponse).results);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

export async function fetchRecommendationPage(request: StoredRequest, offset: number, signal?: AbortSignal, view: ResultView = {}): Promise<PageResult> {
  let response: Response;
  try {
    const body = rankingBody(request, offset, view);
    response = await ((offset === 0 ? takeRanking(body) : null) ?? postRanking(body, signal));
  } catch {
    return { ok: false, failure: { kind: 'network' } };
  }
  const body = await readJson(response);
  if (response.ok && isResponse(body)) return { ok: true, data: body };
  if (response.status === 429 || response.status === 503) {
    const reason = response.status === 429 ? 'rate-limited' : 'unavailable';
    return { ok: false, failure: { kind: 'busy', reason, retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after')) } };
  }
  if (response.status === 400 && isErrorBody(body)) {
    const messages = [...new Set(Object.values(body.error.fields ?? {}).flat())];
    return { ok: false, failure: { kind: 'invalid', message: body.error.message, messages } };
  }
  return {
    ok: false,
    failure: { kind: 'server', message: isErrorBody(body) ? body.error.message : `The server answered ${response.status}.` },
  };
}
