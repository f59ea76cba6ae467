// Accounts and saved lists made through the API, for tests whose subject is what comes after.
// page.request shares the page's cookies, so a sign-in here signs the page in too.
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export interface Account {
  email: string;
  password: string;
}

let accountCount = 0;

/** A unique account per call (Date.now() alone repeats within a millisecond). */
export function newAccount(label: string): Account {
  accountCount += 1;
  return { email: `${label}-${Date.now()}-${accountCount}@example.com`, password: 'violet lantern orbit 42' };
}

export async function registerWithApi(request: APIRequestContext, account: Account): Promise<void> {
  const response = await request.post('/api/register', { data: account });
  expect(response.status(), await response.text()).toBe(201);
}

/** Auth.js's own two steps: a CSRF token, then the credentials callback (as the sign-in form does). */
export async function signInWithApi(request: APIRequestContext, account: Account): Promise<void> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', { form: { ...account, csrfToken, json: 'true' } });
  expect(response.ok()).toBe(true);
  const session = (await (await request.get('/api/auth/session')).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(account.email);
}

export const INTERNAL_MEDICINE_PLAN = {
  profile: { applicantType: 'US_MD', graduationYear: 2027, step2Score: 248, examFailures: 0, researchItems: 3, visaNeeded: 'NONE' },
  preferences: { specialties: ['IM'] },
} as const;

export interface SavedListSummary {
  id: string;
  name: string;
  items: { programId: string; acgmeId: string | null; programName: string; rank: number }[];
}

/** A list of the plan's top `size` programs, saved for the signed-in account of `request`. */
export async function createListWithApi(request: APIRequestContext, name: string, size = 4): Promise<SavedListSummary> {
  const ranked = await request.post('/api/recommendations', { data: { ...INTERNAL_MEDICINE_PLAN, limit: size } });
  expect(ranked.ok()).toBe(true);
  const { results } = (await ranked.json()) as { results: { rank: number; tier: string; program: { id: string } }[] };
  const items = results.map((result) => ({ programId: result.program.id, rank: result.rank, tier: result.tier }));
  const created = await request.post('/api/lists', { data: { name, input: INTERNAL_MEDICINE_PLAN, items } });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()) as SavedListSummary;
}

/** A new account, signed in, with one saved list; the page is signed in. */
export async function signedInWithList(page: Page, label: string, size = 4) {
  const account = newAccount(label);
  await registerWithApi(page.request, account);
  await signInWithApi(page.request, account);
  const list = await createListWithApi(page.request, `${label} list`, size);
  return { account, list };
}

/** Resource errors the browser logs for answers a test provokes on purpose (e.g. a 409). */
export function isExpectedHttpError(message: string, status: number): boolean {
  return message.includes(`status of ${status}`);
}

/** Drops, from the fixture's console errors, the browser's own log line for an answer the test provoked. */
export function ignoreExpectedHttpErrors(consoleErrors: string[], status: number): void {
  const kept = consoleErrors.filter((message) => !isExpectedHttpError(message, status));
  consoleErrors.splice(0, consoleErrors.length, ...kept);
}
