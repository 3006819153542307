import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { z } from "zod";
import type { Logger } from "pino";

export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
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

/** Parse with zod; on failure answer BAD_USER_INPUT carrying every problem with its field path. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root = "input"): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems: FieldProblem[] = parsed.error.issues.map((issue) => ({
    path: [root, ...issue.path.map(String)],
    message: issue.message,
  }));
  const first = problems[0];
  throw new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input at ${first ? first.path.join(".") : root}: ${first?.message ?? "invalid"}`, {
    field: first?.path.join("."),
    problems,
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
    if (isAppError(error) || requestLevel) {
      const { stacktrace: _drop, http: _http, ...extensions } = formatted.extensions ?? {};
      void _drop;
      void _http;
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const original = error instanceof GraphQLError ? error.originalError ?? error : error;
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
