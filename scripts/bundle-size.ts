// First-load JS per route, raw and gzipped, from the build's route bundle stats (run after `npm run build`).
// scripts/lighthouse.ts reuses routeBundleSizes for the pages it audits.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROUTE_BUNDLE_STATS = '.next/diagnostics/route-bundle-stats.json';

interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

export interface RouteBundleSize {
  route: string;
  bytes: number;
  gzippedBytes: number;
}

/** Every route's first-load JS, sorted by route; null when there is no build to read. */
export function routeBundleSizes(): RouteBundleSize[] | null {
  if (!existsSync(ROUTE_BUNDLE_STATS)) return null;
  const routes = JSON.parse(readFileSync(ROUTE_BUNDLE_STATS, 'utf8')) as RouteStats[];
  return routes
    .map((route) => ({
      route: route.route,
      bytes: route.firstLoadUncompressedJsBytes,
      gzippedBytes: route.firstLoadChunkPaths.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0),
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main() {
  const sizes = routeBundleSizes();
  if (!sizes) {
    console.error(`${ROUTE_BUNDLE_STATS} not found: run npm run build first.`);
    process.exit(1);
  }
  console.log('route'.padEnd(28), 'first-load JS'.padStart(14), 'gzipped'.padStart(10));
  for (const size of sizes) {
    console.log(size.route.padEnd(28), kilobytes(size.bytes).padStart(14), kilobytes(size.gzippedBytes).padStart(10));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
