/**
 * Whether an error means "a service we depend on is not there right now" (PostgreSQL restarting,
 * a dropped connection, a pool that cannot get one) rather than a bug: such errors answer
 * SERVICE_UNAVAILABLE and are logged as warnings, by name and code only.
 */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
// PostgreSQL SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, restart).
const PG_UNAVAILABLE = /^(08\d{3}|57P0[1-4]|53300)$/;
const MESSAGES = [/Connection terminated/i, /Timeout acquiring a connection/i, /Client has encountered a connection error/i, /the database system is (starting up|shutting down)/i, /Connection is closed/i];

export function isServiceUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (NETWORK_CODES.has(code) || PG_UNAVAILABLE.test(code))) return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === "string" && MESSAGES.some((m) => m.test(message))) return true;
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
