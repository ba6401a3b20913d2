/** What a person does on the demo build, shared by the browser tests. */
import type { Page } from 'playwright-core';

export const devInbox = (page: Page) => page.getByRole('complementary', { name: 'Dev inbox' });

/** The newest code the simulated pool delivered to this address or phone, read from the panel. */
export async function latestCode(page: Page, to: string): Promise<string> {
  const message = devInbox(page).locator('li', { hasText: to }).first();
  await message.waitFor();
  return (await message.locator('output').first().textContent())!.trim();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
