// Auth.js sends a failed GitHub or Google sign-in back to /signin?error=<code> (next-auth 4's codes).

const MESSAGES: Record<string, string> = {
  OAuthAccountNotLinked:
    'An account with that email already exists. Sign in with your email and password; we never join accounts without your password.',
  AccessDenied: 'Sign-in was cancelled or refused.',
  SessionRequired: 'Sign in to see that page.',
  // Raised by Auth.js itself when a credentials form posts without our page's JavaScript.
  CredentialsSignin: 'Email or password is incorrect.',
};

const FALLBACK = 'We couldn’t sign you in with that account. Try again, or use your email and password.';

/** Words for the ?error= code, or null when there is none. */
export function authErrorMessage(code: string | string[] | undefined): string | null {
  if (typeof code !== 'string' || code === '') return null;
  return MESSAGES[code] ?? FALLBACK;
}
