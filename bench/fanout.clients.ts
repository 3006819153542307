/**
 * A client process of `npm run bench:fanout` (bench/fanout.bench.ts spawns two, with IPC). It opens
 * its share of the WebSocket clients, either graphql-ws clients of the real server (connection_init
 * with a bearer, then the actionItemChanged subscription) or plain `ws` sockets to the bare
 * broadcast server (bench/fanout.bare.ts), and records, per client, the time and status of every
 * event of the target action item. At the end it matches receipts to the parent's events and
 * sends back latencies and counts. Never run by hand.
 */
import { createHash, randomBytes } from "node:crypto";
import { connect as netConnect, type Socket } from "node:net";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

export const SUBSCRIPTION = "subscription { actionItemChanged { id title status dueDate isOverdue } }";

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes of this machine. */
export const now = () => performance.timeOrigin + performance.now();

export type Mode = "graphql" | "bare";
/**
 * How a client speaks WebSocket (and, against the server, graphql-transport-ws): "lean" (the
 * default, on both sides) — a TCP socket with its own RFC 6455 framing that, while events arrive,
 * only reads frame headers, answers pings and keeps each text frame's bytes with the time its last
 * chunk arrived; every message is JSON-parsed and checked when the results are asked for, so the
 * client processes take as little of the two cores as a client can while the server works, and
 * what they check is the same; "protocol" — a plain `ws` socket that
 * sends connection_init and subscribe and JSON-parses every message, the same per-message work as
 * a bare client, so the two sides differ only in the server; "graphql-ws" — graphql-ws's own
 * client (its per-message validation and promise chain, ~30 % more client CPU per event).
 */
export type ClientLib = "lean" | "protocol" | "graphql-ws";
export interface ConnectRequest {
  type: "connect";
  mode: Mode;
  client: ClientLib;
  url: string;
  /** Global index of this process's first client: the token mix is by global index. */
  start: number;
  count: number;
  batch: number;
  timeoutMs: number;
  targetId: string;
  viewers: string[];
  editors: string[];
}
export interface BenchEvent {
  t0: number;
  status: string;
}
export type ToClients = ConnectRequest | { type: "count" } | { type: "reset" } | { type: "results"; events: BenchEvent[] } | { type: "close" };
export type FromClients =
  | { type: "ready" }
  | { type: "connected"; ok: number; failed: number; ms: number; failures: Record<string, number> }
  | { type: "count"; received: number; clientsWithAny: number; open: number }
  | { type: "reset" }
  | {
      type: "results";
      latencies: number[];
      /** Per event: earliest and latest receipt (NaN when nobody got it). */
      first: number[];
      last: number[];
      clients: number;
      complete: number;
      received: number;
      /** Receipts that matched no event (e.g. a late settle event). */
      stale: number;
      /** Events of other action items. */
      foreign: number;
      drops: number;
      subscriptionErrors: number;
      errorSample?: string;
    };

/** Token of client `i` (global index): 9 in 10 are viewers, every tenth an editor; users in turn. */
export function tokenFor(i: number, viewers: string[], editors: string[]): string {
  if (i % 10 === 9) return editors[Math.floor(i / 10) % editors.length]!;
  return viewers[i % viewers.length]!;
}

interface Conn {
  times: number[];
  statuses: string[];
  /** Lean clients: text frames received while live, parsed by `settle()` into times/statuses. */
  frames?: Buffer[];
  frameTimes?: number[];
  /** Lean clients: kept frames that mention the target item (what `count` reports before they are parsed). */
  hits?: number;
  /** Lean protocol clients: the subscription's id, checked on every `next`. */
  subscriptionId?: string;
  open: boolean;
  close(): void;
}

const conns: Conn[] = [];
let targetId = "";
/** The target's id as it appears in a message (a JSON string): what `count` looks for in unparsed frames. */
let targetBytes = Buffer.alloc(0);
let foreign = 0;
let drops = 0;
let subscriptionErrors = 0;
let errorSample: string | undefined;

const record = (conn: Conn, item: { id?: unknown; status?: unknown } | null | undefined) => {
  const t = now();
  if (!item || item.id !== targetId) {
    foreign++;
    return;
  }
  conn.times.push(t);
  conn.statuses.push(String(item.status));
};

const noteError = (e: unknown) => {
  subscriptionErrors++;
  errorSample ??= (() => {
    try {
      return JSON.stringify(e).slice(0, 300);
    } catch {
      return String(e).slice(0, 300);
    }
  })();
};

/**
 * A client's connect outcome, once: `finish()` keeps the connection (it is live), `finish(reason)`
 * gives it up through `abandon` — also when `timeoutMs` passes first; `lost(reason)` is the socket
 * going away: a drop when it was live, else a failure to connect.
 */
function outcome(conn: Conn, resolve: (failure: string | undefined) => void, abandon: () => void, timeoutMs: number) {
  let settled = false;
  const finish = (failure?: string) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    if (failure) abandon();
    else conns.push(conn);
    resolve(failure);
  };
  const timer = setTimeout(() => finish("timeout"), timeoutMs);
  const lost = (reason: string) => {
    if (conn.open) {
      conn.open = false;
      drops++;
    } else finish(reason);
  };
  return { finish, lost };
}

function openGraphql(url: string, token: string, timeoutMs: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const conn: Conn = { times: [], statuses: [], open: false, close: () => undefined };
    const { finish, lost } = outcome(conn, resolve, () => void client.dispose(), timeoutMs);
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionAckWaitTimeout: timeoutMs,
      connectionParams: { authorization: `Bearer ${token}` },
      onNonLazyError: (e) => finish(describe(e)),
      on: {
        connected: () => {
          conn.open = true;
          client.subscribe<{ actionItemChanged: { id: string; status: string } | null }>(
            { query: SUBSCRIPTION },
            {
              next: (value) => {
                if (value.errors) noteError(value.errors);
                record(conn, value.data?.actionItemChanged);
              },
              error: (e) => noteError(e),
              complete: () => undefined,
            },
          );
          finish();
        },
        closed: (e) => lost(describe(e)),
      },
    });
    conn.close = () => void client.dispose();
  });
}

type Received = { id?: string; type?: string; payload?: { data?: { actionItemChanged?: { id: string; status: string } }; errors?: unknown } };

/**
 * A plain `ws` socket: `protocol` set, it speaks graphql-transport-ws (connection_init with the
 * token, then the subscription); without, it is a bare client. Either way every message is text
 * to string and JSON.parse, the work a graphql-ws client does per message too.
 */
function openPlain(url: string, timeoutMs: number, protocol?: { token: string }): Promise<string | undefined> {
  return new Promise((resolve) => {
    const conn: Conn = { times: [], statuses: [], open: false, close: () => undefined };
    const { finish, lost } = outcome(conn, resolve, () => ws.terminate(), timeoutMs);
    const connected = () => {
      conn.open = true;
      finish();
    };
    const ws = protocol ? new WebSocket(url, "graphql-transport-ws", { perMessageDeflate: false }) : new WebSocket(url, { perMessageDeflate: false });
    ws.on("open", () => {
      if (!protocol) return connected();
      ws.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${protocol.token}` } }));
    });
    ws.on("message", (data) => {
      const msg = JSON.parse(String(data)) as Received;
      if (!protocol || msg.type === "next") {
        if (msg.payload?.errors) noteError(msg.payload.errors);
        record(conn, msg.payload?.data?.actionItemChanged);
      } else if (msg.type === "connection_ack") {
        ws.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: SUBSCRIPTION } }));
        connected();
      } else if (msg.type === "error") noteError(msg.payload);
    });
    ws.on("error", (e) => finish(describe(e)));
    ws.on("close", (code) => lost(`close ${code}`));
    conn.close = () => ws.close();
  });
}

/** A masked client frame (RFC 6455 §5.3), FIN set; payloads here are under 64 KiB. */
function clientFrame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? 2 : 4;
  const frame = Buffer.allocUnsafe(head + 4 + len);
  frame[0] = 0x80 | opcode;
  if (len < 126) frame[1] = 0x80 | len;
  else {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(len, 2);
  }
  const mask = randomBytes(4);
  mask.copy(frame, head);
  for (let i = 0; i < len; i++) frame[head + 4 + i] = payload[i]! ^ mask[i & 3]!;
  return frame;
}

/**
 * The lean client: HTTP upgrade by hand, then server frames read incrementally — header only, the
 * payload kept as a view of the chunk (no copy, no decoding) — with pings answered at once. Before
 * it is live (connection_ack, or the upgrade for a bare socket) messages are parsed as they come;
 * after, text frames are stored with the arrival time of the chunk that completed them and parsed
 * by `settle()`. A close frame, an error or the socket's end while live counts as a drop.
 */
function openLean(url: string, timeoutMs: number, protocol?: { token: string }): Promise<string | undefined> {
  return new Promise((resolve) => {
    const { hostname, port, pathname } = new URL(url);
    const conn: Conn = { times: [], statuses: [], frames: [], frameTimes: [], hits: 0, subscriptionId: protocol ? "1" : undefined, open: false, close: () => undefined };
    const key = randomBytes(16).toString("base64");
    const accept = createHash("sha1").update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest("base64");
    let upgraded = false;
    let pending: Buffer | undefined;
    const socket: Socket = netConnect({ host: hostname, port: Number(port), noDelay: true });
    const { finish, lost } = outcome(conn, resolve, () => socket.destroy(), timeoutMs);
    const sendText = (value: unknown) => socket.write(clientFrame(0x1, Buffer.from(JSON.stringify(value))));
    const live = () => {
      conn.open = true;
      finish();
    };
    const onMessage = (payload: Buffer, t: number) => {
      if (conn.open) {
        conn.frames!.push(payload);
        conn.frameTimes!.push(t);
        if (payload.includes(targetBytes)) conn.hits!++;
        return;
      }
      const msg = JSON.parse(payload.toString("utf8")) as Received;
      if (msg.type === "connection_ack") {
        sendText({ id: conn.subscriptionId, type: "subscribe", payload: { query: SUBSCRIPTION } });
        live();
      } else if (msg.type === "error") noteError(msg.payload);
    };
    const onFrames = (chunk: Buffer, t: number) => {
      const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
      pending = undefined;
      let at = 0;
      while (buf.length - at >= 2) {
        const b0 = buf[at]!;
        const b1 = buf[at + 1]!;
        let len = b1 & 0x7f;
        let head = 2;
        if (len === 126) {
          if (buf.length - at < 4) break;
          len = buf.readUInt16BE(at + 2);
          head = 4;
        } else if (len === 127) {
          if (buf.length - at < 10) break;
          const long = buf.readBigUInt64BE(at + 2);
          // The most significant bit must be 0 (RFC 6455 §5.2); nothing here is near 2^53 bytes.
          if (long > BigInt(Number.MAX_SAFE_INTEGER)) {
            noteError("frame length out of range");
            lost("protocol error");
            socket.destroy();
            return;
          }
          len = Number(long);
          head = 10;
        }
        if (buf.length - at < head + len) break;
        const payload = buf.subarray(at + head, at + head + len);
        at += head + len;
        const opcode = b0 & 0x0f;
        // A server's frames are unmasked, without extensions here, and this server never fragments:
        // anything else is a protocol error, counted and the socket dropped (never skipped silently).
        const malformed = (b1 & 0x80) !== 0 || (b0 & 0x70) !== 0 || (b0 & 0x80) === 0 || ![0x1, 0x8, 0x9, 0xa].includes(opcode) || (opcode >= 0x8 && len > 125);
        if (malformed) {
          noteError(`malformed frame (first bytes ${b0.toString(16)} ${b1.toString(16)})`);
          lost("protocol error");
          socket.destroy();
          return;
        }
        if (opcode === 0x1) onMessage(payload, t);
        else if (opcode === 0x9) socket.write(clientFrame(0xa, payload));
        else if (opcode === 0x8) {
          lost(`close ${len >= 2 ? payload.readUInt16BE(0) : 1005}`);
          socket.end(clientFrame(0x8, payload.subarray(0, 2)));
          return;
        }
      }
      if (at < buf.length) pending = Buffer.from(buf.subarray(at));
    };
    socket.on("connect", () => {
      socket.write(
        `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
          `Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${key}\r\n${protocol ? "Sec-WebSocket-Protocol: graphql-transport-ws\r\n" : ""}\r\n`,
      );
    });
    socket.on("data", (chunk: Buffer) => {
      const t = now();
      if (upgraded) return onFrames(chunk, t);
      const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
      const end = buf.indexOf("\r\n\r\n");
      if (end < 0) {
        pending = Buffer.from(buf);
        return;
      }
      pending = undefined;
      const [statusLine, ...lines] = buf.subarray(0, end).toString("latin1").split("\r\n");
      const status = /^HTTP\/1\.1 (\d{3})/.exec(statusLine ?? "")?.[1];
      if (status !== "101") return finish(`http ${status ?? "?"}`);
      const headers = new Map(lines.map((l) => [l.slice(0, l.indexOf(":")).trim().toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
      if (headers.get("sec-websocket-accept") !== accept) return finish("bad accept");
      if (protocol && headers.get("sec-websocket-protocol") !== "graphql-transport-ws") return finish("bad subprotocol");
      upgraded = true;
      if (protocol) sendText({ type: "connection_init", payload: { authorization: `Bearer ${protocol.token}` } });
      else live();
      if (buf.length > end + 4) onFrames(buf.subarray(end + 4), t);
    });
    socket.on("error", (e) => lost(describe(e)));
    socket.on("close", () => lost("closed"));
    conn.close = () => socket.end(clientFrame(0x8, Buffer.from([0x03, 0xe8])));
  });
}

/** Lean clients: parse the frames kept while live into receipts (the same checks `openPlain` makes per message). */
function settle(): void {
  for (const c of conns) {
    if (!c.frames) continue;
    for (let i = 0; i < c.frames.length; i++) {
      const msg = JSON.parse(c.frames[i]!.toString("utf8")) as Received;
      if (msg.type !== undefined && msg.type !== "next") {
        if (msg.type === "error") noteError(msg.payload);
        continue;
      }
      if (msg.payload?.errors) noteError(msg.payload.errors);
      const item = msg.payload?.data?.actionItemChanged;
      if (!item || item.id !== targetId || (c.subscriptionId !== undefined && msg.id !== c.subscriptionId)) {
        foreign++;
        continue;
      }
      c.times.push(c.frameTimes![i]!);
      c.statuses.push(String(item.status));
    }
    c.frames.length = 0;
    c.frameTimes!.length = 0;
    c.hits = 0;
  }
}

function describe(e: unknown): string {
  if (e && typeof e === "object") {
    const o = e as { code?: unknown; message?: unknown; reason?: unknown };
    if (typeof o.code === "number") return `close ${o.code}${o.reason ? ` ${String(o.reason)}` : ""}`;
    if (typeof o.code === "string") return o.code;
    if (typeof o.message === "string") return o.message.slice(0, 80);
  }
  return String(e).slice(0, 80);
}

/**
 * Receipts to events, per client in order: receipt j (status s, time t) is the earliest event not
 * yet matched, after the previous match, with status s and t0 ≤ t. Events alternate status, so a
 * single missed event cannot shift the match; after two missed in a row a receipt is matched to an
 * earlier event than its own, which can only make its latency larger, never smaller.
 */
function results(events: BenchEvent[]): FromClients {
  const latencies: number[] = [];
  const first = events.map(() => Infinity);
  const last = events.map(() => -Infinity);
  let complete = 0;
  let received = 0;
  let stale = 0;
  for (const c of conns) {
    let next = 0;
    let matched = 0;
    for (let j = 0; j < c.times.length; j++) {
      const t = c.times[j]!;
      let k = next;
      // 2 ms of slack: timeOrigin of two processes can differ by a fraction of a millisecond.
      while (k < events.length && (events[k]!.status !== c.statuses[j] || events[k]!.t0 > t + 2)) k++;
      if (k >= events.length) {
        stale++;
        continue;
      }
      const e = events[k]!;
      latencies.push(Math.max(0, t - e.t0));
      if (t < first[k]!) first[k] = t;
      if (t > last[k]!) last[k] = t;
      matched++;
      received++;
      next = k + 1;
    }
    if (matched === events.length) complete++;
  }
  return {
    type: "results",
    latencies,
    first: first.map((v) => (Number.isFinite(v) ? v : NaN)),
    last: last.map((v) => (Number.isFinite(v) ? v : NaN)),
    clients: conns.length,
    complete,
    received,
    stale,
    foreign,
    drops,
    subscriptionErrors,
    errorSample,
  };
}

const send = (m: FromClients) => process.send?.(m);

if (process.send && process.argv[1]?.endsWith("fanout.clients.ts")) {
  // The parent is gone (crashed or killed): so are we.
  process.on("disconnect", () => process.exit(0));
  // Bounded even if the parent forgets us.
  setTimeout(() => process.exit(3), Number(process.env.BENCH_CLIENT_MAX_MS ?? 600_000)).unref();
  process.on("message", (raw) => {
    const m = raw as ToClients;
    switch (m.type) {
      case "connect": {
        targetId = m.targetId;
        targetBytes = Buffer.from(JSON.stringify(m.targetId));
        void (async () => {
          const started = now();
          const failures: Record<string, number> = {};
          let ok = 0;
          for (let i = 0; i < m.count; i += m.batch) {
            const n = Math.min(m.batch, m.count - i);
            const outcomes = await Promise.all(
              Array.from({ length: n }, (_, j) => {
                const global = m.start + i + j;
                if (m.mode === "bare") return m.client === "lean" ? openLean(m.url, m.timeoutMs) : openPlain(m.url, m.timeoutMs);
                const token = tokenFor(global, m.viewers, m.editors);
                if (m.client === "lean") return openLean(m.url, m.timeoutMs, { token });
                return m.client === "graphql-ws" ? openGraphql(m.url, token, m.timeoutMs) : openPlain(m.url, m.timeoutMs, { token });
              }),
            );
            for (const f of outcomes) {
              if (f === undefined) ok++;
              else failures[f] = (failures[f] ?? 0) + 1;
            }
          }
          send({ type: "connected", ok, failed: m.count - ok, ms: now() - started, failures });
        })();
        break;
      }
      case "count": {
        let received = 0;
        let clientsWithAny = 0;
        let open = 0;
        for (const c of conns) {
          // Lean clients: frames not parsed yet that mention the target count as received; `results`
          // parses and checks every one of them.
          const got = c.times.length + (c.hits ?? 0);
          received += got;
          if (got > 0) clientsWithAny++;
          if (c.open) open++;
        }
        send({ type: "count", received, clientsWithAny, open });
        break;
      }
      case "reset":
        // Errors among the frames kept so far (a refused subscribe) are noted before they go.
        settle();
        for (const c of conns) {
          c.times.length = 0;
          c.statuses.length = 0;
          if (c.frames) c.frames.length = 0;
          if (c.frameTimes) c.frameTimes.length = 0;
        }
        foreign = 0;
        send({ type: "reset" });
        break;
      case "results":
        settle();
        send(results(m.events));
        break;
      case "close":
        for (const c of conns) c.close();
        // Let the close frames go out, then leave.
        setTimeout(() => process.exit(0), 1_500);
        break;
    }
  });
  send({ type: "ready" });
}
