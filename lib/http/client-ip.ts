// The client's address for rate limits. X-Forwarded-For is trusted only as far as the configured
// proxies (TRUST_PROXY_HOPS): each proxy appends the address it saw, so the client is that many
// entries from the right. With no proxy, Next.js itself sets the header to the socket's address
// when the client sent none, so a client that sends one can spoof it — then only the rightmost
// entry (what our own server saw, if it appended) is used.
import { serverEnv } from '@/lib/env/server';

export function clientIp(headers: Headers, hops = serverEnv().TRUST_PROXY_HOPS): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (chain.length === 0) return 'unknown';
  const index = Math.max(0, chain.length - Math.max(1, hops));
  return chain[index] ?? 'unknown';
}
