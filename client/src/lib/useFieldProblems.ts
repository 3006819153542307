import type { CombinedError } from "urql";
import { inputProblems } from "../graphql/errors";

/**
 * The fields of a form that a BAD_USER_INPUT error names (path ["input", field, …]), among the
 * form's own; anything else counts as "other". Forms show their own Swedish text per field.
 */
export function fieldProblems<F extends string>(error: CombinedError | undefined | null, fields: readonly F[]): Set<F | "other"> {
  const found = new Set<F | "other">();
  for (const problem of inputProblems(error)) {
    const field = problem.path[1];
    found.add(field && (fields as readonly string[]).includes(field) ? (field as F) : "other");
  }
  return found;
}

/** After a refused save: move focus to the first field marked invalid. */
export function focusFirstInvalid(form: HTMLFormElement | null) {
  window.setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}
