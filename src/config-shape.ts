/**
 * The pool's shape from its build-time variables (auth/pool-shape.ts): VITE_COGNITO_SIGN_IN_WITH,
 * VITE_COGNITO_SIGN_UP_ATTRIBUTES and VITE_COGNITO_ADMIN_CREATE_USER_ONLY. Loaded by main.ts only
 * where the build sets one of them, so the first load of a build without them does not grow.
 */
import { CUSTOM_ATTRIBUTE, isStandardAttribute } from './auth/attributes';
import { DEFAULT_POOL_SHAPE, type AttributeSpec, type IdentifierKind, type PoolShape } from './auth/pool-shape';
import type { ConfigEnv, ConfigProblem } from './config';

const IDENTIFIER_KINDS: readonly IdentifierKind[] = ['username', 'preferred_username', 'email', 'phone'];

/**
 * `username,email`: what people sign in with, comma-separated, each once: `email`, `phone`,
 * `username` (a pool of usernames; `email`, `phone` and `preferred_username` are then its
 * aliases). Undefined when the text is not such a list.
 */
export function readSignInWith(text: string): IdentifierKind[] | undefined {
  const items = text.split(',').map((item) => item.trim().toLowerCase());
  const known = items.every((item): item is IdentifierKind => (IDENTIFIER_KINDS as readonly string[]).includes(item));
  return known && new Set(items).size === items.length ? IDENTIFIER_KINDS.filter((kind) => items.includes(kind)) : undefined;
}

/**
 * `name,birthdate,nickname?,custom:team?=Team`: the attributes sign-up asks for, comma-separated:
 * a standard attribute by Cognito's name, or `custom:<name>=<label>` (a custom attribute has no
 * translation, so the operator names it); `?` after the name makes it optional. Undefined when
 * the text is not such a list.
 */
export function readSignUpAttributes(text: string): AttributeSpec[] | undefined {
  const specs: AttributeSpec[] = [];
  for (const item of text.split(',')) {
    const match = /^\s*([\w:-]+)(\?)?\s*(?:=\s*(.*\S)\s*)?$/.exec(item);
    if (!match) return undefined;
    const [, name = '', optional, label] = match;
    const custom = CUSTOM_ATTRIBUTE.test(name);
    if (custom ? !label : !isStandardAttribute(name) || label) return undefined;
    if (specs.some((spec) => spec.name === name)) return undefined;
    specs.push({ name, required: !optional, ...(label ? { label } : {}) });
  }
  return specs;
}

/** The pool's shape from its three variables, or the problems in them. */
export function readPoolShape(env: ConfigEnv): { poolShape?: PoolShape; problems: ConfigProblem[] } {
  const signInText = env.VITE_COGNITO_SIGN_IN_WITH?.trim() ?? '';
  const attributesText = env.VITE_COGNITO_SIGN_UP_ATTRIBUTES?.trim() ?? '';
  const adminOnly = env.VITE_COGNITO_ADMIN_CREATE_USER_ONLY?.trim().toLowerCase() ?? '';
  if (!signInText && !attributesText && !adminOnly) return { problems: [] };
  const signInWith = signInText ? readSignInWith(signInText) : DEFAULT_POOL_SHAPE.signInWith;
  const signUpAttributes = attributesText ? readSignUpAttributes(attributesText) : [];
  const problems: ConfigProblem[] = [];
  if (!signInWith) problems.push({ code: 'badSignInWith', value: signInText });
  if (!signUpAttributes) problems.push({ code: 'badSignUpAttributes', value: attributesText });
  if (adminOnly && adminOnly !== 'true' && adminOnly !== 'false') {
    problems.push({ code: 'badAdminCreateUserOnly', value: env.VITE_COGNITO_ADMIN_CREATE_USER_ONLY?.trim() ?? '' });
  }
  // preferred_username is only ever an alias of a pool of usernames (AliasAttributes; it is not
  // among the UsernameAttributes, API reference, CreateUserPool), and an alias preferred_username
  // cannot be given at sign-up (pool-shape.ts, attributesOf).
  const preferred = signInWith?.includes('preferred_username') ?? false;
  if (preferred && !signInWith?.includes('username')) problems.push({ code: 'preferredUsernameWithoutUsername', value: signInText });
  if (preferred && signUpAttributes?.some((spec) => spec.name === 'preferred_username')) {
    problems.push({ code: 'preferredUsernameAtSignUp', value: attributesText });
  }
  if (!signInWith || !signUpAttributes || problems.length > 0) return { problems };
  return { poolShape: { signInWith, signUpAttributes, selfSignUp: adminOnly !== 'true' }, problems };
}

