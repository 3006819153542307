/**
 * `npm run bench:nudges`: the nudge sweep (`nudge-sweep`, server/src/modules/nudges) over many open
 * action items. Seeds ORGS organisations × ITEMS_PER_ORG open, owned items whose last change is
 * spread evenly over the 10 days before "now" (Wednesday 2027-01-13 10:00 Stockholm), then runs the
 * sweep job through the real job runtime (sweep SQL + bulk enqueue of delivery jobs) at:
 *   - burst:  "now" — every item older than 48 working hours is due at once (a first sweep after an
 *             outage or an import: tens of thousands of nudges and delivery jobs);
 *   - steady: now + 5 min — the next scheduled sweep, finding only what crossed the window since;
 *   - idle:   the same instant again — nothing new.
 * For each: wall time and SQL statements (every query any pg client of this process sends, counted
 * by wrapping pg.Client#query), and the nudges created. Two scales in one run (SCALES, default
 * "100x100,1000x100" = 10,000 and 100,000 items) show whether the statement count is constant.
 * Uses DATABASE_URL's server (a fresh database, dropped at the end) or an embedded PostgreSQL.
 */
import pg from "pg";
import { manualClock } from "../server/src/platform/clock";
import { unconfiguredMailer } from "../server/src/platform/delivery/types";
import { createJobRuntime } from "../server/src/platform/jobs/runtime";
import { createLogger } from "../server/src/platform/logger";
import { createOutboundClient } from "../server/src/platform/outbound";
import { createMemoryPubSub } from "../server/src/platform/pubsub";
import { createLocalProvider } from "../server/src/ai/providers/local";
import { openAppDatabase, REGISTRY } from "../server/src/registry";
import { freshBenchDatabase } from "./bench-db";

const scales = (process.env.SCALES ?? "100x100,1000x100").split(",").map((s) => s.split("x").map(Number) as [number, number]);
const NOW = new Date("2027-01-13T09:00:00Z");

let statements = 0;
const originalQuery = pg.Client.prototype.query;
(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
};

export async function seedForBench(url: string, orgs: number, perOrg: number) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`
    insert into organizations (id, name, slug) select gen_random_uuid(), 'Bench ' || g, 'bench-' || g from generate_series(1, $1) g;
    `.replace("$1", String(orgs)));
  await client.query(`insert into users (id, organization_id, name, email, role, active, created_at, updated_at)
    select gen_random_uuid(), o.id, 'Användare ' || u, 'u' || u || '-' || o.slug || '@bench.example', 'EDITOR', true, now(), now()
    from organizations o cross join generate_series(1, 5) u`);
  await client.query(`insert into meetings (id, organization_id, title, starts_at, status, sensitivity, agenda_items, organizer_id, created_at, updated_at)
    select gen_random_uuid(), o.id, 'Möte ' || m, now() - interval '20 days', 'COMPLETED', 'NORMAL', '[]', (select id from users where organization_id = o.id order by email limit 1), now(), now()
    from organizations o cross join generate_series(1, 10) m`);
  await client.query(
    `with m as (select id, organization_id, row_number() over (partition by organization_id order by id) as n from meetings),
          u as (select id, organization_id, row_number() over (partition by organization_id order by email) as n from users)
     insert into action_items (id, organization_id, meeting_id, title, owner_id, owner_name, due_date, status, source, edited_by_human, created_at, updated_at)
     select gen_random_uuid(), o.id, m.id, 'Åtgärd ' || i, u.id, 'Användare', ($2::timestamptz - make_interval(days => (i % 40)))::date + 7, 'OPEN', 'manual', false,
            $2::timestamptz - (i::double precision / $1) * interval '10 days', $2::timestamptz - (i::double precision / $1) * interval '10 days'
     from organizations o cross join generate_series(1, $1) i
     join m on m.organization_id = o.id and m.n = 1 + (i % 10)
     join u on u.organization_id = o.id and u.n = 1 + (i % 5)`,
    [perOrg, NOW],
  );
  await client.query("analyze");
  await client.end();
}

async function main() {
  const rows: string[] = [];
  for (const [orgs, perOrg] of scales) {
    const bench = await freshBenchDatabase(`nudges_${orgs}x${perOrg}`);
    const logger = createLogger("silent");
    const db = await openAppDatabase(bench.url, logger, 4);
    try {
      await seedForBench(bench.url, orgs, perOrg);
      const clock = manualClock(NOW);
      const runtime = await createJobRuntime({
        url: bench.url,
        queue: "bench-nudges",
        definitions: REGISTRY.jobs,
        deps: { db, pubsub: createMemoryPubSub(), logger, clock, provider: createLocalProvider(), outbound: createOutboundClient(), mailer: unconfiguredMailer, publicUrl: "http://localhost:4000" },
        logger,
        clock,
      });
      const count = async () => Number((await db.system().getConnection().execute<{ n: string }[]>("select count(*) as n from nudges"))[0]?.n ?? 0);
      const phase = async (name: string, at: Date) => {
        clock.set(at);
        const before = await count();
        statements = 0;
        const started = process.hrtime.bigint();
        const result = await runtime.runNow("nudge-sweep", {});
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const used = statements;
        if (result.outcome !== "succeeded") throw new Error(`sweep ${result.outcome} ${result.errorCode ?? ""}`);
        const created = (await count()) - before;
        rows.push(`${String(orgs * perOrg).padStart(7)} items ${String(orgs).padStart(5)} orgs  ${name.padEnd(7)} ${ms.toFixed(0).padStart(6)} ms  ${String(used).padStart(3)} statements  ${String(created).padStart(6)} nudges created`);
      };
      await phase("burst", NOW);
      await phase("steady", new Date(NOW.getTime() + 5 * 60_000));
      await phase("idle", new Date(NOW.getTime() + 5 * 60_000));
      await runtime.stop(0);
    } finally {
      await db.close();
      await bench.cleanup();
    }
  }
  process.stdout.write(`nudge sweep (job run incl. bookkeeping and bulk enqueue of deliveries), goal: under 2 s and a constant number of statements\n${rows.join("\n")}\n`);
}

if (process.argv[1]?.endsWith("nudges.bench.ts")) await main();
