/**
 * The preview page's record of its Cognito calls, and the hand that changes their answers: the
 * AnswerFilter (src/simulated/browser.ts) it gives the simulated pool sees every call first, takes
 * the answer the pool (or the preview's override) gives, swaps in stress data and the designer's
 * edit for that call, and notes what the call got, for the answers panel.
 */
import { answerProblems, applyPatch, isObject, statusOf, type AnswerProblem, type Edit, type JsonObject } from './answers';
import { stressAnswer } from './stress';
import { toHttpResponse } from '../simulated/handlers';

/** One Cognito call of the preview, in order. */
export interface Call {
  index: number;
  operation: string;
  /** What it got: an answer (`body`, before the designer's edit: what edits are made against), none yet, or a dropped connection. */
  outcome: 'pending' | 'answered' | 'network';
  original?: JsonObject;
  /** What the page got: `original` with the designer's edit applied. */
  answer?: JsonObject;
  /** The edit in the URL for this call could not be used: what is wrong with it. */
  refused?: AnswerProblem[] | 'otherOperation';
}

export class AnswerDesk {
  readonly calls: Call[] = [];
  private listeners = new Set<() => void>();
  private recording = true;

  constructor(
    readonly edits: readonly Edit[],
    readonly stress: boolean,
  ) {}

  /** Calls after the preview is reached are the person's own clicks: not the preview's, not recorded. */
  stopRecording() {
    this.recording = false;
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed() {
    for (const listener of this.listeners) listener();
  }

  filter = async (operation: string, next: () => Promise<Response | undefined>): Promise<Response | undefined> => {
    if (!this.recording) return this.stress ? this.restyle(operation, await next()) : undefined;
    const call: Call = { index: this.calls.length, operation, outcome: 'pending' };
    this.calls.push(call);
    this.changed();
    const response = await next();
    const body = await bodyOf(response);
    if (!body) {
      call.outcome = 'network';
      this.changed();
      return response;
    }
    const original = this.stress ? stressAnswer(operation, body) : body;
    let answer = original;
    const edit = this.edits.find((candidate) => candidate.index === call.index);
    if (edit && edit.operation !== operation) call.refused = 'otherOperation';
    else if (edit) {
      const edited = applyPatch(original, edit.patch);
      const problems = answerProblems(operation, edited);
      if (problems.length > 0) call.refused = problems;
      else answer = edited as JsonObject;
    }
    Object.assign(call, { outcome: 'answered', original, answer });
    this.changed();
    return answer === body ? response : answerResponse(answer);
  };

  /** Stress data on a call made after the preview was reached (the person clicking on). */
  private async restyle(operation: string, response: Response | undefined): Promise<Response | undefined> {
    const body = await bodyOf(response);
    return body ? answerResponse(stressAnswer(operation, body)) : response;
  }
}

async function bodyOf(response: Response | undefined): Promise<JsonObject | undefined> {
  if (!response || response.type === 'error') return undefined;
  try {
    const body: unknown = await response.clone().json();
    return isObject(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

/** An answer on the wire as Cognito sends it (status and headers as the simulated pool's). */
function answerResponse(body: JsonObject): Response {
  return toHttpResponse({ status: statusOf(body), body });
}
