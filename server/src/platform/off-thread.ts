import { Worker, parentPort } from "node:worker_threads";

/**
 * CPU-heavy parsing for request handlers on one worker thread, so a large upload does not stall
 * every other request on the API's event loop: started on first use, restarted if it dies, a
 * deadline per call (a call past it terminates the thread; the next call gets a fresh one).
 * Replies carry either the value or the typed error the parser threw (its code and detail), which
 * `failure` turns back into that error class on this side.
 */
export interface FailureReply {
  code?: string;
  detail?: unknown;
  crash?: string;
}

type Reply<R> = ({ ok: true; value: R } | ({ ok: false } & FailureReply)) & { id: number };

export interface OffThreadOptions {
  /** The worker entry (plain JavaScript that loads the TypeScript through tsx, see parse.worker.mjs). */
  entry: URL;
  /** For error messages: "transcript parser". */
  name: string;
  timeoutMs: number;
  /** The error a typed failure becomes (a crash without a code becomes a plain Error). */
  failure(reply: FailureReply): Error;
  /** The error a call past its deadline rejects with. */
  timeout(): Error;
}

export function offThread<A, R>(opts: OffThreadOptions): (args: A) => Promise<R> {
  let worker: Worker | undefined;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (value: R) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();

  const thread = (): Worker => {
    if (worker) return worker;
    const w = new Worker(opts.entry);
    w.unref();
    w.on("message", (reply: Reply<R>) => {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      clearTimeout(pending.timer);
      if (reply.ok) pending.resolve(reply.value);
      else if (reply.code) pending.reject(opts.failure(reply));
      else pending.reject(new Error(`${opts.name} failed (${reply.crash ?? "unknown"})`));
    });
    const gone = (error: Error) => {
      if (worker === w) worker = undefined;
      for (const [id, p] of waiting) {
        clearTimeout(p.timer);
        p.reject(error);
        waiting.delete(id);
      }
    };
    w.on("error", (error) => gone(error));
    w.on("exit", () => gone(new Error(`${opts.name} thread exited`)));
    worker = w;
    return w;
  };

  return (args: A) =>
    new Promise<R>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        void worker?.terminate();
        worker = undefined;
        reject(opts.timeout());
      }, opts.timeoutMs);
      waiting.set(id, { resolve, reject, timer });
      thread().postMessage({ id, args });
    });
}

/** The worker side: answers each `{ id, args }` with `run(args)` or the typed error it threw. */
export function serveOffThread<A, R>(run: (args: A) => R, typed: (error: unknown) => FailureReply | undefined): void {
  parentPort?.on("message", (msg: { id: number; args: A }) => {
    try {
      parentPort?.postMessage({ id: msg.id, ok: true, value: run(msg.args) });
    } catch (error) {
      const known = typed(error);
      parentPort?.postMessage({ id: msg.id, ok: false, ...(known ?? { crash: error instanceof Error ? error.name : "Error" }) });
    }
  });
}
