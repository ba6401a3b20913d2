import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cognitoRegion, toHttpResponse } from '../../src/simulated/handlers';
import { createSimulatedServer } from '../../src/simulated/node';
import { CLIENT_ID, ENDPOINT, PASSWORD, post } from './helpers';

const { server, pool } = createSimulatedServer({ mfa: 'OPTIONAL' });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => pool.reset());
afterAll(() => server.close());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Cognito over HTTP (msw setupServer + fetch)', () => {
  it('answers success with AWS JSON 1.1 headers, a request id and CORS headers', async () => {
    const response = await post('SignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com', Password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(response.headers.get('x-amzn-requestid')).toMatch(UUID);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')).toBe('x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date');
    expect(response.headers.has('x-amzn-errortype')).toBe(false);
    const body = await response.json();
    expect(body).toMatchObject({ UserConfirmed: false, UserSub: expect.stringMatching(UUID) });
  });

  it('answers an empty output with the body {}', async () => {
    pool.seedUser({ email: 'jane@example.com', password: PASSWORD });
    const signIn = await post('InitiateAuth', { ClientId: CLIENT_ID, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'jane@example.com', PASSWORD } });
    const { AuthenticationResult } = await signIn.json();
    const response = await post('GlobalSignOut', { AccessToken: AuthenticationResult.AccessToken });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{}');
  });

  it('answers errors with 400, x-amzn-ErrorType (trailing colon), x-amzn-ErrorMessage and {__type, message}', async () => {
    const response = await post('InitiateAuth', {
      ClientId: CLIENT_ID,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'nobody@example.com', PASSWORD },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(response.headers.get('x-amzn-errortype')).toBe('NotAuthorizedException:');
    expect(response.headers.get('x-amzn-errormessage')).toBe('Incorrect username or password.');
    expect(response.headers.get('x-amzn-requestid')).toMatch(UUID);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
  });

  it('sends SerializationException with a capital Message', async () => {
    const response = await post('SignUp', { ClientId: CLIENT_ID, Username: { a: 1 } });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-amzn-errortype')).toBe('SerializationException:');
    expect(response.headers.get('x-amzn-errormessage')).toBe('Start of structure or map found where not expected.');
    expect(await response.json()).toEqual({ __type: 'SerializationException', Message: 'Start of structure or map found where not expected.' });
  });

  it('refuses bodies that are not JSON and other content types', async () => {
    const broken = await post('SignUp', null, { raw: '{"ClientId":' });
    expect(broken.status).toBe(400);
    expect((await broken.json()).__type).toBe('SerializationException');
    const plain = await post('SignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com' }, { contentType: 'application/json' });
    expect(plain.status).toBe(400);
    expect(await plain.json()).toEqual({
      __type: 'SerializationException',
      Message: 'Unsupported Content-Type application/json; expected application/x-amz-json-1.1',
    });
  });

  it('answers unknown operations and missing targets with UnknownOperationException, without a message', async () => {
    const unknown = await post('DescribeUserPool', {});
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('x-amzn-errortype')).toBe('UnknownOperationException:');
    expect(unknown.headers.has('x-amzn-errormessage')).toBe(false);
    expect(await unknown.json()).toEqual({ __type: 'UnknownOperationException' });

    const untargeted = await fetch(ENDPOINT, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1' }, body: '{}' });
    expect(untargeted.status).toBe(400);
    expect(await untargeted.json()).toEqual({ __type: 'UnknownOperationException' });
  });

  it('answers the CORS preflight', async () => {
    const response = await fetch(ENDPOINT, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,x-amz-target' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type,x-amz-target');
  });

  it('listens on every region, and the pool lives only in its own', async () => {
    const response = await post('SignUp', { ClientId: CLIENT_ID, Username: 'jane@example.com', Password: PASSWORD }, { url: 'https://cognito-idp.eu-west-1.amazonaws.com/' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ __type: 'ResourceNotFoundException', message: `User pool client ${CLIENT_ID} does not exist.` });
    expect(cognitoRegion('https://cognito-idp.ap-southeast-2.amazonaws.com/')).toBe('ap-southeast-2');
    expect(cognitoRegion('https://cognito-idp.us-east-1.amazonaws.com/oauth2/token')).toBeUndefined();
    expect(cognitoRegion('https://cognito-identity.us-east-1.amazonaws.com/')).toBeUndefined();
    expect(cognitoRegion('https://example.com/')).toBeUndefined();
  });

  it('keeps header values printable ASCII and uses 500 for InternalErrorException', async () => {
    const response = toHttpResponse({ status: 500, body: { __type: 'InternalErrorException', message: 'broke on “quotes”' } });
    expect(response.status).toBe(500);
    expect(response.headers.get('x-amzn-errortype')).toBe('InternalErrorException:');
    expect(response.headers.get('x-amzn-errormessage')).toBe('broke on ?quotes?');
    expect(await response.json()).toEqual({ __type: 'InternalErrorException', message: 'broke on “quotes”' });
  });
});
