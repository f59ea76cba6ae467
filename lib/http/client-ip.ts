// The client's address for rate limits (issue 14, part 3; DESIGN.md §7).
// - Served directly (TRUST_PROXY_HOPS 0): the socket's peer address, which our server
//   (scripts/server.ts) writes into PEER_ADDRESS_HEADER after dropping any copy the client sent.
//   Next.js cannot tell us: it fills X-Forwarded-For from the socket only when the client sent none
//   (`??=` in next/dist/server/base-server.js), so a handler cannot tell a client's header from the
//   peer, and rotating the header dodged every per-address limit.
// - Behind N proxies that each append the address they saw to X-Forwarded-For: the Nth entry from
//   the right, the one our nearest trusted proxy wrote.
// Whatever the source, only a valid IP address is returned, so no raw header string ever becomes a
// limiter key; anything else is UNKNOWN_CLIENT (one shared bucket: safe, if strict).
import { isIP } from 'node:net';
import { serverEnv } from '@/lib/env/server';
import { PEER_ADDRESS_HEADER } from './peer-address';

export { PEER_ADDRESS_HEADER } from './peer-address';
export const UNKNOWN_CLIENT = 'unknown';

/** A valid IPv4 or IPv6 address in one spelling (IPv4-mapped IPv6 as IPv4, lower case); null otherwise. */
export function normalisedIp(value: string | null | undefined): string | null {
  if (!value) return null;
  let text = value.trim();
  if (text.length > 64) return null;
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(text);
  if (mapped) text = mapped[1]!;
  return isIP(text) === 0 ? null : text.toLowerCase();
}

export function clientIp(headers: Headers, hops = serverEnv().TRUST_PROXY_HOPS): string {
  const peer = normalisedIp(headers.get(PEER_ADDRESS_HEADER));
  if (hops === 0) return peer ?? UNKNOWN_CLIENT;
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through them all; the peer is all we know.
  if (chain.length < hops) return peer ?? UNKNOWN_CLIENT;
  return normalisedIp(chain[chain.length - hops]) ?? UNKNOWN_CLIENT;
}
