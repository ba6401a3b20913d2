/**
 * Starts the simulated pool in the browser (msw service worker), seeded with the demo accounts.
 * The app imports this module only dynamically, so a build for a real pool never carries it.
 * `scenario` names one of scenarios.ts (unknown or absent: 'default'); `devInboxProps` are ready
 * for DevInbox.svelte. `settings` adjust the scenario further (the designers' previews use it);
 * `worker.use` prepends handlers for what the pool cannot do on demand (src/preview).
 *
 * The worker controls every page under the demo's base path, and msw hands the requests of a page
 * that never started it (a frame inside a demo tab) to the demo tab: a real-pool build on the same
 * origin would have its Cognito requests answered by the simulated pool. So the pool answers only
 * its own requests (ownRequestsOnly); everything else goes to the network untouched.
 */

import { getResponse, http, passthrough, RequestHandler, type HttpHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { jwtClaims } from '../auth/jwt';
import { demoUsers, seedDemoUsers } from './demo-users';
import type { DevInboxProps } from './dev-panel';
import { cognitoRegion, createHandlers, operationOf } from './handlers';
import { SimulatedPool, type PoolSettingsInput } from './pool';
import { isScenarioName, scenarioNames, settingsFor, type ScenarioName } from './scenarios';

/**
 * Sees every Cognito call of the pool's own before anyone answers it (the designers' answers
 * panel, src/preview): `next` gets the answer the pool, or an override, gives; what this answers
 * goes to the page instead.
 */
export type AnswerFilter = (operation: string, next: () => Promise<Response | undefined>) => Promise<Response | undefined>;

export async function startSimulatedCognito({
  scenario,
  settings,
  answers,
}: { scenario?: string; settings?: PoolSettingsInput; answers?: AnswerFilter } = {}) {
  const name: ScenarioName = isScenarioName(scenario) ? scenario : 'default';
  const pool = new SimulatedPool({ settings: settingsFor(name, settings) });
  seedDemoUsers(pool);
  const own = ownRequestsOnly(pool);
  // First after the guard, also before the overrides a preview prepends later (use, below).
  const front: HttpHandler[] = answers
    ? [
        http.post(
          ({ request }) => cognitoRegion(request.url) !== undefined && operationOf(request) !== undefined,
          async ({ request }) => {
            const rest = worker
              .listHandlers()
              .filter((handler): handler is HttpHandler => handler instanceof RequestHandler && !front.includes(handler as HttpHandler) && handler !== own.guard);
            const response = await answers(operationOf(request)!, () => getResponse(rest, request.clone()));
            if (response) await own.noteSession(response.clone());
            return response;
          },
        ),
      ]
    : [];
  const worker = setupWorker(own.guard, ...front, ...createHandlers(own.pool, { pageOrigin: location.origin }));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js`, options: { scope: import.meta.env.BASE_URL } },
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
  return {
    pool,
    inbox: pool.inbox,
    scenario: name,
    // Overrides go after the guard: they too answer only the pool's own requests.
    worker: { use: (...handlers: HttpHandler[]) => worker.use(own.guard, ...front, ...handlers) },
    devInboxProps,
  };
}

/**
 * A handler to put before all others, which sends to the network every request to a Cognito
 * endpoint that is not the pool's own, and `pool`, the simulated pool noting the sessions it hands
 * out. The pool's own requests go to its region's endpoint and carry its app client's id
 * (ClientId), an access token it issued for that client (its `client_id` claim), or a session it
 * handed out: whatever a page of this demo sends. A real pool's requests carry none of these, even
 * in the same region; and a token or session of the pool taken elsewhere is still its own, to refuse.
 */
function ownRequestsOnly(pool: SimulatedPool): {
  guard: HttpHandler;
  pool: Parameters<typeof createHandlers>[0];
  /** A Session in an answer the page got from elsewhere than the pool (an edited answer): its own too. */
  noteSession(response: Response): Promise<void>;
} {
  const { region, clientId } = pool.settings;
  const sessions = new Set<string>();

  async function isOwn(request: Request): Promise<boolean> {
    if (cognitoRegion(request.url) !== region) return false;
    let body: unknown;
    try {
      body = JSON.parse(await request.text());
    } catch {
      return false;
    }
    if (!body || typeof body !== 'object') return false;
    const { ClientId, AccessToken, Session } = body as Record<string, unknown>;
    if (ClientId !== undefined) return ClientId === clientId;
    if (typeof AccessToken === 'string') return jwtClaims(AccessToken).client_id === clientId;
    return typeof Session === 'string' && sessions.has(Session);
  }

  return {
    guard: http.all(
      ({ request }) => cognitoRegion(request.url) !== undefined,
      async ({ request }) => ((await isOwn(request.clone())) ? undefined : passthrough()),
    ),
    async noteSession(response) {
      try {
        const body: unknown = await response.json();
        const session = body && typeof body === 'object' ? (body as Record<string, unknown>).Session : undefined;
        if (typeof session === 'string') sessions.add(session);
      } catch {
        // No JSON body (a dropped connection): no session.
      }
    },
    pool: {
      async handle(operation, body, context) {
        const response = await pool.handle(operation, body, context);
        if (typeof response.body.Session === 'string') sessions.add(response.body.Session);
        return response;
      },
      issuer: pool.issuer,
      jwks: () => pool.jwks(),
      acceptedAccessClaims: (token) => pool.acceptedAccessClaims(token),
      now: pool.now,
    },
  };
}
