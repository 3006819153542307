import { systemClock } from "../server/src/platform/clock";
/**
 * `npm run bench:shield`: the cost of authorization. The same documents executed (graphql-js
 * `execute`, same context and database) against three schemas: no authorization at all (bare),
 * graphql-shield on every field (how it was), and the app's schema (shield only where a rule
 * decides something). Interleaved rounds, median ratios. Two documents: the dashboard query, and a
 * 100-row action-item list. DATABASE_URL's server (a fresh database) or an embedded PostgreSQL.
 * BENCH_ROUNDS (default 7) and BENCH_ITERATIONS (per schema and round, default 150).
 */
import { execute, parse, type DocumentNode, type GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { loadConfig } from "../server/src/config";
import { startApp } from "../server/src/app";
import { buildShield } from "../server/src/platform/authz";
import { createContext } from "../server/src/platform/context";
import { Organization } from "../server/src/platform/identity/organization.entity";
import { Role, User } from "../server/src/platform/identity/user.entity";
import { createLogger } from "../server/src/platform/logger";
import { createMemoryPubSub } from "../server/src/platform/pubsub";
import { ActionItem } from "../server/src/modules/decisions/action-item.entity";
import { Meeting } from "../server/src/modules/meetings/meeting.entity";
import { DEMO_ORG } from "../server/src/modules/demo/demo-data";
import { buildAppSchema, buildBareSchema, PERMISSIONS } from "../server/src/schema";
import { freshBenchDatabase } from "./bench-db";

const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 150);
const logger = createLogger("silent");

const bench = await freshBenchDatabase("bench-shield");
const url = new URL(bench.url);

const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: url.toString(), PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", SERVE_CLIENT: "false", JOBS_QUEUE: "bench-shield" });
const app = await startApp(config, logger);
try {
  const em = app.db.system();
  const org = await em.findOneOrFail(Organization, { slug: DEMO_ORG.slug });
  const editor = await em.findOneOrFail(User, { organization: org, role: Role.EDITOR }, { filters: false });
  const meeting = await em.findOneOrFail(Meeting, { organization: org }, { filters: false });
  for (let i = 0; i < 120; i++) em.create(ActionItem, { organization: org, meeting, title: `Bänkuppgift ${i}`, owner: editor, ownerName: editor.name, dueDate: `2027-01-${String((i % 28) + 1).padStart(2, "0")}` });
  await em.flush();

  const pubsub = createMemoryPubSub();
  const bare = await buildBareSchema(pubsub);
  const everyField = applyMiddleware(await buildBareSchema(pubsub), buildShield(PERMISSIONS, logger));
  const current = await buildAppSchema(pubsub, logger);
  const principal = { kind: "user" as const, userId: editor.id, orgId: org.id, role: Role.EDITOR };
  const from = new Date(Date.now() - 86_400_000).toISOString();

  const documents: Record<string, DocumentNode> = {
    dashboard: parse(`query($from: DateTimeISO!) {
      meetings(first: 10, filter: { from: $from }, orderBy: { field: STARTS_AT, direction: ASC }) { totalCount nodes { id title startsAt location sensitivity } }
      actionItems(first: 20, filter: { status: [OPEN] }, orderBy: { field: DUE_DATE, direction: ASC }) { totalCount nodes { id title dueDate status isOverdue owner { id name } } }
    }`),
    "100-row list": parse(`{ actionItems(first: 100, filter: { status: [OPEN] }, orderBy: { field: DUE_DATE, direction: ASC }) { totalCount nodes { id title dueDate status isOverdue ownerName createdAt updatedAt owner { id name } meeting { id title } } } }`),
  };

  const time = async (schema: GraphQLSchema, document: DocumentNode): Promise<number> => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) {
      const ctx = createContext({ principal, db: app.db, pubsub, logger, ids: { requestId: "bench", traceId: "bench" }, config, jobs: app.jobs, clock: systemClock });
      const result = await execute({ schema, document, contextValue: ctx, variableValues: { from } });
      if (result.errors?.length) throw new Error(`bench query failed: ${result.errors[0]!.message}`);
    }
    return Number(process.hrtime.bigint() - started) / 1e6 / iterations;
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  console.log(`shield bench: ${rounds} interleaved rounds × ${iterations} executions per schema, in-process execute (no HTTP)`);
  for (const [name, document] of Object.entries(documents)) {
    for (const s of [bare, everyField, current]) await time(s, document); // warm-up
    const ms = { bare: [] as number[], everyField: [] as number[], current: [] as number[] };
    for (let r = 0; r < rounds; r++) {
      ms.bare.push(await time(bare, document));
      ms.everyField.push(await time(everyField, document));
      ms.current.push(await time(current, document));
    }
    const b = median(ms.bare);
    const e = median(ms.everyField);
    const c = median(ms.current);
    console.log(
      `${name}: no authorization ${b.toFixed(3)} ms/op · shield on every field ${e.toFixed(3)} ms/op (${(e / b).toFixed(2)}x) · shield where it decides ${c.toFixed(3)} ms/op (${(c / b).toFixed(2)}x); goal ≤ 1.10x: ${c / b <= 1.1 ? "met" : "NOT met"}`,
    );
  }
} finally {
  await app.stop();
  await bench.cleanup();
}
