// Calls the lists route handlers as a browser on our own site would, and builds lists to test on.
import { GET as listsGet, POST as listsPost } from '@/app/api/lists/route';
import { DELETE as listDelete, GET as listGet, PATCH as listPatch } from '@/app/api/lists/[id]/route';
import { GET as compareGet } from '@/app/api/lists/[id]/compare/route';
import { GET as exportGet } from '@/app/api/lists/[id]/export/route';
import { DELETE as shareDelete, GET as shareGet, POST as sharePost } from '@/app/api/lists/[id]/share/route';
import type { RecommendationResponse } from '@/lib/recommendations/types';
import { POST as recommend } from '@/app/api/recommendations/route';
import { BASE_URL, jsonRequest, validRequest } from '../helpers';

/** What a browser sends with a write from our own pages. */
export const SAME_ORIGIN = { origin: BASE_URL, 'sec-fetch-site': 'same-origin' };
export const CROSS_SITE = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };

const params = (id: string) => ({ params: Promise.resolve({ id }) });

function request(method: string, path: string, cookie: string | null, body?: unknown, headers: Record<string, string> = SAME_ORIGIN): Request {
  const all: Record<string, string> = { ...(method === 'GET' ? {} : headers), ...(cookie ? { cookie } : {}) };
  if (body !== undefined) return jsonRequest(path, body, { method, headers: { 'content-type': 'application/json', ...all } });
  return new Request(`${BASE_URL}${path}`, { method, headers: all });
}

/** The lists API as one user (cookie from their jar; null when signed out). */
export function listsApi(cookie: string | null) {
  return {
    index: (query = '') => listsGet(request('GET', `/api/lists${query}`, cookie)),
    create: (body: unknown, headers?: Record<string, string>) => listsPost(request('POST', '/api/lists', cookie, body, headers)),
    get: (id: string) => listGet(request('GET', `/api/lists/${id}`, cookie), params(id)),
    patch: (id: string, body: unknown, headers?: Record<string, string>) =>
      listPatch(request('PATCH', `/api/lists/${id}`, cookie, body, headers), params(id)),
    remove: (id: string, headers?: Record<string, string>) => listDelete(request('DELETE', `/api/lists/${id}`, cookie, undefined, headers), params(id)),
    exportCsv: (id: string) => exportGet(request('GET', `/api/lists/${id}/export`, cookie), params(id)),
    compare: (id: string) => compareGet(request('GET', `/api/lists/${id}/compare`, cookie), params(id)),
    share: (id: string, headers?: Record<string, string>) => sharePost(request('POST', `/api/lists/${id}/share`, cookie, undefined, headers), params(id)),
    shareStatus: (id: string) => shareGet(request('GET', `/api/lists/${id}/share`, cookie), params(id)),
    unshare: (id: string, headers?: Record<string, string>) => shareDelete(request('DELETE', `/api/lists/${id}/share`, cookie, undefined, headers), params(id)),
  };
}

/** The plan lists are built from in these tests: validRequest's applicant, ranking internal medicine. */
export const PLAN = { profile: validRequest.profile, preferences: { specialties: ['IM'] } };

/** The top of the real ranking for PLAN, as /results shows it. */
export async function rankedPrograms(count: number): Promise<RecommendationResponse> {
  const response = await recommend(jsonRequest('/api/recommendations', { ...PLAN, limit: count }));
  if (response.status !== 200) throw new Error(`ranking failed: ${response.status}`);
  return (await response.json()) as RecommendationResponse;
}

/** A list body for the given program ids, ranked in that order. */
export function listBody(name: string, programIds: readonly string[]) {
  return { name, input: PLAN, items: programIds.map((programId, index) => ({ programId, rank: index + 1 })) };
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF), to read an export back. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
