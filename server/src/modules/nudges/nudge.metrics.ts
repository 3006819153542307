import { Counter, type Registry } from "prom-client";

/** Nudges by kind, deliveries by channel and outcome: counts only, never who or what. */
function create(registry?: Registry) {
  const registers = registry ? [registry] : [];
  return {
    created: new Counter({ name: "postboxen_nudges_created_total", help: "Nudges created by the sweep and by answers, by kind", labelNames: ["kind"] as const, registers }),
    deliveries: new Counter({
      name: "postboxen_nudge_deliveries_total",
      help: "Nudge deliveries by channel and outcome (sent, failed, skipped)",
      labelNames: ["channel", "outcome"] as const,
      registers,
    }),
  };
}

const byRegistry = new WeakMap<Registry, ReturnType<typeof create>>();
let unregistered: ReturnType<typeof create> | undefined;

export function nudgeMetrics(registry?: Registry) {
  if (!registry) return (unregistered ??= create());
  let m = byRegistry.get(registry);
  if (!m) byRegistry.set(registry, (m = create(registry)));
  return m;
}
