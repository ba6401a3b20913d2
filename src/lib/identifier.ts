/**
 * The identifier field, as the pool signs people in (auth/pool-shape.ts): its label names what it
 * accepts, and its type, autocomplete token and keyboard suit it. Shared by sign-in, sign-up and
 * the password reset; in the first load with the sign-in form.
 */
import type { HTMLInputAttributes } from 'svelte/elements';
import type { IdentifierKind } from '../auth/pool-shape';
import type { enFirst } from '../i18n/en-first';

type Words = Pick<typeof enFirst, 'fields'>;
type LabelKey = keyof (typeof enFirst)['fields']['identifier'];

const LABELS: Record<string, LabelKey> = {
  email: 'email',
  phone: 'phone',
  username: 'username',
  'email,phone': 'emailOrPhone',
  'username,email': 'usernameOrEmail',
  'username,phone': 'usernameOrPhone',
  'username,email,phone': 'usernameEmailOrPhone',
  'username,preferred_username': 'usernameOrPreferred',
  'username,preferred_username,email': 'usernamePreferredOrEmail',
  'username,preferred_username,phone': 'usernamePreferredOrPhone',
  'username,preferred_username,email,phone': 'usernamePreferredEmailOrPhone',
};
const ORDER: readonly IdentifierKind[] = ['username', 'preferred_username', 'email', 'phone'];

export interface IdentifierInput {
  label: string;
  type: HTMLInputAttributes['type'];
  autocomplete: HTMLInputAttributes['autocomplete'];
  inputmode?: HTMLInputAttributes['inputmode'];
  /** The country code hint, where a phone number is what it takes. */
  hint?: string;
  /** A username is typed as it is: no capital first letter, no spelling fixes. */
  spellcheck?: false;
  autocapitalize?: 'none';
}

/**
 * `newAccount`: the sign-up form, whose autocomplete names what is created (`email`, `tel`, a new
 * `username`); signing in, password managers fill the account's `username` whatever it is.
 */
export function identifierInput(t: Words, kinds: readonly IdentifierKind[], newAccount = false): IdentifierInput {
  const key = ORDER.filter((kind) => kinds.includes(kind)).join(',');
  const label = t.fields.identifier[LABELS[key] ?? 'email'];
  const only = kinds.length === 1 ? kinds[0] : undefined;
  const hint = kinds.includes('phone') ? t.fields.phoneHint : undefined;
  if (only === 'email') return { label, type: 'email', autocomplete: newAccount ? 'email' : 'username' };
  if (only === 'phone') return { label, type: 'tel', autocomplete: newAccount ? 'tel' : 'username', hint };
  // Several kinds in one field: text, with an email keyboard where an email is one of them.
  return {
    label,
    type: 'text',
    autocomplete: 'username',
    inputmode: kinds.includes('email') ? 'email' : undefined,
    hint,
    spellcheck: false,
    autocapitalize: 'none',
  };
}
