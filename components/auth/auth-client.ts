// The browser's side of Auth.js's REST routes (/api/auth/*) and of POST /api/register.
//
// Email-and-password sign-in talks to Auth.js directly rather than through next-auth/react's
// signIn(): that one throws on our 429 (it reads a `url` the error body does not have) and, when
// the network fails, navigates to /api/auth/error. Here every outcome comes back as a word.

export type SignInOutcome = 'signed_in' | 'wrong_credentials' | 'too_many_attempts' | 'failed';

export interface SessionUser {
  email: string | null;
  name: string | null;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

async function csrfToken(): Promise<string | null> {
  const response = await fetch('/api/auth/csrf', { cache: 'no-store' });
  const body = (await readJson(response)) as { csrfToken?: unknown } | null;
  return typeof body?.csrfToken === 'string' ? body.csrfToken : null;
}

/** The signed-in user; null when signed out; throws when the session cannot be read. */
export async function fetchSessionUser(): Promise<SessionUser | null> {
  const response = await fetch('/api/auth/session', { cache: 'no-store' });
  if (!response.ok) throw new Error(`The session could not be read (${response.status}).`);
  const body = (await readJson(response)) as { user?: { email?: string | null; name?: string | null } } | null;
  if (!body?.user) return null;
  return { email: body.user.email ?? null, name: body.user.name ?? null };
}

export async function signInWithPassword(email: string, password: string): Promise<SignInOutcome> {
  try {
    const token = await csrfToken();
    if (!token) return 'failed';
    const response = await fetch('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password, csrfToken: token, json: 'true' }),
    });
    if (response.status === 429) return 'too_many_attempts';
    const body = (await readJson(response)) as { url?: unknown } | null;
    if (typeof body?.url !== 'string') return 'failed';
    // Auth.js answers a refused sign-in with 401 and its error page's address (?error=CredentialsSignin).
    const error = new URL(body.url, window.location.origin).searchParams.get('error');
    if (error === 'CredentialsSignin') return 'wrong_credentials';
    return response.ok && !error ? 'signed_in' : 'failed';
  } catch {
    return 'failed';
  }
}

export type RegisterOutcome =
  | { kind: 'created' }
  | { kind: 'email_taken' }
  | { kind: 'invalid'; fields: Record<string, string[]>; message: string }
  | { kind: 'too_many'; retryAfterSeconds: number | null }
  | { kind: 'failed' };

export async function register(input: { email: string; password: string; name?: string }): Promise<RegisterOutcome> {
  let response: Response;
  try {
    response = await fetch('/api/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    return { kind: 'failed' };
  }
  if (response.status === 201) return { kind: 'created' };
  if (response.status === 409) return { kind: 'email_taken' };
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    return { kind: 'too_many', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : null };
  }
  const body = (await readJson(response)) as { error?: { message?: string; fields?: Record<string, string[]> } } | null;
  if (response.status === 400 && body?.error) {
    return { kind: 'invalid', fields: body.error.fields ?? {}, message: body.error.message ?? 'Some fields need attention.' };
  }
  return { kind: 'failed' };
}
