// Where the validated request waits between /plan and /results. sessionStorage, never the URL:
// scores are personal data (DESIGN.md §7). A copy in memory covers browsers that block storage.
import { recommendationRequestSchema, type RecommendationRequest } from '@/lib/schemas/recommendation';

export const REQUEST_STORAGE_KEY = 'smartpick:request';

export type StoredRequest = Pick<RecommendationRequest, 'profile' | 'preferences'>;

const storedRequestSchema = recommendationRequestSchema.pick({ profile: true, preferences: true });

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
  const parsed = storedRequestSchema.safeParse(stored ?? requestInMemory);
  return parsed.success ? parsed.data : null;
}
