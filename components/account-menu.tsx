'use client';

import { IntentLink } from '@/components/ui/intent-link';
import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { fetchSessionUser, type SessionUser } from '@/components/auth/auth-client';
import { buttonClasses } from '@/components/ui/button';
import { SignInNotice } from '@/components/auth/sign-in-notice';

// Back to the page the visitor was on, except pages that have nothing to come back to.
function signInHref(pathname: string | null): string {
  if (!pathname || pathname === '/' || pathname === '/signin' || pathname === '/signup') return '/signin';
  return `/signin?callbackUrl=${encodeURIComponent(pathname)}`;
}

type SessionState = { status: 'loading' } | { status: 'signed_out' } | { status: 'signed_in'; user: SessionUser };

interface AccountMenuProps {
  /** The site's own nav items (<li>s, rendered on the server); "My lists" joins them when signed in. */
  children: React.ReactNode;
  navLinkClassName: string;
}

/**
 * The main navigation with the account's place in it. The session is read once per page load:
 * signing in and out both end in a full page load, so it never goes stale.
 */
export function AccountMenu({ children, navLinkClassName }: AccountMenuProps) {
  const pathname = usePathname();
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const [signOutFailed, setSignOutFailed] = useState(false);

  useEffect(() => {
    let active = true;
    fetchSessionUser()
      .then((user) => active && setSession(user ? { status: 'signed_in', user } : { status: 'signed_out' }))
      // Unreadable (database down): offer sign-in; the page itself tells the rest.
      .catch(() => active && setSession({ status: 'signed_out' }));
    return () => {
      active = false;
    };
  }, []);

  const leave = async () => {
    setSignOutFailed(false);
    try {
      // Loaded on click: next-auth/react would otherwise weigh on every page's first load.
      const { signOut } = await import('next-auth/react');
      await signOut({ callbackUrl: '/' });
    } catch {
      setSignOutFailed(true);
    }
  };

  const user = session.status === 'signed_in' ? session.user : null;
  const who = user?.email ?? user?.name;
  return (
    <>
    <div className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1 print:hidden">
      <nav aria-label="Main">
        <ul className="flex flex-wrap gap-1">
          {children}
          {user ? (
            <li>
              <IntentLink href="/lists" className={navLinkClassName}>
                My lists
              </IntentLink>
            </li>
          ) : null}
          {session.status === 'loading' ? (
            // Holds the place of "Sign in" until the session is read, so the header keeps its height (CLS).
            <li aria-hidden="true" className="invisible">
              <span className={navLinkClassName}>Sign in</span>
            </li>
          ) : null}
          {session.status === 'signed_out' ? (
            <li>
              <IntentLink href={signInHref(pathname)} className={navLinkClassName}>
                Sign in
              </IntentLink>
            </li>
          ) : null}
        </ul>
      </nav>
      {user ? (
        <div className="flex min-w-0 items-center gap-2">
          {who ? (
            <span title={who} className="max-w-48 min-w-0 truncate text-sm text-slate-700 sm:max-w-64">
              <span className="sr-only">Signed in as </span>
              {who}
            </span>
          ) : null}
          <button type="button" onClick={leave} className={buttonClasses('secondary', 'shrink-0 px-3 py-1 text-sm')}>
            Sign out
          </button>
        </div>
      ) : null}
      {signOutFailed ? (
        <p role="alert" className="w-full text-sm text-red-700">
          Sign-out didn’t go through. Check your connection and try again.
        </p>
      ) : null}
    </div>
    {/* A row of the header's own (it wraps there), under the logo and the menu. */}
    {user ? <SignInNotice /> : null}
    </>
  );
}
