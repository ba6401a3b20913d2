import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Component } from 'svelte';
import type { Actor } from 'xstate';
import type { AuthMachine } from '../../src/auth/machine';
import { I18n } from '../../src/lib/i18n.svelte';
import { en } from '../../src/i18n/en';
import WithAuth from './WithAuth.svelte';

export function renderView(view: Component, actor: Actor<AuthMachine>, i18n = new I18n(en)) {
  const user = userEvent.setup();
  const result = render(WithAuth, { props: { actor, view, i18n } });
  return { ...result, user, i18n };
}
