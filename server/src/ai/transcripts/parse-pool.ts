import { offThread } from "../../platform/off-thread";
import { TranscriptError, type TranscriptErrorCode } from "./errors";
import { parseTranscript } from "./parse";
import type { ParseOptions, Transcript } from "./types";

/**
 * Transcript parsing for request handlers, on a worker thread (platform/off-thread.ts): a 5 MB
 * file takes a few hundred milliseconds, which must not stall every other request.
 */
const parseOnThread = offThread<{ text: string; options: ParseOptions }, Transcript>({
  // The entry is plain JavaScript that loads the TypeScript parser through tsx (see parse.worker.mjs).
  entry: new URL("./parse.worker.mjs", import.meta.url),
  name: "transcript parser",
  timeoutMs: 15_000,
  failure: (reply) => new TranscriptError(reply.code as TranscriptErrorCode, reply.detail as { limitBytes?: number; limitCount?: number } | undefined),
  timeout: () => new Error("transcript parser timed out"),
});

/** `parseTranscript` off the event loop; the same result and the same TranscriptErrors. */
export function parseTranscriptOffThread(text: string, options: ParseOptions = {}): Promise<Transcript> {
  // Small files are not worth the message round trip.
  if (text.length < 64 * 1024) return Promise.resolve().then(() => parseTranscript(text, options));
  return parseOnThread({ text, options });
}
