import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One cue as the provider puts it in the user message. */
export interface PromptCue {
  index: number;
  speaker: string;
  text: string;
}
/** The user message the provider sends: JSON with the meeting's date, participants and cues. */
export interface PromptPayload {
  meetingDate: string;
  meetingWeekday?: string;
  meetingIsoWeek?: number;
  participants: string[];
  part?: { number: number; of: number; repeatedFromPreviousPart: number };
  segments: PromptCue[];
}
export interface ChatRequest {
  url: string | undefined;
  headers: IncomingMessage["headers"];
  body: { model: string; temperature?: number; messages: { role: string; content: string }[]; response_format: { type: string; json_schema?: { name: string; strict: boolean; schema: unknown } } };
  system: string;
  user: PromptPayload;
}
export type Reply = { status: number; body: string; headers?: Record<string, string> };
export type Responder = (request: ChatRequest, n: number) => Reply | Promise<Reply>;

/** A chat.completion whose first choice's message content is `content`. */
export const completion = (content: string, finishReason = "stop"): Reply => ({
  status: 200,
  body: JSON.stringify({ id: "chatcmpl-fake", object: "chat.completion", created: 0, model: "fake", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: finishReason }] }),
});
export const answer = (output: unknown): Reply => completion(JSON.stringify(output));
const error = (status: number, message: string, type = "invalid_request_error"): Reply => ({ status, body: JSON.stringify({ error: { message, type, param: null, code: null } }) });

/**
 * A local server speaking OpenAI's `POST /v1/chat/completions`. It checks the request as the real
 * API would (JSON body, a model, system and user messages, a response_format of json_schema with a
 * schema or json_object) and answers 400 like it when something is off; otherwise `respond`
 * decides.
 */
export async function startFakeOpenAi(respond: Responder): Promise<{ baseUrl: string; requests: ChatRequest[]; close(): Promise<void> }> {
  const requests: ChatRequest[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      void (async () => {
        let reply: Reply;
        if (req.method !== "POST" || req.url !== "/v1/chat/completions") reply = error(404, `Unknown request URL: ${req.method} ${req.url}`);
        else {
          try {
            const body = JSON.parse(raw) as ChatRequest["body"];
            const system = body.messages?.find((m) => m.role === "system")?.content;
            const user = body.messages?.find((m) => m.role === "user")?.content;
            const format = body.response_format;
            if (typeof body.model !== "string" || !body.model) reply = error(400, "you must provide a model parameter");
            else if (typeof system !== "string" || typeof user !== "string") reply = error(400, "messages: a system and a user message are expected");
            else if (!format || !(format.type === "json_object" || (format.type === "json_schema" && format.json_schema?.schema))) reply = error(400, "Invalid response_format");
            else {
              const request: ChatRequest = { url: req.url, headers: req.headers, body, system, user: JSON.parse(user) as PromptPayload };
              requests.push(request);
              reply = await respond(request, requests.length);
            }
          } catch {
            reply = error(400, "We could not parse the JSON body of your request.");
          }
        }
        res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers });
        res.end(reply.body);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
