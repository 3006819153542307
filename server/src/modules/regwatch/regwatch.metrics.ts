import { Counter, Gauge, Histogram, type Registry } from "prom-client";

/** Polls, versions and alerts: counts and durations only, never which source or what text. */
function create(registry?: Registry) {
  const registers = registry ? [registry] : [];
  return {
    polls: new Counter({ name: "postboxen_regwatch_polls_total", help: "Regwatch source polls by kind and outcome (ok, not_modified, failed, deferred)", labelNames: ["kind", "outcome"] as const, registers }),
    pollDuration: new Histogram({ name: "postboxen_regwatch_poll_duration_seconds", help: "Regwatch poll duration (fetch, parse, store, match)", labelNames: ["kind"] as const, buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60], registers }),
    versions: new Counter({ name: "postboxen_regwatch_versions_total", help: "Regwatch versions stored, by change type", labelNames: ["change_type"] as const, registers }),
    alerts: new Counter({ name: "postboxen_regwatch_alerts_total", help: "Regwatch alerts created, by severity", labelNames: ["severity"] as const, registers }),
    unhealthy: new Gauge({ name: "postboxen_regwatch_sources_unhealthy", help: "Enabled regwatch sources with 3 or more consecutive failed polls", registers }),
    sources: new Gauge({ name: "postboxen_regwatch_sources_enabled", help: "Enabled regwatch sources", registers }),
  };
}

const byRegistry = new WeakMap<Registry, ReturnType<typeof create>>();
let unregistered: ReturnType<typeof create> | undefined;

export function regwatchMetrics(registry?: Registry) {
  if (!registry) return (unregistered ??= create());
  let m = byRegistry.get(registry);
  if (!m) byRegistry.set(registry, (m = create(registry)));
  return m;
}
