/** `npm run shots`' options and its contact sheet (tests/shots/shots.mjs); the shots themselves: tests/e2e/shots.test.ts. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { choosePreviews, contactSheet, parseShotsArgs, shotFile } from '../shots/shots.mjs';

const PREVIEWS = [
  { name: 'signIn', state: 'signIn.idle', about: 'the form' },
  { name: 'signIn.wrongPassword', state: 'signIn.idle', about: 'a wrong <password>' },
  { name: 'signInOther', state: 'x', about: '' },
  { name: 'totpSetup.ready', state: 'totpSetup.ready', about: 'the key' },
];

describe('npm run shots: its options', () => {
  it('defaults to every preview in English, both themes and both widths, into shots/', () => {
    expect(parseShotsArgs([])).toEqual({ langs: ['en'], themes: ['light', 'dark'], widths: ['desktop', 'phone'], previews: [], out: resolve('shots'), reuse: false });
  });

  it('takes lists separated by commas, as `--flag value` or `--flag=value`', () => {
    const options = parseShotsArgs(['--lang', 'en,ar, en-XA', '--theme=dark', '--width', 'phone', '--preview', 'signIn', '--out', '/tmp/x', '--reuse']);
    expect(options).toEqual({ langs: ['en', 'ar', 'en-XA'], themes: ['dark'], widths: ['phone'], previews: ['signIn'], out: '/tmp/x', reuse: true });
  });

  it('refuses what it does not know', () => {
    expect(() => parseShotsArgs(['--theme', 'sepia'])).toThrow('--theme sepia is not light or dark');
    expect(() => parseShotsArgs(['--width', 'tablet'])).toThrow('--width tablet is not desktop or phone');
    expect(() => parseShotsArgs(['--langs', 'en'])).toThrow('unknown argument "--langs"');
    expect(() => parseShotsArgs(['--lang'])).toThrow('--lang needs a value');
    expect(() => parseShotsArgs(['--lang', '--reuse'])).toThrow('--lang needs a value');
  });

  it('takes a preview by name, and a screen by its name with all its previews', () => {
    expect(choosePreviews(PREVIEWS, []).map((p) => p.name)).toEqual(PREVIEWS.map((p) => p.name));
    expect(choosePreviews(PREVIEWS, ['signIn']).map((p) => p.name)).toEqual(['signIn', 'signIn.wrongPassword']);
    expect(choosePreviews(PREVIEWS, ['totpSetup.ready']).map((p) => p.name)).toEqual(['totpSetup.ready']);
    expect(() => choosePreviews(PREVIEWS, ['totpSetup', 'nope'])).toThrow('no preview named nope');
  });
});

describe('npm run shots: the contact sheet', () => {
  it('groups the shots under their preview, captioned, escaped, and says which did not reach their state', () => {
    const job = { preview: 'signIn.wrongPassword', lang: 'en-XA', theme: 'dark', width: 'phone' } as const;
    const failed = { preview: 'signIn', lang: 'en-XA', theme: 'dark', width: 'phone' } as const;
    const html = contactSheet(PREVIEWS.slice(0, 2), [
      { ...job, file: shotFile(job), status: 'reached' },
      { ...failed, file: shotFile(failed), status: 'failed', problem: 'timed <out>' },
    ]);
    const section = html.slice(html.indexOf('<section id="signIn.wrongPassword">'));
    expect(section).toContain('src="signIn.wrongPassword--en-XA--dark--phone.png"');
    expect(section).toContain('en-XA · dark · phone');
    expect(section).toContain('a wrong &lt;password&gt;');
    expect(html).toContain('Did not reach its state: timed &lt;out&gt;');
    expect(html).toContain('1 did not reach their state: signIn--en-XA--dark--phone.png');
    expect(html).not.toContain('<password>');
  });
});
