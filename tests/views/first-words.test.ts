/**
 * The first screen needs only the English of the first load (src/i18n/en-first.ts): the rest of
 * English arrives with the statechart (src/main.ts). Rendered with those words alone, any word it
 * reads from elsewhere throws here instead of showing `undefined` to a person.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { deferredAuthActor } from '../../src/boot/first-screen';
import { en } from '../../src/i18n/en';
import { enFirst } from '../../src/i18n/en-first';
import type { Dictionary } from '../../src/i18n';
import { I18n } from '../../src/lib/i18n.svelte';

/** The first-load words; reading any other throws, naming the key. */
function onlyFirstWords(): Dictionary {
  return new Proxy(enFirst, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target) && key in en) throw new Error(`the first screen reads t.${key}, which is not in en-first.ts`);
      return Reflect.get(target, key, receiver);
    },
  }) as unknown as Dictionary;
}

describe('the first screen', () => {
  it('shows the sign-in form with the first-load words alone', async () => {
    const actor = deferredAuthActor({}, () => new Promise(() => {}));
    render(App, { props: { actor, i18n: new I18n(onlyFirstWords(), 'en'), simulated: true } });
    expect(await screen.findByRole('heading', { name: en.signIn.heading })).toBeInTheDocument();
    expect(screen.getByLabelText(en.fields.email)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en.signIn.submit })).toBeEnabled();
  });

  it('has words of its own that the whole English dictionary keeps', () => {
    for (const [key, value] of Object.entries(enFirst)) expect(en[key as keyof typeof en]).toEqual(value);
  });
});

describe('English at boot', () => {
  it('completes to every word once asked, and keeps a language chosen meanwhile', async () => {
    const i18n = I18n.firstScreen();
    expect('problems' in i18n.t).toBe(false);
    await i18n.complete();
    expect(i18n.t).toBe(en);

    const switched = I18n.firstScreen();
    await switched.use('ja', false);
    await switched.complete();
    expect(switched.lang).toBe('ja');
    expect(switched.t.lang).toBe('ja');
  });
});
