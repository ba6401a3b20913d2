/**
 * What the simulated pool "sent": every email and text message Cognito would have delivered
 * (sign-up codes, MFA codes, password-reset codes). Tests read codes from here; the dev panel
 * shows them, so every branch of the app can be walked without a real mailbox or phone.
 */

export type DeliveryMedium = 'EMAIL' | 'SMS';
export type MessagePurpose = 'signUp' | 'mfa' | 'forgotPassword';

export interface InboxMessage {
  id: string;
  /** Unix milliseconds, from the pool's clock. */
  at: number;
  medium: DeliveryMedium;
  /** The unmasked address or phone number. */
  to: string;
  purpose: MessagePurpose;
  code: string;
}

export type InboxListener = (messages: readonly InboxMessage[]) => void;

export class Inbox {
  #messages: InboxMessage[] = [];
  #listeners = new Set<InboxListener>();
  #counter = 0;

  /** Records a delivered message (the pool calls this). */
  deliver(message: Omit<InboxMessage, 'id'>): InboxMessage {
    this.#counter += 1;
    const stored: InboxMessage = { id: `msg-${this.#counter}`, ...message };
    this.#messages = [stored, ...this.#messages];
    this.#notify();
    return stored;
  }

  /** All messages, newest first. The array is a snapshot: it does not change afterwards. */
  list(): readonly InboxMessage[] {
    return this.#messages;
  }

  /** The newest message, optionally only those to `to` (emails compared case-insensitively) and of `purpose`. */
  latest(to?: string, purpose?: MessagePurpose): InboxMessage | undefined {
    return this.#messages.find(
      (m) => (to === undefined || sameDestination(m.to, to)) && (purpose === undefined || m.purpose === purpose),
    );
  }

  clear(): void {
    this.#messages = [];
    this.#notify();
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: InboxListener): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener(this.#messages);
  }
}

function sameDestination(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
