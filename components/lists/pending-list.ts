// A list saved before signing in waits here, in this tab's sessionStorage, while the applicant signs
// in or creates an account; /lists/pending saves it then (DESIGN.md §5: no retyping). Never the URL:
// the plan inside holds scores, which are personal data (DESIGN.md §7).
import type { CreateListInput } from '@/lib/schemas/lists';

export const PENDING_LIST_KEY = 'smartpick:pending-list';

/** False when the browser refuses storage: the caller then cannot promise to save it after sign-in. */
export function storePendingList(list: CreateListInput): boolean {
  try {
    window.sessionStorage.setItem(PENDING_LIST_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/** The schema is loaded here, on /lists/pending, so that storing a list (/results) does not load zod. */
export async function readPendingList(): Promise<CreateListInput | null> {
  try {
    const text = window.sessionStorage.getItem(PENDING_LIST_KEY);
    if (!text) return null;
    const { createListSchema } = await import('@/lib/schemas/lists');
    const parsed = createListSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearPendingList(): void {
  try {
    window.sessionStorage.removeItem(PENDING_LIST_KEY);
  } catch {
    // Storage refused: nothing was kept there either.
  }
}
