import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

/** A real SMTP server (the smtp-server package) that parses and keeps what arrived. */
export async function startSmtpReceiver(): Promise<{ port: number; mails: ParsedMail[]; close(): Promise<void> }> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface ChatPost {
  service: "slack" | "teams";
  body: Record<string, unknown>;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

/** Checks a payload the way Slack's incoming webhooks do; null when acceptable. */
export function slackProblem(body: unknown): string | null {
  const b = body as { text?: unknown; blocks?: { type?: string; text?: { type?: string; text?: string }; elements?: { type?: string; text?: { text?: string }; url?: string }[] }[] };
  if (typeof b?.text !== "string" || !b.text) return "invalid_payload";
  for (const block of b.blocks ?? []) {
    if (!["section", "actions", "context", "header", "divider"].includes(block.type ?? "")) return "invalid_blocks";
    if (block.type === "section" && (block.text?.type !== "mrkdwn" || (block.text.text?.length ?? 0) > 3000)) return "invalid_blocks";
    for (const el of block.elements ?? []) if (el.type !== "button" || (el.text?.text?.length ?? 0) > 75 || !/^https?:\/\//.test(el.url ?? "")) return "invalid_blocks";
  }
  return null;
}

/** Checks a payload the way a Teams workflow ("When a Teams webhook request is received") needs it. */
export function teamsProblem(body: unknown): string | null {
  const b = body as { type?: string; attachments?: { contentType?: string; content?: { type?: string; version?: string; body?: unknown[]; actions?: { type?: string; url?: string }[] } }[] };
  if (b?.type !== "message" || !Array.isArray(b.attachments) || !b.attachments.length) return "not a message";
  const card = b.attachments[0]!;
  if (card.contentType !== "application/vnd.microsoft.card.adaptive") return "not an adaptive card";
  if (card.content?.type !== "AdaptiveCard" || !card.content.version || !Array.isArray(card.content.body)) return "invalid card";
  if (card.content.actions?.some((a) => a.type !== "Action.OpenUrl" || !a.url)) return "invalid action";
  return null;
}

/** One local HTTP server playing a Slack incoming webhook at /slack/… and a Teams workflow at /teams/…. */
export async function startChatReceiver(): Promise<{ url: string; posts: ChatPost[]; close(): Promise<void> }> {
  const posts: ChatPost[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const service = req.url?.startsWith("/slack/") ? "slack" : req.url?.startsWith("/teams/") ? "teams" : null;
      if (!service || req.method !== "POST" || !String(req.headers["content-type"]).startsWith("application/json")) {
        res.writeHead(404).end("no_service");
        return;
      }
      const body = (await readJson(req).catch(() => null)) as Record<string, unknown> | null;
      const problem = service === "slack" ? slackProblem(body) : teamsProblem(body);
      if (problem || !body) {
        res.writeHead(400, { "content-type": "text/plain" }).end(problem ?? "invalid_payload");
        return;
      }
      posts.push({ service, body });
      if (service === "slack") res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      else res.writeHead(202).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, posts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
