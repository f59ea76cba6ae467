import { describe, expect, it } from 'vitest';
import { siteOrigin } from '@/lib/http/site-origin';

const request = (headers: Record<string, string>, url = 'http://127.0.0.1:3100/api/lists') => new Request(url, { headers });

describe('siteOrigin (the Origin check and Auth.js share it)', () => {
  it.each([
    {
      name: 'NEXTAUTH_URL when set, whatever the headers say',
      env: { NEXTAUTH_URL: 'https://smartpick.example/app', TRUST_PROXY_HOPS: 0 },
      headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' },
      origin: 'https://smartpick.example',
    },
    {
      name: 'served directly: the Host, never a client’s X-Forwarded-Host or -Proto',
      env: { NEXTAUTH_URL: undefined, TRUST_PROXY_HOPS: 0 },
      headers: { host: 'smartpick.test:3100', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
      origin: 'http://smartpick.test:3100',
    },
    {
      name: 'served directly: the socket’s scheme from our server, though Next.js made request.url https from a forged X-Forwarded-Proto',
      env: { NEXTAUTH_URL: undefined, TRUST_PROXY_HOPS: 0 },
      url: 'https://smartpick.test:3100/api/lists',
      headers: { host: 'smartpick.test:3100', 'x-forwarded-proto': 'https', 'x-smartpick-peer-protocol': 'http' },
      origin: 'http://smartpick.test:3100',
    },
    {
      name: 'served directly over TLS: https, as our server saw the socket',
      env: { NEXTAUTH_URL: undefined, TRUST_PROXY_HOPS: 0 },
      headers: { host: 'smartpick.test', 'x-smartpick-peer-protocol': 'https' },
      origin: 'https://smartpick.test',
    },
    {
      name: 'behind a proxy: the host and scheme the proxy forwards',
      env: { NEXTAUTH_URL: undefined, TRUST_PROXY_HOPS: 1 },
      headers: { host: '10.0.0.5:3000', 'x-forwarded-host': 'smartpick.example', 'x-forwarded-proto': 'https' },
      origin: 'https://smartpick.example',
    },
    {
      name: 'behind a proxy: an odd scheme falls back to the request’s own',
      env: { NEXTAUTH_URL: undefined, TRUST_PROXY_HOPS: 1 },
      headers: { host: 'smartpick.example', 'x-forwarded-proto': 'javascript' },
      origin: 'http://smartpick.example',
    },
  ] as { name: string; env: { NEXTAUTH_URL: string | undefined; TRUST_PROXY_HOPS: number }; url?: string; headers: Record<string, string>; origin: string }[])('$name', ({ env, url, headers, origin }) => {
    expect(siteOrigin(request(headers, url), env)).toBe(origin);
  });
});
