import type { ExtractedActionItem, ExtractedDecision, ExtractionResult } from "../extraction/types";
import type { Transcript } from "../transcripts/types";
import { ExtractionProviderError, ProviderErrorCode } from "./errors";
import { modelOutputSchema, RESPONSE_JSON_SCHEMA, SYSTEM_PROMPT, type ModelOutput } from "./openai-schema";
import type { ExtractionProvider } from "./types";

/** Receives ids, counts and durations only: never prompts, transcript text or model output. */
export interface ProviderLogger {
  info(fields: Record<string, string | number | boolean>, message: string): void;
  warn(fields: Record<string, string | number | boolean>, message: string): void;
}

export interface OpenAiProviderOptions {
  /** e.g. https://api.openai.com/v1 or a local OpenAI-compatible server; /chat/completions is appended. */
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Per attempt. Default 60 s. */
  timeoutMs?: number;
  /** Total attempts including the first. Default 3. */
  maxAttempts?: number;
  /** First backoff delay; doubles per retry, capped at maxBackoffMs. Defaults 500 ms and 8 s. */
  backoffMs?: number;
  maxBackoffMs?: number;
  temperature?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  logger?: ProviderLogger;
}

type Attempt = { ok: true; output: ModelOutput } | { ok: false; code: ProviderErrorCode; retry: boolean; status?: number; retryAfterMs?: number; reason: string };

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** An OpenAI-compatible chat-completions provider with a JSON-schema response format. */
export function createOpenAiProvider(options: OpenAiProviderOptions): ExtractionProvider {
  const url = `${options.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;

  async function attempt(body: string): Promise<Attempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 60_000);
    try {
      const response = await doFetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${options.apiKey}` },
        body,
        signal: controller.signal,
      });
      const text = await response.text();
      if (response.status === 429 || response.status >= 500) {
        const retryAfter = Number(response.headers.get("retry-after"));
        return { ok: false, code: ProviderErrorCode.UNAVAILABLE, retry: true, status: response.status, reason: "server busy", ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) };
      }
      if (!response.ok) return { ok: false, code: ProviderErrorCode.REJECTED, retry: false, status: response.status, reason: "request rejected" };
      return parseCompletion(text);
    } catch (error) {
      const aborted = (error as Error).name === "AbortError";
      return { ok: false, code: aborted ? ProviderErrorCode.TIMEOUT : ProviderErrorCode.NETWORK, retry: true, reason: aborted ? "timed out" : "network error" };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    name: options.model,
    isLocal: false,
    async extract(transcript, { meetingDate }) {
      const body = JSON.stringify({
        model: options.model,
        temperature: options.temperature ?? 0,
        messages: [
          { role: "system", content: SYSTEM_PROMPT },
          { role: "user", content: JSON.stringify(promptPayload(transcript, meetingDate)) },
        ],
        response_format: { type: "json_schema", json_schema: { name: "meeting_extraction", strict: true, schema: RESPONSE_JSON_SCHEMA } },
      });
      let last: Extract<Attempt, { ok: false }> | null = null;
      for (let n = 1; n <= maxAttempts; n++) {
        const started = Date.now();
        const result = await attempt(body);
        const fields = { model: options.model, attempt: n, durationMs: Date.now() - started, segments: transcript.segments.length };
        if (result.ok) {
          options.logger?.info({ ...fields, decisions: result.output.decisions.length, actionItems: result.output.actionItems.length }, "remote extraction succeeded");
          return toResult(result.output, transcript, options.model);
        }
        last = result;
        options.logger?.warn({ ...fields, code: result.code, ...(result.status ? { status: result.status } : {}) }, "remote extraction attempt failed");
        if (!result.retry || n === maxAttempts) break;
        const backoff = Math.min((options.backoffMs ?? 500) * 2 ** (n - 1), options.maxBackoffMs ?? 8000);
        await sleep(Math.min(Math.max(backoff, result.retryAfterMs ?? 0), options.maxBackoffMs ?? 8000));
      }
      const failure = last ?? { code: ProviderErrorCode.NETWORK, reason: "no attempt made" };
      throw new ExtractionProviderError(failure.code, { attempts: maxAttempts, reason: failure.reason, ...(last?.status ? { status: last.status } : {}) });
    },
  };
}

function promptPayload(transcript: Transcript, meetingDate: string) {
  return {
    meetingDate,
    timeZone: "Europe/Stockholm",
    participants: transcript.participants,
    segments: transcript.segments.map((s) => ({ index: s.index, speaker: s.speaker, text: s.text })),
  };
}

function parseCompletion(text: string): Attempt {
  const invalid = (reason: string): Attempt => ({ ok: false, code: ProviderErrorCode.INVALID_OUTPUT, retry: true, reason });
  let content: unknown;
  try {
    const completion = JSON.parse(text) as { choices?: { message?: { content?: unknown; refusal?: unknown } }[] };
    content = completion.choices?.[0]?.message?.content;
  } catch {
    return invalid("response body is not JSON");
  }
  if (typeof content !== "string") return invalid("no message content");
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return invalid("message content is not JSON");
  }
  const parsed = modelOutputSchema.safeParse(json);
  return parsed.success ? { ok: true, output: parsed.data } : invalid("message content does not match the schema");
}

/**
 * Keeps only what the transcript supports: quotes must occur in the cited segment (or, failing
 * that, in exactly one segment), and owners must be participants.
 */
function toResult(output: ModelOutput, transcript: Transcript, model: string): ExtractionResult {
  const locate = (quote: string, segment: number) => {
    const cited = transcript.segments[segment];
    if (cited?.text.includes(quote)) return cited;
    const hits = transcript.segments.filter((s) => s.text.includes(quote));
    return hits.length === 1 ? hits[0] : undefined;
  };
  const owner = (name: string | null) => {
    if (!name) return null;
    const lower = name.trim().toLowerCase();
    const matches = transcript.participants.filter((p) => p.toLowerCase() === lower || p.toLowerCase().split(/\s+/)[0] === lower);
    return matches.length === 1 ? (matches[0] ?? null) : null;
  };
  const decisions: ExtractedDecision[] = output.decisions.flatMap((d) => {
    const s = locate(d.quote, d.segment);
    return s ? [{ text: d.text, evidence: { quote: d.quote, segment: s.index, startMs: s.startMs }, confidence: 0.7 }] : [];
  });
  const actionItems: ExtractedActionItem[] = output.actionItems.flatMap((a) => {
    const s = locate(a.quote, a.segment);
    return s ? [{ text: a.text, owner: owner(a.owner), due: a.due, evidence: { quote: a.quote, segment: s.index, startMs: s.startMs }, confidence: 0.7 }] : [];
  });
  return { source: model, participants: [...transcript.participants], decisions, actionItems };
}
