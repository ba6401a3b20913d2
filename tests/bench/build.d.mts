/** Types for build.mjs (imported by tests/e2e/support/build.ts). */
import type { UnusedSdkCodeApi } from '../../src/build/unused-sdk-code.ts';

export const ROOT: string;
export const REAL_POOL_ENV: { VITE_COGNITO_USER_POOL_ID: string; VITE_COGNITO_CLIENT_ID: string };
export const BUDGET: { firstLoadJs: number; allJs: number; css: number };
export const CEILING: { firstLoadJs: number; allJs: number; css: number; language: number };

export interface BuiltFile {
  /** Path inside the build folder, e.g. `assets/index-abc123.js`. */
  file: string;
  type: 'js' | 'css' | 'other';
  raw: number;
  /** gzip -9 */
  gzip: number;
  firstLoad: boolean;
  /** When the browser fetches it: 'first load', 'after first paint', 'authenticator setup', ... */
  when: string;
  /** The largest sources in it, e.g. `svelte 60%, src/i18n 10%`. */
  contents: string;
  /** The module ids bundled into it (JavaScript chunks only). */
  modules: string[];
}

export interface Sizes {
  raw: number;
  gzip: number;
}

export interface MeasuredBuild {
  variant: 'real' | 'demo';
  outDir: string;
  files: BuiltFile[];
  firstLoadJs: Sizes;
  allJs: Sizes;
  /** The chunks that are one dictionary of a language but English each (dictionaryOf): a visitor fetches at most one. */
  otherLanguagesJs: Sizes;
  css: Sizes;
  moduleIds: string[];
}

export function buildVariant(variant: 'real' | 'demo', outDir: string, env?: Record<string, string>): Promise<MeasuredBuild>;
/** Which module ids are stand-ins for SDK code a build leaves out, and for what. */
export type StandInOf = UnusedSdkCodeApi['standInOf'];

export function measureBuild(variant: 'real' | 'demo', outDir: string, result: unknown, standInOf?: StandInOf): MeasuredBuild;
export function gzipSize(data: Buffer | string): number;
export function dictionaryOf(module: string): { folder: string; code: string } | undefined;
