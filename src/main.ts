/**
 * Boot: read the build's configuration; with no user pool configured, start the simulated one
 * (loaded by dynamic import, so a build for a real pool does not contain it); mount the app.
 */
import './styles.css';
import { mount } from 'svelte';
import { createActor } from 'xstate';
import App from './App.svelte';
import ConfigError from './ConfigError.svelte';
import { authMachine } from './auth/machine';
import { cognitoActors } from './cognito/actors';
import { lazyCognitoClient } from './cognito/lazy';
import { readConfig } from './config';
import { en, loadDictionary, pickLang } from './i18n';
import { I18n, rememberedLang } from './lib/i18n.svelte';

const env = import.meta.env;
/**
 * Decided at build time (each variable is written out literally, so the bundler can fold this),
 * which drops the simulated pool and its dynamic imports from a build for a real pool.
 */
const SIMULATED =
  !import.meta.env.VITE_COGNITO_USER_POOL_ID &&
  !import.meta.env.VITE_COGNITO_CLIENT_ID &&
  !import.meta.env.VITE_COGNITO_REGION &&
  !import.meta.env.VITE_COGNITO_ENDPOINT;

async function boot() {
  const config = readConfig(env);
  const lang = pickLang(rememberedLang(), navigator.languages ?? [navigator.language]);
  const dictionary = lang === 'en' ? en : await loadDictionary(lang).catch(() => en);
  const i18n = new I18n(dictionary, dictionary === en ? 'en' : lang);
  document.documentElement.lang = i18n.t.lang;
  const target = document.getElementById('app')!;

  if (config.kind === 'invalid') {
    mount(ConfigError, { target, props: { problems: config.problems, t: i18n.t } });
    return;
  }
  if (SIMULATED) await startSimulatedPool();

  const client = lazyCognitoClient(config.pool);
  const actor = createActor(authMachine.provide({ actors: cognitoActors(client) }), {
    input: { totpIssuer: env.VITE_TOTP_ISSUER || document.title || 'Sign-in' },
  });
  actor.start();
  mount(App, { target, props: { actor, i18n, simulated: SIMULATED } });
  // The form is on screen: fetch the SDK now, so the first submit does not wait for it.
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
  idle(() => void client.preload());
}

async function startSimulatedPool() {
  const scenario = new URLSearchParams(location.search).get('scenario') ?? undefined;
  const [{ startFakeCognito }, { default: DevInbox }] = await Promise.all([
    import('./mocks/browser'),
    import('./mocks/DevInbox.svelte'),
  ]);
  const fake = await startFakeCognito({ scenario });
  mount(DevInbox, { target: document.getElementById('dev')!, props: fake.devInboxProps });
}

void boot();
