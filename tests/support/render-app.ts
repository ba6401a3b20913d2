/** The whole app, on the fake user pool behind msw in Node, driven through the DOM. */
import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createActor } from 'xstate';
import App from '../../src/App.svelte';
import { authMachine, type AuthInput } from '../../src/auth/machine';
import { cognitoActors } from '../../src/cognito/actors';
import { createSdkClient } from '../../src/cognito/sdk-client';
import { DEMO_POOL } from '../../src/mocks/demo-pool';
import { I18n } from '../../src/lib/i18n.svelte';

export function renderApp(input: AuthInput = {}) {
  const actor = createActor(authMachine.provide({ actors: cognitoActors(createSdkClient(DEMO_POOL)) }), {
    input: { totpIssuer: 'Acme', ...input },
  });
  actor.start();
  const user = userEvent.setup();
  const result = render(App, { props: { actor, i18n: new I18n(), simulated: true } });
  return { ...result, actor, user };
}
