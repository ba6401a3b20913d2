/** The checks and clean-ups made before anything is sent (src/auth/validate.ts). */
import { describe, expect, it } from 'vitest';
import { checkEmail, normalizeEmail } from '../../src/auth/validate';

describe('the email', () => {
  it('is trimmed and lower-cased: the pool uses it as the username, one spelling for every request', () => {
    expect(normalizeEmail('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
    expect(normalizeEmail('ada@example.com')).toBe('ada@example.com');
  });

  it('is checked in the form it is sent', () => {
    expect(checkEmail(' ADA@EXAMPLE.COM ')).toEqual({});
  });
});
