// Where the validated request waits between /plan and /results. sessionStorage, never the URL:
// scores are personal data (DESIGN.md §7). A copy in memory covers browsers that block storage.
import { checkStoredRequest, type StoredRequestInput } from '@/lib/schemas/recommendation-check';

export const REQUEST_STORAGE_KEY = 'smartpick:request';

export type StoredRequest = StoredRequestInput;

let requestInMemory: StoredRequest | null = null;

export function saveRequest(request: StoredRequest): void {
  requestInMemory = request;
  try {
    window.sessionStorage.setItem(REQUEST_STORAGE_KEY, JSON.stringify(request));
  } catch {
    // Storage disabled or full: the in-memory copy still reaches /results in this tab.
  }
}

export function readRequest(): StoredRequest | null {
  let stored: unknown = null;
  try {
    const text = window.sessionStorage.getItem(REQUEST_STORAGE_KEY);
    stored = text ? JSON.parse(text) : null;
  } catch {
    stored = null;
  }
  return checkStoredRequest(stored ?? requestInMemory);
}
