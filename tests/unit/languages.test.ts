/**
 * Which language a visitor gets (pickLang), the direction each is written in, and the counts of
 * the languages whose plurals need Intl.PluralRules (Arabic's six forms, Hebrew's dual).
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, directionOf, type KnownLang } from '../../src/i18n/index';
import { pickLang } from '../../src/i18n/pick-lang';
import { langFor } from '../../src/i18n/pick';
import { ar } from '../../src/i18n/ar';
import { he } from '../../src/i18n/he';

/** Every language the project writes, registered here or not yet: the fallbacks are checked against all. */
const ALL: readonly KnownLang[] = [
  'en', 'zh', 'zh-Hant', 'ja', 'ko', 'es', 'fr', 'de', 'it', 'pt-BR', 'nl',
  'pl', 'sv', 'tr', 'ru', 'uk', 'id', 'th', 'hi', 'ar', 'he',
];

describe('pickLang', () => {
  it('follows a remembered choice before the browser', () => {
    expect(pickLang('ja', ['zh-CN', 'en'])).toBe('ja');
    expect(pickLang('zh', ['ja-JP'])).toBe('zh');
    expect(pickLang('en', ['zh-CN'])).toBe('en');
    expect(pickLang('he', ['ar'])).toBe('he');
  });

  it('ignores a remembered value that is not a language it has', () => {
    expect(pickLang('xx', ['ja-JP'])).toBe('ja');
    expect(pickLang('', ['zh-CN'])).toBe('zh');
    expect(pickLang('fr', ['ja'], ['en', 'ja'])).toBe('ja');
  });

  it('takes the first browser language it speaks', () => {
    expect(pickLang(null, ['zh-CN'])).toBe('zh');
    expect(pickLang(null, ['ja-JP'])).toBe('ja');
    expect(pickLang(null, ['ZH-cn'])).toBe('zh');
    expect(pickLang(null, ['ar-EG'])).toBe('ar');
    expect(pickLang(null, ['xx-XX', 'en'])).toBe('en');
    expect(pickLang(null, ['xx-XX', 'ja-JP', 'zh-CN'])).toBe('ja');
  });

  it('falls back to English', () => {
    expect(pickLang(null, [])).toBe('en');
    expect(pickLang(null, ['xx-XX', 'yy'])).toBe('en');
  });
});

describe('browser tags to languages, with every language the project writes offered', () => {
  it.each([
    ['zh-HK', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-SG', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hans-CN', 'zh'],
    ['pt-PT', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['he', 'he'],
    ['he-IL', 'he'],
    ['iw', 'he'],
    ['iw-IL', 'he'],
    ['id', 'id'],
    ['in', 'id'],
    ['in-ID', 'id'],
    ['en-GB', 'en'],
    ['de-AT', 'de'],
    ['sv-FI', 'sv'],
    ['ar-SA', 'ar'],
    ['hi-IN', 'hi'],
  ])('%s -> %s', (tag, lang) => {
    expect(langFor(tag, ALL)).toBe(lang);
    expect(pickLang(null, [tag], ALL)).toBe(lang);
  });

  it('gives English for a language it does not write', () => {
    expect(pickLang(null, ['fi-FI', 'cy'], ALL)).toBe('en');
  });

  it('goes on to the next browser language when one maps to a language not offered', () => {
    expect(pickLang(null, ['zh-TW', 'ja'], ['en', 'zh', 'ja'])).toBe('ja');
    expect(pickLang(null, ['pt-PT'], ['en', 'zh'])).toBe('en');
  });
});

describe('directions', () => {
  it('writes Arabic and Hebrew right to left, every other registered language left to right', () => {
    for (const { code } of LANGUAGES) expect(directionOf(code), code).toBe(['ar', 'he'].includes(code) ? 'rtl' : 'ltr');
  });
});

describe('counts', () => {
  const LRI = '\u2066';
  const PDI = '\u2069';

  it('gives Arabic its six plural forms in the resend countdown', () => {
    expect(ar.code.resendIn(0)).toContain('0 ثانية');
    expect(ar.code.resendIn(1)).toContain('ثانية واحدة');
    expect(ar.code.resendIn(1)).not.toMatch(/\d/);
    expect(ar.code.resendIn(2)).toContain('ثانيتين');
    expect(ar.code.resendIn(2)).not.toMatch(/\d/);
    expect(ar.code.resendIn(3)).toContain('3 ثوانٍ');
    expect(ar.code.resendIn(10)).toContain('10 ثوانٍ');
    expect(ar.code.resendIn(11)).toContain('11 ثانية');
    expect(ar.code.resendIn(59)).toContain('59 ثانية');
    expect(ar.code.resendIn(100)).toContain('100 ثانية');
  });

  it('gives Arabic the right noun after a minimum length', () => {
    expect(ar.passwordRules.length(8)).toContain('8 أحرف');
    expect(ar.passwordRules.length(12)).toContain('12 حرفًا');
  });

  it('gives Hebrew its singular, dual and plural', () => {
    expect(he.code.resendIn(1)).toContain('שנייה אחת');
    expect(he.code.resendIn(2)).toContain('שתי שניות');
    expect(he.code.resendIn(20)).toContain('20 שניות');
    expect(he.code.resendIn(37)).toContain('37 שניות');
  });

  it('keeps the clock left to right inside a right-to-left sentence', () => {
    expect(ar.session.timeLeft(2, 5)).toContain(`${LRI}2:05${PDI}`);
    expect(he.session.timeLeft(0, 42)).toContain(`${LRI}0:42${PDI}`);
  });

  it('keeps emails and phone numbers left to right inside a right-to-left sentence', () => {
    expect(ar.confirmSignUp.sentTo('a***@e***.com')).toContain(`${LRI}a***@e***.com${PDI}`);
    expect(he.smsChallenge.sentTo('+*******4321')).toContain(`${LRI}+*******4321${PDI}`);
    expect(ar.problemDetails.contactSupport('+44 20 7946 0000')).toContain(`${LRI}+44 20 7946 0000${PDI}`);
  });
});
