import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import express, { type NextFunction, type Request, type Response } from "express";
import { GraphQLError, execute, getOperationAST, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { WebSocketServer, type WebSocket } from "ws";
import proxyaddr from "proxy-addr";
import type { Logger } from "pino";
import { graphqlBodyLimit, type Config } from "../config";
import { API_TOKEN_PREFIX, bearerFrom, jwtExpiry, type Authenticator, type Principal } from "./auth";
import { createConnectionContext, createContext, type GraphQLContext } from "./context";
import type { Database } from "./db";
import { pendingMigrations, REPO_ROOT } from "./db";
import { AppError, ErrorCode, createFormatError, unauthenticated } from "./errors";
import { limitRules } from "./graphql-limits";
import { introspectionRefusal, usesIntrospection } from "./request-policy";
import { createDocumentCache, createGraphQLHttpHandler, type Admission } from "./graphql-http";
import { PRINCIPALS_TOPIC } from "./principal-events";
import { createFanout } from "./fanout";
import { handleProtocols, serveGraphqlWs, type WsConnection } from "./ws-server";
import type { IRules } from "graphql-shield";
import type { Metrics } from "./metrics";
import type { AppPubSub } from "./pubsub";
import type { RateLimiter } from "./rate-limit";
import { requestIdsFromHeaders, runWithRequestIds, type RequestIds } from "./request-context";
import { devAuthRouter } from "./dev-auth";
import type { JobAdmin, JobQueue } from "./jobs/types";
import { systemClock, type Clock } from "./clock";
import type { ModuleRoute } from "./module";

export interface HttpDeps {
  config: Config;
  logger: Logger;
  db: Database;
  pubsub: AppPubSub;
  /** Absent on a worker (ROLE=worker): then only /health, /api/health and /metrics are served. */
  schema?: GraphQLSchema;
  /** The schema's field rules (the fan-out needs to know which depend on identity). */
  permissions?: IRules;
  auth: Authenticator;
  metrics: Metrics;
  rateLimiter: RateLimiter;
  jobs: JobQueue & JobAdmin;
  /** Where "now" comes from for requests (tests set it); default the system clock. */
  clock?: Clock;
  /** HTTP endpoints contributed by modules, mounted under /api/. */
  routes?: readonly ModuleRoute[];
  /** Extra checks for /api/health that do not make the process unready when they fail (Redis: degraded). */
  checks: Record<string, () => Promise<void>>;
}

export interface HttpServer {
  server: Server;
  listen(): Promise<number>;
  close(): Promise<void>;
}

const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Internal knobs of the WebSocket endpoint, not configuration: tests shorten them. `recheckMs` is
 * how often an open connection's credentials are checked again (revoked API tokens, deactivated
 * users), so its subscriptions stop within that time; `connectionInitWaitMs` how long a socket may
 * stay without connection_init; `keepAliveMs` how often sockets are pinged (an unanswered ping
 * closes the socket at the next).
 */
export const wsTimings = { recheckMs: 30_000, connectionInitWaitMs: 3_000, keepAliveMs: 12_000 };

/** Largest body /graphql parses before the caller is known to be signed in. */
const ANONYMOUS_BODY_LIMIT = 64 * 1024;
/** Node timers cannot wait longer (about 24.8 days); a connection that old is closed a little early. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What a WebSocket connection carries from connection_init on. */
type WsState = {
  socket: WebSocket;
  /** The bearer it connected with, checked again for every operation and periodically. */
  bearer?: string;
  /** Read by every operation's context (createConnectionContext) at every use. */
  principal?: Principal;
  /** The user its connection is tracked under (for announced principal changes). */
  userId?: string;
  /** Set when the socket has closed (an accept still in flight then gives up). */
  closed?: boolean;
  /** When the ticker re-checks the bearer next (revoked tokens, deactivated users). */
  nextCheckAt: number;
  /** Closes a JWT's connection when the token expires. */
  expiry?: NodeJS.Timeout;
  /** The re-check in progress, which events wait for. */
  pending?: Promise<void>;
  /** Request and trace ids taken from the upgrade request (which is not kept). */
  ids?: RequestIds;
};

/** Rate-limit bucket of a verified principal. Never derived from an unverified credential. */
const principalKey = (p: Principal) => (p.kind === "apiToken" ? `principal:token:${p.tokenId ?? p.userId}` : `principal:user:${p.userId}`);

const invalidCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, "Invalid or expired credentials");
const rateLimited = () => new AppError(ErrorCode.RATE_LIMITED, "Too many requests");

/** Connections waiting for graphql-ws's connection_init may send this much per frame, no more. */
export const PRE_AUTH_FRAME_LIMIT = 16 * 1024;
/** Largest WebSocket message after sign-in: operations and their variables (transcripts go over HTTP). */
export const WS_MESSAGE_LIMIT = 256 * 1024;
/** JSON bodies nested deeper than this are refused before they are parsed. */
export const MAX_JSON_DEPTH = 64;

/** Deepest nesting of arrays and objects in a JSON text, by one linear scan that skips strings. */
export function jsonDepth(buf: Buffer, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** ws keeps its frame limit on the receiver; lowering it until sign-in stops a stranger's megabyte frame before it is buffered. */
function setFrameLimit(socket: object, bytes: number) {
  const receiver = (socket as { _receiver?: { _maxPayload?: number } })._receiver;
  if (receiver && typeof receiver._maxPayload === "number") receiver._maxPayload = bytes;
}

/**
 * The client page's policy: everything from our own origin, WebSocket back to it, no inline
 * scripts, no framing. GraphiQL is bundled, so the explorer needs nothing else.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

export async function createHttpServer(deps: HttpDeps): Promise<HttpServer> {
  const { config, logger, db, pubsub, schema, auth, metrics, rateLimiter, jobs } = deps;
  const permissions = deps.permissions ?? {};
  const clock = deps.clock ?? systemClock;
  // Transcripts arrive as a GraphQL string: let a body through that can hold one at the cap (JSON
  // escaping can double newlines and quotes), so an oversized one gets BAD_USER_INPUT, not a 413.
  // Audio for speech-to-text arrives base64-encoded in the same way (config.ts works out both).
  const bodyLimit = graphqlBodyLimit(config);
  const app = express();
  app.disable("x-powered-by");
  // Only the configured proxies may say who the client is (X-Forwarded-For).
  const trusted = proxyaddr.compile(config.http.trustProxy);
  app.set("trust proxy", trusted);
  // Without X-Forwarded-For, proxyaddr's answer is the socket's address (it is asked per request).
  const clientAddress = (request: IncomingMessage) => (request.headers["x-forwarded-for"] ? proxyaddr(request, trusted) : request.socket.remoteAddress);
  /** `/graphql` over HTTP, answered without Express (set once the schema's handler exists). */
  const graphqlRoute: { handle?: (req: IncomingMessage, res: ServerResponse) => void } = {};
  const httpServer = createServer({ headersTimeout: 10_000, requestTimeout: 120_000, keepAliveTimeout: 5_000 }, (req, res) => {
    const url = req.url ?? "/";
    if (graphqlRoute.handle && (url === "/graphql" || url.startsWith("/graphql?") || url === "/graphql/")) graphqlRoute.handle(req, res);
    else void app(req, res);
  });
  // A connection that sends nothing (or goes quiet between requests) is closed; graphql-ws
  // sockets are exempt once upgraded (ws clears the timeout) and keep themselves alive with pings.
  httpServer.timeout = config.http.idleTimeoutMs;
  const perAddress = new Map<string, number>();
  httpServer.on("connection", (socket) => {
    const address = socket.remoteAddress ?? "unknown";
    if (trusted(address, 0)) return; // a proxy carries many clients: its own limits apply
    const open = (perAddress.get(address) ?? 0) + 1;
    if (open > config.http.maxConnectionsPerAddress) {
      metrics.connectionsRefused.inc();
      socket.destroy();
      return;
    }
    perAddress.set(address, open);
    socket.once("close", () => {
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
  });
  const validationRules = limitRules(config.graphql);
  const formatError = createFormatError(logger);

  /**
   * A bearer to a principal, or the error to answer with: UNAUTHENTICATED for any bad credential;
   * SERVICE_UNAVAILABLE, logged by name only, when checking it failed (the database, say) — an
   * infrastructure message never reaches the caller.
   */
  const authenticate = async (bearer: string | undefined): Promise<{ principal: Principal | null } | { error: AppError; status: number }> => {
    try {
      return { principal: await auth.authenticate(bearer) };
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === ErrorCode.UNAUTHENTICATED) return { error: invalidCredentials(), status: 401 };
      logger.error({ event: "auth.check_failed", errorName: error instanceof Error ? error.name : typeof error }, "could not check credentials");
      return { error: new AppError(ErrorCode.SERVICE_UNAVAILABLE, "Service temporarily unavailable"), status: 503 };
    }
  };

  /**
   * Request ids, the log line and the duration metric of every request; returns the ids. The
   * operation name of a GraphQL request is read when the answer is sent (after the body is).
   */
  // The histogram's series by method, route and status (a fixed set): prom-client would otherwise
  // hash the label object of every request.
  const durationSeries = new Map<string, { observe(seconds: number): void }>();
  const durationOf = (method: string, route: string, status: number) => {
    const key = `${method} ${route} ${status}`;
    let series = durationSeries.get(key);
    if (!series) durationSeries.set(key, (series = metrics.httpDuration.labels({ method, route, status: String(status) })));
    return series;
  };
  const observe = (req: IncomingMessage, res: ServerResponse, operation: () => string | undefined): RequestIds => {
    const ids = requestIdsFromHeaders(req.headers);
    res.setHeader("x-request-id", ids.requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf((req as Request).originalUrl?.split("?", 1)[0] ?? req.url?.split("?", 1)[0] ?? "/");
      // Node's parser knows a fixed set of methods, so the series stay few.
      durationOf(req.method ?? "GET", route, res.statusCode).observe(seconds);
      if (!logger.isLevelEnabled("info")) return;
      const op = route === "/graphql" ? operation() : undefined;
      runWithRequestIds(ids, () =>
        logger.info({ event: "http.request", method: req.method, route, ...(op && { operation: op }), status: res.statusCode, durationMs: Math.round(seconds * 1000) }, "request"),
      );
    });
    return ids;
  };

  const SECURITY_HEADERS: [string, string][] = [
    ["x-content-type-options", "nosniff"],
    ["referrer-policy", "no-referrer"],
    ["x-frame-options", "DENY"],
    ["content-security-policy", CONTENT_SECURITY_POLICY],
    ["cross-origin-opener-policy", "same-origin"],
    ["cross-origin-resource-policy", "same-origin"],
    ["permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()"],
    ...(config.env === "production" ? [["strict-transport-security", "max-age=31536000; includeSubDomains"] as [string, string]] : []),
  ];
  /** Security and CORS headers; true when the request was a CORS preflight and has been answered. */
  const headers = (req: IncomingMessage, res: ServerResponse): boolean => {
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
    const origin = req.headers.origin;
    if (origin && config.http.corsOrigins.includes(origin)) {
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("vary", "origin");
      res.setHeader("access-control-allow-headers", "authorization, content-type, apollo-require-preflight, x-request-id");
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
      if (req.method === "OPTIONS") {
        res.statusCode = 204;
        res.end();
        return true;
      }
    }
    return false;
  };

  // Request ids first, so every later log line of the request carries them.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const ids = observe(req, res, () => graphqlOperationName(req.method === "GET" ? req.query : req.body));
    res.locals.ids = ids;
    if (headers(req, res)) return;
    runWithRequestIds(ids, next);
  });

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/api/health", async (_req, res) => {
    const checks: Record<string, string> = {};
    let ready = true;
    let degraded = false;
    const run = async (name: string, fn: () => Promise<void>, critical: boolean) => {
      try {
        await withTimeout(fn(), 2_000);
        checks[name] = "ok";
      } catch {
        checks[name] = "fail";
        if (critical) ready = false;
        else degraded = true;
      }
    };
    await run("database", async () => void (await db.orm.em.getConnection().execute("select 1")), true);
    await run("migrations", async () => {
      if ((await pendingMigrations(db.orm)) > 0) throw new Error("pending");
    }, true);
    // Redis is a cache and a fan-out: without it the process works, degraded (see docs/RISKS.md).
    for (const [name, fn] of Object.entries(deps.checks)) await run(name, fn, false);
    res.status(ready ? 200 : 503).json({ status: ready ? (degraded ? "degraded" : "ok") : "unavailable", checks });
  });

  app.get("/metrics", async (_req, res) => {
    res.setHeader("content-type", metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  const listen = (): Promise<number> =>
    new Promise((resolveListen, reject) => {
      httpServer.once("error", reject);
      httpServer.listen(config.http.port, config.http.host, () => {
        const address = httpServer.address();
        resolveListen(typeof address === "object" && address ? address.port : config.http.port);
      });
    });
  const finish = () => {
    app.use((_req, res) => {
      res.status(404).json(errorBody("NOT_FOUND", "Not found"));
    });
    // Last: malformed JSON and anything else that escaped — never a stack trace.
    app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
      void _next;
      const status = typeof error === "object" && error && "status" in error && typeof error.status === "number" ? error.status : 500;
      if (status >= 500) logger.error({ event: "http.unhandled_error", errorName: error instanceof Error ? error.name : typeof error }, "unhandled error");
      const code = status === 413 ? "PAYLOAD_TOO_LARGE" : status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR";
      const message = status === 413 ? "Request body too large" : status < 500 ? "Malformed request" : "Internal server error";
      res.status(status).json(errorBody(code, message));
    });
  };

  if (!schema) {
    // A worker: health and metrics for the orchestrator, nothing a user could call.
    finish();
    return {
      server: httpServer,
      listen,
      close: () => new Promise<void>((resolveClose) => httpServer.close(() => resolveClose())),
    };
  }

  const tooMany = (res: Response) => void res.status(429).setHeader("retry-after", "60").json(errorBody(ErrorCode.RATE_LIMITED, "Too many requests"));

  // Before authentication: per client address (behind a loopback proxy, the forwarded one), never
  // per credential — an unverified bearer is the attacker's to choose.
  const limitByAddress = async (req: Request, res: Response, next: NextFunction) => {
    if (await rateLimiter.take(`ip:${req.ip ?? "unknown"}`)) return next();
    tooMany(res);
  };

  // Modules' endpoints (links in e-mail and the like): rate-limited per address, small bodies only.
  for (const route of deps.routes ?? []) {
    const handle = async (req: Request, res: Response) => {
      const flat = (o: unknown) => Object.fromEntries(Object.entries((o ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v === "string")) as Record<string, string>;
      try {
        const out = await route.handler({ query: flat(req.query), body: flat(req.body) }, { db, logger, config, clock });
        res.status(out.status).type(out.contentType).send(out.body);
      } catch (error) {
        logger.error({ event: "route.failed", route: route.path, errorName: error instanceof Error ? error.name : typeof error }, "module route failed");
        res.status(500).json(errorBody("INTERNAL_SERVER_ERROR", "Internal server error"));
      }
    };
    const body = [express.urlencoded({ extended: false, limit: "4kb" }), express.json({ limit: "4kb" })];
    if (route.method === "GET") app.get(`/api/${route.path}`, limitByAddress, handle);
    else app.post(`/api/${route.path}`, limitByAddress, ...body, handle);
  }

  if (config.auth.mode === "dev") app.use("/auth/dev", limitByAddress, express.json({ limit: "10kb" }), devAuthRouter(db, auth));

  // graphql-ws on the same port and path. A connection without valid credentials is closed with
  // 4403; its credentials are checked again for every operation and every wsTimings.recheckMs, and
  // a JWT's connection is closed with 4401 when the token expires.
  // Browsers send Origin: a page of another site may not open a socket with the user's token.
  // Scripts send none and authenticate in connection_init like everyone else.
  const originAllowed = (request: IncomingMessage) => {
    const origin = request.headers.origin;
    if (!origin) return true;
    if (config.http.corsOrigins.includes(origin)) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  };
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: "/graphql",
    maxPayload: WS_MESSAGE_LIMIT,
    perMessageDeflate: false,
    handleProtocols,
    verifyClient: ({ req }, done) => (originAllowed(req) ? done(true) : done(false, 403, "Origin not allowed")),
  });
  // ws re-emits the HTTP server's errors (EADDRINUSE at listen): listen() reports those; without a
  // listener here they would be thrown instead.
  wsServer.on("error", (error) => logger.debug({ event: "ws.server_error", errorName: error.name }, "WebSocket server error"));
  // Until connection_init is accepted, a frame may be small: nobody buffers megabytes for a stranger.
  wsServer.on("connection", (socket) => setFrameLimit(socket, PRE_AUTH_FRAME_LIMIT));
  // Open connections by user, so an announced principal change re-checks exactly theirs.
  const byUser = new Map<string, Set<WsState>>();
  const track = (userId: string, state: WsState) => (byUser.get(userId) ?? byUser.set(userId, new Set()).get(userId)!).add(state);
  const untrack = (userId: string, state: WsState) => {
    const set = byUser.get(userId);
    set?.delete(state);
    if (set && set.size === 0) byUser.delete(userId);
  };
  /** The connection's bearer checked again; its principal replaced, or the socket closed with 4403. */
  const recheck = (state: WsState): Promise<void> =>
    (state.pending ??= authenticate(state.bearer)
      .then((again) => {
        if ("principal" in again && again.principal) state.principal = again.principal;
        else if ("principal" in again || again.status === 401) {
          state.principal = undefined;
          state.socket.close(4403, "Forbidden");
        }
        // Could not check (the database is down): keep the connection; the next round decides.
      })
      .finally(() => (state.pending = undefined)));
  // Synchronous on purpose: the re-check starts before any later event of the same Redis stream
  // reaches a subscription, and the fan-out waits for it (`pending`) before executing an event.
  const stopListening = pubsub.listen(PRINCIPALS_TOPIC, (event) => {
    auth.forgetUser(event.id);
    for (const state of byUser.get(event.id) ?? []) void recheck(state);
  });
  const connectionOf = new WeakMap<GraphQLContext, WsState>();
  const documents = createDocumentCache(schema, validationRules, config.graphql.maxTokens);
  const formatErrors = (errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map((e) => formatError(e.toJSON(), e));
  const fanout = createFanout({
    schema,
    permissions,
    logger,
    viewContext: (principal, like) => createContext({ principal, db, pubsub, logger, ids: like.ids, config, jobs, clock }),
    pending: (c) => connectionOf.get(c)?.pending,
    onExecute: () => metrics.fanoutExecutions.inc(),
    // The same masking as over HTTP: only AppErrors and request-level errors keep their message.
    serialize: (result) => JSON.stringify(result.errors ? { ...result, errors: formatErrors(result.errors) } : result),
  });
  /** A failure while accepting would otherwise leave the client waiting: never an internal reason. */
  const guarded = async (conn: WsConnection<WsState>, fn: () => Promise<boolean>): Promise<boolean> => {
    try {
      return await fn();
    } catch (error) {
      logger.warn({ event: "ws.connect_failed", errorName: error instanceof Error ? error.name : typeof error }, "could not accept a WebSocket connection");
      conn.close(1011, "Service temporarily unavailable");
      return false;
    }
  };
  const wsProtocol = serveGraphqlWs<WsState>({
    wss: wsServer,
    logger,
    timings: wsTimings,
    createState: (socket) => ({ socket, nextCheckAt: Infinity }),
    onConnect: (conn, request) =>
      guarded(conn, async () => {
        const state = conn.state;
        if (!request || !(await rateLimiter.take(`ip:${clientAddress(request)}`))) {
          metrics.wsConnections.inc({ outcome: "refused" });
          conn.close(4429, "Too many requests");
          return false;
        }
        const params = conn.connectionParams;
        const bearer = bearerFrom(params?.authorization ?? params?.Authorization);
        const outcome = await authenticate(bearer);
        if (!("principal" in outcome) || !outcome.principal || !bearer) {
          metrics.wsConnections.inc({ outcome: "refused" });
          return false;
        }
        // Gone while we were checking: nothing to track, no timer to hold its socket.
        if (state.closed) return false;
        state.bearer = bearer;
        state.principal = outcome.principal;
        setFrameLimit(state.socket, WS_MESSAGE_LIMIT);
        const exp = bearer.startsWith(API_TOKEN_PREFIX) ? undefined : jwtExpiry(bearer);
        if (exp !== undefined) {
          state.expiry = setTimeout(() => conn.close(4401, "Unauthorized"), Math.min(Math.max(0, exp * 1000 - Date.now()), MAX_TIMER_MS));
          state.expiry.unref();
        }
        // Periodic re-checks come from the protocol server's one ticker (below), staggered by connect time.
        state.nextCheckAt = Date.now() + wsTimings.recheckMs;
        state.userId = outcome.principal.userId;
        track(state.userId, state);
        // The upgrade request is not kept: its ids are (a few KB per connection, times ten thousand dashboards).
        state.ids = requestIdsFromHeaders(request.headers);
        metrics.wsConnections.inc({ outcome: "accepted" });
        return true;
      }),
    tick: {
      everyMs: () => wsTimings.recheckMs,
      run: (conn, now) => {
        const state = conn.state;
        if (now < state.nextCheckAt) return;
        state.nextCheckAt = now + wsTimings.recheckMs;
        void recheck(state);
      },
    },
    onClose: (conn) => {
      const state = conn.state;
      state.closed = true;
      clearTimeout(state.expiry);
      // By the id it was tracked under: a failed re-check has cleared the principal by now.
      if (state.userId) untrack(state.userId, state);
    },
    operation: async (conn, subscriber, payload) => {
      const state = conn.state;
      // The connection's credentials again: a revoked token or an expired JWT runs nothing more.
      const outcome = await authenticate(state.bearer);
      if ("error" in outcome) return [outcome.error];
      if (!outcome.principal) return [unauthenticated()];
      state.principal = outcome.principal;
      if (!(await rateLimiter.take(principalKey(outcome.principal)))) return [rateLimited()];
      // Thousands of dashboards send the same document: parse and validate it once, and share the
      // parsed document (which also lets the fan-out key its groups by it).
      const checked = documents(payload.query);
      if ("errors" in checked) return checked.errors;
      const document = checked.document;
      if (usesIntrospection(document)) {
        const refusal = introspectionRefusal(config.graphql.introspection, outcome.principal);
        if (refusal) return [refusal];
      }
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) return [new GraphQLError("Unable to identify operation", { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } })];
      const contextValue = createConnectionContext(state, { db, pubsub, logger, ids: state.ids!, config, jobs, clock });
      connectionOf.set(contextValue, state);
      const args = { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      // One execution per event and view, not per subscriber (fanout.ts).
      if (operation.operation === "subscription") return fanout.join(args, subscriber);
      return execute(args);
    },
    formatErrors,
  });

  // /graphql over HTTP: who is calling and their own limit are settled before the body is read,
  // so an anonymous caller cannot make the server parse a transcript-sized body.
  const operationNames = new WeakMap<IncomingMessage, unknown>();
  const tooManyRequests = (): Admission => ({ status: 429, error: rateLimited(), headers: { "retry-after": "60" } });
  const limitPrincipal = (principal: Principal | null): Admission | Promise<Admission> => {
    if (!principal) return { principal };
    const ok = rateLimiter.take(principalKey(principal));
    if (typeof ok === "boolean") return ok ? { principal } : tooManyRequests();
    return ok.then((allowed) => (allowed ? { principal } : tooManyRequests()));
  };
  const identify = (req: IncomingMessage, addressOk: boolean): Admission | Promise<Admission> => {
    if (!addressOk) return tooManyRequests();
    const bearer = bearerFrom(req.headers.authorization);
    const known = auth.known(bearer);
    if (known) return limitPrincipal(known);
    return authenticate(bearer).then((outcome) => ("error" in outcome ? outcome : limitPrincipal(outcome.principal)));
  };
  const handleGraphql = createGraphQLHttpHandler({
    schema,
    documents,
    introspection: config.graphql.introspection,
    formatError,
    // Address limit, credentials, the principal's limit — in that order, and without a promise for
    // any step this process decides alone (a local count, a JWT it verified moments ago).
    admit: (req) => {
      const byAddress = rateLimiter.take(`ip:${clientAddress(req)}`);
      return typeof byAddress === "boolean" ? identify(req, byAddress) : byAddress.then((ok) => identify(req, ok));
    },
    bodyLimit: (principal) => (principal ? bodyLimit : ANONYMOUS_BODY_LIMIT),
    tooDeep: (body) => jsonDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH,
    onParams: (req, params) => operationNames.set(req, params),
    context: (principal, ids) => createContext({ principal, db, pubsub, logger: graphqlLogger, ids, config, jobs, clock }),
  });
  const graphqlLogger = logger.child({ module: "graphql" });
  graphqlRoute.handle = (req, res) => {
    const ids = observe(req, res, () => graphqlOperationName(operationNames.get(req) ?? (req.method === "GET" ? Object.fromEntries(new URL(req.url ?? "/", "http://localhost").searchParams) : undefined)));
    if (headers(req, res)) return;
    runWithRequestIds(ids, () =>
      handleGraphql(req, res, ids).catch((error: unknown) => {
        logger.error({ event: "http.unhandled_error", errorName: error instanceof Error ? error.name : typeof error }, "unhandled error");
        if (!res.headersSent) {
          res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
          res.end(JSON.stringify(errorBody("INTERNAL_SERVER_ERROR", "Internal server error")));
        } else res.destroy();
      }),
    );
  };

  if (config.client.serve) {
    const dist = resolve(REPO_ROOT, config.client.dist);
    const index = resolve(dist, "index.html");
    app.use(express.static(dist, { index: false, maxAge: "1h" }));
    app.get(/^\/(?!graphql|api\/|auth\/|metrics).*/, (_req, res) => {
      if (existsSync(index)) res.sendFile(index);
      else res.status(503).type("text/plain").send("Klienten är inte byggd: kör `npm run build`.");
    });
  }

  finish();

  return {
    server: httpServer,
    listen,
    close: async () => {
      // Live subscriptions end first, then the server stops taking requests and lets those in
      // flight finish (up to 10 s, as Apollo's drain did), then any connection left is cut.
      stopListening();
      await wsProtocol.dispose();
      await new Promise<void>((resolveClose) => {
        const force = setTimeout(() => httpServer.closeAllConnections(), 10_000);
        force.unref();
        httpServer.close(() => (clearTimeout(force), resolveClose()));
        httpServer.closeIdleConnections();
      });
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolveValue, reject) => {
    const timer = setTimeout(() => reject(new Error("timeout")), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolveValue(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
/** The first `query|mutation|subscription Name` of a document, looked for in its first 2 KiB only. */
const DOCUMENT_OPERATION = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]{0,99})/;

/**
 * The operation a GraphQL request names, for the request log line: `operationName`, else the name
 * of the document's first operation, else "anonymous". Only a GraphQL name ever comes out — never
 * query text, variables or credentials.
 */
function graphqlOperationName(params: unknown): string {
  const source = params as Record<string, unknown> | undefined;
  if (!source || typeof source !== "object" || Array.isArray(source)) return "anonymous";
  const named = source.operationName;
  if (typeof named === "string" && OPERATION_NAME.test(named)) return named;
  const query = source.query;
  if (typeof query === "string") {
    const match = DOCUMENT_OPERATION.exec(query.slice(0, 2048));
    if (match?.[1]) return match[1];
  }
  return "anonymous";
}

/** Route label for metrics and logs: a fixed set, so ids in paths never become labels. */
function routeOf(path: string): string {
  if (path.startsWith("/graphql")) return "/graphql";
  if (path.startsWith("/api/health")) return "/api/health";
  if (path === "/health" || path === "/metrics") return path;
  if (path.startsWith("/auth/")) return "/auth";
  if (path.startsWith("/assets/")) return "/assets";
  return "/app";
}
