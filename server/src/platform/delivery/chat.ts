// Chat channels: Slack incoming webhooks and Microsoft Teams Workflows webhooks, posted through the
// guarded outbound client. A webhook URL is a bearer secret: it never reaches a log or an error.
//
// Formats used:
// - Slack: incoming webhooks take a message payload; with `blocks`, top-level `text` is the
//   notification fallback. Text objects must escape &, < and > as HTML entities, nothing else
//   (https://api.slack.com/reference/surfaces/formatting#escaping). Limits: section text 3000,
//   button text 75, button url 3000 (https://docs.slack.dev/reference/block-kit/blocks/section-block,
//   https://docs.slack.dev/reference/block-kit/block-elements/button-element).
// - Teams: the "When a Teams webhook request is received" Workflows trigger takes a Bot Framework
//   style message whose attachment is an Adaptive Card; Workflows do not accept the old
//   MessageCard (https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/connectors-using).
import { OutboundError, type OutboundClient, type OutboundResponse } from "../outbound";
import { DeliveryError, type ChatKind, type ChatMessage } from "./types";

const SLACK_SECTION_MAX = 3000;
const SLACK_FALLBACK_MAX = 3000;
const SLACK_BUTTON_TEXT_MAX = 75;
const SLACK_URL_MAX = 3000;
const RESPONSE_MAX_BYTES = 64 * 1024;

function slackEscape(value: string): string {
  return value.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c] ?? c);
}

/** Cuts to `max` UTF-16 units with a trailing "…", never inside a surrogate pair. */
function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let out = "";
  for (const ch of value) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Escapes, then cuts to `max` characters of escaped text without splitting an entity. */
function escapedWithin(value: string, max: number): string {
  const escaped = slackEscape(value);
  if (escaped.length <= max) return escaped;
  let out = "";
  for (const ch of value) {
    const piece = slackEscape(ch);
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

export function slackPayload(msg: ChatMessage): object {
  const title = `*${escapedWithin(msg.title, 300)}*`;
  const section = `${title}\n${escapedWithin(msg.text, SLACK_SECTION_MAX - title.length - 1)}`;
  const blocks: object[] = [{ type: "section", text: { type: "mrkdwn", text: section } }];
  // A cut URL would lead nowhere: past the limit the button is left out rather than broken.
  if (msg.link.url.length <= SLACK_URL_MAX) {
    blocks.push({
      type: "actions",
      elements: [{ type: "button", text: { type: "plain_text", text: truncate(msg.link.label, SLACK_BUTTON_TEXT_MAX) }, url: msg.link.url }],
    });
  }
  return { text: escapedWithin(`${msg.title}: ${msg.text}`, SLACK_FALLBACK_MAX), blocks };
}

export function teamsPayload(msg: ChatMessage): object {
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            { type: "TextBlock", text: msg.title, weight: "Bolder", size: "Medium", wrap: true },
            { type: "TextBlock", text: msg.text, wrap: true },
          ],
          actions: [{ type: "Action.OpenUrl", title: msg.link.label, url: msg.link.url }],
        },
      },
    ],
  };
}

/** Delta-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date = new Date()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

const SERVICE: Record<ChatKind, string> = { SLACK: "Slack", TEAMS: "Teams" };

export async function postChat(outbound: OutboundClient, kind: ChatKind, webhookUrl: string, msg: ChatMessage, signal?: AbortSignal): Promise<void> {
  const service = SERVICE[kind];
  if (validateWebhookUrl(kind, webhookUrl) !== null) {
    throw new DeliveryError("CHAT_REJECTED", `${service} webhook URL is not acceptable (https required)`, false);
  }
  const payload = kind === "SLACK" ? slackPayload(msg) : teamsPayload(msg);
  let res: OutboundResponse;
  try {
    res = await outbound.request({
      url: webhookUrl,
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/plain" },
      body: JSON.stringify(payload),
      maxBytes: RESPONSE_MAX_BYTES,
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    throw fromOutboundError(error, service);
  }
  // Webhook endpoints answer directly; a redirect turned our POST into something else (or a GET).
  if (res.redirects > 0) throw new DeliveryError("CHAT_REJECTED", `${service} webhook answered with a redirect`, false);
  const status = res.status;
  const reason = errorWord(res.body);
  if (kind === "SLACK" ? status === 200 && reason === "ok" : status === 200 || status === 202) return;
  if (status === 429) {
    throw new DeliveryError("CHAT_RATE_LIMITED", `${service} webhook is rate limited (HTTP 429)`, true, parseRetryAfter(res.headers["retry-after"]));
  }
  const detail = reason && reason !== "ok" ? `, ${reason}` : "";
  if (status >= 500) throw new DeliveryError("CHAT_UNAVAILABLE", `${service} webhook failed (HTTP ${status}${detail})`, true);
  throw new DeliveryError("CHAT_REJECTED", `${service} webhook rejected the message (HTTP ${status}${detail})`, false);
}

/** Slack answers with a bare code (`invalid_payload`, `channel_is_archived`): worth logging, and never content. */
function errorWord(body: Buffer): string | undefined {
  const text = body.subarray(0, 100).toString("utf8").trim();
  return /^[a-z][a-z0-9_]{0,63}$/.test(text) ? text : undefined;
}

function fromOutboundError(error: unknown, service: string): DeliveryError {
  if (!(error instanceof OutboundError)) return new DeliveryError("CHAT_UNAVAILABLE", `${service} webhook request failed`, true);
  // OutboundError messages name the host only; ours name nothing, so the URL cannot leak by a later edit there.
  switch (error.code) {
    case "BLOCKED_ADDRESS":
    case "BLOCKED_SCHEME":
    case "BAD_URL":
      return new DeliveryError("OUTBOUND_REFUSED", `${service} webhook address refused by the outbound guard (${error.code})`, false);
    case "TOO_MANY_REDIRECTS":
      return new DeliveryError("CHAT_REJECTED", `${service} webhook answered with redirects`, false);
    case "TIMEOUT":
      return new DeliveryError("CHAT_UNAVAILABLE", `${service} webhook timed out`, true);
    default:
      return new DeliveryError("CHAT_UNAVAILABLE", `${service} webhook unreachable (${error.code})`, true);
  }
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost"]);

/** For the settings form: null when the URL can be saved, else what to fix (Swedish). */
export function validateWebhookUrl(kind: ChatKind, url: string): string | null {
  const hint = kind === "SLACK" ? "Ange en https-adress till en inkommande webhook i Slack." : "Ange en https-adress till ett arbetsflöde (webhook) i Teams.";
  const trimmed = url.trim();
  if (!trimmed || trimmed !== url) return hint;
  if (url.length > 2048) return "Adressen är för lång.";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return hint;
  }
  if (parsed.username || parsed.password) return "Adressen får inte innehålla användarnamn eller lösenord.";
  if (parsed.protocol === "https:" && parsed.hostname) return null;
  // Plain http only to this machine: local test doubles.
  if (parsed.protocol === "http:" && LOCAL_HOSTS.has(parsed.hostname)) return null;
  return hint;
}
