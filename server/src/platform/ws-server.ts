import type { IncomingMessage } from "node:http";
import type { ExecutionResult, GraphQLError, GraphQLFormattedError } from "graphql";
import { CloseCode, GRAPHQL_TRANSPORT_WS_PROTOCOL, MessageType, parseMessage, type SubscribePayload } from "graphql-ws";
import type { Logger } from "pino";
import type { WebSocket, WebSocketServer } from "ws";

/**
 * The server side of the graphql-transport-ws protocol (the protocol graphql-ws's client speaks),
 * over `ws`, built for many long-lived, mostly idle dashboards:
 *
 * - one small object per connection and one per subscription; a running subscription is a handle
 *   the fan-out writes to, not a suspended async function with its own promises (graphql-ws's
 *   server keeps the whole subscribe handler's frame, its emit closures and a pending promise alive
 *   per subscription, and a ping interval plus pong timeout per socket: ~5 KB per connection at
 *   10,000 connections, measured in docs/PERFORMANCE.md);
 * - one process-wide ticker for keep-alive pings and the caller's periodic per-connection work
 *   (credential re-checks), instead of timers per socket;
 * - a `next` message is the subscriber's own prefix (`{"id":…,"type":"next","payload":`) and the
 *   view's payload bytes, serialised once per event and view by the caller, one buffer per socket.
 *
 * Message parsing and validation, close codes and the subprotocol name are graphql-ws's own
 * (`parseMessage`, `CloseCode`, `MessageType`), and the contract tests talk to it with graphql-ws's
 * client. What the server decides (who may connect, what an operation runs) are the hooks below.
 */

/** Where a subscription's results go: written by the fan-out, ended by either side. */
export interface Subscriber {
  readonly id: string;
  /** Sends one `next` whose payload is `payload` (JSON bytes). False when not sent (closed, or the socket is this far behind). */
  send(payload: Buffer): boolean;
  /** The operation ended on the server's side: `complete` goes to the client. */
  end(): void;
}

/** A running operation the protocol can stop (the client's `complete`, or the socket closing). */
export interface LiveOperation {
  stop(): void;
}

export interface WsConnection<S> {
  readonly socket: WebSocket;
  /** The caller's own state (credentials, ids…), from `createState`. */
  readonly state: S;
  /** connection_init's payload, when it was an object. */
  connectionParams: Record<string, unknown> | undefined;
  /** Closes the socket (the caller's refusals: 4403, 4401…). */
  close(code: number, reason: string): void;
}

export interface WsProtocolOptions<S> {
  wss: WebSocketServer;
  logger: Logger;
  /**
   * Read at each use (tests shorten them): a socket that has not sent connection_init within
   * `connectionInitWaitMs` is closed with 4408; every `keepAliveMs` a socket is pinged, and one
   * that has not answered the previous ping by then is terminated.
   */
  timings: { connectionInitWaitMs: number; keepAliveMs: number };
  createState(socket: WebSocket, request: IncomingMessage): S;
  /** connection_init: true acknowledges; false closes with 4403 (unless the hook closed it already). */
  onConnect(conn: WsConnection<S>, request: IncomingMessage | undefined): Promise<boolean>;
  onClose?(conn: WsConnection<S>): void;
  /**
   * subscribe: refuse with errors (an `error` message), answer once (`next` then `complete`), or
   * start a live operation that writes to `subscriber`.
   */
  operation(conn: WsConnection<S>, subscriber: Subscriber, payload: SubscribePayload): Promise<readonly GraphQLError[] | ExecutionResult | LiveOperation>;
  /** Errors as the client may see them (masking). */
  formatErrors(errors: readonly GraphQLError[]): GraphQLFormattedError[];
  /** Periodic per-connection work, run by the process-wide ticker. */
  tick?: { everyMs(): number; run(conn: WsConnection<S>, now: number): void };
}

export interface WsProtocolServer {
  /** Closes every connection with 1001 and stops the ticker and the WebSocket server. */
  dispose(): Promise<void>;
}

/** Above this many bytes waiting in a socket's buffer, it is closed with 1013 rather than queued for (it re-reads on reconnect). */
const MAX_BUFFERED = 1024 * 1024;
const CLOSING_BRACE = Buffer.from("}");

/** A value of the subscriptions map while its operation is starting (nothing to stop yet). */
const STARTING = null;

class Connection<S> implements WsConnection<S> {
  connectionParams: Record<string, unknown> | undefined = undefined;
  initReceived = false;
  acknowledged = false;
  /** Pong outstanding for the last ping. */
  awaitingPong = false;
  nextPingAt: number;
  initTimer: NodeJS.Timeout | undefined;
  /** Made on the first subscribe: most dashboards hold one or two. */
  subscriptions: Map<string, LiveOperation | typeof STARTING> | undefined;
  /** The upgrade request, until connection_init has been handled. */
  request: IncomingMessage | undefined;

  constructor(
    readonly socket: WebSocket,
    readonly state: S,
    request: IncomingMessage,
    firstPingAt: number,
  ) {
    this.request = request;
    this.nextPingAt = firstPingAt;
  }

  close(code: number, reason: string) {
    this.socket.close(code, reason);
  }
}

/**
 * The TCP socket under a `ws` WebSocket, when frames may be written to it directly: ws's sender is
 * idle (no compression — perMessageDeflate is off — and nothing queued), so a frame written here
 * lands in the same order as one ws would write. Else undefined, and ws's own `send` is used.
 */
type WsInternals = { _socket?: import("node:net").Socket; _sender?: { _state?: number; _queue?: unknown[] } };
const idleTcpSocket = (socket: WebSocket) => {
  const { _socket: tcp, _sender: sender } = socket as unknown as WsInternals;
  return tcp && sender && sender._state === 0 && sender._queue?.length === 0 ? tcp : undefined;
};

/** One unmasked, final text frame (RFC 6455 §5.2: a server's frames are not masked) of `parts` in order, in one buffer. */
export function textFrame(parts: readonly Buffer[]): Buffer {
  let length = 0;
  for (const part of parts) length += part.length;
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + length);
  frame[0] = 0x81; // FIN, opcode 1 (text)
  if (length < 126) frame[1] = length;
  else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  let offset = header;
  for (const part of parts) offset += part.copy(frame, offset);
  return frame;
}

class SubscriberHandle implements Subscriber {
  private readonly prefix: Buffer;
  constructor(
    private readonly conn: Connection<unknown>,
    readonly id: string,
  ) {
    this.prefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  }

  /**
   * One buffer per socket: the frame header, this subscriber's prefix, the view's payload and "}",
   * written with one write (ws's own send would cork, write header and data and uncork: a writev).
   */
  send(payload: Buffer): boolean {
    const socket = this.conn.socket;
    if (socket.readyState !== 1) return false;
    const tcp = idleTcpSocket(socket);
    if ((tcp ? tcp.writableLength : socket.bufferedAmount) > MAX_BUFFERED) {
      // A consumer this far behind would only fall further: it is told to come back (1013, which
      // graphql-ws's client retries), and re-reads what it shows when it reconnects.
      this.conn.close(1013, "Too far behind");
      return false;
    }
    if (tcp) tcp.write(textFrame([this.prefix, payload, CLOSING_BRACE]));
    else socket.send(Buffer.concat([this.prefix, payload, CLOSING_BRACE]), { binary: false });
    return true;
  }

  end() {
    if (this.conn.subscriptions?.has(this.id) !== true) return;
    this.conn.subscriptions.delete(this.id);
    sendJson(this.conn.socket, { id: this.id, type: MessageType.Complete });
  }
}

const sendJson = (socket: WebSocket, message: object) => {
  if (socket.readyState === 1) socket.send(JSON.stringify(message));
};

const isLive = (value: unknown): value is LiveOperation => typeof value === "object" && value !== null && typeof (value as LiveOperation).stop === "function";

export function serveGraphqlWs<S>(opts: WsProtocolOptions<S>): WsProtocolServer {
  const timings = opts.timings;
  const connections = new Set<Connection<S>>();
  const internalError = (conn: Connection<S>, error: unknown) => {
    opts.logger.error({ event: "ws.message_failed", errorName: error instanceof Error ? error.name : typeof error }, "WebSocket message handling failed");
    conn.close(CloseCode.InternalServerError, "Internal server error");
  };

  // ---------------------------------------------------------------- the ticker
  let ticker: NodeJS.Timeout | undefined;
  const tickEvery = () => Math.max(10, Math.min(1_000, timings.keepAliveMs / 4, opts.tick ? opts.tick.everyMs() / 2 : Infinity));
  const tick = () => {
    ticker = undefined;
    const now = Date.now();
    for (const conn of connections) {
      try {
        if (conn.socket.readyState !== 1) continue;
        if (now >= conn.nextPingAt) {
          // The previous ping is still unanswered: the peer is gone.
          if (conn.awaitingPong) {
            conn.socket.terminate();
            continue;
          }
          conn.awaitingPong = true;
          conn.nextPingAt = now + timings.keepAliveMs;
          conn.socket.ping();
        }
        if (conn.acknowledged && opts.tick) opts.tick.run(conn, now);
      } catch (error) {
        // One connection's failure must not stop pings and re-checks for all the others.
        opts.logger.error({ event: "ws.tick_failed", errorName: error instanceof Error ? error.name : typeof error }, "WebSocket keep-alive or re-check failed");
      }
    }
    schedule();
  };
  const schedule = () => {
    if (ticker || connections.size === 0) return;
    ticker = setTimeout(tick, tickEvery());
    ticker.unref();
  };

  // ---------------------------------------------------------------- messages
  const onMessage = async (conn: Connection<S>, data: string) => {
    let message: ReturnType<typeof parseMessage>;
    try {
      message = parseMessage(data);
    } catch {
      return conn.close(CloseCode.BadRequest, "Invalid message received");
    }
    switch (message.type) {
      case MessageType.ConnectionInit: {
        if (conn.initReceived) return conn.close(CloseCode.TooManyInitialisationRequests, "Too many initialisation requests");
        conn.initReceived = true;
        clearTimeout(conn.initTimer);
        conn.initTimer = undefined;
        if (message.payload && typeof message.payload === "object") conn.connectionParams = message.payload;
        const request = conn.request;
        conn.request = undefined;
        const permitted = await opts.onConnect(conn, request);
        // The credentials are the hook's now: nothing keeps them for the life of the connection.
        conn.connectionParams = undefined;
        if (!permitted) return conn.close(CloseCode.Forbidden, "Forbidden");
        if (conn.socket.readyState !== 1) return;
        conn.acknowledged = true;
        sendJson(conn.socket, { type: MessageType.ConnectionAck });
        return;
      }
      case MessageType.Ping:
        sendJson(conn.socket, message.payload ? { type: MessageType.Pong, payload: message.payload } : { type: MessageType.Pong });
        return;
      case MessageType.Pong:
        return;
      case MessageType.Subscribe: {
        if (!conn.acknowledged) return conn.close(CloseCode.Unauthorized, "Unauthorized");
        const { id, payload } = message;
        const subscriptions = (conn.subscriptions ??= new Map());
        if (subscriptions.has(id)) return conn.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
        subscriptions.set(id, STARTING);
        const subscriber = new SubscriberHandle(conn as Connection<unknown>, id);
        const outcome = await opts.operation(conn, subscriber, payload);
        if (isLive(outcome)) {
          // Completed by the client (or closed) while it was starting: stop it again.
          if (subscriptions.get(id) === STARTING && conn.socket.readyState === 1) subscriptions.set(id, outcome);
          else outcome.stop();
          return;
        }
        if (!subscriptions.has(id)) return;
        subscriptions.delete(id);
        if (Array.isArray(outcome)) {
          sendJson(conn.socket, { id, type: MessageType.Error, payload: opts.formatErrors(outcome as readonly GraphQLError[]) });
          return;
        }
        const result = outcome as ExecutionResult;
        sendJson(conn.socket, { id, type: MessageType.Next, payload: result.errors ? { ...result, errors: opts.formatErrors(result.errors) } : result });
        sendJson(conn.socket, { id, type: MessageType.Complete });
        return;
      }
      case MessageType.Complete: {
        const running = conn.subscriptions?.get(message.id);
        conn.subscriptions?.delete(message.id);
        if (isLive(running)) running.stop();
        return;
      }
      default:
        // connection_ack, next, error: the server's messages, not the client's.
        return conn.close(CloseCode.BadRequest, `Unexpected message of type ${message.type} received`);
    }
  };

  // ---------------------------------------------------------------- connections
  opts.wss.on("connection", (socket: WebSocket, request: IncomingMessage) => {
    const conn = new Connection<S>(socket, opts.createState(socket, request), request, Date.now() + timings.keepAliveMs);
    // ws emits protocol errors (an oversized frame: it closes with 1009 itself); the rest is ours to close.
    socket.on("error", () => conn.close(CloseCode.InternalServerError, "Internal server error"));
    if (socket.protocol !== GRAPHQL_TRANSPORT_WS_PROTOCOL) {
      conn.close(CloseCode.SubprotocolNotAcceptable, "Subprotocol not acceptable");
      return;
    }
    connections.add(conn);
    conn.initTimer = setTimeout(() => {
      if (!conn.initReceived) conn.close(CloseCode.ConnectionInitialisationTimeout, "Connection initialisation timeout");
    }, timings.connectionInitWaitMs);
    socket.on("pong", () => (conn.awaitingPong = false));
    socket.on("message", (data) => {
      onMessage(conn, String(data)).catch((error: unknown) => internalError(conn, error));
    });
    socket.once("close", () => {
      connections.delete(conn);
      clearTimeout(conn.initTimer);
      conn.request = undefined;
      const running = conn.subscriptions;
      conn.subscriptions = undefined;
      for (const op of running?.values() ?? []) if (isLive(op)) op.stop();
      try {
        opts.onClose?.(conn);
      } catch (error) {
        opts.logger.error({ event: "ws.close_failed", errorName: error instanceof Error ? error.name : typeof error }, "WebSocket close handling failed");
      }
    });
    schedule();
  });

  return {
    async dispose() {
      clearTimeout(ticker);
      ticker = undefined;
      for (const client of opts.wss.clients) client.close(1001, "Going away");
      opts.wss.removeAllListeners("connection");
      await new Promise<void>((resolve, reject) => opts.wss.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

/** The subprotocol ws should pick during the upgrade (graphql-ws's own choice function). */
export { handleProtocols } from "graphql-ws";
