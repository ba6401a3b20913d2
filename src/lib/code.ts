/**
 * What the code field keeps of what lands in it (parts/CodeInput.svelte). Only the views use it,
 * so it travels with them, not in the first load.
 */

import { asciiDigits } from '../auth/validate';

/** Six digits standing alone, perhaps split in two by a space or a dash: "123 456". */
const SIX_DIGITS = /(?<!\d)\d{3}[\s-]?\d{3}(?!\d)/;

/**
 * The code in what was typed or pasted, at most six digits: full-width digits and any script's
 * digits (٠١٢٣) as digits (as normalizeCode in src/auth/validate.ts does), then the six-digit group of a message pasted
 * whole ("Your code is 123456. It expires in 3 minutes."), else the digits in order.
 */
export function codeIn(text: string): string {
  const plain = asciiDigits(text.normalize('NFKC'));
  return (SIX_DIGITS.exec(plain)?.[0] ?? plain).replace(/\D/g, '').slice(0, 6);
}
