/**
 * The designers' previews (src/preview): every state the machine can rest in has one, and each
 * preview's script takes the app's own actor (the statechart with the Cognito adapter the page
 * loads, here on the SDK's Node build) to its state and variant, against the simulated pool behind
 * msw's setupServer. The driver is the very module the `?preview=` page runs in the browser.
 */
import { describe, expect, it } from 'vitest';
import { authMachine } from '../../src/auth/machine';
import { createAuthActor } from '../../src/boot/auth-actor';
import { lazyCognitoClient } from '../../src/cognito/lazy';
import { SIMULATED_POOL } from '../../src/simulated/pool-ids';
import { seedDemoUsers } from '../../src/simulated/demo-users';
import { createSimulatedServer } from '../../src/simulated/node';
import { PreviewPasskeys, previewInput, previewSettings, runPreview, type Preview } from '../../src/preview/drive';
import { PREVIEWS, findPreview } from '../../src/preview/previews';
import { restingStates, stateMatcher, statesOf, statesWithoutPreview } from '../../src/preview/states';
import { sharedSigningKey } from '../simulated/helpers';
import { operationOf } from '../../src/simulated/handlers';
import { answerProblems, type JsonObject } from '../../src/preview/answers';
import { stressAnswer } from '../../src/preview/stress';

const STATES = restingStates(authMachine.root);

describe('the list of previews', () => {
  it('has a preview for every state the machine can rest in (a new state fails here until it has one)', () => {
    expect(STATES.length).toBeGreaterThan(30);
    expect(STATES).toContain('signIn.idle');
    expect(STATES).toContain('signedIn.tokens.refreshing');
    expect(STATES.some((state) => state.startsWith('start') || state.startsWith('routing'))).toBe(false);
    expect(statesWithoutPreview(STATES, PREVIEWS)).toEqual([]);
  });

  it('names only states the machine has', () => {
    const named = PREVIEWS.flatMap((preview) => [preview.state, ...(preview.alsoIn ?? [])]);
    expect(named.filter((state) => !STATES.includes(state))).toEqual([]);
  });

  it('gives each preview a unique, URL-safe name, found by that name', () => {
    const names = PREVIEWS.map((preview) => preview.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)?$/);
      expect(findPreview(name)?.name).toBe(name);
    }
    expect(findPreview('no.suchPreview')).toBeUndefined();
  });

  it('has every variant the designers asked for', () => {
    const asked = [
      'signUp',
      'signUp.fieldErrors',
      'signUp.passwordRejected',
      'confirmSignUp',
      'confirmSignUp.wrongCode',
      'confirmSignUp.expiredCode',
      'confirmSignUp.resendLimit',
      'signIn',
      'signIn.wrongPassword',
      'signIn.unconfirmedUser',
      'signIn.throttled',
      'signIn.networkDown',
      'signIn.clientHasSecret',
      'signIn.passwordAuthDisabled',
      'signIn.submitting',
      'totpSetup.ready',
      'totpSetup.wrongCode',
      'totpSetup.sessionEnding',
      'totpChallenge',
      'smsChallenge',
      'selectMfaType',
      'signedIn',
      'account.ready',
    ];
    expect(asked.filter((name) => !findPreview(name))).toEqual([]);
  });
});

/** The preview's pool behind msw in Node, the app's actor on the SDK, and the shared driver. */
async function reach(preview: Preview) {
  // Each pool making its own RSA key would queue a hundred key generations on Node's thread pool,
  // and a late preview's first sign-in would wait behind them past the adapter's request timeout.
  const simulated = createSimulatedServer(previewSettings(preview), { signingKey: sharedSigningKey() });
  seedDemoUsers(simulated.pool);
  simulated.server.listen({ onUnhandledRequest: 'error' });
  // Every Cognito answer the preview gets, for the answers panel's check (below).
  const answers: Promise<[string, unknown]>[] = [];
  simulated.server.events.on('response:mocked', ({ request, response }) => {
    const operation = operationOf(request);
    if (operation && response.type !== 'error') answers.push(response.clone().text().then((text) => [operation, JSON.parse(text) as unknown]));
  });
  // The app's own adapter, loaded as the page loads it (the SDK's Node build here).
  const passkeys = new PreviewPasskeys();
  const actor = createAuthActor(lazyCognitoClient(SIMULATED_POOL), previewInput(preview, { totpIssuer: 'Sign-in' }), passkeys, passkeys);
  actor.start();
  try {
    const snapshot = await runPreview(preview, { actor, pool: simulated.pool, use: (...handlers) => simulated.server.use(...handlers), passkeys });
    return { snapshot, answers: await Promise.all(answers) };
  } finally {
    actor.stop();
    simulated.server.close();
  }
}

describe('each preview, driven on the simulated pool', () => {
  for (const preview of PREVIEWS) {
    it(`${preview.name} reaches ${preview.state}`, { timeout: 30_000 }, async () => {
      const { snapshot, answers } = await reach(preview);
      // The answers panel shows each answer for editing: none that the preview got is refused as
      // one Cognito could not send (answers.ts), with stress data neither.
      for (const [operation, body] of answers) {
        expect(answerProblems(operation, body), `${operation} ${JSON.stringify(body)}`).toEqual([]);
        expect(answerProblems(operation, stressAnswer(operation, body as JsonObject)), `stressed ${operation}`).toEqual([]);
      }
      expect(statesOf(snapshot.value)).toContain(preview.state);
      expect(snapshot.matches(stateMatcher(preview.state) as never)).toBe(true);
      for (const [field, reason] of Object.entries(preview.shows?.problems ?? {})) {
        expect(snapshot.context.problems[field as keyof typeof snapshot.context.problems]?.reason, field).toBe(reason);
      }
      if (preview.shows?.notice) expect(snapshot.context.notice).toBe(preview.shows.notice);
      expect(snapshot.hasTag('busy')).toBe(isBusy(preview.state));
    });
  }
});

/** Whether the chart tags the state busy (read from the chart, not from the preview). */
function isBusy(state: string): boolean {
  const node = authMachine.getStateNodeById(`auth.${state}`);
  return node.tags.includes('busy');
}

describe('the reset previews in other pool shapes', () => {
  it.each([
    ['resetPassword.byText', 'SMS'],
    ['resetPassword.username', 'EMAIL'],
  ] as const)('%s shows a code the pool sent by %s', { timeout: 30_000 }, async (name, medium) => {
    const { snapshot } = await reach(findPreview(name)!);
    expect(snapshot.context.delivery?.medium).toBe(medium);
    expect(snapshot.context.poolShape.signInWith).not.toEqual(['email']);
  });
});
