// E-mail over SMTP (nodemailer's pooled transport) and the one HTML template every module sends.
import nodemailer, { type NodemailerError, type SendMailOptions } from "nodemailer";
import type { Logger } from "pino";
import { DeliveryError, type EmailMessage, type Mailer } from "./types";

export interface SmtpConfig {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (port 465). */
  secure: boolean;
  /** Refuse to send unless the server offers STARTTLS. */
  requireTls: boolean;
  user?: string;
  /** secret: sent to the SMTP server only; never logged */
  password?: string;
  /** `"Postboxen <noreply@example.se>"` */
  from: string;
  rejectUnauthorized: boolean;
}

const TIMEOUT_MS = 10_000;

/** Headers the mailer owns: a caller's `headers` must not forge or duplicate them. */
const RESERVED_HEADERS = new Set([
  "from", "to", "cc", "bcc", "reply-to", "sender", "subject", "date", "message-id", "mime-version",
  "content-type", "content-transfer-encoding", "list-unsubscribe", "list-unsubscribe-post", "auto-submitted",
]);

export function createMailer(config: SmtpConfig | null, logger: Logger): Mailer {
  const log = logger.child({ module: "email" });
  if (!config) {
    return {
      configured: false,
      send: () => Promise.reject(new DeliveryError("SMTP_NOT_CONFIGURED", "No SMTP server is configured (SMTP_HOST is unset)", false)),
      close: () => Promise.resolve(),
    };
  }

  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: 3,
    host: config.host,
    port: config.port,
    secure: config.secure,
    requireTLS: config.requireTls,
    auth: config.user ? { user: config.user, pass: config.password } : undefined,
    tls: { rejectUnauthorized: config.rejectUnauthorized },
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
    dnsTimeout: TIMEOUT_MS,
    // nodemailer's own logger would write addresses and the SMTP dialogue.
    logger: false,
    debug: false,
  });

  // The pool reports errors of idle connections here; unhandled, an EventEmitter error would crash.
  transport.on("error", (error: NodemailerError) => log.warn({ event: "email.transport_error", code: toDeliveryError(error).code }));

  return {
    configured: true,
    async send(message, signal) {
      const options = mailOptions(config.from, message);
      try {
        const info = await transport.sendMail(signal ? { ...options, signal } : options);
        log.info({ event: "email.sent", messageId: info.messageId });
        return { messageId: info.messageId };
      } catch (error) {
        const failure = toDeliveryError(error as NodemailerError);
        log.warn({ event: "email.failed", code: failure.code });
        throw failure;
      }
    },
    close() {
      transport.close();
      return Promise.resolve();
    },
  };
}

function mailOptions(from: string, message: EmailMessage): SendMailOptions {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!/^[A-Za-z0-9-]{1,76}$/.test(name) || RESERVED_HEADERS.has(name.toLowerCase())) throw new TypeError(`E-mail header ${name} may not be set by the caller`);
    if (/[\r\n]/.test(value)) throw new TypeError(`E-mail header ${name} holds a line break`);
    headers[name] = value;
  }
  // RFC 3834: a machine sent this, so auto-responders (and Exchange's out-of-office) stay quiet.
  headers["Auto-Submitted"] = "auto-generated";
  if (!Object.keys(headers).some((name) => name.toLowerCase() === "x-auto-response-suppress")) headers["X-Auto-Response-Suppress"] = "OOF, AutoReply";
  let list: SendMailOptions["list"];
  if (message.unsubscribeUrl !== undefined) {
    const url = parseHttpUrl(message.unsubscribeUrl, "unsubscribeUrl");
    // nodemailer's `list` writes `List-Unsubscribe: <url>` (it strips characters that could break the
    // header); it would turn `unsubscribe-post` into a URL, so that one is a plain header.
    list = { unsubscribe: url.href };
    // RFC 8058 one-click needs an HTTPS URI; a plain-http one (development) stays RFC 2369 only.
    if (url.protocol === "https:") headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  return { from, to: message.to, subject: message.subject, text: message.text, html: message.html, headers, ...(list ? { list } : {}) };
}

/** SMTP reply codes per RFC 5321: 5yz is final, except 503 (bad sequence), which a new session can fix. */
function toDeliveryError(error: NodemailerError): DeliveryError {
  const reply = error.responseCode;
  const code = error.code ?? "unknown";
  if (code === "EABORT" || error.name === "AbortError") return new DeliveryError("SMTP_UNAVAILABLE", "E-mail send was aborted before the server accepted it", true);
  if (reply !== undefined && reply >= 500 && reply < 600 && reply !== 503) {
    const what = code === "EAUTH" ? "refused the credentials" : code === "ETLS" ? "refused STARTTLS" : "rejected the message";
    return new DeliveryError("SMTP_REJECTED", `SMTP server ${what} (reply ${reply}, ${code})`, false);
  }
  if (reply !== undefined) return new DeliveryError("SMTP_UNAVAILABLE", `SMTP server deferred the message (reply ${reply}, ${code})`, true);
  // No reply at all: problems with what we handed over, which a retry repeats.
  if (["ENOAUTH", "ECONFIG", "EENVELOPE", "EMESSAGE", "EMAXRECIPIENTS"].includes(code)) {
    return new DeliveryError("SMTP_REJECTED", `E-mail could not be sent as built (${code})`, false);
  }
  const original = error.originalCode && error.originalCode !== code ? `, ${error.originalCode}` : "";
  return new DeliveryError("SMTP_UNAVAILABLE", `SMTP server unreachable (${code}${original})`, true);
}

function parseHttpUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${what} is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError(`${what} must be an http(s) URL`);
  return url;
}

export interface EmailContent {
  heading: string;
  paragraphs: string[];
  /** The one thing to do: a button in HTML, the link written out in text. */
  action?: { url: string; label: string };
  footer?: string[];
}

const FONT = "font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

/** Escaped, with the author's line breaks kept. */
function htmlText(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, "<br>");
}

/**
 * A small e-mail that survives Outlook and Gmail: tables for layout, inline styles only, a
 * bulletproof button (a padded link, readable with images and CSS off), and ≥ 4.5:1 contrast.
 */
export function renderEmail(input: EmailContent): { text: string; html: string } {
  const action = input.action ? { url: parseHttpUrl(input.action.url, "action.url").href, label: input.action.label } : undefined;
  const footer = input.footer ?? [];

  const text = [
    input.heading,
    ...input.paragraphs,
    ...(action ? [`${action.label}: ${action.url}`] : []),
    ...(footer.length ? [`-- \n${footer.join("\n")}`] : []),
  ].join("\n\n");

  const p = (value: string) => `<p style="margin:0 0 16px 0;font-size:16px;line-height:24px;">${htmlText(value)}</p>`;
  const button = action
    ? `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px 0;"><tr>` +
      `<td style="border-radius:6px;background-color:#1d4ed8;">` +
      `<a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 20px;${FONT};font-size:16px;line-height:20px;font-weight:600;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(action.label)}</a>` +
      `</td></tr></table>` +
      `<p style="margin:0 0 16px 0;font-size:14px;line-height:20px;color:#52525b;">Fungerar inte knappen? Öppna länken: ` +
      `<a href="${escapeHtml(action.url)}" style="color:#1d4ed8;word-break:break-all;">${escapeHtml(action.url)}</a></p>`
    : "";
  const footerHtml = footer.length
    ? `<tr><td style="padding:16px 32px 24px 32px;border-top:1px solid #e4e4e7;${FONT};font-size:13px;line-height:20px;color:#52525b;">` +
      footer.map((line) => `<p style="margin:0 0 8px 0;">${htmlText(line)}</p>`).join("") +
      `</td></tr>`
    : "";

  const html =
    `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light">` +
    `<title>${escapeHtml(input.heading)}</title></head>` +
    `<body style="margin:0;padding:0;background-color:#f4f4f5;">` +
    `<div role="article" aria-roledescription="e-post" lang="sv">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f4f5;"><tr><td align="center" style="padding:24px 12px;">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border-radius:8px;">` +
    `<tr><td style="padding:32px 32px 8px 32px;${FONT};color:#18181b;">` +
    `<h1 style="margin:0 0 16px 0;font-size:22px;line-height:28px;font-weight:700;color:#18181b;">${htmlText(input.heading)}</h1>` +
    input.paragraphs.map(p).join("") +
    button +
    `</td></tr>` +
    footerHtml +
    `</table></td></tr></table></div></body></html>`;

  return { text, html };
}
