import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseTranscript } from "../transcripts/index";
import { ExtractionProviderError, ProviderErrorCode } from "./errors";
import { createOpenAiProvider, type ProviderLogger } from "./openai";

const transcript = parseTranscript(
  "Anna Berg: Då bestämmer vi det: vi kör i januari.\nErik Lund: Jag skickar protokollet imorgon.\n",
);
const CANARY = "skickar protokollet";

type Reply = { status: number; body: string; headers?: Record<string, string> };
const completion = (content: string): Reply => ({
  status: 200,
  body: JSON.stringify({ id: "chatcmpl-1", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] }),
});
const good = completion(
  JSON.stringify({
    decisions: [{ text: "Vi kör i januari.", quote: "vi kör i januari", segment: 0 }],
    actionItems: [
      { text: "Skicka protokollet", owner: "Erik", due: "2026-11-19", quote: "Jag skickar protokollet imorgon.", segment: 1 },
      { text: "Påhittad", owner: "Lotta", due: null, quote: "finns inte i transkriberingen", segment: 1 },
    ],
  }),
);

let server: Server | undefined;
const requests: { headers: IncomingMessage["headers"]; body: Record<string, unknown>; url: string | undefined }[] = [];

/** A local server that speaks the OpenAI chat-completions wire format, replying from a script. */
async function serve(replies: Reply[]): Promise<string> {
  requests.length = 0;
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      requests.push({ headers: req.headers, body: JSON.parse(raw) as Record<string, unknown>, url: req.url });
      const reply = replies[Math.min(requests.length - 1, replies.length - 1)] as Reply;
      res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
      res.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server?.address() as AddressInfo).port}/v1`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

function recordingLogger(lines: string[]): ProviderLogger {
  return {
    info: (fields, message) => lines.push(JSON.stringify({ ...fields, message })),
    warn: (fields, message) => lines.push(JSON.stringify({ ...fields, message })),
  };
}

const options = (baseUrl: string, lines: string[] = []) => ({
  baseUrl,
  apiKey: "sk-test-123",
  model: "gpt-test",
  backoffMs: 1,
  maxBackoffMs: 5,
  logger: recordingLogger(lines),
});

describe("OpenAI-compatible provider (contract)", () => {
  it("posts a JSON-schema chat completion and returns validated, grounded items", async () => {
    const lines: string[] = [];
    const provider = createOpenAiProvider(options(await serve([good]), lines));
    expect(provider).toMatchObject({ name: "gpt-test", isLocal: false });
    const result = await provider.extract(transcript, { meetingDate: "2026-11-18" });

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe("/v1/chat/completions");
    expect(request?.headers.authorization).toBe("Bearer sk-test-123");
    expect(request?.body.model).toBe("gpt-test");
    expect(request?.body.response_format).toMatchObject({ type: "json_schema", json_schema: { name: "meeting_extraction", strict: true } });
    expect(result.source).toBe("gpt-test");
    expect(result.decisions).toEqual([{ text: "Vi kör i januari.", evidence: { quote: "vi kör i januari", segment: 0, startMs: 0 }, confidence: 0.7 }]);
    // First names resolve to participants; items whose quote is not in the transcript are dropped.
    expect(result.actionItems.map((a) => [a.owner, a.due, a.evidence.segment])).toEqual([["Erik Lund", "2026-11-19", 1]]);
    expect(lines.join("\n")).not.toContain(CANARY);
  });

  it("retries after 429 and then succeeds", async () => {
    const provider = createOpenAiProvider(options(await serve([{ status: 429, body: "{}", headers: { "retry-after": "0" } }, good])));
    const result = await provider.extract(transcript, { meetingDate: "2026-11-18" });
    expect(requests).toHaveLength(2);
    expect(result.actionItems).toHaveLength(1);
  });

  it("retries on 5xx", async () => {
    const provider = createOpenAiProvider(options(await serve([{ status: 503, body: "down" }, { status: 500, body: "oops" }, good])));
    await expect(provider.extract(transcript, { meetingDate: "2026-11-18" })).resolves.toMatchObject({ source: "gpt-test" });
    expect(requests).toHaveLength(3);
  });

  it("retries invalid output and then fails with a typed error", async () => {
    const lines: string[] = [];
    const provider = createOpenAiProvider({ ...options(await serve([completion("not json {"), completion(JSON.stringify({ decisions: "nope" }))]), lines), maxAttempts: 3 });
    const error = await provider.extract(transcript, { meetingDate: "2026-11-18" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionProviderError);
    expect((error as ExtractionProviderError).code).toBe(ProviderErrorCode.INVALID_OUTPUT);
    expect((error as ExtractionProviderError).attempts).toBe(3);
    expect((error as ExtractionProviderError).userMessage).toMatch(/ogiltigt/);
    expect(requests).toHaveLength(3);
    expect(lines.join("\n")).not.toContain(CANARY);
  });

  it("does not retry a rejected request (401)", async () => {
    const provider = createOpenAiProvider(options(await serve([{ status: 401, body: JSON.stringify({ error: { message: "bad key" } }) }])));
    await expect(provider.extract(transcript, { meetingDate: "2026-11-18" })).rejects.toMatchObject({ code: ProviderErrorCode.REJECTED, status: 401, attempts: 1 });
    expect(requests).toHaveLength(1);
  });

  it("gives up after repeated 429 with UNAVAILABLE", async () => {
    const provider = createOpenAiProvider({ ...options(await serve([{ status: 429, body: "{}" }])), maxAttempts: 2 });
    await expect(provider.extract(transcript, { meetingDate: "2026-11-18" })).rejects.toMatchObject({ code: ProviderErrorCode.UNAVAILABLE, attempts: 2 });
  });

  it("times out a hanging server", async () => {
    requests.length = 0;
    server = createServer(() => undefined);
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = createOpenAiProvider({ ...options(baseUrl), timeoutMs: 50, maxAttempts: 2 });
    await expect(provider.extract(transcript, { meetingDate: "2026-11-18" })).rejects.toMatchObject({ code: ProviderErrorCode.TIMEOUT });
    server.closeAllConnections();
  });
});
