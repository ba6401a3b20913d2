/**
 * The otpauth:// link an authenticator reads: the secret goes into it only as base32 (RFC 4648:
 * A-Z and 2-7, optional '=' padding), so nothing Cognito or anything in between answers can add
 * parameters or rewrite the link.
 */
import { describe, expect, it } from 'vitest';
import { isBase32Secret, otpauthUri } from '../../src/lib/otpauth';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const link = (secret: string) => otpauthUri({ issuer: 'Acme Cloud', account: 'ada+test@example.com', secret });

describe('the otpauth link', () => {
  it('carries a base32 secret as it is', () => {
    expect(link(SECRET)).toBe(
      `otpauth://totp/Acme%20Cloud:ada%2Btest%40example.com?secret=${SECRET}&issuer=Acme%20Cloud&algorithm=SHA1&digits=6&period=30`,
    );
  });

  it('leaves base32 padding out of the link', () => {
    expect(link('JBSWY3DPEE======')).toContain('?secret=JBSWY3DPEE&issuer=');
    expect(link('MZXW6===')).toContain('?secret=MZXW6&issuer=');
    expect(link('MZXW6YQ=')).toContain('?secret=MZXW6YQ&issuer=');
  });

  it.each([
    ['a parameter smuggled in', `${SECRET}&issuer=Evil&digits=8`],
    ['a fragment', `${SECRET}#x`],
    ['a space', 'JBSW Y3DP EHPK 3PXP'],
    ['a line break', `${SECRET}\n`],
    ['lower case', SECRET.toLowerCase()],
    ['digits outside base32', 'JBSWY3DPEHPK3PX0'],
    ['padding in the middle', 'MZXW6===MZXW6==='],
    ['padding of the wrong length', 'MZXW6YQ=='],
    ['only padding', '========'],
    ['nothing', ''],
    ['percent-encoding', 'JBSW%26Y3DP'],
  ])('is no link for a secret with %s', (_, secret) => {
    expect(isBase32Secret(secret)).toBe(false);
    expect(link(secret)).toBeNull();
  });

  it('accepts what Cognito sends: upper-case base32', () => {
    for (const secret of [SECRET, 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'MZXW6YQ=', 'JBSWY3DPEE======']) {
      expect(isBase32Secret(secret), secret).toBe(true);
    }
  });
});
