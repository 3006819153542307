import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { isObjectType, type GraphQLSchema } from "graphql";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, TENANT_FILTER, type Database } from "../../src/platform/db";
import { createMemoryPubSub } from "../../src/platform/pubsub";
import { toGlobalId } from "../../src/platform/ids";
import { MIGRATIONS } from "../../../migrations/index";
import { REGISTRY } from "../../src/registry";
import { buildBareSchema } from "../../src/schema";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";

let server: TestServer;
let db: Database;
let schema: GraphQLSchema;
let org: TestOrg;

beforeAll(async () => {
  server = await startTestServer();
  db = server.db;
  schema = await buildBareSchema(createMemoryPubSub());
  org = await createOrg(db, "Registerkommun");
});
afterAll(async () => {
  await server?.stop();
});

/** Entities with an `organization` relation that the tenant filter does not cover. */
function unscopedTenantEntities(database: Database): string[] {
  const filter = database.orm.config.get("filters")[TENANT_FILTER] as { entity?: string[] } | undefined;
  const scoped = new Set(filter?.entity ?? []);
  return Object.values(database.orm.getMetadata().getAll())
    .filter((meta) => !meta.abstract && !meta.embeddable && meta.properties.organization?.type === "Organization")
    .map((meta) => meta.className)
    .filter((name) => !scoped.has(name));
}

describe("tenant scoping follows from the entity's base class", () => {
  it("every entity that belongs to an organisation is under the tenant filter", () => {
    const owned = Object.values(db.orm.getMetadata().getAll()).filter((m) => !m.abstract && m.properties.organization?.type === "Organization");
    // The walk must see the real modules' entities, not an empty list.
    expect(owned.map((m) => m.className)).toEqual(expect.arrayContaining(["Meeting", "ActionItem", "Stakeholder", "Transcript", "User", "ApiToken"]));
    expect(unscopedTenantEntities(db), "entities with an organization but no tenant filter: extend TenantEntity").toEqual([]);
  });

  it("a find through an organisation's entity manager never returns another organisation's rows, for every tenant entity", async () => {
    const other = await createOrg(db, "Grannkommun");
    const filter = db.orm.config.get("filters")[TENANT_FILTER] as { entity: string[] };
    for (const name of filter.entity) {
      const meta = db.orm.getMetadata().find(name);
      if (!meta || meta.abstract) continue;
      const rows = (await db.forOrg(org.org.id).find(name, {}, { limit: 50 })) as { organization: { id: string } }[];
      expect(rows.every((r) => r.organization.id === org.org.id), `${name} leaked across organisations`).toBe(true);
    }
    expect((await db.forOrg(other.org.id).find("Meeting", {})).length).toBeGreaterThan(0);
  });
});

describe("node(id) covers every type that implements Node", () => {
  const nodeTypeNames = () =>
    Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((t) => t.getInterfaces().some((i) => i.name === "Node"))
      .map((t) => t.name);

  it("has a registered loader for each Node type in the schema", () => {
    const names = nodeTypeNames();
    expect(names).toEqual(expect.arrayContaining(["Meeting", "ActionItem", "Stakeholder", "User", "Organization"]));
    const missing = names.filter((n) => !Object.prototype.hasOwnProperty.call(REGISTRY.nodeTypes, n));
    expect(missing, "Node types node(id) cannot load: add them to the module's manifest (nodeTypes)").toEqual([]);
    // And the other way round: no stale registration for a type the schema no longer has.
    expect(Object.keys(REGISTRY.nodeTypes).filter((n) => !names.includes(n))).toEqual([]);
  });

  it("answers node(id) for objects of the registered types, and null for prototype names", async () => {
    const token = await server.tokenFor(org.admin);
    const ids = [org.ids.meeting, org.ids.stakeholder, org.ids.actionItem, org.ids.org, toGlobalId("User", org.editor.id)];
    for (const id of ids) {
      const res = await server.gql<{ node: { id: string } | null }>(`query($id: ID!) { node(id: $id) { id } }`, { id }, token);
      expect(res.data?.node?.id, `node(${Buffer.from(id, "base64url").toString()})`).toBe(id);
    }
    for (const type of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const res = await server.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId(type, org.meeting.id) }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.node).toBeNull();
    }
  });
});

describe("the registry", () => {
  it("lists every migration file in migrations/index.ts, in order", () => {
    const files = readdirSync(resolve(REPO_ROOT, "migrations")).filter((f) => /^Migration\d+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, "")).sort();
    expect(MIGRATIONS.map((m) => m.name)).toEqual(files);
  });

  it("has unique job names, each with a description", () => {
    const names = REGISTRY.jobs.map((j) => j.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(["extract-meeting", "transcripts.requeue-runs", "jobs.prune-history"]));
    for (const job of REGISTRY.jobs) expect(job.description.length, job.name).toBeGreaterThan(10);
  });

  it("each module folder has a manifest that is listed in modules/index.ts", () => {
    const dir = resolve(REPO_ROOT, "server/src/modules");
    const folders = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "demo").map((d) => d.name);
    const list = readFileSync(join(dir, "index.ts"), "utf8");
    for (const folder of folders) {
      expect(readdirSync(join(dir, folder)), `${folder} has no index.ts manifest`).toContain("index.ts");
      expect(list, `${folder} is not listed in modules/index.ts`).toContain(`./${folder}/index`);
    }
    expect(REGISTRY.modules.length).toBe(folders.length);
  });
});

describe("layers", () => {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const lint = async (text: string, path: string) => (await eslint.lintText(text, { filePath: resolve(REPO_ROOT, path) }))[0]?.messages.map((m) => m.ruleId) ?? [];

  it("no file in platform/ or ai/ imports modules/", () => {
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith(".ts") && /from\s+["'][^"']*modules\//.test(readFileSync(p, "utf8"))) offenders.push(p);
      }
    };
    walk(resolve(REPO_ROOT, "server/src/platform"));
    walk(resolve(REPO_ROOT, "server/src/ai"));
    expect(offenders).toEqual([]);
  });

  it("the lint refuses platform/ → modules/, a module → another module's resolver, and raw fetch or http in a module", async () => {
    expect(await lint(`import { MODULES } from "../modules/index";\nexport const m = MODULES;\n`, "server/src/platform/probe.ts")).toContain("no-restricted-imports");
    expect(await lint(`import { MODULES } from "../modules/index";\nexport const m = MODULES;\n`, "server/src/ai/probe.ts")).toContain("no-restricted-imports");
    expect(await lint(`import { StakeholderResolver } from "../stakeholders/stakeholder.resolver";\nexport const r = StakeholderResolver;\n`, "server/src/modules/meetings/probe.ts")).toContain("no-restricted-imports");
    expect(await lint(`export const get = () => fetch("https://example.org");\n`, "server/src/modules/meetings/probe.ts")).toContain("no-restricted-globals");
    expect(await lint(`import https from "node:https";\nexport const h = https;\n`, "server/src/modules/meetings/probe.ts")).toContain("no-restricted-imports");
    // A module's own resolver and another module's service stay allowed.
    expect(await lint(`import { MeetingService } from "../meetings/meeting.service";\nexport const s = MeetingService;\n`, "server/src/modules/decisions/probe.ts")).toEqual([]);
  }, 60_000);
});
