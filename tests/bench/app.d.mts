/** Types for app.mjs (re-exported by tests/e2e/support/app.ts and tools.ts). */
import type { Locator, Page } from 'playwright-core';

export function devInbox(page: Page): Locator;
export function latestCode(page: Page, to: string): Promise<string>;
export function authenticatorSecret(page: Page, email: string): Promise<string>;
export function signIn(page: Page, email: string, password: string): Promise<void>;
export function signUp(page: Page, email: string, password: string): Promise<void>;
export function enterCode(page: Page, code: string, button?: string): Promise<void>;
export function signedInAs(page: Page, email: string): Promise<void>;
export function otherCode(code: string): string;
export function totpCode(secret: string, atMs?: number): string;
