// The CSP nonce of the page being rendered, for the few inline scripts a page writes itself.
// proxy.ts puts the policy on the request; Next.js reads its nonce from there for its own scripts.
import { headers } from 'next/headers';

export function nonceOf(policy: string | null): string | undefined {
  return policy?.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
}

export async function requestNonce(): Promise<string | undefined> {
  return nonceOf((await headers()).get('content-security-policy'));
}
