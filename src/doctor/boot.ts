/**
 * The pool doctor, `/?doctor` (main.ts loads this chunk on that URL only): probes the configured
 * pool through the adapter (src/cognito/probe.ts), reads the page's own Content-Security-Policy,
 * and shows the findings (findings.ts) in the person's language.
 */
import { mount } from 'svelte';
import { endpointOf, type PoolConfig } from '../config';
import type { Lang } from '../i18n';
import { probePool } from '../cognito/probe';
import type { PagePolicy } from './answers';
import { diagnose, type DoctorPool } from './findings';
import { loadDoctorWords } from './words';
import Doctor from './Doctor.svelte';

export async function bootDoctor(target: HTMLElement, config: PoolConfig, lang: Lang): Promise<void> {
  const pool: DoctorPool = {
    userPoolId: config.userPoolId,
    clientId: config.clientId,
    region: config.region,
    endpoint: endpointOf(config),
    customEndpoint: config.endpoint,
    sessionMinutes: config.sessionTtlMs ? config.sessionTtlMs / 60_000 : undefined,
  };
  const check = async () => {
    const [answers, page] = await watchPolicy(pool.endpoint, () => probePool(config));
    return { answers, findings: diagnose({ pool, answers, page: { ...page, origin: location.origin } }) };
  };
  mount(Doctor, { target, props: { pool, check, lang, words: await loadDoctorWords(lang) } });
}

/**
 * Runs the probes while listening for the browser's report of a connect-src violation against
 * the endpoint, and reads the policies the page is under: its meta tags, and the header its own
 * URL is served with (a same-origin request, which connect-src 'self' allows, and whose headers
 * the page may read).
 */
async function watchPolicy<T>(endpoint: string, probe: () => Promise<T>): Promise<[T, PagePolicy]> {
  let violated = false;
  const origin = new URL(endpoint).origin;
  const listener = (event: SecurityPolicyViolationEvent) => {
    if (event.effectiveDirective === 'connect-src' && event.blockedURI.startsWith(origin)) violated = true;
  };
  document.addEventListener('securitypolicyviolation', listener);
  try {
    const [result, policies] = await Promise.all([probe(), readPolicies()]);
    // The browser reports a violation in a task of its own, which may come after the failed fetch.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return [result, { policies, violated }];
  } finally {
    document.removeEventListener('securitypolicyviolation', listener);
  }
}

async function readPolicies(): Promise<string[] | undefined> {
  const metas = [...document.querySelectorAll('meta[http-equiv]')]
    .filter((meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
    .map((meta) => meta.getAttribute('content') ?? '');
  try {
    const response = await fetch(location.href, { method: 'HEAD', cache: 'no-store' });
    // Several headers arrive joined by commas, which also separate the policies of one header (CSP3 §3.1).
    const header = response.headers.get('content-security-policy') ?? '';
    return [...metas, ...header.split(',')].map((policy) => policy.trim()).filter(Boolean);
  } catch {
    return undefined;
  }
}
