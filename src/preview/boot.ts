/**
 * The designers' pages, on the simulated user pool: `/?gallery` shows every preview side by side,
 * `/?preview=<name>` one of them alone, live. main.ts loads this module by dynamic import, only on
 * those URLs and only in a build without a real pool, so the first load never carries it.
 *
 * A preview page starts the simulated pool with the preview's pool set-up, starts the app's own actor (the
 * statechart with the Cognito adapter the app loads, as main.ts does), drives it to the preview's state with the
 * preview's script (drive.ts), then mounts the real App on it. From there the page is the app:
 * every click goes to the machine and on to the simulated pool. `&lang=<code>` (src/i18n) and `&theme=light|dark`
 * set the language and the colours for both pages; `&lang=en-XA` and `&lang=ar-XB` are the pseudo-locales
 * (./pseudo-locales.ts), made here from the English, which only these pages offer.
 */
import { mount } from 'svelte';
import App from '../App.svelte';
import { createAuthActor } from '../boot/auth-actor';
import { lazyCognitoClient } from '../cognito/lazy';
import { SIMULATED_POOL } from '../simulated/pool-ids';
import { isLang } from '../i18n';
import type { I18n } from '../lib/i18n.svelte';
import { PreviewPasskeys, previewInput, runPreview, type Preview } from './drive';
import { findPreview } from './previews';
import { directionOfPseudo, isPseudoLocale, pseudoDictionary, type PseudoLocale } from './pseudo-locales';
import type { PreviewStatus } from './status';
import type { DevInboxProps } from '../simulated/dev-panel';
import type { AnswerDesk } from './answer-desk';
import type { Edit } from './answers';

/** The longest a browser's timer waits (2^31 - 1 ms, about 24 days): longer ones fire at once. */
const HELD_MS = 2 ** 31 - 1;

export async function bootPreview(target: HTMLElement, i18n: I18n): Promise<void> {
  const params = new URLSearchParams(location.search);
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  const lang = params.get('lang');
  // For this page only: a designer's choice here does not change the language the app remembers.
  if (isPseudoLocale(lang)) await usePseudoLocale(i18n, lang);
  else if (isLang(lang) && lang !== i18n.lang) await i18n.use(lang, false).catch(() => undefined);

  const name = params.get('preview');
  const preview = name === null ? undefined : findPreview(name);
  if (!preview) {
    const { default: Gallery } = await import('./Gallery.svelte');
    document.title = `Previews · ${document.title}`;
    document.body.replaceChildren();
    mount(Gallery, { target: document.body, props: { missing: name ?? undefined } });
    return;
  }
  await showPreview(preview, target, i18n);
}

/**
 * The pseudo-locale's words, made from the English the page has now (the site's overrides in
 * place), on the document as a language's are. The app's own picker does not list it: choosing
 * a language there leaves it. The dev inbox, which has no words of its own for it, stays English.
 */
async function usePseudoLocale(i18n: I18n, locale: PseudoLocale): Promise<void> {
  // The English as the app has it (main.ts completed it), whatever language was remembered.
  if (i18n.lang !== 'en') await i18n.use('en', false);
  i18n.t = pseudoDictionary(i18n.t, locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOfPseudo(locale);
}

async function showPreview(preview: Preview, target: HTMLElement, i18n: I18n): Promise<void> {
  const framed = window.parent !== window;
  if (framed) keepFocusOutside();
  const input = previewInput(preview, { totpIssuer: import.meta.env.VITE_TOTP_ISSUER || document.title || 'Sign-in' });
  document.title = `${preview.name} · ${document.title}`;
  // A landmark of its own: the designers' note is not part of the app.
  const note = document.createElement('aside');
  note.className = 'banner preview-note';
  note.setAttribute('aria-label', 'Preview');
  note.textContent = `Preview ${preview.name}: on the way to ${preview.state}…`;
  if (!framed) target.append(note);

  // The answers behind the preview: recorded, with the designer's changes and stress data (answer-desk.ts).
  const { AnswerDesk } = await import('./answer-desk');
  const { decodeEdits } = await import('./answers');
  const params = new URLSearchParams(location.search);
  const asked = params.get('answers');
  const decoded = asked === null ? { ok: true as const, edits: [] } : await decodeEdits(asked);
  const desk = new AnswerDesk(decoded.ok ? decoded.edits : [], params.get('stress') === '1');

  const { startSimulatedCognito } = await import('../simulated/browser');
  // A gallery frame shows no panel: it records nothing unless it has answers to change.
  const filtered = !framed || desk.stress || desk.edits.length > 0;
  const simulated = await startSimulatedCognito({ scenario: preview.scenario, settings: preview.settings, answers: filtered ? desk.filter : undefined });
  const passkeys = new PreviewPasskeys();
  // The passkey offer's checks wait as long as they take here: its previews hold them, and the
  // app's time limit (OFFER_CHECK_MOST_MS) would move them on to the signed-in page after 4 s.
  const actor = createAuthActor(lazyCognitoClient(SIMULATED_POOL), input, passkeys, passkeys, { offerCheckMost: HELD_MS });
  actor.start();
  // The site's pages use the session API, as on the app's own page (main.ts).
  const { startSession } = await import('../session');
  startSession(actor, { base: location.href, keepSession: false });
  if (preview.route) history.replaceState(history.state, '', `${location.pathname}${location.search}#${preview.route}`);

  let problem: string | undefined;
  try {
    // A changed answer may lead elsewhere than the preview's state: say so soon.
    const timeoutMs = desk.edits.length > 0 ? 5000 : undefined;
    await runPreview(preview, { actor, pool: simulated.pool, use: (...handlers) => simulated.worker.use(...handlers), passkeys }, { timeoutMs });
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
    console.error(`Preview ${preview.name} did not reach ${preview.state}: ${problem}`);
  }
  desk.stopRecording();

  note.textContent = problem
    ? `Preview ${preview.name} did not reach ${preview.state}: ${problem}`
    : `Preview ${preview.name} (${preview.state}): ${preview.about}. From here it is the app: keep clicking.`;
  if (problem) {
    note.setAttribute('role', 'alert');
    if (framed) target.append(note);
  }
  if (!framed) note.append(' ', galleryLink());
  mount(App, { target, props: { actor, i18n, simulated: true } });
  document.documentElement.dataset.preview = problem ? 'failed' : 'reached';

  const status: PreviewStatus = { preview: preview.name, status: problem ? 'failed' : 'reached', problem };
  if (framed) window.parent.postMessage(status, location.origin);
  else {
    await mountDevInbox(simulated.devInboxProps, i18n);
    await mountAnswersPanel(desk, !decoded.ok, i18n);
  }
}

/** The answers panel under the dev inbox, outside the app's landmarks. */
async function mountAnswersPanel(desk: AnswerDesk, badLink: boolean, i18n: I18n) {
  const dev = document.getElementById('dev');
  if (!dev) return;
  const [{ default: AnswersPanel }, { encodeEdits }] = await Promise.all([import('./AnswersPanel.svelte'), import('./answers')]);
  const target = dev.appendChild(document.createElement('div'));
  const restart = async (edits: Edit[], stress: boolean) => {
    const params = new URLSearchParams(location.search);
    if (edits.length > 0) params.set('answers', await encodeEdits(edits));
    else params.delete('answers');
    if (stress) params.set('stress', '1');
    else params.delete('stress');
    location.assign(`${location.pathname}?${params.toString().replace(/=(?=&|$)/g, '')}${location.hash}`);
  };
  mount(AnswersPanel, { target, props: { desk, badLink, restart, lang: () => i18n.lang } });
}

function galleryLink(): HTMLAnchorElement {
  const link = document.createElement('a');
  const params = new URLSearchParams(location.search);
  params.delete('preview');
  link.href = `?${['gallery', params.toString()].filter(Boolean).join('&')}`;
  link.textContent = 'All previews';
  return link;
}

async function mountDevInbox(props: DevInboxProps, i18n: I18n) {
  const dev = document.getElementById('dev');
  if (!dev) return;
  const { default: DevInbox } = await import('../simulated/DevInbox.svelte');
  mount(DevInbox, { target: dev, props: { ...props, lang: () => i18n.lang } });
}

/**
 * In a gallery frame the app must not take the focus as its screens arrive: every frame would pull
 * the gallery's scroll to itself and away from the controls. Until the designer clicks into the
 * frame, its screens leave the focus where it is.
 */
function keepFocusOutside() {
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
    if (document.hasFocus()) focus.call(this, options);
  };
}
