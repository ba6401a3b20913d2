/**
 * Stress data (`&stress=1` on a preview or the gallery): the answers Cognito gives a preview,
 * with the longest realistic values in every field a screen shows, so overflow and wrapping show
 * at once. What the preview's script types (the sign-in email) is its own and stays as it is.
 */
import { maskEmail, maskPhone } from '../simulated/users';
import { isObject, tokenClaims, withClaims, type Json, type JsonObject } from './answers';

/** An email of 64 characters, a usual "long" one. */
export const STRESS_EMAIL = 'maximiliane.wolfeschlegelsteinhau@research.example-university.de';
/**
 * The longest email a mailbox can have: 254 characters (RFC 5321 §4.5.3.1.3, a path of 256 with
 * its angle brackets), a local part of 64 (§4.5.3.1.1) and labels of at most 63 (RFC 1035 §2.3.4).
 */
export const LONGEST_EMAIL = [
  'firstname.middlename.lastname.department-of-research.team.longer',
  '@',
  [
    'a-very-long-subdomain-label-made-of-words-for-the-stress-test-x',
    'another-long-subdomain-label-for-the-sign-in-pages-stress-data',
    'faculty-of-engineering-and-applied-sciences-at-the',
    'example',
    'org',
  ].join('.'),
].join('');
/** E.164 allows 15 digits (ITU-T E.164 §6.1). */
export const STRESS_PHONE = '+380441234567890';
export const STRESS_GIVEN_NAME = 'Maria-Guadalupe Anastasia Konstantina';
export const STRESS_FAMILY_NAME = 'Wolfeschlegelsteinhausenbergerdorff-Villanueva';
/** A passkey's name as a password manager writes it. */
export const STRESS_PASSKEY_NAME = 'Samsung Galaxy Z Fold6 (work profile), Google Password Manager, Chrome 131 on Android 15';
/** A pre sign-up trigger's reason, as long as the page still shows one (sdk-errors.ts: up to 300 characters). */
export const STRESS_LAMBDA_REASON =
  'Registrations from this email domain are not accepted: our organisation only admits addresses issued by member universities and research institutes listed in the partnership agreement. Please contact the help desk of your institution to request access.';

const LONG_ATTRIBUTES: Record<string, string> = {
  email: LONGEST_EMAIL,
  phone_number: STRESS_PHONE,
  given_name: STRESS_GIVEN_NAME,
  family_name: STRESS_FAMILY_NAME,
  name: `${STRESS_GIVEN_NAME} ${STRESS_FAMILY_NAME}`,
  'custom:team': 'Platform Engineering, Identity and Access Management, Europe, Middle East and Africa',
};

function destination(medium: Json | undefined): string {
  return medium === 'SMS' ? maskPhone(STRESS_PHONE) : maskEmail(STRESS_EMAIL);
}

/** The answer with the longest realistic values in what the screens show. */
export function stressAnswer(operation: string, body: JsonObject): JsonObject {
  const out: JsonObject = structuredClone(body);
  if (out.__type === 'UserLambdaValidationException' && typeof out.message === 'string') {
    const trigger = /^(\w+) failed with error/.exec(out.message)?.[1] ?? 'PreSignUp';
    out.message = `${trigger} failed with error ${STRESS_LAMBDA_REASON}.`;
  }
  const delivery = out.CodeDeliveryDetails;
  if (isObject(delivery) && typeof delivery.Destination === 'string') delivery.Destination = destination(delivery.DeliveryMedium);
  const parameters = out.ChallengeParameters;
  if (isObject(parameters) && typeof parameters.CODE_DELIVERY_DESTINATION === 'string') {
    parameters.CODE_DELIVERY_DESTINATION = destination(parameters.CODE_DELIVERY_DELIVERY_MEDIUM);
  }
  const result = out.AuthenticationResult;
  if (isObject(result) && typeof result.IdToken === 'string') {
    const claims = tokenClaims(result.IdToken);
    if (claims) {
      for (const [name, value] of Object.entries(LONG_ATTRIBUTES)) if (name in claims) claims[name] = value;
      result.IdToken = withClaims(result.IdToken, claims);
    }
  }
  if (operation === 'GetUser' && Array.isArray(out.UserAttributes)) {
    for (const attribute of out.UserAttributes) {
      if (isObject(attribute) && typeof attribute.Name === 'string' && attribute.Name in LONG_ATTRIBUTES) attribute.Value = LONG_ATTRIBUTES[attribute.Name];
    }
  }
  if (Array.isArray(out.Credentials)) {
    for (const credential of out.Credentials) if (isObject(credential)) credential.FriendlyCredentialName = STRESS_PASSKEY_NAME;
  }
  return out;
}
