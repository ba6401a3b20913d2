/**
 * The translations against the English reference, checked at run time by walking the objects,
 * for every language registered in src/i18n/index.ts (a newly registered one is checked as it
 * is wired in): same keys at every depth, same parameters, no empty strings, every function
 * shows what it is given, nothing left in English, and every text in the language's script.
 */
import { describe, expect, it } from 'vitest';
import { en, type Dictionary } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { ja } from '../../src/i18n/ja';
import { LANGUAGES, loadDictionary, withOverrides, type KnownLang, type Lang } from '../../src/i18n/index';
import { dictionaryFile, exportName } from '../../src/i18n/load';
import { overrides } from '../../src/i18n/overrides';
import type { ConfigProblem } from '../../src/config';
import { devInboxText } from '../../src/simulated/dev-inbox-text';
import { SCRIPT } from '../support/scripts';

type Fn = (...args: unknown[]) => unknown;
type Leaf = { path: string; value: unknown };

/** Every non-object value of a dictionary, with its dotted path. */
function leaves(node: unknown, prefix = ''): Leaf[] {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix, value: node }];
}

/** Every key path (objects included), so a missing branch and a missing leaf both show. */
function keyPaths(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  return Object.entries(node).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...keyPaths(value, path)];
  });
}

function at(dict: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], dict);
}

/** Sample arguments for every function of the dictionary, and the text each must show. */
const SAMPLES: Record<string, { args: unknown[]; shows: string[] }> = {
  'code.resendIn': { args: [37], shows: ['37'] },
  'confirmSignUp.sentTo': { args: ['x***@e***.com'], shows: ['x***@e***.com'] },
  'confirmSignUp.sentByText': { args: ['+*******9876'], shows: ['+*******9876'] },
  'signUp.optional': { args: ['Team-Z9'], shows: ['Team-Z9'] },
  'resetPassword.sentTo': { args: ['r***@e***.net'], shows: ['r***@e***.net'] },
  'resetPassword.sentByText': { args: ['+*******4321'], shows: ['+*******4321'] },
  'totpSetup.qrAlt': { args: ['ada@example.com'], shows: ['ada@example.com'] },
  'totpChallenge.device': { args: ['Pixel-Q7'], shows: ['Pixel-Q7'] },
  'emailChallenge.sentTo': { args: ['m***@e***.org'], shows: ['m***@e***.org'] },
  'smsChallenge.sentTo': { args: ['+*******4321'], shows: ['+*******4321'] },
  'signedIn.as': { args: ['grace@example.org'], shows: ['grace@example.org'] },
  'mfaSetupChoice.emailTo': { args: ['ada@example.net'], shows: ['ada@example.net'] },
  'account.turnOff': { args: ['Factor-Z9'], shows: ['Factor-Z9'] },
  'account.prefer': { args: ['Factor-Z9'], shows: ['Factor-Z9'] },
  'session.timeLeft': { args: [12, 7], shows: ['12:07'] },
  'profile.failed': { args: [503], shows: ['503'] },
  'selectChallenge.as': { args: ['grace@example.org'], shows: ['grace@example.org'] },
  'passkeys.added': { args: ['2 Jan 2026'], shows: ['2 Jan 2026'] },
  'passkeys.attachment': { args: ['platform'], shows: [] },
  'passkeys.delete': { args: ['Pixel-Q7'], shows: ['Pixel-Q7'] },
  'passkeys.confirmDelete': { args: ['Pixel-Q7'], shows: ['Pixel-Q7'] },
  'passwordRules.length': { args: [37], shows: ['37'] },
  'passwordRules.uppercase': { args: [37], shows: [] },
  'passwordRules.lowercase': { args: [37], shows: [] },
  'passwordRules.number': { args: [37], shows: [] },
  'passwordRules.symbol': { args: [37], shows: ['! @ #', '?'] },
  'passwordRules.spaces': { args: [37], shows: [] },
  'problemDetails.lambdaRefused': { args: ['Sign-ups from zz9.example are closed.'], shows: ['Sign-ups from zz9.example are closed.'] },
  'problemDetails.contactSupport': { args: ['help-zz9@example.org'], shows: ['help-zz9@example.org'] },
  ...configSamples(),
};

function configSamples(): Record<string, { args: unknown[]; shows: string[] }> {
  const problems: ConfigProblem[] = [
    { code: 'missingPoolId' },
    { code: 'missingClientId' },
    { code: 'badPoolId', value: 'pool-zz9' },
    { code: 'badClientId', value: 'client$zz9' },
    { code: 'badRegion', value: 'mars-north-7x' },
    { code: 'regionMismatch', region: 'ap-northeast-1', poolRegion: 'eu-central-2' },
    { code: 'badEndpoint', value: 'ftp://emulator.zz9' },
    { code: 'badSessionMinutes', value: '42' },
    { code: 'badPasswordPolicy', value: 'min=zz9' },
    { code: 'badMfaRequired', value: 'sometimes' },
    { code: 'badSignInWith', value: 'fingerprint' },
    { code: 'badSignUpAttributes', value: 'custom:zz9' },
    { code: 'preferredUsernameWithoutUsername', value: 'preferred_username,zz9' },
    { code: 'preferredUsernameAtSignUp', value: 'preferred_username,zz9' },
    { code: 'badAdminCreateUserOnly', value: 'maybe' },
    { code: 'badFirstFactors', value: 'password,face' },
  ];
  return Object.fromEntries(
    problems.map((problem) => {
      const values = Object.entries(problem)
        .filter(([key]) => key !== 'code')
        .map(([, value]) => String(value));
      return [`config.problems.${problem.code}`, { args: [problem], shows: values }];
    }),
  );
}

/** Entries that may be identifiers or brand names only, with no CJK text required. */
const NOT_TRANSLATED = new Set(['lang']);

/** Literal text that a translation must carry over whenever the English has it. */
const KEPT_LITERALS = [
  'name@example.com',
  'eu-west-1_AbCdEf123',
  'eu-west-1',
  '.env.local',
  'http://localhost:9229/',
  'http(s)',
  'Cognito',
  'Google Authenticator',
  'Microsoft Authenticator',
  '1Password',
  'Authy',
];

const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The text of an entry: the string itself, or what the function says for its sample. */
function textOf(dict: Dictionary, path: string): string {
  const value = at(dict, path);
  if (typeof value === 'function') return String((value as Fn)(...SAMPLES[path].args));
  return value as string;
}

const enLeaves = leaves(en);
const functionPaths = enLeaves.filter((l) => typeof l.value === 'function').map((l) => l.path);
const stringPaths = enLeaves.filter((l) => typeof l.value === 'string').map((l) => l.path);

describe('the English reference and the samples', () => {
  it('has a sample for every function, and no sample for anything else', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...functionPaths].sort());
  });

  it('shows every sample itself (so the samples really are what the sentences mention)', () => {
    for (const path of functionPaths) {
      const text = textOf(en, path);
      for (const shown of SAMPLES[path].shows) expect(text, path).toContain(shown);
    }
  });

  it('holds only strings and functions', () => {
    for (const { path, value } of enLeaves) expect(['string', 'function'], path).toContain(typeof value);
  });
});

describe('the checks themselves', () => {
  it('notice a missing key and an extra key', () => {
    const broken: Record<string, unknown> = {
      ...zh,
      totpSetup: { ...zh.totpSetup, qrAlt: undefined },
      fields: { ...zh.fields, extra: 'x' },
      problems: { ...zh.problems },
    };
    delete (broken.totpSetup as Record<string, unknown>).qrAlt;
    delete (broken.problems as Record<string, unknown>).expiredCode;
    const missing = keyPaths(en).filter((p) => !keyPaths(broken).includes(p));
    const extra = keyPaths(broken).filter((p) => !keyPaths(en).includes(p));
    expect(missing).toEqual(['totpSetup.qrAlt', 'problems.expiredCode']);
    expect(extra).toEqual(['fields.extra']);
  });

  it('tell the scripts apart', () => {
    expect(HAN.test('验证码')).toBe(true);
    expect(KANA.test('验证码')).toBe(false);
    expect(KANA.test('コード')).toBe(true);
    expect(HAN.test('Verify')).toBe(false);
  });
});

/** The dictionaries of every registered language, as their files write them (no site overrides). */
const REGISTERED = await Promise.all(
  LANGUAGES.filter((language) => language.code !== 'en').map(async (language) => ({
    code: language.code as string,
    name: language.name as string,
    dict: await dictionaryFile(language.code),
  })),
);

/** The script each language the project writes is in (Latin-script ones: no check of script). */
const SCRIPTS = SCRIPT as Partial<Record<KnownLang, RegExp>>;

/** The `lang` attribute each dictionary gives the document, where it is not the language's code. */
const DOCUMENT_LANG: Record<string, string> = { zh: 'zh-CN' };

/**
 * Texts a translation may share with English: names and words many languages borrow as they are.
 * Anything else identical to English is an entry someone forgot to translate.
 */
const SAME_AS_ENGLISH = new Set(['OK', 'Cognito', 'Email', 'Password']); // Italian and Indonesian borrow the last two

/** Words with a name of their own in a language, which then stands for the English identifier. */
const OWN_WORDS: Record<string, Record<string, RegExp>> = { QR: { zh: /二维码/, 'zh-Hant': /二維碼|QR/ } };

it('finds each dictionary by its file and export name', () => {
  expect(exportName('zh-Hant')).toBe('zhHant');
  expect(exportName('pt-BR')).toBe('ptBR');
  expect(exportName('ko')).toBe('ko');
});

it('says which file a language without a dictionary needs', async () => {
  await expect(dictionaryFile('pt-PT')).rejects.toThrow('src/i18n/pt-pt.ts must export ptPT');
});

it('registers languages (the checks below run for each)', () => {
  expect(REGISTERED.map((language) => language.code)).toEqual(expect.arrayContaining(['zh', 'ja', 'ar', 'he']));
});

describe.each(REGISTERED)('$code', ({ code, name, dict }) => {
  it('names itself as the picker does', () => {
    expect(dict.lang).toBe(DOCUMENT_LANG[code] ?? code);
    expect(dict.languageName).toBe(name);
  });

  it('is what loadDictionary gives, with the site\'s overrides for it in place', async () => {
    expect(await loadDictionary(code as Lang)).toEqual(withOverrides(dict, overrides[code as Lang]));
  });

  it('has the same keys as English at every depth', () => {
    expect(keyPaths(dict).sort()).toEqual(keyPaths(en).sort());
  });

  it('has the same kind of value as English for every key, and functions take the same number of parameters', () => {
    for (const { path, value } of enLeaves) {
      const translated = at(dict, path);
      expect(typeof translated, path).toBe(typeof value);
      if (typeof value === 'function') expect((translated as Fn).length, path).toBe((value as Fn).length);
    }
  });

  it('has no empty string', () => {
    for (const path of stringPaths) expect((at(dict, path) as string).trim(), path).not.toBe('');
  });

  it('differs from English in every translated entry', () => {
    for (const path of [...stringPaths, ...functionPaths]) {
      if (NOT_TRANSLATED.has(path)) continue;
      const text = textOf(dict, path);
      if (!SAME_AS_ENGLISH.has(text)) expect(text, path).not.toBe(textOf(en, path));
    }
  });

  it('shows in every sentence what the English one shows (its placeholders)', () => {
    for (const path of functionPaths) {
      const text = textOf(dict, path);
      expect(typeof text, path).toBe('string');
      expect(text.trim(), path).not.toBe('');
      for (const shown of SAMPLES[path].shows) expect(text, path).toContain(shown);
    }
  });

  // Only for the languages not written in Latin letters: there it tells a left-over English text.
  const script = SCRIPTS[code as KnownLang];
  if (script) {
    it('writes every text in its script', () => {
      for (const path of [...stringPaths, ...functionPaths]) {
        if (NOT_TRANSLATED.has(path)) continue;
        expect(textOf(dict, path), path).toMatch(script);
      }
    });
  }

  it('keeps identifiers, numbers, examples and app names from the English', () => {
    for (const path of [...stringPaths, ...functionPaths]) {
      if (NOT_TRANSLATED.has(path)) continue;
      const source = textOf(en, path);
      const text = textOf(dict, path);
      // VITE_COGNITO_CLIENT_ID, ALLOW_USER_PASSWORD_AUTH, TOTP, MFA, SMS, QR, URL…
      for (const identifier of source.match(/\b[A-Z][A-Z0-9_]+\b/g) ?? []) {
        if (OWN_WORDS[identifier]?.[code]?.test(text)) continue;
        expect(text, path).toContain(identifier);
      }
      for (const digits of source.match(/\d+/g) ?? []) expect(text, path).toContain(digits);
      for (const literal of KEPT_LITERALS) if (source.includes(literal)) expect(text, path).toContain(literal);
    }
  });
});

describe('zh and ja are not each other', () => {
  it('zh has no kana', () => {
    for (const path of [...stringPaths, ...functionPaths]) expect(textOf(zh, path), path).not.toMatch(KANA);
  });

  it('ja is mostly kana (so Chinese text pasted into it would show)', () => {
    const translated = [...stringPaths, ...functionPaths].filter((p) => !NOT_TRANSLATED.has(p));
    const withKana = translated.filter((p) => KANA.test(textOf(ja, p)));
    expect(withKana.length / translated.length).toBeGreaterThan(0.8);
  });
});

describe('the dev inbox panel (simulated pool only)', () => {
  const reference = devInboxText.en;
  const SHOWN = { secondsLeft: { args: [37], shows: ['37'] } } as Record<string, { args: unknown[]; shows: string[] }>;
  const textAt = (dict: unknown, path: string) => {
    const value = at(dict, path);
    return typeof value === 'function' ? String((value as Fn)(...SHOWN[path].args)) : (value as string);
  };
  const referenceLeaves = leaves(reference);

  it('has a sample for every English function, and every English text is non-empty', () => {
    const functions = referenceLeaves.filter((l) => typeof l.value === 'function').map((l) => l.path);
    expect(Object.keys(SHOWN).sort()).toEqual(functions.sort());
    for (const { path } of referenceLeaves) expect(textAt(reference, path).trim(), path).not.toBe('');
  });

  describe.each([
    { name: 'zh', script: HAN, scriptName: 'Chinese characters' },
    { name: 'ja', script: new RegExp(`${HAN.source}|${KANA.source}`, 'u'), scriptName: 'kana or kanji' },
  ] as const)('$name', ({ name, script, scriptName }) => {
    const dict = devInboxText[name];

    it('has the same keys as English at every depth', () => {
      expect(keyPaths(dict).sort()).toEqual(keyPaths(reference).sort());
    });

    it('has the same kind of value as English for every key, with no empty text', () => {
      for (const { path, value } of referenceLeaves) {
        expect(typeof at(dict, path), path).toBe(typeof value);
        if (typeof value === 'function') expect((at(dict, path) as Fn).length, path).toBe((value as Fn).length);
        const text = textAt(dict, path);
        expect(text.trim(), path).not.toBe('');
        for (const shown of SHOWN[path]?.shows ?? []) expect(text, path).toContain(shown);
      }
    });

    it(`writes every text in ${scriptName}`, () => {
      for (const { path } of referenceLeaves) expect(textAt(dict, path), path).toMatch(script);
    });
  });

  it('zh has no kana', () => {
    for (const { path } of referenceLeaves) expect(textAt(devInboxText.zh, path), path).not.toMatch(KANA);
  });
});
