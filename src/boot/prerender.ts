/**
 * The sign-in screen rendered at build time (src/build/prerender.ts loads this with Vite's SSR
 * loader and writes the result into each language's page): the App component, with the first
 * screen's stand-in actor, the build's own settings (build-env.ts, as main.ts reads them) and the
 * language's dictionary. main.ts hydrates the markup; never shipped to the browser.
 */
import { render } from 'svelte/server';
import App from '../App.svelte';
import { readConfig } from '../config';
import { LANGUAGES, directionOf, type Lang } from '../i18n';
import { dictionaryOf } from '../i18n/load';
import { I18n } from '../lib/i18n.svelte';
import { readPoolShape } from '../config-shape';
import { ELSEWHERE as ROUTES, POOL_ENV } from './build-env';
import { deferredAuthActor } from './first-screen';

export { LANGUAGES, directionOf };

/** As main.ts reads them. */
export const PAGE_TITLE = import.meta.env.VITE_PAGE_TITLE;
/** A kept session may start past the sign-in form: such a build's page is not prerendered. */
const KEEP_SESSION = import.meta.env.VITE_KEEP_SESSION === 'sessionStorage';
const SIMULATED = readConfig(POOL_ENV).kind === 'simulated';
export const ELSEWHERE = SIMULATED ? ROUTES.simulated : ROUTES.real;

/**
 * The App's markup for `lang`; undefined when the build's settings are invalid (main.ts shows the
 * problems) or it keeps sessions (VITE_KEEP_SESSION: the first screen may be another).
 */
export async function renderFirstScreen(lang: Lang): Promise<string | undefined> {
  const config = readConfig(POOL_ENV, readPoolShape);
  if (config.kind === 'invalid' || KEEP_SESSION) return undefined;
  let { poolShape, firstFactors } = config;
  if (SIMULATED) {
    // The demo's pool without a scenario (a scenario's page is not prerendered: ELSEWHERE).
    const [{ settingsFor }, { pageShapeOf }] = await Promise.all([import('../simulated/scenarios'), import('../simulated/page-shape')]);
    const settings = settingsFor('default');
    poolShape = pageShapeOf(settings);
    firstFactors = [...settings.firstAuthFactors];
  }
  const actor = deferredAuthActor({ poolShape, firstFactors }, () => new Promise(() => undefined));
  const i18n = new I18n(await dictionaryOf(lang), lang);
  return render(App, { props: { actor, i18n, simulated: SIMULATED } }).body;
}
