/**
 * Drives the real auth actor to a preview's state, against the real simulated pool: the one module
 * behind both `/?preview=<name>` (boot.ts, in the browser behind msw's service worker) and the test
 * that proves every preview reaches its state (tests/preview/, in Node behind msw's setupServer).
 *
 * A script does what a person would: it sends the machine's events, waits for states, reads codes
 * from the simulated pool's inbox, computes authenticator codes from published secrets. What the pool's own
 * state cannot produce on demand (throttling, a dropped connection, an answer that never comes)
 * comes from msw overrides prepended for the preview (`worker.use` / `server.use`), active only
 * while the script runs: once the preview is reached the simulated pool answers every new request, so the
 * page is live from there.
 */
import { delay, HttpResponse, type HttpHandler } from 'msw';
import { waitFor, type Actor, type SnapshotFrom } from 'xstate';
import type { AuthEvent } from '../auth/events';
import type { AuthInput, AuthMachine, Notice } from '../auth/machine';
import type { Field, ProblemReason } from '../auth/problems';
import { cognitoError, onOperation } from '../simulated/handlers';
import type { MessagePurpose } from '../simulated/inbox';
import type { SimulatedPool, OperationName, PoolSettings, PoolSettingsInput } from '../simulated/pool';
import { settingsFor, type ScenarioName } from '../simulated/scenarios';
import { pageShapeOf } from '../simulated/page-shape';
import { TOTP_STEP_SECONDS, totpCode } from '../simulated/totp';
import { stateMatcher, statesOf } from './states';
import { AuthError } from '../auth/errors';
import type { PasskeyOfferPort, PasskeyPort } from '../auth/passkeys';

export type AuthSnapshot = SnapshotFrom<AuthMachine>;

/** How a Cognito call fails: no answer on the wire at all, or one of Cognito's errors. */
export type Failure = 'network' | { type: string; message?: string };

export interface Preview {
  /** Stable, for `?preview=<name>`: the screen, then the variant (`signIn.throttled`). */
  name: string;
  /** The state it rests in, as state names from the root: `signIn.idle`, `signedIn.tokens.refreshing`. */
  state: string;
  /** The states it is in besides `state`, in the other regions of a parallel state. */
  alsoIn?: readonly string[];
  /** What a designer sees there, in a few words. */
  about: string;
  /** A page of the site's own (src/app/routes.ts) shown there, when not the home page: `/profile`. */
  route?: string;
  /** The simulated pool's pool set-up (scenarios.ts), adjusted by `settings`. */
  scenario?: ScenarioName;
  settings?: PoolSettingsInput;
  /** The machine's input beyond what the app gives it (a shorter resend cool-down, say). */
  input?: Partial<AuthInput>;
  /** What the state must show beyond its name: the variant. Checked when the preview is reached. */
  shows?: {
    problems?: Partial<Record<Field, ProblemReason>>;
    notice?: Notice;
    /** The challenge session has at most this long left (the timer is urgent). */
    sessionEndsWithinMs?: number;
  };
  /** The person's steps to the state; none for the screen the app starts on. */
  script?: (drive: Drive) => Promise<void>;
}

/** What a script can do. */
export interface Drive {
  readonly pool: SimulatedPool;
  readonly snapshot: AuthSnapshot;
  /** What a person does: submit a form, press a button. */
  send(event: AuthEvent): void;
  /** Waits until the machine is in `state` (state names from the root, dotted). */
  reach(state: string): Promise<AuthSnapshot>;
  /** From now on `operation` gets no answer: the state waiting for it stays on screen. */
  hold(operation: OperationName): void;
  /** While the script runs, `operation` answers with `body` (a list the pool would not hold yet). */
  answer(operation: OperationName, body: object): void;
  /**
   * What the browser's passkey prompt does from now on: the person cancels it (the default), it
   * stays open, or it answers with a credential the pool would refuse (for the states that wait
   * on Cognito after it).
   */
  prompt(outcome: PromptOutcome): void;
  /**
   * Whether the passkey offer after a password sign-in is due from now on: not (the default, as
   * on a device that offered it before), due, or the check never answers.
   */
  offer(outcome: OfferOutcome): void;
  /** From now on, while the script runs, `operation` fails this way (every retry of the SDK too). */
  fail(operation: OperationName, failure: Failure): void;
  /**
   * From now on `operation` gets no answer, also once the preview is reached: an outage that
   * outlasts the script, for a state that lasts only as long as the network is down.
   */
  cutOff(operation: OperationName): void;
  /** The newest code the pool sent to `to` (an email or a phone number). */
  code(to: string, purpose: MessagePurpose): string;
  /** The code an authenticator app with this secret shows now. */
  totp(secret: string): string;
  /** A well-formed code that is none of `codes`. */
  wrongCode(...codes: string[]): string;
  /** A well-formed code an authenticator with this secret does not accept now. */
  wrongTotp(secret: string): string;
  wait(ms: number): Promise<void>;
}

/** The actor (started), the pool behind it, and how to prepend msw handlers to the pool's. */
export type PromptOutcome = 'cancel' | 'hold' | 'answer';
export type OfferOutcome = 'offered' | 'due' | 'hold';

/**
 * The passkey prompt in previews: scripted, never the browser's own, so every preview is reached
 * the same way in any browser (and in Node).
 */
export class PreviewPasskeys implements PasskeyPort, PasskeyOfferPort {
  outcome: PromptOutcome = 'cancel';
  offered: OfferOutcome = 'offered';
  due = () => (this.offered === 'hold' ? new Promise<boolean>(() => undefined) : Promise.resolve(this.offered === 'due'));
  remember = () => undefined;
  get = () => this.prompt();
  create = () => this.prompt();
  private prompt(): Promise<string> {
    if (this.outcome === 'hold') return new Promise(() => undefined);
    if (this.outcome === 'answer') return Promise.resolve('{"id":"cHJldmlldw","type":"public-key","response":{}}');
    return Promise.reject(new AuthError('passkeyCancelled'));
  }
}

export interface PreviewWorld {
  actor: Actor<AuthMachine>;
  pool: SimulatedPool;
  use(...handlers: HttpHandler[]): void;
  /** The passkey prompt the actor was given. */
  passkeys: PreviewPasskeys;
}

export class PreviewError extends Error {
  override name = 'PreviewError';
}

/** The pool settings a preview runs on. */
export function previewSettings(preview: Preview): PoolSettings {
  return settingsFor(preview.scenario ?? 'default', preview.settings);
}

/**
 * The machine's input for a preview: what the app gives it, plus the pool's session validity (so
 * the timer agrees with the pool), whether it requires MFA and its shape (as main.ts says for
 * the demo), and the preview's own.
 */
export function previewInput(preview: Preview, base: AuthInput = {}): AuthInput {
  const settings = previewSettings(preview);
  return {
    ...base,
    sessionTtlMs: settings.sessionTtlMs,
    mfaRequired: settings.mfa === 'ON',
    poolShape: pageShapeOf(settings),
    // As main.ts tells the demo's page: the ways in its pool offers.
    firstFactors: settings.firstAuthFactors,
    ...preview.input,
  };
}

const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Runs the preview's script on a started actor and waits for its state; rejects with a
 * PreviewError that says where the machine is instead. The overrides the script prepended stop
 * answering when this settles (a held request stays held).
 */
export async function runPreview(
  preview: Preview,
  world: PreviewWorld,
  { timeoutMs = DEFAULT_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<AuthSnapshot> {
  const { actor, pool } = world;
  let scripting = true;
  const held: Promise<void>[] = [];

  const reach = async (state: string): Promise<AuthSnapshot> => {
    const target = stateMatcher(state);
    try {
      return await waitFor(actor, (snapshot) => snapshot.matches(target as never), { timeout: timeoutMs });
    } catch {
      throw new PreviewError(
        `${preview.name}: waited for ${state}, the machine is in ${statesOf(actor.getSnapshot().value).join(' + ')}` +
          describeProblems(actor.getSnapshot()),
      );
    }
  };

  const drive: Drive = {
    pool,
    get snapshot() {
      return actor.getSnapshot();
    },
    send: (event) => actor.send(event),
    reach,
    hold(operation) {
      let arrived!: () => void;
      held.push(new Promise((resolve) => (arrived = resolve)));
      world.use(
        onOperation(operation, async () => {
          if (!scripting) return undefined;
          arrived();
          await delay('infinite');
          return undefined;
        }),
      );
    },
    fail(operation, failure) {
      world.use(
        onOperation(operation, () => {
          if (!scripting) return undefined;
          return failure === 'network' ? HttpResponse.error() : cognitoError(failure.type, failure.message);
        }),
      );
    },
    answer(operation, body) {
      world.use(onOperation(operation, () => (scripting ? HttpResponse.json(body) : undefined)));
    },
    offer(outcome) {
      world.passkeys.offered = outcome;
    },
    prompt(outcome) {
      world.passkeys.outcome = outcome;
    },
    cutOff(operation) {
      world.use(onOperation(operation, () => HttpResponse.error()));
    },
    code(to, purpose) {
      const message = pool.inbox.latest(to, purpose);
      if (!message) throw new PreviewError(`${preview.name}: no ${purpose} code was sent to ${to}`);
      return message.code;
    },
    totp: (secret) => totpCode(secret, pool.now()),
    wrongCode: (...codes) => {
      let code = Number(codes[0] ?? 0);
      do code = (code + 111_111) % 1_000_000;
      while (codes.includes(String(code).padStart(6, '0')));
      return String(code).padStart(6, '0');
    },
    wrongTotp(secret) {
      const now = pool.now();
      const step = TOTP_STEP_SECONDS * 1000;
      return drive.wrongCode(...[-2, -1, 0, 1, 2].map((offset) => totpCode(secret, now + offset * step)));
    },
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };

  try {
    await preview.script?.(drive);
    const snapshot = await reach(preview.state);
    // A busy state is only what it claims once its request is out, waiting.
    await withTimeout(Promise.all(held), timeoutMs, () => `${preview.name}: the request held for ${preview.state} was never sent`);
    const problem = mismatch(preview, actor.getSnapshot());
    if (problem) throw new PreviewError(`${preview.name}: ${problem}`);
    return snapshot;
  } finally {
    scripting = false;
  }
}

/** What differs between the snapshot and the variant the preview promises, or null. */
function mismatch(preview: Preview, snapshot: AuthSnapshot): string | null {
  for (const state of [preview.state, ...(preview.alsoIn ?? [])]) {
    if (!snapshot.matches(stateMatcher(state) as never)) return `not in ${state} but in ${statesOf(snapshot.value).join(' + ')}`;
  }
  const { problems, notice, sessionEndsWithinMs } = preview.shows ?? {};
  const context = snapshot.context;
  for (const [field, reason] of Object.entries(problems ?? {}) as [Field, ProblemReason][]) {
    if (context.problems[field]?.reason !== reason) {
      return `expected ${field} to show ${reason}${describeProblems(snapshot)}`;
    }
  }
  if (notice !== undefined && context.notice !== notice) return `expected the notice ${notice}, got ${context.notice}`;
  if (sessionEndsWithinMs !== undefined) {
    const left = context.sessionExpiresAt - Date.now();
    if (left <= 0 || left > sessionEndsWithinMs) return `expected the session to end within ${sessionEndsWithinMs} ms, ${left} ms left`;
  }
  return null;
}

function describeProblems(snapshot: AuthSnapshot): string {
  const entries = Object.entries(snapshot.context.problems).map(([field, problem]) => `${field}: ${problem?.reason}`);
  return entries.length > 0 ? ` (showing ${entries.join(', ')})` : '';
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new PreviewError(message())), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
