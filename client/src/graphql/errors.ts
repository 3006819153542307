import type { CombinedError } from "urql";
import type { MessageKey } from "../i18n";

export const KNOWN_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "INTERNAL_SERVER_ERROR",
  "CONSENT_REQUIRED",
  "CONFLICT",
  "RATE_LIMITED",
] as const;
export type KnownErrorCode = (typeof KNOWN_ERROR_CODES)[number];

function isKnownCode(code: unknown): code is KnownErrorCode {
  return typeof code === "string" && (KNOWN_ERROR_CODES as readonly string[]).includes(code);
}

/** The extensions.code values of a CombinedError's GraphQL errors. */
export function errorCodes(error: CombinedError | undefined | null): string[] {
  if (!error) return [];
  return error.graphQLErrors
    .map((e) => e.extensions?.code)
    .filter((code): code is string => typeof code === "string");
}

export function hasErrorCode(error: CombinedError | undefined | null, code: KnownErrorCode): boolean {
  return errorCodes(error).includes(code);
}

/**
 * `extensions.reason` values with a message of their own: an unusable transcript answers
 * BAD_USER_INPUT with the parser's code, a re-run without a transcript CONFLICT with NO_TRANSCRIPT.
 */
const REASON_MESSAGE_KEYS: Partial<Record<string, MessageKey>> = {
  TRANSCRIPT_EMPTY: "error.TRANSCRIPT_EMPTY",
  TRANSCRIPT_BINARY: "error.TRANSCRIPT_BINARY",
  TRANSCRIPT_TOO_LARGE: "error.TRANSCRIPT_TOO_LARGE",
  TRANSCRIPT_TOO_MANY_SEGMENTS: "error.TRANSCRIPT_TOO_MANY_SEGMENTS",
  TRANSCRIPT_NO_SPEAKERS: "error.TRANSCRIPT_NO_SPEAKERS",
  NO_TRANSCRIPT: "error.NO_TRANSCRIPT",
};

/** The extensions.reason values of a CombinedError's GraphQL errors. */
export function errorReasons(error: CombinedError | undefined | null): string[] {
  if (!error) return [];
  return error.graphQLErrors
    .map((e) => e.extensions?.reason)
    .filter((reason): reason is string => typeof reason === "string");
}

/**
 * Maps an error to a Swedish message key. Raw server messages and stack traces are never shown:
 * unknown codes fall back to a generic message.
 */
export function errorMessageKey(error: CombinedError | undefined | null): MessageKey {
  if (!error) return "error.UNKNOWN";
  const reasonKey = errorReasons(error).map((reason) => REASON_MESSAGE_KEYS[reason]).find(Boolean);
  if (reasonKey) return reasonKey;
  const code = errorCodes(error).find(isKnownCode);
  if (code) return `error.${code}`;
  if (error.networkError) return "error.NETWORK";
  return "error.UNKNOWN";
}

/**
 * What a code means for one operation, where the generic message would mislead: CONFLICT from
 * updateUserRole means "you cannot demote yourself", from createUser "the e-mail is taken";
 * NOT_FOUND from replaying or discarding a dead letter mostly means someone else got there first.
 */
export const OPERATION_ERROR_KEYS = {
  updateUserRole: { CONFLICT: "settings.users.selfDemote" },
  createUser: { CONFLICT: "settings.users.add.emailTaken" },
  replayDeadLetter: { NOT_FOUND: "jobs.dead.alreadyResolved" },
  discardDeadLetter: { NOT_FOUND: "jobs.dead.alreadyResolved" },
} as const satisfies Record<string, Partial<Record<KnownErrorCode, MessageKey>>>;

/** Like errorMessageKey, but with the operation's own meaning of a code when it has one. */
export function operationErrorMessageKey(
  operation: keyof typeof OPERATION_ERROR_KEYS,
  error: CombinedError | undefined | null,
): MessageKey {
  const overrides: Partial<Record<string, MessageKey>> = OPERATION_ERROR_KEYS[operation];
  const key = errorCodes(error).map((code) => overrides[code]).find(Boolean);
  return key ?? errorMessageKey(error);
}

/** One problem of a BAD_USER_INPUT error: the input path and the server's (untranslated) message. */
export interface InputProblem {
  path: string[];
  message: string;
}

/**
 * The field problems of BAD_USER_INPUT errors (`extensions.problems`), or an empty list. Show
 * them through a translation keyed on the path, not as the server wrote them.
 */
export function inputProblems(error: CombinedError | undefined | null): InputProblem[] {
  if (!error) return [];
  const problems: InputProblem[] = [];
  for (const graphQLError of error.graphQLErrors) {
    if (graphQLError.extensions?.code !== "BAD_USER_INPUT") continue;
    const list = graphQLError.extensions.problems;
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      if (typeof item !== "object" || item === null) continue;
      const { path, message } = item as { path?: unknown; message?: unknown };
      problems.push({
        path: Array.isArray(path) ? path.map(String) : [],
        message: typeof message === "string" ? message : "",
      });
    }
  }
  return problems;
}

/**
 * Whether every problem of the error is a FORBIDDEN on one of the given fields (for example
 * contact details a viewer may not see): the rest of the data is there and the page is fine.
 */
export function isOnlyForbiddenFields(error: CombinedError | undefined | null, fieldNames: readonly string[]): boolean {
  if (!error || error.networkError || error.graphQLErrors.length === 0) return false;
  return error.graphQLErrors.every((graphQLError) => {
    const last = graphQLError.path?.[graphQLError.path.length - 1];
    return graphQLError.extensions?.code === "FORBIDDEN" && typeof last === "string" && fieldNames.includes(last);
  });
}
