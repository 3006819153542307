/**
 * What the product sends to people outside the app: e-mail and chat messages. Modules build the
 * content (in Swedish); the platform delivers it. Nothing here logs content or addresses.
 */

export interface EmailMessage {
  /** One recipient address. */
  to: string;
  subject: string;
  /** Plain-text body. */
  text: string;
  /** HTML body (already escaped where it carries user text). */
  html: string;
  /** One-click unsubscribe (RFC 2369 + RFC 8058): becomes `List-Unsubscribe` and `List-Unsubscribe-Post`. */
  unsubscribeUrl?: string;
  /** Extra headers (e.g. `X-Postboxen-Kind`); never content. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** False when no SMTP server is configured: callers record the channel as skipped. */
  readonly configured: boolean;
  /** Resolves once the SMTP server accepted the message; rejects with a DeliveryError. */
  send(message: EmailMessage, signal?: AbortSignal): Promise<{ messageId: string }>;
  close(): Promise<void>;
}

export type ChatKind = "SLACK" | "TEAMS";

export interface ChatMessage {
  /** A short heading (Swedish). */
  title: string;
  /** One or two sentences (Swedish); no Markdown needed. */
  text: string;
  /** The link back into Postboxen. */
  link: { url: string; label: string };
}

export type DeliveryErrorCode =
  | "SMTP_NOT_CONFIGURED"
  | "SMTP_REJECTED"
  | "SMTP_UNAVAILABLE"
  | "CHAT_REJECTED"
  | "CHAT_UNAVAILABLE"
  | "CHAT_RATE_LIMITED"
  | "OUTBOUND_REFUSED";

/** A failed delivery. `retryable: false` when trying again cannot help (5xx from SMTP, 4xx from a webhook). */
export class DeliveryError extends Error {
  override name = "DeliveryError";
  constructor(
    readonly code: DeliveryErrorCode,
    message: string,
    readonly retryable: boolean,
    /** Seconds the receiver asked us to wait (HTTP 429 Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** The mailer of a process without SMTP configured: every send is refused, nothing leaves. */
export const unconfiguredMailer: Mailer = {
  configured: false,
  send: () => Promise.reject(new DeliveryError("SMTP_NOT_CONFIGURED", "No SMTP server is configured (SMTP_HOST).", false)),
  close: () => Promise.resolve(),
};
