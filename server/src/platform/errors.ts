import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { z } from "zod";
import type { Logger } from "pino";
import { stringProblems } from "./validation";
import { isServiceUnavailable } from "./unavailable";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  /** The request as a whole is wrong (e.g. a subscription sent over HTTP). */
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "RATE_LIMITED",
  /** A participant has not consented (PENDING or DECLINED) to recording and AI processing. */
  CONSENT_REQUIRED: "CONSENT_REQUIRED",
  /** Something the server depends on (the database) failed; try again later. */
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldProblem {
  path: string[];
  message: string;
}

/** A domain error: its message is safe to show and its code is stable for clients. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
    this.name = "AppError";
  }
}

export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, "Authentication required");
export const forbidden = (message = "Not allowed") => new AppError(ErrorCode.FORBIDDEN, message);
/** Same answer for "does not exist" and "belongs to another organisation" — existence must not leak. */
export const notFound = (what = "Object") => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);

/** At most this many problems travel with one BAD_USER_INPUT; `problemCount` tells how many there were. */
/** BAD_USER_INPUT for one field, found after parsing (against the database or the clock), shaped like parseInput's. */
export function badInput(field: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input at ${field}: ${message}`, { field, problems: [{ path: field.split("."), message }], problemCount: 1 });
}

export const MAX_PROBLEMS = 20;

/**
 * Parse with zod; on failure answer BAD_USER_INPUT carrying the problems with their field paths
 * (the first MAX_PROBLEMS of them, and `problemCount`: all of them). A string with a NUL character
 * or a lone surrogate is refused even where a schema forgot the shared text types of
 * validation.ts (checked only once the schema passed, so a field's own refusal comes first): no
 * database column can store it, so it must never reach one.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = "input"): z.infer<S> {
  const parsed = schema.safeParse(value);
  let issues: { path: PropertyKey[]; message: string; params?: Record<string, unknown> }[];
  if (parsed.success) {
    issues = stringProblems(value);
    if (issues.length === 0) return parsed.data;
  } else {
    issues = parsed.error.issues;
  }
  const problems: FieldProblem[] = issues.slice(0, MAX_PROBLEMS).map((issue) => ({
    path: [root, ...issue.path.map(String)],
    message: issue.message,
  }));
  const first = problems[0];
  // A custom issue may carry a stable reason (zod `params.reason`), as transcript errors do.
  const reason = issues[0]?.params?.reason;
  throw new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input at ${first ? first.path.join(".") : root}: ${first?.message ?? "invalid"}`, {
    field: first?.path.join("."),
    problems,
    problemCount: issues.length,
    ...(typeof reason === "string" && { reason }),
  });
}

/**
 * Codes Apollo (and graphql-ws, through http.ts) give to problems with the request as a whole —
 * unparsable, invalid against the schema, variables of the wrong type. Their messages describe the
 * caller's own request. Raised during execution (with a `path`) they are not Apollo's and get masked.
 */
const REQUEST_CODES = new Set<string>([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * graphql-js's own request-level error once a request's variables have more problems than it
 * reports (Apollo stops at 50): it comes without a code, but it is the caller's mistake all the same.
 */
const VARIABLE_ERROR_LIMIT = /^Too many errors processing variables\b/;

/** Whether an error is, or wraps (as graphql-js wraps resolver errors), one of our AppErrors. */
export function isAppError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof AppError) return true;
    current = current instanceof GraphQLError ? current.originalError : undefined;
  }
  return false;
}

/**
 * The single place where errors become responses, for HTTP (Apollo) and WebSocket (graphql-ws)
 * alike: an AppError passes with its message, and so does a request-level error Apollo raised
 * itself; anything else — whatever code it carries — is logged by name and answered generically.
 * No stack traces, ever.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : undefined;
    const requestLevel = code !== undefined && REQUEST_CODES.has(code) && !formatted.path;
    if (!formatted.path && !isAppError(error) && VARIABLE_ERROR_LIMIT.test(formatted.message)) {
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    if (isAppError(error) || requestLevel) {
      const { stacktrace: _drop, http: _http, ...extensions } = formatted.extensions ?? {};
      void _drop;
      void _http;
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const original = error instanceof GraphQLError ? error.originalError ?? error : error;
    // A dependency that is away (PostgreSQL restarting) is not a bug: a typed, retryable answer.
    if (isServiceUnavailable(original)) {
      logger.warn({ event: "graphql.dependency_unavailable", errorName: original instanceof Error ? original.name : typeof original, path: formatted.path }, "a dependency is unavailable");
      return { message: "Service temporarily unavailable", path: formatted.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
    }
    logger.error(
      { event: "graphql.unhandled_error", errorName: original instanceof Error ? original.name : typeof original, path: formatted.path },
      "unhandled error in resolver",
    );
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
