// The Chromium that the browser tests and `npm run lighthouse` drive, and how it must be started.
import { existsSync } from 'node:fs';

/**
 * CHROMIUM_PATH, else Debian's chromium when installed (Playwright's and Lighthouse's own browser
 * downloads fail offline: ENVIRONMENT.md), else undefined: the caller's own browser.
 */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

/** Without the background-networking flags, Chromium's own connections are refused on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
