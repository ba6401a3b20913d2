/**
 * How the user pool is set up for signing up and signing in, as the site's operator states it at
 * build time (a public client cannot read it: DescribeUserPool is an admin operation), and what
 * each form asks for and sends because of it.
 *
 * Cognito knows two shapes (Developer Guide, "User pool attributes", "Customizing sign-in
 * attributes"): email and/or phone number as the *username attributes* (the person signs up and
 * in with either; Cognito makes the real username a UUID), or a free *username*, with email,
 * phone number or both as *aliases* the person may sign in with once verified. InitiateAuth,
 * ForgotPassword and the other unauthenticated calls take an alias as typed in USERNAME; the
 * answer names the real username (USER_ID_FOR_SRP), which later steps send.
 */

/**
 * What a person can sign in with. `preferred_username` is an alias of a pool of usernames only
 * (AliasAttributes: phone_number, email, preferred_username; API reference, CreateUserPool): a name
 * the person sets once the account is confirmed and may change, typed and sent like a username.
 */
export type IdentifierKind = 'email' | 'phone' | 'username' | 'preferred_username';

/** An attribute the sign-up form asks for, beyond the identifier. */
export interface AttributeSpec {
  /** Cognito's name: a standard attribute (`given_name`) or a custom one (`custom:team`). */
  name: string;
  required: boolean;
  /** The operator's label, for custom attributes (standard ones are translated). */
  label?: string;
}

export interface PoolShape {
  /** What people sign in with: `username` for a pool of usernames (the others are then aliases). */
  signInWith: readonly IdentifierKind[];
  /** Attributes asked at sign-up: the pool's required ones and those the operator chose. */
  signUpAttributes: readonly AttributeSpec[];
  /** Public sign-up; false where only an administrator creates users (AllowAdminCreateUserOnly). */
  selfSignUp: boolean;
}

/** Email as the username, nothing else asked, public sign-up: what the page served before shapes. */
export const DEFAULT_POOL_SHAPE: PoolShape = { signInWith: ['email'], signUpAttributes: [], selfSignUp: true };

/** The attribute Cognito keeps an identifier of this kind in. */
export const ATTRIBUTE_OF: Record<Exclude<IdentifierKind, 'username'>, string> = {
  email: 'email',
  phone: 'phone_number',
  preferred_username: 'preferred_username',
};

export function usesUsernames(shape: PoolShape): boolean {
  return shape.signInWith.includes('username');
}

/**
 * What the sign-up form's first field takes: a username, where the pool has them; else the email
 * or the phone number the pool takes as username (either, where it takes both).
 */
export function signUpKinds(shape: PoolShape): IdentifierKind[] {
  return usesUsernames(shape) ? ['username'] : [...shape.signInWith];
}

/**
 * The attributes the sign-up form asks for. On a pool of usernames, each alias the page offers for
 * signing in comes first and is required: an alias works only once verified, and Cognito verifies
 * what it was given at sign-up. Elsewhere the identifier's own attribute is not asked twice.
 */
export function signUpFields(shape: PoolShape): AttributeSpec[] {
  const kept = attributesOf(shape.signInWith);
  const aliases = usesUsernames(shape) ? kept.map((name) => ({ name, required: true })) : [];
  // Either way, these are asked once: as aliases above, or as the identifier itself.
  return [...aliases, ...shape.signUpAttributes.filter((spec) => !kept.includes(spec.name))];
}

/**
 * The attributes that hold these kinds of identifier and are given at sign-up (a username is no
 * attribute). A preferred username that is an alias is not: "If you select preferred_username as an
 * alias, your user can provide the value only when they confirm an account. They can't provide the
 * value during registration" (Developer Guide, "User pool attributes", "Customizing sign-in
 * attributes"); Cognito refuses it at SignUp ("Preferred username cannot be provided for unconfirmed
 * account, since user pool is configured for preferred username alias.", amplify-js #1669).
 */
function attributesOf(kinds: readonly IdentifierKind[]): string[] {
  return kinds.flatMap((kind) => (kind === 'username' || kind === 'preferred_username' ? [] : [ATTRIBUTE_OF[kind]]));
}
