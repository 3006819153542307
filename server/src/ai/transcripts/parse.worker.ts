/** Worker thread: parses transcripts off the API's event loop (see parse-pool.ts). */
import { serveOffThread } from "../../platform/off-thread";
import { TranscriptError } from "./errors";
import { parseTranscript } from "./parse";
import type { ParseOptions } from "./types";

serveOffThread(
  (args: { text: string; options: ParseOptions }) => parseTranscript(args.text, args.options),
  (error) => (error instanceof TranscriptError ? { code: error.code, detail: error.detail } : undefined),
);
