/** The checks and clean-ups made before anything is sent (src/auth/validate.ts). */
import { describe, expect, it } from 'vitest';
import {
  checkCode,
  checkEmail,
  checkNewPassword,
  checkPasswordPresent,
  DEFAULT_PASSWORD_POLICY,
  normalizeCode,
  normalizeEmail,
} from '../../src/auth/validate';
import { codeIn } from '../../src/lib/code';

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
  it('takes the digits of any script as the digits they are', () => {
    expect(normalizeCode('١٢٣٤٥٦')).toBe('123456'); // Arabic-Indic
    expect(normalizeCode('۰۹۸ ۷۶۵')).toBe('098765'); // Persian
    expect(normalizeCode('९०१२३४')).toBe('901234'); // Devanagari
    expect(normalizeCode('๕๖๗๘๙๐')).toBe('567890'); // Thai
    expect(normalizeCode('0123456789')).toBe('0123456789');
    expect(codeIn('رمزك هو ٤٨٢٠١٥')).toBe('482015');
    expect(checkCode('٤٨٢٠١٥')).toEqual({});
  });

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

describe('lengths Cognito refuses, refused before sending', () => {
  const email = (length: number) => `${'a'.repeat(length - '@example.com'.length)}@example.com`;
  const password = (length: number) => `Aa1!${'x'.repeat(length - 4)}`;

  it('an email of more than 128 characters (UsernameType)', () => {
    expect(checkEmail(email(128))).toEqual({});
    expect(checkEmail(email(129))).toEqual({ email: { reason: 'emailTooLong' } });
    expect(checkEmail(` ${email(128)} `)).toEqual({});
  });

  it('a password of more than 256 characters (PasswordType), at sign-in and when choosing one', () => {
    expect(checkPasswordPresent(password(256))).toEqual({});
    expect(checkPasswordPresent(password(257))).toEqual({ password: { reason: 'passwordTooLong' } });
    expect(checkNewPassword(password(256), DEFAULT_PASSWORD_POLICY)).toEqual({});
    expect(checkNewPassword(password(257), DEFAULT_PASSWORD_POLICY, 'newPassword')).toEqual({ newPassword: { reason: 'passwordTooLong' } });
  });

  it('counted in characters, not UTF-16 units', () => {
    expect(checkPasswordPresent(`Aa1!${'🔑'.repeat(252)}`)).toEqual({});
  });
});
