/**
 * The sign-in form in the HTML the host serves (`npm run build`): one page per language, each the
 * App rendered by Svelte's server renderer (src/boot/prerender.ts, loaded with Vite's SSR loader
 * under the build's own mode and environment, so with the same settings as the app), usable as
 * soon as it is parsed. `index.html` is English; the others are `<code>.html` beside it, whose
 * dictionary is fetched with the app's entry so the app hydrates them at once. Each page has the early script
 * (src/boot/early.ts, bundled here on its own, an external classic script: no inline script
 * under the Content-Security-Policy), which sends a visitor to their language's page before
 * anything is painted and keeps what they do until the app takes over (main.ts).
 *
 * `npm run dev` renders on the client: this runs only in builds.
 * Build-time code: the app itself never imports this module.
 */
import { fileURLToPath } from 'node:url';
import { build, createServer, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { EarlyConfig } from '../boot/early.ts';

type PrerenderModule = typeof import('../boot/prerender.ts');

const EARLY = fileURLToPath(new URL('../boot/early.ts', import.meta.url));
const VIRTUAL_EARLY = '\0prerender:early';

/** A language's page beside index.html (English's is index.html itself). */
export function pageOf(code: string): string {
  return code === 'en' ? 'index.html' : `${code}.html`;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The early script with this build's settings, minified into one classic script. */
async function earlyScript(config: ResolvedConfig, settings: EarlyConfig): Promise<string> {
  const entry: Plugin = {
    name: 'prerender:early-entry',
    resolveId: (id) => (id === VIRTUAL_EARLY ? id : undefined),
    load: (id) => (id === VIRTUAL_EARLY ? `import { early } from ${JSON.stringify(EARLY)};\nearly(${JSON.stringify(settings)});` : undefined),
  };
  const output = await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    envDir: config.envDir,
    logLevel: 'silent',
    plugins: [entry],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      rolldownOptions: { input: VIRTUAL_EARLY, output: { format: 'iife' } },
    },
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('prerender: the early script was not built');
  return chunk.code;
}

/** The App's markup for every language, rendered by Svelte's server renderer under the build's settings. */
async function renderPages(config: ResolvedConfig) {
  const server = await createServer({
    configFile: false,
    root: config.root,
    mode: config.mode,
    envDir: config.envDir,
    logLevel: 'silent',
    plugins: [svelte({ configFile: false })],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const module = (await server.ssrLoadModule('/src/boot/prerender.ts')) as PrerenderModule;
    const pages = [];
    for (const { code } of module.LANGUAGES) {
      pages.push({ code, dir: module.directionOf(code), body: await module.renderFirstScreen(code) });
    }
    return { pages, title: module.PAGE_TITLE, elsewhere: module.ELSEWHERE };
  } finally {
    await server.close();
  }
}

/** The chunk of a module of src/, and the chunks it imports statically: what to preload for it. */
function chunkFiles(bundle: Rolldown.OutputBundle, path: RegExp): string[] {
  const chunks = Object.values(bundle).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  const found = chunks.find((c) => c.facadeModuleId && path.test(c.facadeModuleId.replace(/\\/g, '/')));
  return found ? [found.fileName, ...found.imports] : [];
}

export function prerenderFirstScreen(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset' || config.build.ssr) return;
      const template = String(index.source);
      const { pages, title, elsewhere } = await renderPages(config);
      const base = config.base;
      // The entry is started by the early script after the first frame (EarlyConfig.entry): the page
      // neither runs nor preloads it.
      const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(template);
      if (!entryTag) throw new Error('prerender: index.html has no entry module script to start after the first frame');
      const settings: EarlyConfig = {
        langs: pages.map(({ code }) => code).join(' '),
        elsewhere,
        entry: entryTag[1],
      };
      const early = this.emitFile({ type: 'asset', name: 'early.js', source: await earlyScript(config, settings) });
      const earlySrc = `${base}${this.getFileName(early)}`;
      // The dictionaries' loader (with the site's overrides), shared by every language's page.
      const loader = chunkFiles(bundle, /\/src\/i18n\/load\.ts$/);
      for (const { code, dir, body } of pages) {
        // The language's dictionary, fetched with the entry so that the app hydrates the page at once.
        const modules =
          code === 'en'
            ? []
            : [...new Set([...loader, ...chunkFiles(bundle, new RegExp(`/src/i18n/${code.toLowerCase()}\\.ts$`))])].map((file) => `${base}${file}`).filter((file) => file !== entryTag[1]);
        const earlyTag = `<script src="${earlySrc}"${modules.length ? ` data-modules="${modules.join(' ')}"` : ''}></script>`;
        let html = template
          .replace(/<html lang="en">/, `<html lang="${code}"${dir === 'rtl' ? ' dir="rtl"' : ''}>`)
          .replace(entryTag[0], earlyTag);
        if (title) html = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`);
        if (body !== undefined) {
          // Where the app focuses on arrival (Screen.svelte), the page does as it is parsed.
          const markup = body.replace(/<input(?=[^>]*\sid="email")/, '<input autofocus');
          html = html.replace('<div id="app"></div>', `<div id="app" data-prerendered="${code}">${markup}</div>`);
        }
        if (code === 'en') index.source = html;
        else this.emitFile({ type: 'asset', fileName: pageOf(code), source: html });
      }
    },
  };
}
