import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium';
import { E2E_SMTP_PORT } from './tests/e2e/mail-settings';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /mobile\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: [
  {
    // Password-reset mail goes to a real SMTP server of the tests' own (tests/e2e/smtp-sink.ts).
    command: 'npx tsx tests/e2e/smtp-sink.ts',
    port: E2E_SMTP_PORT,
    env: { E2E_SMTP_PORT: String(E2E_SMTP_PORT) },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
  {
    // The production build on its own fresh database (embedded unless DATABASE_URL is set).
    // It also imports a small synthetic catalog (canonical CSV), so the pages are tested with imported programs too.
    command:
      `npx tsx scripts/with-db.ts --database=smartpick_e2e --fresh --migrate --seed -- sh -c "` +
      `npx tsx scripts/catalog-import.ts tests/fixtures/catalog/e2e-programs.csv --name 'E2E sample catalog' --year 2026 --by e2e` +
      ` && exec npx tsx scripts/server.ts -p ${PORT} -H 127.0.0.1"`,
    url: `${baseURL}/api/specialties`,
    // The specs rank and sign up from one address (127.0.0.1) far faster than a person; the limits themselves are integration tests.
    env: {
      EMBEDDED_PG_DIR: '.data/e2e-postgres',
      NEXT_TELEMETRY_DISABLED: '1',
      RECOMMENDATIONS_RATE_LIMIT: '1000',
      SIGN_UP_RATE_LIMIT: '1000',
      // Every spec signs in from 127.0.0.1: the per-address ceiling (20 in 15 minutes) would cap how many may.
      SIGN_IN_RATE_LIMIT: '1000',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(E2E_SMTP_PORT),
    },
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
  ],
});
