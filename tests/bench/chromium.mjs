/**
 * Debian's Chromium, driven by playwright-core. Its own browser download cannot work here, so
 * the executable is the system one (CHROMIUM_PATH overrides /usr/bin/chromium). Shared by the
 * browser tests (tests/e2e/support/browser.ts) and `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * @param {{ backForwardCache?: boolean }} [options] `backForwardCache`: keep Chromium's
 *   back/forward cache on (Playwright turns it off by default).
 */
export async function launchChromium({ backForwardCache = false } = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: run "apt-get install -y chromium" (.ci/run does).`);
  }
  const ignoreDefaultArgs = backForwardCache ? ['--disable-back-forward-cache'] : undefined;
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true, ignoreDefaultArgs });
}
