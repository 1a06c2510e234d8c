import { problemsOf, type Problem } from '@shared/lib/problem';
import { problemReason, problemText, type Translate } from './problemText';

export interface FieldErrors {
  /** The reason beside each input, by the Problem's field path. */
  byField: Record<string, string>;
  /** Problems about no input on this form (a reminder step, a whole file…), as full lines. */
  rest: string[];
}

/**
 * Sorts a refusal out over a form: each Problem whose field is one of the form's inputs goes
 * beside that input (the reason alone); the rest are whole lines naming where and why.
 * `inputOf` names the input a Problem is about where its field path alone does not (one field
 * path for a row of inputs, the row in its params); by default it is the field path.
 */
export function fieldErrors(t: Translate, caught: unknown, inputs: readonly string[], inputOf: (p: Problem) => string | undefined = (p) => p.field): FieldErrors {
  const problems: Problem[] = problemsOf(caught);
  const byField: Record<string, string> = {};
  const rest: string[] = [];
  for (const p of problems) {
    const input = inputOf(p);
    if (input && inputs.includes(input) && !(input in byField)) byField[input] = problemReason(t, p);
    else rest.push(problemText(t, p));
  }
  return { byField, rest };
}

export const NO_ERRORS: FieldErrors = { byField: {}, rest: [] };
