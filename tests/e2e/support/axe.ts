/**
 * axe-core in a page: injected as a script, which a strict Content-Security-Policy forbids, so
 * the page's context must bypass CSP (for this reason only).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  rule: string;
  impact: string | null | undefined;
  nodes: string[];
}

/**
 * axe with every rule it runs by default (WCAG 2.0-2.2 A and AA, and best practices such as one
 * main landmark, content inside landmarks, heading order), plus `target-size` (WCAG 2.2 AA 2.5.8),
 * which axe leaves off by default. No rule is excluded. What axe could not decide ("needs review",
 * e.g. a contrast it could not measure) counts as a failure too.
 *
 * `exclude` leaves out elements that are not the app: the previews' own caption. `only` runs
 * those rules alone (COLOUR_RULES for a second theme of the same page).
 */
export async function axe(page: Page, exclude: string[] = [], only?: readonly string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async ({ exclude, only }) => {
    type Result = { id: string; impact?: string | null; nodes: { target: unknown[]; failureSummary?: string }[] };
    type Axe = { run: (context: object, options: object) => Promise<{ violations: Result[]; incomplete: Result[] }> };
    const { axe } = window as unknown as { axe: Axe };
    const context = { include: [document], exclude: exclude.map((selector) => [selector]) };
    const result = await axe.run(context, {
      resultTypes: ['violations', 'incomplete'],
      ...(only ? { runOnly: { type: 'rule', values: only } } : { rules: { 'target-size': { enabled: true } } }),
    });
    const describe = (kind: string) => (found: Result) => ({
      rule: `${found.id}${kind}`,
      impact: found.impact,
      nodes: found.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    });
    return [...result.violations.map(describe('')), ...result.incomplete.map(describe(' (needs review)'))];
  }, { exclude, only });
}

/**
 * The rules a change of colours alone can break: text contrast, and a link told from the text
 * around it by its colour. The dark theme changes colours only (every colour is a light-dark()
 * pair in src/styles.css), so the rest of axe's rules meet the same page in both themes.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

