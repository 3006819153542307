import { pino, type Logger, type LoggerOptions } from "pino";
import { currentRequestIds } from "./request-context";

/**
 * One pino root. Log ids, counts and durations — never transcript or document text, names,
 * e-mail addresses or tokens. Redaction is the safety net, not the plan.
 */
export const REDACT_PATHS = [
  "authorization",
  "token",
  "password",
  "secret",
  "email",
  "name",
  "text",
  "body",
  "quote",
  "transcript",
  "content",
  "notes",
  "phone",
  "*.authorization",
  "*.token",
  "*.password",
  "*.secret",
  "*.email",
  "*.name",
  "*.text",
  "*.body",
  "*.quote",
  "*.transcript",
  "*.content",
  "*.notes",
  "*.phone",
  "req.headers.authorization",
  "req.headers.cookie",
  "variables",
  "*.variables",
];

export type LogDestination = { write(line: string): void };

export function createLogger(level: string, destination?: LogDestination): Logger {
  const options: LoggerOptions = {
    level,
    base: { service: "postboxen" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const ids = currentRequestIds();
      return ids ? { requestId: ids.requestId, traceId: ids.traceId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
