/** Types for shots.mjs (imported by its tests). */
import type { Browser } from 'playwright-core';

export const SHOTS_DIST: string;
export const WIDTHS: Record<'desktop' | 'phone', { width: number; height: number }>;
export const THEMES: readonly ['light', 'dark'];

export interface ShotsOptions {
  langs: string[];
  themes: ('light' | 'dark')[];
  widths: ('desktop' | 'phone')[];
  previews: string[];
  out: string;
  reuse: boolean;
}

export interface PreviewInfo {
  name: string;
  state: string;
  about: string;
}

export interface Shot {
  preview: string;
  lang: string;
  theme: 'light' | 'dark';
  width: 'desktop' | 'phone';
  file: string;
  status: 'reached' | 'failed';
  problem?: string;
}

export function parseShotsArgs(argv: readonly string[]): ShotsOptions;
export function galleryListing(browser: Browser, url: string): Promise<{ previews: PreviewInfo[]; langs: string[] }>;
export function choosePreviews(all: readonly PreviewInfo[], asked: readonly string[]): PreviewInfo[];
export function shotFile(shot: Pick<Shot, 'preview' | 'lang' | 'theme' | 'width'>): string;
export function takeShots(options: {
  browser: Browser;
  url: string;
  out: string;
  previews: readonly PreviewInfo[];
  langs: readonly string[];
  themes: readonly ('light' | 'dark')[];
  widths: readonly ('desktop' | 'phone')[];
  lanes?: number;
  log?: (line: string) => void;
}): Promise<Shot[]>;
export function contactSheet(previews: readonly PreviewInfo[], shots: readonly Shot[]): string;
export function shotsOfSite(run: { browser: Browser; url: string; options: ShotsOptions; log?: (line: string) => void }): Promise<Shot[]>;
