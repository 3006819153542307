import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createOutboundClient } from "../outbound";
import { parseRetryAfter, postChat, slackPayload, teamsPayload, validateWebhookUrl } from "./chat";
import { DeliveryError, type ChatMessage } from "./types";

interface Hit {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

interface Double {
  /** The webhook URL; its path plays the secret part of a real one. */
  url: string;
  hits: Hit[];
}

const SECRET = "XyZsecretTokenq7";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A real HTTP server on 127.0.0.1; `handler` answers after the whole body arrived. */
async function serve(handler: (hit: Hit, res: ServerResponse) => void): Promise<Double> {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on("data", (chunk: Buffer) => parts.push(chunk));
    req.on("end", () => {
      const hit = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(parts).toString("utf8") };
      hits.push(hit);
      handler(hit, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/services/T0001/B0001/${SECRET}`, hits };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function parseJson(hit: Hit): unknown {
  if (!(hit.headers["content-type"] ?? "").startsWith("application/json")) return undefined;
  try {
    return JSON.parse(hit.body) as unknown;
  } catch {
    return undefined;
  }
}

const SLACK_BLOCK_TYPES = new Set(["section", "actions", "context", "divider", "header", "image", "rich_text", "markdown"]);

/** What Slack's incoming-webhook endpoint checks before it posts (the ones that matter here). */
function slackAccepts(payload: unknown): boolean {
  if (!isObject(payload) || typeof payload.text !== "string" || payload.text.length === 0) return false;
  if (payload.blocks === undefined) return true;
  if (!Array.isArray(payload.blocks) || payload.blocks.length > 50) return false;
  return payload.blocks.every((block: unknown) => {
    if (!isObject(block) || typeof block.type !== "string" || !SLACK_BLOCK_TYPES.has(block.type)) return false;
    if (block.type === "section") {
      const text = block.text;
      return isObject(text) && (text.type === "mrkdwn" || text.type === "plain_text") && typeof text.text === "string" && text.text.length <= 3000;
    }
    if (block.type === "actions") {
      return (
        Array.isArray(block.elements) &&
        block.elements.every((el: unknown) => {
          if (!isObject(el) || el.type !== "button" || !isObject(el.text)) return false;
          const label = el.text;
          return label.type === "plain_text" && typeof label.text === "string" && label.text.length <= 75 && (el.url === undefined || (typeof el.url === "string" && el.url.length <= 3000));
        })
      );
    }
    return true;
  });
}

/** What a Teams Workflows webhook trigger needs to post an Adaptive Card. */
function teamsAccepts(payload: unknown): boolean {
  if (!isObject(payload) || payload.type !== "message" || !Array.isArray(payload.attachments) || payload.attachments.length === 0) return false;
  return payload.attachments.every((attachment: unknown) => {
    if (!isObject(attachment) || attachment.contentType !== "application/vnd.microsoft.card.adaptive") return false;
    const card = attachment.content;
    return isObject(card) && card.type === "AdaptiveCard" && typeof card.version === "string" && Array.isArray(card.body) && card.body.length > 0;
  });
}

const slackDouble = () =>
  serve((hit, res) => {
    if (hit.method !== "POST" || !slackAccepts(parseJson(hit))) {
      res.writeHead(400, { "content-type": "text/html" }).end("invalid_payload");
      return;
    }
    res.writeHead(200, { "content-type": "text/html" }).end("ok");
  });

const teamsDouble = () =>
  serve((hit, res) => {
    if (hit.method !== "POST" || !teamsAccepts(parseJson(hit))) {
      res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "TriggerInputSchemaMismatch", message: "The input body does not match" } }));
      return;
    }
    res.writeHead(202).end();
  });

const answer = (status: number, body = "", headers: Record<string, string> = {}) => serve((_hit, res) => res.writeHead(status, headers).end(body));

const outbound = (timeoutMs?: number) => createOutboundClient({ allowlist: ["127.0.0.1"], ...(timeoutMs ? { timeoutMs } : {}) });

const msg: ChatMessage = {
  title: "Nytt protokoll: Styrgruppen",
  text: "Protokollet från mötet den 3 december är justerat & klart <läs>.",
  link: { url: "https://postboxen.example.se/moten/42?flik=protokoll&v=2", label: "Öppna protokollet" },
};

async function rejection(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  const delivery = error as DeliveryError;
  // The webhook URL is a bearer secret, the text is content: neither ever reaches an error.
  expect(delivery.message).not.toContain(SECRET);
  expect(delivery.message).not.toContain("127.0.0.1");
  expect(delivery.message).not.toContain("Styrgruppen");
  return delivery;
}

describe("slackPayload", () => {
  it("puts a fallback text and a bold section with an escaped mrkdwn text above a link button", () => {
    expect(slackPayload(msg)).toEqual({
      text: "Nytt protokoll: Styrgruppen: Protokollet från mötet den 3 december är justerat &amp; klart &lt;läs&gt;.",
      blocks: [
        { type: "section", text: { type: "mrkdwn", text: "*Nytt protokoll: Styrgruppen*\nProtokollet från mötet den 3 december är justerat &amp; klart &lt;läs&gt;." } },
        { type: "actions", elements: [{ type: "button", text: { type: "plain_text", text: "Öppna protokollet" }, url: msg.link.url }] },
      ],
    });
  });

  it("cuts long texts to Slack's limits with an ellipsis, never through an entity, and drops a button whose URL is too long", () => {
    const long = slackPayload({ title: "Rubrik", text: "&".repeat(2000), link: { url: `https://example.se/${"x".repeat(3000)}`, label: "Ö".repeat(100) } }) as {
      text: string;
      blocks: { type: string; text?: { text: string } }[];
    };
    const section = long.blocks[0]?.text?.text ?? "";
    expect(section.length).toBeLessThanOrEqual(3000);
    expect(section.endsWith("&amp;…")).toBe(true);
    expect(long.text.length).toBeLessThanOrEqual(3000);
    expect(long.blocks.map((b) => b.type)).toEqual(["section"]);

    const button = (slackPayload({ ...msg, link: { url: msg.link.url, label: "Ö".repeat(100) } }) as { blocks: { elements?: { text: { text: string } }[] }[] }).blocks[1]?.elements?.[0];
    expect(button?.text.text).toHaveLength(75);
    expect(button?.text.text.endsWith("…")).toBe(true);
  });
});

describe("teamsPayload", () => {
  it("wraps an Adaptive Card 1.4 in a Workflows message", () => {
    expect(teamsPayload(msg)).toEqual({
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
            actions: [{ type: "Action.OpenUrl", title: "Öppna protokollet", url: msg.link.url }],
          },
        },
      ],
    });
  });
});

describe("postChat", () => {
  it("posts JSON that a Slack incoming webhook accepts", async () => {
    const slack = await slackDouble();
    await postChat(outbound(), "SLACK", slack.url, msg);
    expect(slack.hits).toHaveLength(1);
    const [hit] = slack.hits;
    expect(hit?.method).toBe("POST");
    expect(hit?.url).toBe(`/services/T0001/B0001/${SECRET}`);
    expect(hit?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(hit?.body ?? "")).toEqual(slackPayload(msg));
  });

  it("posts JSON that a Teams Workflows webhook accepts (202)", async () => {
    const teams = await teamsDouble();
    await postChat(outbound(), "TEAMS", teams.url, msg);
    expect(teams.hits).toHaveLength(1);
    expect(teams.hits[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(teams.hits[0]?.body ?? "")).toEqual(teamsPayload(msg));
  });

  it("accepts 200 from Teams as well", async () => {
    const teams = await answer(200);
    await expect(postChat(outbound(), "TEAMS", teams.url, msg)).resolves.toBeUndefined();
  });

  it("reports the doubles' refusals of the other service's format as rejected", async () => {
    const slack = await slackDouble();
    const teams = await teamsDouble();
    const bySlack = await rejection(postChat(outbound(), "TEAMS", slack.url, msg));
    expect(bySlack).toMatchObject({ code: "CHAT_REJECTED", retryable: false, message: expect.stringContaining("invalid_payload") });
    const byTeams = await rejection(postChat(outbound(), "SLACK", teams.url, msg));
    expect(byTeams).toMatchObject({ code: "CHAT_REJECTED", retryable: false, message: expect.stringContaining("HTTP 400") });
  });

  it("is rate limited on 429, with the wait from Retry-After", async () => {
    const slack = await answer(429, "rate_limited", { "retry-after": "30" });
    const error = await rejection(postChat(outbound(), "SLACK", slack.url, msg));
    expect(error).toMatchObject({ code: "CHAT_RATE_LIMITED", retryable: true, retryAfterSeconds: 30 });
  });

  it("is rejected for good on 410, 404 and 403", async () => {
    for (const [status, body] of [[410, "channel_is_archived"], [404, "no_service"], [403, "action_prohibited"]] as const) {
      const slack = await answer(status, body);
      const error = await rejection(postChat(outbound(), "SLACK", slack.url, msg));
      expect(error).toMatchObject({ code: "CHAT_REJECTED", retryable: false, message: expect.stringContaining(body) });
    }
  });

  it("is unavailable, and worth retrying, on 500", async () => {
    const teams = await answer(500, "<html>Internal error</html>");
    const error = await rejection(postChat(outbound(), "TEAMS", teams.url, msg));
    expect(error).toMatchObject({ code: "CHAT_UNAVAILABLE", retryable: true });
    expect(error.message).not.toContain("<html>");
  });

  it("does not take a 200 without Slack's ok for delivery", async () => {
    const captive = await answer(200, "<html>Logga in</html>");
    const error = await rejection(postChat(outbound(), "SLACK", captive.url, msg));
    expect(error).toMatchObject({ code: "CHAT_REJECTED", retryable: false });
  });

  it("refuses a redirect rather than follow the POST somewhere else", async () => {
    const target = await slackDouble();
    const redirecting = await answer(302, "", { location: target.url });
    const error = await rejection(postChat(outbound(), "SLACK", redirecting.url, msg));
    expect(error).toMatchObject({ code: "CHAT_REJECTED", retryable: false });
  });

  it("is refused by the outbound guard for a loopback address not on the allow-list, before anything is sent", async () => {
    const slack = await slackDouble();
    const error = await rejection(postChat(createOutboundClient(), "SLACK", slack.url, msg));
    expect(error).toMatchObject({ code: "OUTBOUND_REFUSED", retryable: false });
    expect(slack.hits).toHaveLength(0);
  });

  it("times out on a server that never answers, and calls it unavailable", async () => {
    const silent = await serve(() => {}); // reads the request, never answers
    const error = await rejection(postChat(outbound(150), "TEAMS", silent.url, msg));
    expect(error).toMatchObject({ code: "CHAT_UNAVAILABLE", retryable: true, message: "Teams webhook timed out" });
    expect(silent.hits).toHaveLength(1);
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    const hanging = await serve(() => controller.abort());
    const error = await rejection(postChat(outbound(), "SLACK", hanging.url, msg, controller.signal));
    expect(error).toMatchObject({ code: "CHAT_UNAVAILABLE", retryable: true });
  });

  it("refuses a webhook URL that is not https before reaching the network", async () => {
    const error = await rejection(postChat(outbound(), "SLACK", "ftp://hooks.slack.com/services/x", msg));
    expect(error).toMatchObject({ code: "CHAT_REJECTED", retryable: false });
  });
});

describe("parseRetryAfter", () => {
  it("reads delta-seconds and HTTP-dates", () => {
    const now = new Date("2026-12-01T10:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120);
    expect(parseRetryAfter("Tue, 01 Dec 2026 10:01:30 GMT", now)).toBe(90);
    expect(parseRetryAfter("Tue, 01 Dec 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("snart", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe("validateWebhookUrl", () => {
  it("accepts https on any host, and plain http only on this machine", () => {
    expect(validateWebhookUrl("SLACK", "https://hooks.slack.com/services/T000/B000/XXXX")).toBeNull();
    expect(validateWebhookUrl("TEAMS", "https://prod-23.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sig=x")).toBeNull();
    expect(validateWebhookUrl("TEAMS", "https://default1234.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/abc/triggers/manual/paths/invoke?sig=x")).toBeNull();
    expect(validateWebhookUrl("SLACK", "http://127.0.0.1:8080/hook")).toBeNull();
    expect(validateWebhookUrl("TEAMS", "http://localhost:8080/hook")).toBeNull();
  });

  it("explains in Swedish what is wrong otherwise", () => {
    for (const url of ["http://hooks.slack.com/services/x", "ftp://example.se/x", "hooks.slack.com/services/x", "", " https://hooks.slack.com/x", "javascript:alert(1)"]) {
      expect(validateWebhookUrl("SLACK", url)).toBe("Ange en https-adress till en inkommande webhook i Slack.");
    }
    expect(validateWebhookUrl("TEAMS", "http://example.se/x")).toMatch(/^Ange en https-adress/);
    expect(validateWebhookUrl("SLACK", "https://user:pass@hooks.slack.com/x")).toBe("Adressen får inte innehålla användarnamn eller lösenord.");
    expect(validateWebhookUrl("SLACK", `https://hooks.slack.com/${"x".repeat(2100)}`)).toBe("Adressen är för lång.");
  });
});
