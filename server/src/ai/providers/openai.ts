import { chunkCues, DEFAULT_CHUNKING, type Chunk, type ChunkingOptions } from "./chunking";
import { ExtractionProviderError, ProviderErrorCode } from "./errors";
import { emptyCounts, groundOutput, mergeItems, type Grounded } from "./grounding";
import { cueCost, modelOutputSchema, responseFormat, SYSTEM_PROMPT, userPrompt, type ModelOutput, type ResponseFormatKind } from "./openai-schema";
import type { RemoteExtractionDiagnostics, RemoteExtractionProvider } from "./types";

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
  /** Total attempts per part including the first. Default 3. */
  maxAttempts?: number;
  /** First backoff delay; doubles per retry, capped at maxBackoffMs. Defaults 500 ms and 8 s. */
  backoffMs?: number;
  maxBackoffMs?: number;
  temperature?: number;
  /** How long meetings are cut into parts (defaults: 12,000 characters of cues, 3 cues of overlap). */
  chunking?: Partial<ChunkingOptions>;
  /** Requests in flight at once, over every extraction this provider runs. Default 2. */
  maxConcurrency?: number;
  /**
   * `auto` (default): JSON-schema structured outputs, and JSON mode (`json_object`) from the first
   * time the server refuses that with 400/422 (older llama.cpp, vLLM or Ollama builds).
   */
  responseFormat?: "auto" | ResponseFormatKind;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds for durations in logs and diagnostics. Default Date.now. */
  now?: () => number;
  logger?: ProviderLogger;
}

type Failure = { ok: false; code: ProviderErrorCode; retry: boolean; status?: number; retryAfterMs?: number; reason: string };
type Attempt = { ok: true; output: ModelOutput } | Failure;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * At most `max` calls at a time; a finished call hands its slot straight to the next in line.
 * `first` (a retry) goes to the front, so a failing part is settled before more parts are sent.
 */
function limiter(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>, first = false): Promise<T> => {
    if (active < max) active++;
    else await new Promise<void>((resolve) => (first ? waiting.unshift(resolve) : waiting.push(resolve)));
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/** Thrown into the parts still queued once another part of the same meeting has failed. */
class Cancelled extends Error {}

/**
 * An OpenAI-compatible chat-completions provider. A meeting is cut into parts of consecutive cues
 * with overlap, each part is one request (bounded concurrency), every answer is validated and
 * grounded (invented quotes dropped and counted), and the parts are merged without duplicates.
 * One part failing after its retries fails the whole extraction: no partial results.
 */
export function createOpenAiProvider(options: OpenAiProviderOptions): RemoteExtractionProvider {
  const url = `${options.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const chunking: ChunkingOptions = { ...DEFAULT_CHUNKING, ...options.chunking };
  const limit = limiter(Math.max(1, options.maxConcurrency ?? 2));
  const formatMode = options.responseFormat ?? "auto";
  let format: ResponseFormatKind = formatMode === "json_object" ? "json_object" : "json_schema";

  /** Structured outputs refused (400/422 to a json_schema request) while we may fall back to JSON mode. */
  const refusesSchema = (result: Attempt, sent: ResponseFormatKind) => formatMode === "auto" && sent === "json_schema" && !result.ok && (result.status === 400 || result.status === 422);

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
      const started = now();
      const chunks = chunkCues(transcript.segments, cueCost, chunking);
      const counts = emptyCounts();
      const diag = { requests: 0, chunks: chunks.length, invalidOutputs: 0, duplicatesMerged: 0 };
      const snapshot = (): RemoteExtractionDiagnostics => ({ ...diag, ...counts, responseFormat: format });
      let stopped = false;

      /** One part: its request, retried per the rules above; the grounded items of its answer. */
      async function runChunk(chunk: Chunk, number: number): Promise<Grounded> {
        const segments = transcript.segments.slice(chunk.start, chunk.end);
        const user = userPrompt(meetingDate, transcript.participants, segments, { number, of: chunks.length, repeatedFromPreviousPart: chunk.repeated });
        let last: Failure | null = null;
        let fellBack = false;
        let attempts = 0;
        for (let n = 1; n <= maxAttempts; n++) {
          attempts = n;
          let sentFormat = format;
          let attemptStarted = now();
          const result = await limit(async () => {
            if (stopped) throw new Cancelled();
            // Built when the slot is ours: a format fallback another part just made applies here too.
            sentFormat = format;
            attemptStarted = now();
            diag.requests++;
            const outcome = await attempt(
              JSON.stringify({
                model: options.model,
                temperature: options.temperature ?? 0,
                messages: [
                  { role: "system", content: SYSTEM_PROMPT },
                  { role: "user", content: user },
                ],
                response_format: responseFormat(sentFormat),
              }),
            );
            // Switched before the slot passes on, so the next request already goes in JSON mode.
            if (refusesSchema(outcome, sentFormat)) format = "json_object";
            return outcome;
          }, n > 1 || fellBack);
          if (result.ok) return groundOutput(result.output, transcript, chunk, counts);
          last = result;
          if (result.code === ProviderErrorCode.INVALID_OUTPUT) diag.invalidOutputs++;
          const fields = { model: options.model, part: number, parts: chunks.length, cues: segments.length, attempt: n, durationMs: now() - attemptStarted, code: result.code, ...(result.status ? { status: result.status } : {}) };
          // Structured outputs refused: say so once, then JSON mode, without spending an attempt.
          if (refusesSchema(result, sentFormat) && !fellBack) {
            fellBack = true;
            options.logger?.warn({ event: "extraction.remote_format_fallback", ...fields }, "server refused response_format json_schema; using json_object");
            n--;
            continue;
          }
          options.logger?.warn(fields, "remote extraction attempt failed");
          if (!result.retry || n === maxAttempts) break;
          const backoff = Math.min((options.backoffMs ?? 500) * 2 ** (n - 1), options.maxBackoffMs ?? 8000);
          await sleep(Math.min(Math.max(backoff, result.retryAfterMs ?? 0), options.maxBackoffMs ?? 8000));
        }
        const failure = last ?? { code: ProviderErrorCode.NETWORK, reason: "no attempt made" };
        // Parts still waiting for a slot send nothing: the meeting has failed.
        stopped = true;
        throw new ExtractionProviderError(failure.code, {
          attempts,
          reason: `${failure.reason}${chunks.length > 1 ? ` (part ${number} of ${chunks.length})` : ""}`,
          ...(last?.status ? { status: last.status } : {}),
          diagnostics: snapshot(),
        });
      }

      const parts = await Promise.all(chunks.map((chunk, i) => runChunk(chunk, i + 1)));
      const decisions = mergeItems(parts.flatMap((p) => p.decisions), transcript);
      const actionItems = mergeItems(parts.flatMap((p) => p.actionItems), transcript);
      diag.duplicatesMerged = decisions.merged + actionItems.merged;
      const diagnostics = snapshot();
      const { responseFormat: usedFormat, ...numbers } = diagnostics;
      options.logger?.info(
        { event: "extraction.remote_summary", model: options.model, cues: transcript.segments.length, ...numbers, responseFormat: usedFormat, decisions: decisions.items.length, actionItems: actionItems.items.length, durationMs: now() - started },
        "remote extraction finished",
      );
      return { source: options.model, participants: [...transcript.participants], decisions: decisions.items, actionItems: actionItems.items, diagnostics };
    },
  };
}

/** The answer's JSON: the message content, without a Markdown fence or a reasoning model's <think> block around it. */
function unwrap(content: string): string {
  const text = content.replace(/^\s*<think>[\s\S]*?<\/think>/, "").trim();
  const fenced = /^```(?:json)?\s*\n?([\s\S]*?)\n?```$/.exec(text);
  return fenced ? (fenced[1] ?? "") : text;
}

function parseCompletion(text: string): Attempt {
  const invalid = (reason: string): Attempt => ({ ok: false, code: ProviderErrorCode.INVALID_OUTPUT, retry: true, reason });
  let choice: { message?: { content?: unknown; refusal?: unknown }; finish_reason?: unknown } | undefined;
  try {
    choice = (JSON.parse(text) as { choices?: (typeof choice)[] }).choices?.[0];
  } catch {
    return invalid("response body is not JSON");
  }
  const content = choice?.message?.content;
  if (typeof choice?.message?.refusal === "string" && choice.message.refusal) return invalid("the model refused");
  if (typeof content !== "string") return invalid("no message content");
  let json: unknown;
  try {
    json = JSON.parse(unwrap(content));
  } catch {
    return invalid(choice?.finish_reason === "length" ? "answer cut off at the token limit (lower the part size)" : "message content is not JSON");
  }
  const parsed = modelOutputSchema.safeParse(json);
  return parsed.success ? { ok: true, output: parsed.data } : invalid("message content does not match the schema");
}
