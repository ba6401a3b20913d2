/**
 * Debian's Chromium, driven by playwright-core (the launch lives in tests/bench/chromium.mjs,
 * shared with `npm run bench`).
 */
export { CHROMIUM_PATH, launchChromium } from '../../bench/chromium.mjs';
