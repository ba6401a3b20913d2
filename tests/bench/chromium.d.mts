/** Types for chromium.mjs. */
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH: string;
export const FLAGS: readonly string[];
export function launchChromium(options?: { backForwardCache?: boolean }): Promise<Browser>;
