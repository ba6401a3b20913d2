/**
 * The otpauth:// URI an authenticator app reads from the QR code (Google's Key Uri Format):
 * `otpauth://totp/Issuer:account?secret=...&issuer=Issuer&algorithm=SHA1&digits=6&period=30`.
 * Issuer and account are percent-encoded; neither may hold a colon, so colons are dropped.
 */
export function otpauthUri({ issuer, account, secret }: { issuer: string; account: string; secret: string }): string {
  const clean = (text: string) => encodeURIComponent(text.replace(/:/g, '').trim());
  const label = `${clean(issuer)}:${clean(account)}`;
  const query = `secret=${secret.replace(/[\s=]/g, '').toUpperCase()}&issuer=${clean(issuer)}&algorithm=SHA1&digits=6&period=30`;
  return `otpauth://totp/${label}?${query}`;
}

/** The secret in groups of four, easier to read aloud or type. */
export function groupSecret(secret: string): string[] {
  return secret.match(/.{1,4}/g) ?? [];
}
