/**
 * How each standard attribute is typed: the input type, and the autocomplete token (HTML's
 * autofill field names) that lets the browser fill it in. Custom attributes are plain text.
 */
import type { HTMLInputAttributes } from 'svelte/elements';
import { isStandardAttribute, type StandardAttribute } from '../auth/attributes';
import type { AttributeSpec } from '../auth/pool-shape';
import type { Dictionary } from '../i18n';

interface AttributeInput {
  type?: HTMLInputAttributes['type'];
  autocomplete: HTMLInputAttributes['autocomplete'];
}

const INPUTS: Record<StandardAttribute, AttributeInput> = {
  name: { autocomplete: 'name' },
  given_name: { autocomplete: 'given-name' },
  family_name: { autocomplete: 'family-name' },
  middle_name: { autocomplete: 'additional-name' },
  nickname: { autocomplete: 'nickname' },
  // Not the account's username (that is the identifier): nothing to fill it from.
  preferred_username: { autocomplete: 'off' },
  profile: { type: 'url', autocomplete: 'url' },
  picture: { type: 'url', autocomplete: 'photo' },
  website: { type: 'url', autocomplete: 'url' },
  gender: { autocomplete: 'sex' },
  // A date input gives YYYY-MM-DD, the format Cognito takes, whatever the person's locale shows.
  birthdate: { type: 'date', autocomplete: 'bday' },
  zoneinfo: { autocomplete: 'off' },
  locale: { autocomplete: 'language' },
  address: { autocomplete: 'street-address' },
  email: { type: 'email', autocomplete: 'email' },
  phone_number: { type: 'tel', autocomplete: 'tel' },
};

const CUSTOM: AttributeInput = { type: 'text', autocomplete: 'off' };

/** The field for an attribute: its label (translated, or the operator's), input type, autocomplete and hint. */
export function attributeInput(t: Dictionary, spec: AttributeSpec) {
  const standard = isStandardAttribute(spec.name);
  const name = standard ? t.attributes[spec.name as StandardAttribute] : (spec.label ?? spec.name);
  return {
    ...(standard ? INPUTS[spec.name as StandardAttribute] : CUSTOM),
    label: spec.required ? name : t.signUp.optional(name),
    hint: spec.name === 'phone_number' ? t.fields.phoneHint : undefined,
  };
}
