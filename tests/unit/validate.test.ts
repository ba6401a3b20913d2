/** The checks and clean-ups made before anything is sent (src/auth/validate.ts). */
import { describe, expect, it } from 'vitest';
import {
  checkCode,
  checkEmail,
  checkIdentifier,
  checkNewPassword,
  checkPasswordPresent,
  DEFAULT_PASSWORD_POLICY,
  identifierKind,
  normalizeCode,
  normalizeEmail,
  normalizeIdentifier,
} from '../../src/auth/validate';
import { checkSignUpAttributes, signUpAttributes } from '../../src/auth/attributes';
import { signUpFields, type PoolShape } from '../../src/auth/pool-shape';
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

describe('an identifier, where the pool takes more than one kind', () => {
  const ALL = ['email', 'phone', 'username'] as const;
  const NO_USERNAMES = ['email', 'phone'] as const;

  it('is an email with an @, a phone number with a + and digits, else a username', () => {
    expect(identifierKind('ada@example.com', ALL)).toBe('email');
    expect(identifierKind('ada', ['email', 'username'])).toBe('username');
    expect(identifierKind('+49 151 1234 5678', ALL)).toBe('phone');
    // Digits without a + stay a username where usernames are possible.
    expect(identifierKind('4915112345678', ALL)).toBe('username');
    // The + starts the number and digits end it.
    expect(identifierKind('x+4915112345678', ALL)).toBe('username');
    expect(identifierKind('+4915112345678x', ALL)).toBe('username');
    // A kind the pool does not take is never the answer.
    expect(identifierKind('+4915112345678', ['email', 'username'])).toBe('username');
    expect(identifierKind('ada@example.com', ['phone', 'username'])).toBe('username');
  });

  it('is the only kind the pool takes, whatever was typed', () => {
    expect(identifierKind('ada', ['phone'])).toBe('phone');
    expect(checkIdentifier('ada', ['phone'])).toEqual({ email: { reason: 'phoneFormat' } });
    expect(checkIdentifier('  ', ['username'])).toEqual({ email: { reason: 'required' } });
  });

  it('is a phone number without a + where there are no usernames, unless it has letters', () => {
    expect(identifierKind('015112345678', NO_USERNAMES)).toBe('phone');
    expect(identifierKind('x12345', NO_USERNAMES)).toBe('email');
    expect(identifierKind('12345x', NO_USERNAMES)).toBe('email');
  });

  it('is normalised by the kind it is', () => {
    expect(normalizeIdentifier(' +49 (151) 1234-5678 ', ALL)).toBe('+4915112345678');
    expect(normalizeIdentifier(' Ada@Example.com ', ALL)).toBe('ada@example.com');
    expect(normalizeIdentifier(' Ada ', ALL)).toBe('Ada');
  });

  it('is refused as Cognito would: a username too long, or one that looks like an alias', () => {
    expect(checkIdentifier('a'.repeat(128), ['username'])).toEqual({});
    expect(checkIdentifier('a'.repeat(129), ['username'])).toEqual({ email: { reason: 'usernameTooLong' } });
    expect(checkIdentifier('ada lovelace', ['username'])).toEqual({ email: { reason: 'usernameFormat' } });
    expect(checkIdentifier('+4915112345678', ['username'], ['phone'])).toEqual({ email: { reason: 'usernameLooksLikePhone' } });
    expect(checkIdentifier('ada', ['username'], ['phone'])).toEqual({});
    expect(checkIdentifier('+4915112345678', ['username'], ['email'])).toEqual({});
    expect(checkIdentifier('ada@example.com', ['username'], ['email'])).toEqual({ email: { reason: 'usernameLooksLikeEmail' } });
    expect(checkIdentifier('+49 1', ALL)).toEqual({ email: { reason: 'phoneFormat' } });
  });
});

describe('the attributes asked at sign-up', () => {
  const shape = (...names: string[]): PoolShape => ({
    signInWith: ['username'],
    signUpAttributes: names.map((name) => ({ name, required: true })),
    selfSignUp: true,
  });

  it('are checked in the form they are sent: a phone number as written, an email, at most 2048 characters', () => {
    const typed = { phone_number: ' +49 (151) 1234-5678 ', email: ' Ada@Example.com ', given_name: 'x'.repeat(2048) };
    expect(checkSignUpAttributes(shape('phone_number', 'email', 'given_name'), typed)).toEqual({});
    expect(signUpAttributes(shape('phone_number', 'email', 'given_name'), { kind: 'username', value: 'ada' }, typed)).toEqual({
      phone_number: '+4915112345678',
      email: 'ada@example.com',
      given_name: 'x'.repeat(2048),
    });
    expect(checkSignUpAttributes(shape('given_name'), { given_name: 'x'.repeat(2049) })).toEqual({ 'attribute:given_name': { reason: 'attributeTooLong' } });
    expect(checkSignUpAttributes(shape('email'), { email: 'ada.example.com' })).toEqual({ 'attribute:email': { reason: 'emailFormat' } });
    expect(checkSignUpAttributes(shape('phone_number'), { phone_number: '0151 1234' })).toEqual({ 'attribute:phone_number': { reason: 'phoneFormat' } });
  });

  it('take a birthdate as a real day, YYYY-MM-DD', () => {
    expect(checkSignUpAttributes(shape('birthdate'), { birthdate: '1990-02-28' })).toEqual({});
    for (const birthdate of ['1990-02-30', '1990-2-28', 'x1990-02-28', '1990-02-28x', '28.02.1990']) {
      expect(checkSignUpAttributes(shape('birthdate'), { birthdate }), birthdate).toEqual({ 'attribute:birthdate': { reason: 'birthdateFormat' } });
    }
  });
});

describe('the fields of the sign-up form', () => {
  const given = { name: 'given_name', required: false };

  it('ask the identifier once: as itself where it is the username, as a required alias beside a username', () => {
    const email = { name: 'email', required: true };
    expect(signUpFields({ signInWith: ['email'], signUpAttributes: [email, given], selfSignUp: true })).toEqual([given]);
    expect(signUpFields({ signInWith: ['email', 'phone'], signUpAttributes: [given], selfSignUp: true })).toEqual([given]);
    expect(signUpFields({ signInWith: ['username', 'email'], signUpAttributes: [{ ...email, required: false }, given], selfSignUp: true })).toEqual([
      email,
      given,
    ]);
    expect(signUpFields({ signInWith: ['username', 'phone'], signUpAttributes: [], selfSignUp: true })).toEqual([{ name: 'phone_number', required: true }]);
  });

  it('never ask a preferred username that is an alias: Cognito refuses it at sign-up', () => {
    expect(signUpFields({ signInWith: ['username', 'preferred_username'], signUpAttributes: [given], selfSignUp: true })).toEqual([given]);
  });
});
