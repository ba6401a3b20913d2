/**
 * A QR code as an SVG data URL. The qrcode package encodes; the picture is drawn here as one
 * path, so the package's renderers (canvas, SVG tag, terminal) stay out of the build. The
 * encoder loads on first use: only authenticator setup needs it.
 */
import type { QRCode } from 'qrcode';

/** Quiet zone, in modules, around the symbol (the page around it is light too). */
const MARGIN = 1;

/** The symbol as SVG: a light square, and one dark rectangle per horizontal run of modules. */
export function qrSvg(code: { modules: Pick<QRCode['modules'], 'size' | 'data'> }): string {
  const { size, data } = code.modules;
  const side = size + 2 * MARGIN;
  let dark = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < size && data[y * size + x + run]) run++;
      dark += `M${x + MARGIN} ${y + MARGIN}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
    `<path fill="#fff" d="M0 0h${side}v${side}H0z"/><path fill="#000" d="${dark}"/></svg>`
  );
}

/** The text as a QR code (error correction M), ready for an img's src. */
export async function qrDataUrl(text: string): Promise<string> {
  const { create } = await import('qrcode/lib/core/qrcode');
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(create(text, { errorCorrectionLevel: 'M' })))}`;
}
