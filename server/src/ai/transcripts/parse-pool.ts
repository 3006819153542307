import { Worker } from "node:worker_threads";
import { TranscriptError, type TranscriptErrorCode } from "./errors";
import { parseTranscript } from "./parse";
import type { ParseOptions, Transcript } from "./types";

/**
 * Transcript parsing for request handlers, on a worker thread: a 5 MB file takes a few hundred
 * milliseconds, which must not stall every other request on the API's event loop. One thread,
 * started on first use, restarted if it dies; each parse has a deadline.
 */
const PARSE_TIMEOUT_MS = 15_000;

type Reply = { id: number; ok: true; value: Transcript } | { id: number; ok: false; code?: TranscriptErrorCode; detail?: { limitBytes?: number; limitCount?: number }; crash?: string };

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (t: Transcript) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();

function failAll(error: Error) {
  for (const [id, w] of waiting) {
    clearTimeout(w.timer);
    w.reject(error);
    waiting.delete(id);
  }
}

function thread(): Worker {
  if (worker) return worker;
  // The entry is plain JavaScript that loads the TypeScript parser through tsx (see parse.worker.mjs).
  const w = new Worker(new URL("./parse.worker.mjs", import.meta.url));
  w.unref();
  w.on("message", (reply: Reply) => {
    const pending = waiting.get(reply.id);
    if (!pending) return;
    waiting.delete(reply.id);
    clearTimeout(pending.timer);
    if (reply.ok) pending.resolve(reply.value);
    else if (reply.code) pending.reject(new TranscriptError(reply.code, reply.detail));
    else pending.reject(new Error(`transcript parser failed (${reply.crash ?? "unknown"})`));
  });
  const gone = (error: Error) => {
    if (worker === w) worker = undefined;
    failAll(error);
  };
  w.on("error", (error) => gone(error));
  w.on("exit", () => gone(new Error("transcript parser thread exited")));
  worker = w;
  return w;
}

/** `parseTranscript` off the event loop; the same result and the same TranscriptErrors. */
export function parseTranscriptOffThread(text: string, options: ParseOptions = {}): Promise<Transcript> {
  // Small files are not worth the message round trip.
  if (text.length < 64 * 1024) return Promise.resolve().then(() => parseTranscript(text, options));
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      waiting.delete(id);
      // A parse that takes this long is stuck: start a fresh thread for the next one.
      void worker?.terminate();
      worker = undefined;
      reject(new Error("transcript parser timed out"));
    }, PARSE_TIMEOUT_MS);
    waiting.set(id, { resolve, reject, timer });
    thread().postMessage({ id, text, options });
  });
}
