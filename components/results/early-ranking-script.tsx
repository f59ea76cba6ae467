import { requestNonce } from '@/lib/http/request-nonce';
import { EARLY_RANKING_SCRIPT } from './ranking-request';

/**
 * Starts the ranking's first page while the HTML is parsed, before any bundle has loaded
 * (ranking-request.ts). Carries the response's nonce: the CSP runs no other inline script.
 */
export async function EarlyRankingScript() {
  const nonce = await requestNonce();
  // Browsers hide a nonce from the DOM once applied, so hydration would see it differ.
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: EARLY_RANKING_SCRIPT }} />;
}
