/**
 * What a person does on the demo build, shared by the browser tests (the steps live in
 * tests/bench/app.mjs, shared with `npm run bench`).
 */
export { authenticatorSecret, devInbox, enterCode, latestCode, otherCode, signedInAs, signIn, signUp } from '../../bench/app.mjs';
