import type { CombinedError } from "urql";
import type { MessageKey } from "../i18n";

export const KNOWN_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "INTERNAL_SERVER_ERROR",
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
 * Maps an error to a Swedish message key. Raw server messages and stack traces are never shown:
 * unknown codes fall back to a generic message.
 */
export function errorMessageKey(error: CombinedError | undefined | null): MessageKey {
  if (!error) return "error.UNKNOWN";
  const code = errorCodes(error).find(isKnownCode);
  if (code) return `error.${code}`;
  if (error.networkError) return "error.NETWORK";
  return "error.UNKNOWN";
}
