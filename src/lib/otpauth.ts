/**
 * The otpauth:// URI an authenticator app reads from the QR code (Google's Key Uri Format):
 * `otpauth://totp/Issuer:account?secret=...&issuer=Issuer&algorithm=SHA1&digits=6&period=30`.
 * Issuer and account are percent-encoded; neither may hold a colon, so colons are dropped.
 * The secret goes in only as base32 (Cognito's SecretCode is upper-case base32); anything else
 * could add parameters to the link or rewrite it, so it gives no link at all (null).
 */
export function otpauthUri({ issuer, account, secret }: { issuer: string; account: string; secret: string }): string | null {
  if (!isBase32Secret(secret)) return null;
  const clean = (text: string) => encodeURIComponent(text.replace(/:/g, '').trim());
  const label = `${clean(issuer)}:${clean(account)}`;
  const query = `secret=${secret.replace(/=+$/, '')}&issuer=${clean(issuer)}&algorithm=SHA1&digits=6&period=30`;
  return `otpauth://totp/${label}?${query}`;
}

/**
 * Base32 as RFC 4648 §6 writes it: A-Z and 2-7, then '=' padding to a multiple of eight
 * characters, or no padding. Lengths no encoding produces (1, 3 or 6 past a multiple of eight)
 * are refused too.
 */
export function isBase32Secret(secret: string): boolean {
  const match = /^([A-Z2-7]+)(=*)$/.exec(secret);
  if (!match) return false;
  const [, data, padding] = match;
  const partial = data.length % 8;
  if (partial === 1 || partial === 3 || partial === 6) return false;
  return padding === '' || (partial !== 0 && (data.length + padding.length) % 8 === 0);
}

/** The secret in groups of four, easier to read aloud or type. */
export function groupSecret(secret: string): string[] {
  return secret.match(/.{1,4}/g) ?? [];
}
