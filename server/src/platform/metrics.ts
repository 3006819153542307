import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Metadata only: routes, status codes, durations, operation types — never names or content. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: "postboxen_http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const wsConnections = new Counter({
    name: "postboxen_ws_connections_total",
    help: "graphql-ws connections by outcome",
    labelNames: ["outcome"] as const,
    registers: [registry],
  });
  const connectionsRefused = new Counter({
    name: "postboxen_http_connections_refused_total",
    help: "TCP connections closed at once because their address had too many open",
    registers: [registry],
  });
  const pubsubDropped = new Counter({
    name: "postboxen_pubsub_dropped_total",
    help: "Live events not published because Redis was unavailable (subscribers re-query on reconnect)",
    registers: [registry],
  });
  const rateLimitFallbacks = new Counter({
    name: "postboxen_rate_limit_fallbacks_total",
    help: "Rate-limit checks answered by this process's own limits because Redis was unavailable",
    registers: [registry],
  });
  const fanoutExecutions = new Counter({
    name: "postboxen_live_executions_total",
    help: "Subscription executions: one per live event and per distinct view, not per subscriber",
    registers: [registry],
  });
  return { registry, httpDuration, wsConnections, connectionsRefused, pubsubDropped, rateLimitFallbacks, fanoutExecutions };
}
export type Metrics = ReturnType<typeof createMetrics>;
