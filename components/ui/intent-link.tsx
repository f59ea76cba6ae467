'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

/**
 * next/link that prefetches its page when the user reaches for it (pointer over it, a touch, or
 * keyboard focus) instead of when it scrolls into view. Every page here renders per request, so a
 * viewport prefetch is a server render and a fetch and parse on the main thread for each link in
 * sight: on /results, eleven of them for the header alone while the ranking was being drawn.
 * Clicking is as fast as before for a link the user reached for; a link nobody reaches costs nothing.
 */
export function IntentLink({ href, onMouseEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof Link>) {
  const router = useRouterIfMounted();
  const target = typeof href === 'string' && href.startsWith('/') ? href : null;
  const prefetch = () => {
    if (target !== null) router?.prefetch(target);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
    />
  );
}

/**
 * The app router, or null outside one (a component rendered on its own, as the unit tests render
 * the results' parts): the link then works without prefetching. useRouter reads a context and throws
 * when it is missing; it is called on every render either way, so the hooks' order never changes.
 */
function useRouterIfMounted(): ReturnType<typeof useRouter> | null {
  try {
    return useRouter();
  } catch {
    return null;
  }
}
