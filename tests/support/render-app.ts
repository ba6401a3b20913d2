/** The whole app, on the simulated pool behind msw in Node, driven through the DOM. */
import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import App from '../../src/App.svelte';
import { authMachine, type AuthInput } from '../../src/auth/machine';
import { cognitoActors } from '../../src/auth/actors';
import { createSdkClient } from '../../src/cognito/sdk-client';
import { SIMULATED_POOL } from '../../src/simulated/pool-ids';
import { I18n } from '../../src/lib/i18n.svelte';
import { en } from '../../src/i18n/en';

export function renderApp(input: AuthInput = {}) {
  const actor = createActor(authMachine.provide({ actors: cognitoActors(createSdkClient(SIMULATED_POOL)) }), {
    input: { totpIssuer: 'Acme', ...input },
  });
  actor.start();
  const user = userEvent.setup();
  const result = render(App, { props: { actor, i18n: new I18n(en), simulated: true } });
  return { ...result, actor, user };
}
