/**
 * User attributes asked at sign-up: how each is typed, normalised and checked before SignUp sends
 * it as UserAttributes, so a typo is caught at its field rather than by Cognito's "Attributes did
 * not conform to the schema".
 */
import type { FieldProblems } from './problems';
import { EMAIL, normalizeEmail, normalizePhone, PHONE, problemAt } from './validate';
import type { AttributeSpec, IdentifierKind, PoolShape } from './pool-shape';
import { ATTRIBUTE_OF, signUpFields } from './pool-shape';

/**
 * The standard attributes a person can give at sign-up: the OpenID Connect set Cognito lists
 * (Developer Guide, "User pool attributes"), less `sub` and `updated_at`, which Cognito sets.
 */
export const STANDARD_ATTRIBUTES = [
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'address',
  'email',
  'phone_number',
] as const;

export type StandardAttribute = (typeof STANDARD_ATTRIBUTES)[number];

export function isStandardAttribute(name: string): name is StandardAttribute {
  return (STANDARD_ATTRIBUTES as readonly string[]).includes(name);
}

/**
 * A custom attribute's name: `custom:` and 1 to 20 letters, digits or underscores (the console's
 * rule; AttributeNameType allows 32 characters with the prefix).
 */
export const CUSTOM_ATTRIBUTE = /^custom:[\w-]{1,20}$/;

/** The field's field name in FieldProblems. */
export type AttributeField = `attribute:${string}`;

export function attributeField(name: string): AttributeField {
  return `attribute:${name}`;
}

/** Every attribute value is at most 2048 characters (AttributeValueType in the API model). */
export const MAX_ATTRIBUTE_LENGTH = 2048;

/** OpenID Connect's birthdate, which Cognito requires: YYYY-MM-DD, a real date. */
function isBirthdate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** One normaliser per attribute kind: email and phone number as identifiers are, others trimmed. */
export function normalizeAttribute(name: string, value: string): string {
  if (name === 'email') return normalizeEmail(value);
  if (name === 'phone_number') return normalizePhone(value);
  return value.trim();
}

function checkAttribute(spec: AttributeSpec, typed: string): FieldProblems {
  const field = attributeField(spec.name);
  const value = normalizeAttribute(spec.name, typed);
  if (!value) return spec.required ? problemAt(field, { reason: 'required' }) : {};
  if ([...value].length > MAX_ATTRIBUTE_LENGTH) return problemAt(field, { reason: 'attributeTooLong' });
  if (spec.name === 'email' && !EMAIL.test(value)) return problemAt(field, { reason: 'emailFormat' });
  if (spec.name === 'phone_number' && !PHONE.test(value)) return problemAt(field, { reason: 'phoneFormat' });
  if (spec.name === 'birthdate' && !isBirthdate(value)) return problemAt(field, { reason: 'birthdateFormat' });
  return {};
}

/** What is wrong with the attributes typed into the sign-up form, each at its own field. */
export function checkSignUpAttributes(shape: PoolShape, typed: Readonly<Record<string, string>> = {}): FieldProblems {
  return Object.assign({}, ...signUpFields(shape).map((spec) => checkAttribute(spec, typed[spec.name] ?? '')));
}

/**
 * SignUp's UserAttributes: the identifier's own attribute (an email or phone number as username),
 * then every attribute typed, normalised; empty optional ones are left out.
 */
export function signUpAttributes(
  shape: PoolShape,
  identifier: { kind: IdentifierKind; value: string },
  typed: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (identifier.kind !== 'username') attributes[ATTRIBUTE_OF[identifier.kind]] = identifier.value;
  for (const spec of signUpFields(shape)) {
    const value = normalizeAttribute(spec.name, typed[spec.name] ?? '');
    if (value) attributes[spec.name] = value;
  }
  return attributes;
}
