/**
 * Starts the simulated pool in the browser (msw service worker), seeded with the demo accounts.
 * The app imports this module only dynamically, so a build for a real pool never carries it.
 * `scenario` names one of scenarios.ts (unknown or absent: 'default'); `devInboxProps` are ready
 * for DevInbox.svelte. `settings` adjust the scenario further (the designers' previews use it).
 */

import { setupWorker } from 'msw/browser';
import { demoUsers, seedDemoUsers } from './demo-users';
import type { DevInboxProps } from './dev-panel';
import { createHandlers } from './handlers';
import { SimulatedPool, type PoolSettingsInput } from './pool';
import { isScenarioName, scenarioNames, settingsFor, type ScenarioName } from './scenarios';

export async function startSimulatedCognito({ scenario, settings }: { scenario?: string; settings?: PoolSettingsInput } = {}) {
  const name: ScenarioName = isScenarioName(scenario) ? scenario : 'default';
  const pool = new SimulatedPool({ settings: settingsFor(name, settings) });
  seedDemoUsers(pool);
  const worker = setupWorker(...createHandlers(pool));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  const devInboxProps: DevInboxProps = {
    inbox: pool.inbox,
    scenario: name,
    scenarios: scenarioNames,
    demoUsers,
    now: pool.now,
  };
  return { pool, inbox: pool.inbox, scenario: name, worker, devInboxProps };
}
