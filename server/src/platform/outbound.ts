// The one HTTP client for URLs that users type in (feeds, calendars, webhooks). Everything that can
// be pointed at our own network goes through here, so the SSRF rules live in one place.
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import type { Readable, Transform } from "node:stream";
import zlib from "node:zlib";
import { compileAllowlist, normalizeHost, OutboundError, parseTarget, resolveTarget, systemResolver } from "./outbound-address";

export { isBlockedAddress, OutboundError, type OutboundErrorCode, parseAllowlist } from "./outbound-address";

export interface OutboundOptions {
  allowlist?: string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  perHostConcurrency?: number;
  userAgent?: string;
  resolver?: (host: string) => Promise<{ address: string; family: 4 | 6 }[]>;
}

export interface OutboundRequest {
  url: string;
  method?: "GET" | "HEAD" | "POST";
  headers?: Record<string, string>;
  body?: string | Buffer;
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

export interface OutboundResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Final URL after redirects. */
  url: string;
  redirects: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];

type Method = NonNullable<OutboundRequest["method"]>;
interface Hop { url: URL; method: Method; headers: Record<string, string>; body: Buffer | undefined; address: string; family: 4 | 6 }
type Exchange = { kind: "redirect"; status: number; location: string } | { kind: "done"; status: number; headers: Record<string, string>; body: Buffer };

/** Stops waiting for `work` once `signal` fires (dns.lookup itself cannot be cancelled). */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** FIFO slots per hostname, so one slow feed host cannot be hammered by a burst of jobs. */
class HostLimiter {
  private readonly slots = new Map<string, { active: number; waiting: (() => void)[] }>();
  constructor(private readonly limit: number) {}

  acquire(host: string, signal: AbortSignal): Promise<() => void> {
    if (signal.aborted) return Promise.reject(signal.reason);
    const slot = this.slots.get(host) ?? { active: 0, waiting: [] };
    this.slots.set(host, slot);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const next = slot.waiting.shift();
      if (next) next(); // hand the slot over directly so nobody can overtake the queue
      else if (--slot.active === 0) this.slots.delete(host);
    };
    if (slot.active < this.limit) {
      slot.active++;
      return Promise.resolve(release);
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal.removeEventListener("abort", onAbort);
        resolve(release);
      };
      const onAbort = () => {
        slot.waiting.splice(slot.waiting.indexOf(grant), 1);
        reject(signal.reason);
      };
      slot.waiting.push(grant);
      signal.addEventListener("abort", onAbort, { once: true });
    });
  }
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function decoderFor(encoding: string, host: string): Transform {
  if (encoding === "gzip" || encoding === "x-gzip") return zlib.createGunzip();
  if (encoding === "deflate") return zlib.createInflate();
  if (encoding === "br") return zlib.createBrotliDecompress();
  throw new OutboundError("NETWORK", `Outbound request failed: unsupported content-encoding (host ${host})`);
}

function tooLarge(host: string, maxBytes: number): OutboundError {
  return new OutboundError("TOO_LARGE", `Outbound response exceeds ${maxBytes} bytes (host ${host})`);
}

/** Caps both wire and decoded bytes, so a small gzip bomb is cut off after maxBytes of output. */
async function readBody(res: IncomingMessage, hop: Hop, maxBytes: number): Promise<{ body: Buffer; decoded: boolean }> {
  const host = hop.url.hostname;
  const bodiless = hop.method === "HEAD" || res.statusCode === 204 || res.statusCode === 304;
  const encodings = (res.headers["content-encoding"] ?? "").split(",").map((e) => e.trim().toLowerCase());
  const decoders: Transform[] = [];
  const chunks: Buffer[] = [];
  try {
    const declared = Number(res.headers["content-length"]);
    if (!bodiless && Number.isFinite(declared) && declared > maxBytes) throw tooLarge(host, maxBytes);
    if (!bodiless) for (const e of encodings.reverse()) if (e && e !== "identity") decoders.push(decoderFor(e, host));
    let wire = 0;
    res.on("data", (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > maxBytes) res.destroy(tooLarge(host, maxBytes));
    });
    let out: Readable = res;
    for (const decoder of decoders) {
      const source = out;
      source.on("error", (error) => decoder.destroy(error));
      out = source.pipe(decoder);
    }
    let total = 0;
    for await (const chunk of out) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw tooLarge(host, maxBytes);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof OutboundError) throw error;
    const code = (error as { code?: string }).code ?? "ERROR";
    throw new OutboundError("NETWORK", `Outbound request failed: response body unreadable, ${code} (host ${host})`);
  } finally {
    res.destroy(); // frees the socket at once when we stopped early
    for (const decoder of decoders) decoder.destroy();
  }
  return { body: Buffer.concat(chunks), decoded: decoders.length > 0 };
}

function exchange(hop: Hop, maxBytes: number, signal: AbortSignal): Promise<Exchange> {
  return new Promise<Exchange>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const tls = hop.url.protocol === "https:";
    const name = normalizeHost(hop.url.hostname);
    const req = (tls ? https : http).request({
      // Connect to the checked address; Host and SNI still carry the name, so vhosts and certificates work.
      host: hop.address,
      family: hop.family,
      port: hop.url.port || (tls ? 443 : 80),
      path: `${hop.url.pathname}${hop.url.search}`,
      method: hop.method,
      headers: { ...hop.headers, host: hop.url.host },
      agent: false,
      ...(tls && isIP(name) === 0 ? { servername: name } : {}),
    });
    const onAbort = () => {
      reject(signal.reason);
      req.destroy();
    };
    signal.addEventListener("abort", onAbort, { once: true });
    const settle = <T>(fn: (value: T) => void) => (value: T) => {
      signal.removeEventListener("abort", onAbort);
      fn(value);
    };
    req.on("error", settle((error: NodeJS.ErrnoException) => {
      // Our own size-cap error reaches the request too, through the destroyed socket.
      if (error instanceof OutboundError) return reject(error);
      reject(new OutboundError("NETWORK", `Outbound request failed: ${error.code ?? "network error"} (host ${hop.url.hostname})`));
    }));
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        res.destroy();
        return settle(resolve)({ kind: "redirect", status, location });
      }
      readBody(res, hop, maxBytes).then(({ body, decoded }) => {
        const headers = flatHeaders(res.headers);
        // The body no longer matches these once decompressed.
        if (decoded) {
          delete headers["content-encoding"];
          delete headers["content-length"];
        }
        settle(resolve)({ kind: "done", status, headers, body });
      }, settle(reject));
    });
    req.end(hop.body);
  });
}

function abortReason(reason: unknown, host: string): OutboundError {
  if (reason instanceof Error && reason.name === "TimeoutError") {
    return new OutboundError("TIMEOUT", `Outbound request timed out (host ${host})`);
  }
  return new OutboundError("NETWORK", `Outbound request aborted by caller (host ${host})`);
}

/** The platform's guarded client: every request to a user-typed URL goes through one of these. */
export interface OutboundClient {
  request(req: OutboundRequest): Promise<OutboundResponse>;
}

export function createOutboundClient(options: OutboundOptions = {}): OutboundClient {
  const allow = compileAllowlist(options.allowlist ?? []);
  const resolver = options.resolver ?? systemResolver;
  const maxRedirects = options.maxRedirects ?? 5;
  const limiter = new HostLimiter(Math.max(1, options.perHostConcurrency ?? 4));
  const userAgent = options.userAgent ?? "Postboxen/0.1 (outbound)";

  async function follow(req: OutboundRequest, signal: AbortSignal, state: { host: string }): Promise<OutboundResponse> {
    const maxBytes = req.maxBytes ?? options.maxBytes ?? 5 * 1024 * 1024;
    let url = parseTarget(req.url);
    let method: Method = req.method ?? "GET";
    let body = typeof req.body === "string" ? Buffer.from(req.body) : req.body;
    const headers: Record<string, string> = { "user-agent": userAgent, "accept-encoding": "gzip, deflate, br" };
    for (const [name, value] of Object.entries(req.headers ?? {})) {
      if (!["host", "content-length", "transfer-encoding", "connection"].includes(name.toLowerCase())) headers[name.toLowerCase()] = value;
    }
    for (let redirects = 0; ; redirects++) {
      state.host = url.hostname;
      if (body) headers["content-length"] = String(body.length);
      const target = await abortable(resolveTarget(url, allow, resolver), signal);
      const release = await limiter.acquire(url.hostname, signal);
      let result: Exchange;
      try {
        result = await exchange({ url, method, headers, body, ...target }, maxBytes, signal);
      } finally {
        release();
      }
      if (result.kind === "done") {
        return { status: result.status, headers: result.headers, body: result.body, url: url.toString(), redirects };
      }
      if (redirects >= maxRedirects) {
        throw new OutboundError("TOO_MANY_REDIRECTS", `Outbound request failed: more than ${maxRedirects} redirects (host ${url.hostname})`);
      }
      const next = parseTarget(result.location, url);
      // Browser semantics: 303 always, and 301/302 after POST, continue as a bodiless GET.
      if ((result.status === 303 && method !== "HEAD") || ((result.status === 301 || result.status === 302) && method === "POST")) {
        method = "GET";
        body = undefined;
        for (const name of ["content-length", "content-type"]) delete headers[name];
      }
      if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) delete headers[name];
      url = next;
    }
  }

  return {
    async request(req) {
      const timeoutMs = req.timeoutMs ?? options.timeoutMs ?? 10_000;
      const state = { host: "unknown" };
      const controller = new AbortController();
      // One deadline for DNS, queueing, every hop and the body, so redirects cannot stretch it.
      const timer = setTimeout(() => {
        controller.abort(new OutboundError("TIMEOUT", `Outbound request timed out after ${timeoutMs} ms (host ${state.host})`));
      }, timeoutMs);
      const external = req.signal;
      const onExternalAbort = () => controller.abort(abortReason(external?.reason, state.host));
      if (external?.aborted) onExternalAbort();
      else external?.addEventListener("abort", onExternalAbort, { once: true });
      try {
        return await follow(req, controller.signal, state);
      } finally {
        clearTimeout(timer);
        external?.removeEventListener("abort", onExternalAbort);
      }
    },
  };
}
