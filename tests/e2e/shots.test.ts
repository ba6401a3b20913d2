/**
 * `npm run shots` (tests/shots/shots.mjs) on the demo build, for a tiny selection: one preview,
 * one pseudo-locale, one theme, both widths. A PNG each, of the width asked for and not blank, and
 * a contact sheet that shows them under the preview's name.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseShotsArgs, shotsOfSite } from '../shots/shots.mjs';
import { decodePng } from './support/png';
import { useDemoSite } from './support/site';

const demo = useDemoSite();

describe('npm run shots', () => {
  it('writes a PNG of each preview, language, theme and width asked for, and an index.html contact sheet', async () => {
    const out = mkdtempSync(join(tmpdir(), 'shots-'));
    // A PNG of an earlier run is cleared first; other files are left alone.
    writeFileSync(join(out, 'stale--en--light--desktop.png'), 'old');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const options = parseShotsArgs(['--preview', 'signIn.wrongPassword', '--lang', 'ar-XB', '--theme=dark', '--width', 'desktop,phone', '--out', out]);
    const shots = await shotsOfSite({ browser: demo.browser, url: demo.site.url, options });

    expect(shots.map(({ file, status }) => [file, status])).toEqual([
      ['signIn.wrongPassword--ar-XB--dark--desktop.png', 'reached'],
      ['signIn.wrongPassword--ar-XB--dark--phone.png', 'reached'],
    ]);
    expect(readdirSync(out).sort()).toEqual(['index.html', 'notes.txt', ...shots.map((shot) => shot.file)].sort());
    const desktop = decodePng(readFileSync(join(out, shots[0].file)));
    const phone = decodePng(readFileSync(join(out, shots[1].file)));
    expect(desktop.width).toBe(1100);
    expect(phone.width).toBe(360);
    // Not blank: the dark theme's background and the app's text and fields on it.
    const colours = new Set<number>();
    for (let i = 0; i < phone.rgb.length; i += 3 * 7) colours.add(phone.rgb.readUIntBE(i, 3));
    expect(colours.size).toBeGreaterThan(20);

    const sheet = readFileSync(join(out, 'index.html'), 'utf8');
    expect(sheet).toContain('<section id="signIn.wrongPassword">');
    for (const shot of shots) expect(sheet).toContain(`src="${shot.file}"`);
    expect(sheet).toContain('ar-XB · dark · phone');
    expect(existsSync(join(out, 'stale--en--light--desktop.png'))).toBe(false);
  });

  it('refuses a language, a preview or a flag it does not know, naming what there is', async () => {
    await expect(shotsOfSite({ browser: demo.browser, url: demo.site.url, options: parseShotsArgs(['--lang', 'xx-YY', '--preview', 'signIn']) })).rejects.toThrow(
      /--lang xx-YY: the gallery offers en, .*en-XA, ar-XB/,
    );
    await expect(shotsOfSite({ browser: demo.browser, url: demo.site.url, options: parseShotsArgs(['--preview', 'noSuchScreen']) })).rejects.toThrow(
      'no preview named noSuchScreen',
    );
  });
});
