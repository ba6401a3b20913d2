/**
 * Boot: read the build's configuration; with no user pool configured, start the simulated one
 * (loaded by dynamic import, so a build for a real pool does not contain it); mount the app.
 *
 * The first load is what the sign-in form needs to be on screen and usable: Svelte, the app
 * shell, the sign-in view and English. The statechart follows at once without being waited for
 * (boot/first-screen.ts); the AWS SDK and the other views right after the first paint; other
 * languages and qrcode when needed. `npm run bench` measures it; tests/e2e/size-budget.test.ts
 * holds it to its budget.
 */
import './styles.css';
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import ConfigError from './ConfigError.svelte';
import { deferredAuthActor } from './boot/first-screen';
import { lazyCognitoClient } from './cognito/lazy';
import { readConfig, type AppConfig, type PoolConfig } from './config';
import { POOL_ENV } from './boot/build-env';
import type { Actor } from 'xstate';
import type { AuthMachine } from './auth/machine';
import type { FirstFactor, Tokens } from './auth/types';
import type { PasswordPolicy } from './auth/validate';
import type { PoolShape } from './auth/pool-shape';
import { loadDictionary, type Lang } from './i18n';
import { I18n, rememberedLang } from './lib/i18n.svelte';
import { preloadViews } from './views';

/** The page's title in the browser's tab (README, settings); the TOTP issuer's default too. */
const PAGE_TITLE = import.meta.env.VITE_PAGE_TITLE;
/** Opt-in: keep the session across reloads of the tab (README: "Sessions and tokens"). */
const KEEP_SESSION = import.meta.env.VITE_KEEP_SESSION === 'sessionStorage';
/**
 * Decided at build time (each variable is written out literally, so the bundler can fold this),
 * which drops the simulated pool and its dynamic imports from a build for a real pool.
 */
const SIMULATED =
  !import.meta.env.VITE_COGNITO_USER_POOL_ID &&
  !import.meta.env.VITE_COGNITO_CLIENT_ID &&
  !import.meta.env.VITE_COGNITO_REGION &&
  !import.meta.env.VITE_COGNITO_ENDPOINT;

/** The build sets the pool's shape (config-shape.ts): folded at build time like SIMULATED above. */
const SHAPED = !(
  !import.meta.env.VITE_COGNITO_SIGN_IN_WITH &&
  !import.meta.env.VITE_COGNITO_SIGN_UP_ATTRIBUTES &&
  !import.meta.env.VITE_COGNITO_ADMIN_CREATE_USER_ONLY
);

async function boot() {
  const readShape = SHAPED ? (await import('./config-shape')).readPoolShape : undefined;
  const config = readConfig(POOL_ENV, readShape);
  if (PAGE_TITLE) document.title = PAGE_TITLE;
  // The early script (boot/early.ts) has picked it on a built page (a build's first load carries
  // the choice only there; without the script, the page's own); `npm run dev` fetches the choice.
  const early = window.__signinEarly;
  const lang = (
    early
      ? early.lang
      : import.meta.env.DEV
        ? (await import('./i18n/pick-lang')).pickLang(rememberedLang(), navigator.languages ?? [navigator.language])
        : document.documentElement.lang
  ) as Lang;
  // English: the first screen's words now, the rest with the statechart (load, below).
  const i18n =
    lang === 'en' ? I18n.firstScreen() : await loadDictionary(lang).then((t) => new I18n(t, lang), () => I18n.firstScreen());
  i18n.applyToDocument();
  const target = document.getElementById('app')!;
  // The sign-in form prerendered at build time (src/build/prerender.ts), in this language: the
  // app takes it over (hydrate) if it is to show it; anything else replaces it. The early script
  // is done already on the addresses that show something else (a demo scenario may shape the form otherwise).
  const prerendered = target.dataset.prerendered === lang && !early?.done;
  const replace = () => {
    delete target.dataset.prerendered;
    target.replaceChildren();
  };

  if (config.kind === 'invalid') {
    await i18n.complete().catch(() => undefined);
    replace();
    mount(ConfigError, { target, props: { problems: config.problems, t: i18n.t } });
    return;
  }
  // Designers' gallery and previews (src/preview): their own chunk, only on these URLs.
  if (SIMULATED && /[?&](gallery(?:[=&]|$)|preview=)/.test(location.search)) {
    await i18n.complete();
    replace();
    return (await import('./preview/boot')).bootPreview(target, i18n);
  }
  // Only the build-time constant may decide this: it is what lets the bundler drop the simulated pool.
  const simulated = SIMULATED ? await startSimulatedPool(i18n) : undefined;
  const pool = simulated?.pool ?? configuredPool(config);
  // The pool doctor (src/doctor): its own chunk, only on this URL.
  if (/[?&]doctor(?:[=&]|$)/.test(location.search)) {
    const { bootDoctor } = await import('./doctor/boot');
    replace();
    return bootDoctor(target, pool, i18n.lang);
  }
  // The pool's password policy, for the checklist under a new password: as the operator states it
  // (VITE_PASSWORD_POLICY), else the simulated pool's own, else the machine's default (Cognito's).
  const passwordPolicy = config.passwordPolicy ?? simulated?.passwordPolicy;
  // How people sign up and in: the simulated pool's scenario decides its own; a real pool's operator says.
  const poolShape = simulated?.poolShape ?? config.poolShape;

  const client = lazyCognitoClient(pool);
  const input = {
    totpIssuer: import.meta.env.VITE_TOTP_ISSUER || document.title || 'Sign-in',
    sessionTtlMs: pool.sessionTtlMs,
    passwordPolicy,
    mfaRequired: pool.mfaRequired,
    poolShape,
    // Choice-based sign-in: as the operator states it, else as the simulated pool offers it.
    firstFactors: config.firstFactors ?? simulated?.firstFactors,
  };
  // The statechart comes with the rest of the words: no screen past the first exists before both.
  const load = (tokens?: Tokens) =>
    Promise.all([import('./boot/auth-actor'), i18n.complete()]).then(([module]) => module.createAuthActor(client, { ...input, tokens }));
  const actor = KEEP_SESSION ? await keptSession(load) : deferredAuthActor(input, () => load());
  const props = { actor, i18n, simulated: SIMULATED };
  if (prerendered) {
    hydrate(App, { target, props });
    early?.takeOver();
  } else {
    replace();
    mount(App, { target, props });
  }
  void startSiteSession(actor);
  // The form is on screen: fetch the SDK and the other views now, so nothing waits for them later.
  const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
  idle(() => {
    void client.preload();
    void preloadViews();
  });
}

/**
 * The session API for the site's code (src/session). A sign-out the person chose leaves the page
 * they were on: the next to sign in here starts at the home page.
 */
async function startSiteSession(actor: Actor<AuthMachine>) {
  const [{ startSession }, { API_URL }] = await Promise.all([import('./session'), import('./app/api')]);
  startSession(actor, {
    base: location.href,
    apiOrigins: API_URL ? [new URL(API_URL, location.href).origin] : [],
    keepSession: KEEP_SESSION,
    onSignedOut: () => history.replaceState(history.state, '', location.pathname + location.search),
  });
}

/** A real pool's settings (readConfig and SIMULATED read the same variables, so there is one). */
function configuredPool(config: AppConfig): PoolConfig {
  if (config.kind !== 'real') throw new Error('No user pool is configured.');
  return config.pool;
}

/**
 * Opt-in (VITE_KEEP_SESSION=sessionStorage): tokens survive a reload of the tab. The machine
 * starts from them, so it is loaded before the first screen; every change is written back.
 */
async function keptSession(load: (tokens?: Tokens) => Promise<Actor<AuthMachine>>): Promise<Actor<AuthMachine>> {
  const { loadTokens, saveTokens } = await import('./lib/session-store');
  const actor = await load(loadTokens(sessionStorage) ?? undefined);
  actor.subscribe((snapshot) => saveTokens(sessionStorage, snapshot.context.tokens));
  actor.start();
  return actor;
}

/** Starts the simulated pool and its dev inbox; answers with the pool the app is to use, and its password policy. */
async function startSimulatedPool(i18n: I18n): Promise<{
  pool: PoolConfig;
  passwordPolicy: PasswordPolicy;
  poolShape: PoolShape;
  firstFactors: readonly FirstFactor[];
}> {
  const scenario = new URLSearchParams(location.search).get('scenario') ?? undefined;
  const [{ startSimulatedCognito }, { default: DevInbox }, { pageShapeOf }] = await Promise.all([
    import('./simulated/browser'),
    import('./simulated/DevInbox.svelte'),
    import('./simulated/page-shape'),
  ]);
  const simulated = await startSimulatedCognito({ scenario });
  mount(DevInbox, { target: document.getElementById('dev')!, props: { ...simulated.devInboxProps, lang: () => i18n.lang } });
  const { userPoolId, clientId, region, sessionTtlMs, mfa, passwordPolicy: policy } = simulated.pool.settings;
  return {
    pool: { userPoolId, clientId, region, sessionTtlMs, mfaRequired: mfa === 'ON' },
    firstFactors: simulated.pool.settings.firstAuthFactors,
    passwordPolicy: {
      minLength: policy.minLength,
      requireUppercase: policy.upper,
      requireLowercase: policy.lower,
      requireNumbers: policy.digit,
      requireSymbols: policy.symbol,
    },
    poolShape: pageShapeOf(simulated.pool.settings),
  };
}

/**
 * Back after leaving: the back/forward cache would bring the page back as it was left (a
 * signed-in page, an authenticator's setup key) to whoever presses Back on this browser. Start
 * over instead: with tokens in memory that is the sign-in form; a kept session (VITE_KEEP_SESSION)
 * is read again. Until then the page shows nothing.
 */
addEventListener('pagehide', (event) => {
  if (event.persisted) document.documentElement.hidden = true;
});
addEventListener('pageshow', (event) => {
  if (event.persisted) location.reload();
});

void boot();
