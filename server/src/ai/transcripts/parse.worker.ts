/** Worker thread: parses transcripts off the API's event loop (see parse-pool.ts). */
import { parentPort } from "node:worker_threads";
import { TranscriptError } from "./errors";
import { parseTranscript } from "./parse";
import type { ParseOptions } from "./types";

parentPort?.on("message", (msg: { id: number; text: string; options: ParseOptions }) => {
  try {
    parentPort?.postMessage({ id: msg.id, ok: true, value: parseTranscript(msg.text, msg.options) });
  } catch (error) {
    if (error instanceof TranscriptError) parentPort?.postMessage({ id: msg.id, ok: false, code: error.code, detail: error.detail });
    else parentPort?.postMessage({ id: msg.id, ok: false, crash: error instanceof Error ? error.name : "Error" });
  }
});
