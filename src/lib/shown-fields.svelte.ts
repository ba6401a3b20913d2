/**
 * No screen is ever silent. A part that shows one of the machine's fields (an email, a password,
 * the code) claims it for the screen while it is on screen; the screen's alert shows the
 * problem at `form` and at every field nobody claimed. Which fields a screen has is therefore
 * what it renders, not a list kept beside it: an error filed under a field the screen lacks
 * (ForgotPassword's UserNotFoundException, say) lands in the alert. Screen.svelte provides
 * one per screen, and shows an alert itself when the view has none.
 */
import { createContext } from 'svelte';
import type { Field, FieldProblems, Problem } from '../auth/problems';
import { getAuth } from './auth.svelte';
import { getI18n } from './i18n.svelte';
import { fieldMessage } from './messages';

export class ShownFields {
  #claims: Partial<Record<Field, number>> = $state({});
  /** The alerts the view placed itself, each by a number of its own. */
  #alerts: Record<number, true> = $state({});
  #nextAlert = 0;

  /** How many alerts the view placed itself. */
  get alerts(): number {
    return Object.keys(this.#alerts).length;
  }

  /**
   * Marks an alert the view placed, until the returned function is called. Placed as a part is
   * created, and again just after if that write did not hold: one made while Svelte builds a
   * branch (the alert appearing as the screen changes state) can be undone, which left the
   * screen's own alert beside the view's.
   */
  placeAlert(): () => void {
    const id = this.#nextAlert++;
    let removed = false;
    this.#alerts[id] = true;
    queueMicrotask(() => {
      if (!removed && !(id in this.#alerts)) this.#alerts[id] = true;
    });
    return () => {
      removed = true;
      delete this.#alerts[id];
    };
  }

  /** Marks `field` as shown until the returned function is called. */
  claim(field: Field): () => void {
    this.#claims[field] = (this.#claims[field] ?? 0) + 1;
    return () => {
      this.#claims[field] = (this.#claims[field] ?? 1) - 1;
    };
  }

  shows(field: Field): boolean {
    return field !== 'form' && (this.#claims[field] ?? 0) > 0;
  }

  /** What the screen's alert shows: the problem at `form`, then those at fields not on screen. */
  unclaimed(problems: FieldProblems): Problem[] {
    const { form, ...fields } = problems;
    const elsewhere = Object.entries(fields).flatMap(([field, problem]) => (this.shows(field as Field) ? [] : [problem]));
    return form ? [form, ...elsewhere] : elsewhere;
  }
}

export const [getShownFields, setShownFields] = createContext<ShownFields>();

/**
 * For a part that shows one of the machine's fields, called as it is created: claims the field
 * for as long as the part is on screen, and gives its message and a way to report edits.
 */
export function machineField(field: Field | undefined) {
  if (!field) return null;
  const auth = getAuth();
  const i18n = getI18n();
  const release = getShownFields().claim(field);
  $effect(() => release);
  return {
    message: () => fieldMessage(i18n.t, auth.snapshot.context.problems, field),
    edited: () => auth.send({ type: 'edit', field }),
  };
}
