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

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "OPERATION_RESOLUTION_FAILURE"]);

/**
 * The single place where errors become responses: known codes pass with their message,
 * anything else is logged with the request id and answered generically. No stack traces, ever.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === "string" ? formatted.extensions.code : undefined;
    if (code && KNOWN_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      void _drop;
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
