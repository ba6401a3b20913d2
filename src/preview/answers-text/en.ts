/**
 * The answers panel's words (AnswersPanel.svelte) in English, the reference: the other languages
 * (./<code>.ts, gathered in ./index.ts) must have every key (a missing one fails type checking).
 * Operation, member and error names (InitiateAuth, Session, NotAuthorizedException) stay as they are.
 */
export type ExpectedType = 'string' | 'integer' | 'boolean' | 'timestamp' | 'object' | 'list';

export const en = {
  heading: 'Answers behind this preview',
  intro:
    'The calls this preview made to Cognito, in order, each with the answer it got. Change an answer and apply: the preview starts again with it. The link keeps your changes.',
  none: 'This preview made no call to Cognito.',
  response: (operation: string) => `${operation} response`,
  claims: (operation: string, member: string) => `${operation} response: ${member} claims`,
  pending: 'No answer: the preview keeps this call waiting, to show the busy screen.',
  network: 'No answer: the connection dropped, as the preview shows.',
  apply: 'Apply and start again',
  reset: 'Undo all changes',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyBy: 'Copy this link:',
  stress: 'Stress data: the longest realistic addresses, names, phone numbers and reasons',
  edited: 'changed',
  badLink: 'The changes in this link could not be read: the preview shows the pool’s own answers.',
  notUsed: 'The change in the link was not used:',
  otherOperation: 'the preview makes another call here now.',
  types: {
    string: 'a string',
    integer: 'a whole number',
    boolean: 'true or false',
    timestamp: 'seconds since 1970',
    object: 'an object { … }',
    list: 'a list [ … ]',
  } satisfies Record<ExpectedType, string>,
  problems: {
    notJson: (detail: string) => `This is not JSON: ${detail}`,
    notObject: 'An answer is a JSON object: { … }.',
    unknownError: (type: string, operation: string, allowed: string) => `Cognito never answers ${operation} with ${type}. It can answer: ${allowed}.`,
    unknownMember: (path: string, operation: string) => `${path} is not part of an ${operation} answer.`,
    wrongType: (path: string, expected: string) => `${path} must be ${expected}.`,
    notInEnum: (path: string, allowed: string) => `${path} must be one of: ${allowed}.`,
    required: (path: string) => `${path} is missing: Cognito always sends it.`,
    sessionMissing: (challenge: string) => `A challenge (${challenge}) always comes with a Session of 20 to 2048 characters.`,
    challengeWithTokens: 'An answer with a ChallengeName has no AuthenticationResult: tokens come only when no challenge is left.',
    noChallengeNoTokens: 'Cognito always sends either a ChallengeName (with a Session) or an AuthenticationResult.',
    notToken: (path: string) => `${path} must be a JWT: three base64url parts joined by dots.`,
  },
};

export type AnswersText = typeof en;
