import { z } from "zod";

/** Why a transcription failed; stored on the speech transcription, shown in Swedish. */
export const SttErrorCode = {
  /** 429 or 5xx: the server is busy or broken; worth another attempt. */
  UNAVAILABLE: "STT_UNAVAILABLE",
  /** Another 4xx: the server refuses this request (key, model, file); retrying changes nothing. */
  REJECTED: "STT_REJECTED",
  TIMEOUT: "STT_TIMEOUT",
  NETWORK: "STT_NETWORK",
  /** The answer is not a transcription we understand (not JSON, wrong shape, no segments). */
  INVALID_OUTPUT: "STT_INVALID_OUTPUT",
} as const;
export type SttErrorCode = (typeof SttErrorCode)[keyof typeof SttErrorCode];

const MESSAGES: Record<SttErrorCode, string> = {
  STT_UNAVAILABLE: "Taltjänsten svarade inte som den skulle (upptagen eller fel på servern). Försök igen om en stund.",
  STT_REJECTED: "Taltjänsten vägrade ta emot ljudfilen (fel nyckel, modell eller filformat). Be en administratör kontrollera inställningarna för tal till text.",
  STT_TIMEOUT: "Taltjänsten svarade inte i tid. Försök igen, eller ladda upp en kortare inspelning.",
  STT_NETWORK: "Det gick inte att nå taltjänsten. Försök igen om en stund.",
  STT_INVALID_OUTPUT: "Taltjänstens svar gick inte att läsa som en transkribering. Ingenting sparades.",
};

/** A failed transcription: a code, whether another attempt may help, the HTTP status; never content. */
export class SttError extends Error {
  override name = "SttError";
  readonly userMessage: string;
  constructor(
    readonly code: SttErrorCode,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(code);
    this.userMessage = MESSAGES[code];
  }
}

export interface SttSegment {
  start: number;
  end: number;
  text: string;
  /** The diarised speaker label ("SPEAKER_00") when the server provides one. */
  speaker?: string;
}

export interface SttResult {
  text: string;
  language: string | null;
  durationSeconds: number | null;
  segments: SttSegment[];
  diarised: boolean;
}

const seconds = z.number().finite().min(0).max(24 * 3600);
const segmentSchema = z.object({
  id: z.union([z.number(), z.string()]).optional(),
  start: seconds,
  end: seconds,
  text: z.string().max(100_000),
  speaker: z.union([z.string().max(100), z.number().int()]).nullish(),
});
/**
 * OpenAI `verbose_json` ({ text, language, duration, segments: [{ id, start, end, text }] }) and
 * the diarised shape (`diarized_json`: segments with `speaker`). A bare `{ text }` (the `json`
 * format some servers fall back to) becomes one segment over the whole duration.
 */
const responseSchema = z.object({
  text: z.string().max(5_000_000),
  language: z.string().max(50).nullish(),
  duration: seconds.nullish(),
  segments: z.array(segmentSchema).max(10_000).nullish(),
});

export interface SttRequest {
  audio: Uint8Array;
  fileName: string;
  contentType: string;
  signal?: AbortSignal;
}

export interface SpeechToText {
  /** The configured model, for records. */
  readonly model: string;
  /** Whether the server runs on the organisation's own machine (STT_LOCAL). */
  readonly isLocal: boolean;
  transcribe(request: SttRequest): Promise<SttResult>;
}

export interface SttClientOptions {
  /** Base URL; `/v1/audio/transcriptions` is appended (a trailing `/v1` is tolerated). */
  url: string;
  apiKey?: string;
  model: string;
  language: string;
  local: boolean;
  /** Per request. Default 10 minutes: a long meeting takes a while on a CPU. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The endpoint for a configured base URL. */
export function transcriptionsUrl(base: string): string {
  const trimmed = base.replace(/\/+$/, "");
  return `${trimmed.endsWith("/v1") ? trimmed : `${trimmed}/v1`}/audio/transcriptions`;
}

/**
 * An OpenAI-compatible `/v1/audio/transcriptions` client. The URL is operator configuration
 * (like AI_BASE_URL), not user input. One attempt per call: retries belong to the job runtime.
 */
export function createSttClient(options: SttClientOptions): SpeechToText {
  const url = transcriptionsUrl(options.url);
  const doFetch = options.fetch ?? fetch;
  return {
    model: options.model,
    isLocal: options.local,
    async transcribe(request) {
      const form = new FormData();
      // A view of the same bytes typed as ArrayBuffer-backed (a Buffer never sits on a SharedArrayBuffer).
      const audio = new Uint8Array(request.audio.buffer as ArrayBuffer, request.audio.byteOffset, request.audio.byteLength);
      form.append("file", new Blob([audio], { type: request.contentType }), request.fileName);
      form.append("model", options.model);
      form.append("language", options.language);
      form.append("response_format", "verbose_json");
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 10 * 60_000);
      const onAbort = () => controller.abort();
      request.signal?.addEventListener("abort", onAbort, { once: true });
      let status: number;
      let body: string;
      try {
        const response = await doFetch(url, {
          method: "POST",
          headers: { accept: "application/json", ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
          body: form,
          signal: controller.signal,
        });
        status = response.status;
        body = await response.text();
      } catch (error) {
        if (request.signal?.aborted) throw error;
        throw new SttError((error as Error).name === "AbortError" ? SttErrorCode.TIMEOUT : SttErrorCode.NETWORK, true);
      } finally {
        clearTimeout(timer);
        request.signal?.removeEventListener("abort", onAbort);
      }
      if (status === 429 || status >= 500) throw new SttError(SttErrorCode.UNAVAILABLE, true, status);
      if (status < 200 || status >= 300) throw new SttError(SttErrorCode.REJECTED, false, status);
      return parseSttResponse(body);
    },
  };
}

/** A response body → segments, or SttError(INVALID_OUTPUT). */
export function parseSttResponse(body: string): SttResult {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new SttError(SttErrorCode.INVALID_OUTPUT, false);
  }
  const parsed = responseSchema.safeParse(json);
  if (!parsed.success) throw new SttError(SttErrorCode.INVALID_OUTPUT, false);
  const r = parsed.data;
  const segments: SttSegment[] = (r.segments ?? [])
    .map((s) => ({ start: s.start, end: Math.max(s.end, s.start), text: s.text.trim(), ...(s.speaker !== null && s.speaker !== undefined && String(s.speaker).trim() ? { speaker: String(s.speaker).trim() } : {}) }))
    .filter((s) => s.text.length > 0);
  if (!segments.length && r.text.trim()) segments.push({ start: 0, end: r.duration ?? 0, text: r.text.trim() });
  if (!segments.length) throw new SttError(SttErrorCode.INVALID_OUTPUT, false);
  return { text: r.text, language: r.language ?? null, durationSeconds: r.duration ?? null, segments, diarised: segments.some((s) => s.speaker !== undefined) };
}
