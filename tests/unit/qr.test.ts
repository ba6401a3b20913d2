/**
 * The QR code drawn from the encoder's modules. Chromium's journey test reads the drawn code back
 * from the screen with zbarimg; here, the drawing itself.
 */
import { describe, expect, it } from 'vitest';
import { create } from 'qrcode';
import { qrDataUrl, qrSvg } from '../../src/lib/qr';

const matrix = (rows: string[]) => ({
  modules: { size: rows.length, data: Uint8Array.from(rows.join('').split(''), (c) => (c === '#' ? 1 : 0)) },
});
const pathOf = (svg: string) => [...svg.matchAll(/<path fill="#000" d="([^"]*)"/g)][0][1];

/** The cells a path of `Mx yhNv1h-Nz` rectangles paints, as "x,y" in the symbol's own grid. */
function painted(path: string, margin = 1): string[] {
  const cells: string[] = [];
  for (const [, x, y, run, back] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    expect(back).toBe(run);
    for (let i = 0; i < Number(run); i++) cells.push(`${Number(x) + i - margin},${Number(y) - margin}`);
  }
  return cells;
}

describe('qrSvg', () => {
  it('draws one rectangle per run of dark modules, inside a one-module light margin', () => {
    const svg = qrSvg(matrix(['##.', '.#.', '#.#']));
    expect(svg).toContain('viewBox="0 0 5 5"');
    expect(svg).toContain('<path fill="#fff" d="M0 0h5v5H0z"/>');
    expect(pathOf(svg)).toBe('M1 1h2v1h-2zM2 2h1v1h-1zM1 3h1v1h-1zM3 3h1v1h-1z');
  });

  it('ends a run at the end of its row', () => {
    expect(pathOf(qrSvg(matrix(['.##', '###', '...'])))).toBe('M2 1h2v1h-2zM1 2h3v1h-3z');
  });

  it("paints exactly the encoder's dark modules of an otpauth URI, each once", () => {
    const uri = 'otpauth://totp/Example%20Co:ada%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example%20Co';
    const code = create(uri, { errorCorrectionLevel: 'M' });
    const { size, data } = code.modules;
    const dark: string[] = [];
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (data[y * size + x]) dark.push(`${x},${y}`);
    const cells = painted(pathOf(qrSvg(code)));
    expect(new Set(cells).size).toBe(cells.length);
    expect(cells.sort()).toEqual(dark.sort());
  });
});

describe('qrDataUrl', () => {
  it('is an SVG data URL of the code, error correction M', async () => {
    const uri = 'otpauth://totp/Example:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example';
    const url = await qrDataUrl(uri);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(svg).toBe(qrSvg(create(uri, { errorCorrectionLevel: 'M' })));
  });
});
