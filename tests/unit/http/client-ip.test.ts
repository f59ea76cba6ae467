import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientIp, normalisedIp, PEER_ADDRESS_HEADER, UNKNOWN_CLIENT } from '@/lib/http/client-ip';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('clientIp', () => {
  it.each([
    { name: 'served directly: the socket peer our server set, whatever X-Forwarded-For says', hops: 0, h: { [PEER_ADDRESS_HEADER]: '203.0.113.5', 'x-forwarded-for': '192.0.2.1' }, ip: '203.0.113.5' },
    { name: 'served directly: an IPv4-mapped IPv6 peer as IPv4', hops: 0, h: { [PEER_ADDRESS_HEADER]: '::ffff:203.0.113.5' }, ip: '203.0.113.5' },
    { name: 'served directly without our server: one shared bucket, never the client header', hops: 0, h: { 'x-forwarded-for': '192.0.2.1' }, ip: UNKNOWN_CLIENT },
    { name: 'behind one proxy: the rightmost entry, which the proxy appended', hops: 1, h: { 'x-forwarded-for': '6.6.6.6, 198.51.100.9' }, ip: '198.51.100.9' },
    { name: 'behind two proxies: the second from the right', hops: 2, h: { 'x-forwarded-for': '6.6.6.6, 198.51.100.9, 10.0.0.2' }, ip: '198.51.100.9' },
    { name: 'behind a proxy: an entry that is not an address', hops: 1, h: { 'x-forwarded-for': `${'x'.repeat(15_000)}` }, ip: UNKNOWN_CLIENT },
    { name: 'behind two proxies, a chain too short: the peer', hops: 2, h: { 'x-forwarded-for': '198.51.100.9', [PEER_ADDRESS_HEADER]: '10.0.0.2' }, ip: '10.0.0.2' },
    { name: 'IPv6 in one spelling', hops: 1, h: { 'x-forwarded-for': '2001:DB8::1' }, ip: '2001:db8::1' },
  ] as { name: string; hops: number; h: Record<string, string>; ip: string }[])('$name', ({ hops, h, ip }) => {
    expect(clientIp(headers(h), hops)).toBe(ip);
  });

  it('never returns anything but an IP address or the shared unknown bucket, whatever the headers hold', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 100 }), fc.integer({ min: 0, max: 3 }), (forwarded, peer, hops) => {
        let h: Headers;
        try {
          h = headers({ 'x-forwarded-for': forwarded, [PEER_ADDRESS_HEADER]: peer });
        } catch {
          return; // not a valid header value: no request could carry it
        }
        const ip = clientIp(h, hops);
        expect(ip === UNKNOWN_CLIENT || normalisedIp(ip) === ip).toBe(true);
        expect(ip.length).toBeLessThanOrEqual(45);
      }),
    );
  });
});
