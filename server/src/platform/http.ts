import { createServer, type Server } from "node:http";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import express, { type NextFunction, type Request, type Response } from "express";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { GraphQLError, parse, specifiedRules, validate, type GraphQLSchema } from "graphql";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import type { Logger } from "pino";
import type { Config } from "../config";
import { bearerFrom, type Authenticator, type Principal } from "./auth";
import { createContext, type GraphQLContext } from "./context";
import type { Database } from "./db";
import { pendingMigrations, REPO_ROOT } from "./db";
import { createFormatError } from "./errors";
import { depthLimitRule } from "./graphql-limits";
import type { Metrics } from "./metrics";
import type { AppPubSub } from "./pubsub";
import type { RateLimiter } from "./rate-limit";
import { requestIdsFromHeaders, runWithRequestIds, type RequestIds } from "./request-context";
import { devAuthRouter } from "./dev-auth";
import type { ExtractionRuntime } from "../modules/transcripts/extraction-jobs";

export interface HttpDeps {
  config: Config;
  logger: Logger;
  db: Database;
  pubsub: AppPubSub;
  schema: GraphQLSchema;
  auth: Authenticator;
  metrics: Metrics;
  rateLimiter: RateLimiter;
  extraction: ExtractionRuntime;
  /** Extra readiness checks for /api/health, e.g. Redis. */
  checks: Record<string, () => Promise<void>>;
}

export interface HttpServer {
  server: Server;
  listen(): Promise<number>;
  close(): Promise<void>;
}

const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

export async function createHttpServer(deps: HttpDeps): Promise<HttpServer> {
  const { config, logger, db, pubsub, schema, auth, metrics, rateLimiter, extraction } = deps;
  // Transcripts arrive as a GraphQL string: let a body through that can hold one at the cap (JSON
  // escaping can double newlines and quotes), so an oversized one gets BAD_USER_INPUT, not a 413.
  const graphqlBodyLimit = Math.max(1024 * 1024, 2 * config.ai.transcriptMaxBytes + 64 * 1024);
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  const httpServer = createServer(app);
  const validationRules = [depthLimitRule(config.graphql.maxDepth)];

  // Request ids first, so every later log line of the request carries them.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const ids = requestIdsFromHeaders(req.headers);
    res.locals.ids = ids;
    res.setHeader("x-request-id", ids.requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(req.path);
      metrics.httpDuration.observe({ method: req.method, route, status: String(res.statusCode) }, seconds);
      runWithRequestIds(ids, () =>
        logger.info({ event: "http.request", method: req.method, route, status: res.statusCode, durationMs: Math.round(seconds * 1000) }, "request"),
      );
    });
    runWithRequestIds(ids, next);
  });

  app.use((req, res, next) => {
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "no-referrer");
    res.setHeader("x-frame-options", "DENY");
    const origin = req.headers.origin;
    if (origin && config.http.corsOrigins.includes(origin)) {
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("vary", "origin");
      res.setHeader("access-control-allow-headers", "authorization, content-type, apollo-require-preflight, x-request-id");
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
      if (req.method === "OPTIONS") {
        res.status(204).end();
        return;
      }
    }
    next();
  });

  app.get("/health", (_req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/api/health", async (_req, res) => {
    const checks: Record<string, string> = {};
    let ok = true;
    const run = async (name: string, fn: () => Promise<void>) => {
      try {
        await fn();
        checks[name] = "ok";
      } catch {
        checks[name] = "fail";
        ok = false;
      }
    };
    await run("database", async () => {
      await db.orm.em.getConnection().execute("select 1");
    });
    await run("migrations", async () => {
      if ((await pendingMigrations(db.orm)) > 0) throw new Error("pending");
    });
    for (const [name, fn] of Object.entries(deps.checks)) await run(name, fn);
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "unavailable", checks });
  });

  app.get("/metrics", async (_req, res) => {
    res.setHeader("content-type", metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });

  const limit = async (req: Request, res: Response, next: NextFunction) => {
    const key = bearerFrom(req.headers.authorization)?.slice(-16) ?? req.ip ?? "unknown";
    if (await rateLimiter.take(key)) return next();
    res.status(429).setHeader("retry-after", "60").json(errorBody("RATE_LIMITED", "Too many requests"));
  };

  if (config.auth.mode === "dev") app.use("/auth/dev", limit, express.json({ limit: "10kb" }), devAuthRouter(db, auth));

  // graphql-ws on the same port and path. A connection without valid credentials is closed with 4403.
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const wsCleanup = useServer(
    {
      schema,
      onConnect: async (ctx) => {
        const bearer = bearerFrom(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization);
        try {
          const principal = await auth.authenticate(bearer);
          if (!principal) throw new Error("no credentials");
          (ctx.extra as { principal?: Principal }).principal = principal;
          metrics.wsConnections.inc({ outcome: "accepted" });
          return true;
        } catch {
          metrics.wsConnections.inc({ outcome: "refused" });
          return false;
        }
      },
      onSubscribe: (_ctx, _id, payload) => {
        try {
          const errors = validate(schema, parse(payload.query, { maxTokens: config.graphql.maxTokens }), [...specifiedRules, ...validationRules]);
          return errors.length ? errors : undefined;
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError("Invalid query")];
        }
      },
      context: (ctx): GraphQLContext => {
        const ids = requestIdsFromHeaders(ctx.extra.request.headers);
        return createContext({ principal: (ctx.extra as { principal?: Principal }).principal ?? null, db, pubsub, logger, ids, extraction });
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    csrfPrevention: true,
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.graphql.maxTokens },
    validationRules,
    formatError: createFormatError(logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.use(
    "/graphql",
    limit,
    express.json({ limit: graphqlBodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const ids = (res.locals.ids as RequestIds | undefined) ?? requestIdsFromHeaders(req.headers);
        let principal: Principal | null;
        try {
          principal = await auth.authenticate(bearerFrom(req.headers.authorization));
        } catch (error) {
          if (error instanceof GraphQLError) {
            throw new GraphQLError("Invalid or expired credentials", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
          }
          throw error;
        }
        return createContext({ principal, db, pubsub, logger: logger.child({ module: "graphql" }), ids, extraction });
      },
    }),
  );

  if (config.client.serve) {
    const dist = resolve(REPO_ROOT, config.client.dist);
    const index = resolve(dist, "index.html");
    app.use(express.static(dist, { index: false, maxAge: "1h" }));
    app.get(/^\/(?!graphql|api\/|auth\/|metrics).*/, (_req, res) => {
      if (existsSync(index)) res.sendFile(index);
      else res.status(503).type("text/plain").send("Klienten är inte byggd: kör `npm run build`.");
    });
  }

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

  return {
    server: httpServer,
    listen: () =>
      new Promise((resolveListen, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.http.port, config.http.host, () => {
          const address = httpServer.address();
          resolveListen(typeof address === "object" && address ? address.port : config.http.port);
        });
      }),
    close: async () => {
      await apollo.stop();
    },
  };
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
