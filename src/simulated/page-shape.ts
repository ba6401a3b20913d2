/**
 * What the demo tells the page about the simulated pool's shape, as a real pool's operator does
 * with VITE_COGNITO_SIGN_IN_WITH, VITE_COGNITO_SIGN_UP_ATTRIBUTES and
 * VITE_COGNITO_ADMIN_CREATE_USER_ONLY (src/config.ts).
 */
import type { AttributeSpec, IdentifierKind, PoolShape } from '../auth/pool-shape';
import type { AliasAttribute, PoolSettings } from './settings';

const KIND_OF: Record<AliasAttribute, IdentifierKind> = { email: 'email', phone_number: 'phone', preferred_username: 'preferred_username' };

/** `custom:team` is labelled `Team`: the demo's operator names custom attributes after themselves. */
function customLabel(name: string): string {
  const bare = name.slice('custom:'.length).replace(/_/g, ' ');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

export function pageShapeOf(settings: PoolSettings): PoolShape {
  const signInWith: IdentifierKind[] =
    settings.usernameAttributes.length > 0
      ? settings.usernameAttributes.map((attribute) => KIND_OF[attribute])
      : ['username', ...settings.aliasAttributes.map((attribute) => KIND_OF[attribute])];
  // Custom attributes are never required by Cognito: the demo asks for them as optional.
  const signUpAttributes: AttributeSpec[] = [
    ...settings.requiredAttributes.map((name) => ({ name, required: true })),
    ...settings.customAttributes.map((name) => ({ name, required: false, label: customLabel(name) })),
  ];
  return { signInWith, signUpAttributes, selfSignUp: !settings.allowAdminCreateUserOnly };
}
