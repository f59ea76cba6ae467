// First-load JS per route, raw and gzipped, from the build's route bundle stats (run after `npm run build`).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const STATS = '.next/diagnostics/route-bundle-stats.json';

interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

if (!existsSync(STATS)) {
  console.error(`${STATS} not found: run npm run build first.`);
  process.exit(1);
}
const routes = JSON.parse(readFileSync(STATS, 'utf8')) as RouteStats[];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('route'.padEnd(28), 'first-load JS'.padStart(14), 'gzipped'.padStart(10));
for (const route of routes.sort((a, b) => a.route.localeCompare(b.route))) {
  const gzipped = route.firstLoadChunkPaths.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  console.log(route.route.padEnd(28), kb(route.firstLoadUncompressedJsBytes).padStart(14), kb(gzipped).padStart(10));
}
