/**
 * The site's own words (src/i18n/overrides.ts): a sentence replaced for one language reaches that
 * language, first screen included, and no other; the dictionaries themselves are never changed.
 * The file is replaced here by one that overrides English and Arabic.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Overrides } from '../../src/i18n/overrides';

vi.mock('../../src/i18n/overrides', () => ({
  addedLanguages: [],
  overrides: {
    en: {
      signIn: { heading: 'Sign in to Example Corp' },
      code: { resendIn: (seconds: number) => `New code in ${seconds}s` },
    },
    ar: { problems: { userDisabled: 'حسابك معطَّل. اتصل بنا.' } },
  } satisfies Overrides,
}));

const { loadDictionary, enFirstWords, withOverrides } = await import('../../src/i18n/index');
const { en } = await import('../../src/i18n/en');
const { ar } = await import('../../src/i18n/ar');
const { zh } = await import('../../src/i18n/zh');
const { withSupportContact } = await import('../../src/i18n/load');

describe('overrides', () => {
  it('replace the sentences given, for their language, and keep the rest', async () => {
    const english = await loadDictionary('en');
    expect(english.signIn.heading).toBe('Sign in to Example Corp');
    expect(english.code.resendIn(9)).toBe('New code in 9s');
    expect(english.signIn.submit).toBe(en.signIn.submit);
    expect(english.code.resend).toBe(en.code.resend);
    expect(english.problems).toBe(en.problems);
  });

  it('reach the first screen, which is English before the rest loads', () => {
    expect(enFirstWords.signIn.heading).toBe('Sign in to Example Corp');
    expect(enFirstWords.signIn.forgot).toBe(en.signIn.forgot);
  });

  it('never reach another language', async () => {
    expect((await loadDictionary('zh')).signIn.heading).toBe(zh.signIn.heading);
    expect((await loadDictionary('zh')).code.resendIn(9)).toBe(zh.code.resendIn(9));
    const arabic = await loadDictionary('ar');
    expect(arabic.problems.userDisabled).toBe('حسابك معطَّل. اتصل بنا.');
    expect(arabic.signIn.heading).toBe(ar.signIn.heading);
    expect((await loadDictionary('en')).problems.userDisabled).toBe(en.problems.userDisabled);
  });

  it('leave the dictionaries as their files wrote them', async () => {
    await loadDictionary('en');
    expect(en.signIn.heading).toBe('Sign in');
    expect(ar.problems.userDisabled).not.toBe('حسابك معطَّل. اتصل بنا.');
  });

  it('merge at any depth without touching either side', () => {
    const base = { a: { b: 'one', c: 'two' }, d: 'three' };
    const merged = withOverrides(base, { a: { c: 'changed' } });
    expect(merged).toEqual({ a: { b: 'one', c: 'changed' }, d: 'three' });
    expect(base.a.c).toBe('two');
    expect(withOverrides(base, undefined)).toBe(base);
  });
});

describe('the type of overrides (checked by svelte-check, which npm test runs)', () => {
  it('refuses a misspelt key, a language not registered and a text for a function', () => {
    const typos: Overrides[] = [
      // @ts-expect-error: `signin` is not a part of the dictionary (signIn is)
      { en: { signin: { heading: 'x' } } },
      // @ts-expect-error: `headng` is not a sentence of signIn
      { en: { signIn: { headng: 'x' } } },
      // @ts-expect-error: `xx` is not a registered language
      { xx: { signIn: { heading: 'x' } } },
      // @ts-expect-error: resendIn is a function of the seconds, not a text
      { en: { code: { resendIn: 'soon' } } },
    ];
    expect(typos).toHaveLength(4);
  });
});

describe('the support contact (VITE_SUPPORT_CONTACT)', () => {
  it('follows each sentence that sends the person to the site’s support, in the language of the sentence', () => {
    const english = withSupportContact(en, 'help@example.org');
    expect(english.problems.userDisabled).toBe(`${en.problems.userDisabled} Support: help@example.org`);
    expect(english.problems.blockedBySecurity).toContain('Support: help@example.org');
    expect(english.problemDetails.lambdaRefused('Closed.')).toBe(`${en.problemDetails.lambdaRefused('Closed.')} Support: help@example.org`);
    const arabic = withSupportContact(ar, '+44 20 7946 0000');
    expect(arabic.problems.userDisabled).toBe(`${ar.problems.userDisabled} ${ar.problemDetails.contactSupport('+44 20 7946 0000')}`);
  });

  it('leaves other sentences, and the dictionary itself, as they were', () => {
    const english = withSupportContact(en, 'help@example.org');
    expect(english.problems.codeMismatch).toBe(en.problems.codeMismatch);
    expect(en.problems.userDisabled).not.toContain('help@example.org');
  });

  it('adds nothing when the site sets no contact', () => {
    expect(withSupportContact(en, undefined)).toBe(en);
    expect(withSupportContact(en, '')).toBe(en);
  });
});
