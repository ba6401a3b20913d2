/** The checks and clean-ups made before anything is sent (src/auth/validate.ts). */
import { describe, expect, it } from 'vitest';
import { checkCode, checkEmail, codeIn, normalizeCode, normalizeEmail } from '../../src/auth/validate';

describe('the email', () => {
  it('is trimmed and lower-cased: the pool uses it as the username, one spelling for every request', () => {
    expect(normalizeEmail('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
    expect(normalizeEmail('ada@example.com')).toBe('ada@example.com');
  });

  it('is checked in the form it is sent', () => {
    expect(checkEmail(' ADA@EXAMPLE.COM ')).toEqual({});
  });
});

describe('a code', () => {
  it('is six ASCII digits, whatever digits, spaces and dashes were typed', () => {
    expect(normalizeCode('１２３４５６')).toBe('123456');
    expect(normalizeCode('１２３　４５６')).toBe('123456');
    expect(normalizeCode('１２３－４５６')).toBe('123456');
    expect(normalizeCode(' 123-456 ')).toBe('123456');
    expect(checkCode('１２３４５６')).toEqual({});
    expect(checkCode('１２３４５')).toEqual({ code: { reason: 'codeFormat' } });
  });

  it('is read out of what lands in the code field, typed or pasted, at most six digits', () => {
    expect(codeIn('１２３４５６')).toBe('123456');
    expect(codeIn('12')).toBe('12');
    expect(codeIn('123 456')).toBe('123456');
    expect(codeIn('1234567')).toBe('123456');
    expect(codeIn('Your code is 123456')).toBe('123456');
    expect(codeIn('Your verification code is 123 456. It expires in 3 minutes.')).toBe('123456');
    expect(codeIn('Ihr Code: ９８７－６５４, gültig 24 Stunden')).toBe('987654');
    expect(codeIn('code')).toBe('');
  });
});
