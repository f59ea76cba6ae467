// The browser's calls to the lists API (DESIGN.md §4), each answering with the list or a named failure.
import type { ListComparison, SavedListView } from '@/lib/lists/types';
import type { CreateListInput, UpdateListInput } from '@/lib/schemas/lists';

export type ListFailure =
  | { kind: 'unauthorized' }
  | { kind: 'not_found' }
  | { kind: 'conflict' }
  | { kind: 'invalid'; message: string; messages: string[] }
  | { kind: 'busy' }
  | { kind: 'network' }
  | { kind: 'server'; message: string };

export type ListResult<T> = { ok: true; data: T } | { ok: false; failure: ListFailure };

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, string[]> };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<ListResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      cache: 'no-store',
      ...init,
      headers: init.body ? { 'content-type': 'application/json', ...init.headers } : init.headers,
    });
  } catch {
    return { ok: false, failure: { kind: 'network' } };
  }
  if (response.status === 204) return { ok: true, data: undefined as T };
  const body = await readJson(response);
  if (response.ok) return { ok: true, data: body as T };
  const error = (body as ErrorBody | null)?.error;
  switch (response.status) {
    case 401:
      return { ok: false, failure: { kind: 'unauthorized' } };
    case 404:
      return { ok: false, failure: { kind: 'not_found' } };
    case 409:
      return { ok: false, failure: { kind: 'conflict' } };
    case 429:
    case 503:
      return { ok: false, failure: { kind: 'busy' } };
    case 400:
    case 422: {
      const messages = [...new Set(Object.values(error?.fields ?? {}).flat())];
      return { ok: false, failure: { kind: 'invalid', message: error?.message ?? 'Something in the list needs attention.', messages } };
    }
    default:
      return { ok: false, failure: { kind: 'server', message: error?.message ?? `The server answered ${response.status}.` } };
  }
}

const listPath = (id: string) => `/api/lists/${encodeURIComponent(id)}`;

export const createSavedList = (body: CreateListInput) =>
  call<SavedListView>('/api/lists', { method: 'POST', body: JSON.stringify(body) });

export const fetchSavedList = (id: string) => call<SavedListView>(listPath(id));

export const updateSavedList = (id: string, body: UpdateListInput) =>
  call<SavedListView>(listPath(id), { method: 'PATCH', body: JSON.stringify(body) });

export const deleteSavedList = (id: string) => call<void>(listPath(id), { method: 'DELETE' });

export const fetchListComparison = (id: string) => call<ListComparison>(`${listPath(id)}/compare`);

export const listExportPath = (id: string) => `${listPath(id)}/export`;

/** The failure in a sentence for the page. */
export function describeListFailure(failure: ListFailure): string {
  switch (failure.kind) {
    case 'unauthorized':
      return 'You are signed out. Sign in again to continue.';
    case 'not_found':
      return 'This list no longer exists. It may have been deleted in another tab or window.';
    case 'conflict':
      return 'This list was changed in another tab or window.';
    case 'invalid':
      return [failure.message, ...failure.messages].join(' ');
    case 'busy':
      return 'SmartPick is busy right now. Try again in a moment.';
    case 'network':
      return 'We couldn’t reach SmartPick. Check your connection and try again.';
    case 'server':
      return failure.message;
  }
}
