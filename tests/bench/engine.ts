// npm run bench:engine — engine time for 1k, 10k, 100k and 200k programs and for the demo catalog.
// Not part of npm test: speed targets live here, not in timed unit tests (see engine-scaling.ts).
import { engineChecks, measureEngine, printEngineTable } from './engine-scaling';

const rows = measureEngine();
printEngineTable(rows);
const checks = engineChecks(rows);
console.log(`\n${checks.every(([, ok]) => ok) ? 'PASS' : 'FAIL'}: ${checks.map(([text, ok]) => `${ok ? '✓' : '✗'} ${text}`).join('; ')}`);
