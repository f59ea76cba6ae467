import { requestNonce } from '@/lib/http/request-nonce';
import { EARLY_RANKING_SCRIPT } from './ranking-request';

/**
 * Starts the ranking's first page while the HTML is parsed, before any bundle has loaded
 * (ranking-request.ts). Carries the response's nonce: the CSP runs no other inline script.
 * Rendered by the root layout, which a client navigation does not render again: a <script> in a
 * page's payload made React warn on every plan → results navigation (issue 17), and never ran there.
 */
export async function EarlyRankingScript() {
  const nonce = await requestNonce();
  // Browsers hide a nonce from the DOM once applied, so hydration would see it differ.
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: EARLY_RANKING_SCRIPT }} />;
}
