import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";
import { allow } from "graphql-shield";
import { beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS, buildBareSchema, printSdl } from "../../src/schema";
import { createMemoryPubSub } from "../../src/platform/pubsub";
import { REPO_ROOT } from "../../src/platform/db";

let schema: GraphQLSchema;
const rules = PERMISSIONS as unknown as Record<string, Record<string, unknown>>;

beforeAll(async () => {
  schema = await buildBareSchema(createMemoryPubSub());
});

const userTypes = () => Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith("__"));
const objectTypes = () => userTypes().filter(isObjectType);

describe("authorization rule coverage", () => {
  it("has an explicit rule for every field of every object type", () => {
    const missing = objectTypes().flatMap((type) =>
      Object.keys(type.getFields())
        .filter((field) => !rules[type.name] || !Object.prototype.hasOwnProperty.call(rules[type.name], field))
        .map((field) => `${type.name}.${field}`),
    );
    expect(missing, `fields without a rule in PERMISSIONS (they are denied by the fallback): ${missing.join(", ")}`).toEqual([]);
  });

  it("covers every interface field on every type that implements it", () => {
    // graphql-shield only guards object types: an interface's fields are protected by the rules of
    // its implementations, so each implementation must name each interface field.
    const interfaces = userTypes().filter(isInterfaceType);
    expect(interfaces.map((i) => i.name)).toContain("Node");
    const missing = interfaces.flatMap((iface) =>
      schema.getPossibleTypes(iface).flatMap((impl) =>
        Object.keys(iface.getFields())
          .filter((field) => !rules[impl.name] || !Object.prototype.hasOwnProperty.call(rules[impl.name], field))
          .map((field) => `${impl.name}.${field} (from ${iface.name})`),
      ),
    );
    expect(missing, missing.join(", ")).toEqual([]);
  });

  it("has no rule for a type or field that does not exist, or for a type graphql-shield ignores", () => {
    const stale = Object.entries(rules).flatMap(([typeName, fields]) => {
      const type = schema.getType(typeName);
      if (!type) return [`${typeName} (no such type)`];
      if (!isObjectType(type)) return [`${typeName} (not an object type: its rules would never run)`];
      return Object.keys(fields)
        .filter((field) => !(field in type.getFields()))
        .map((field) => `${typeName}.${field} (no such field)`);
    });
    expect(stale, stale.join(", ")).toEqual([]);
  });

  it("never lets a mutation through with `allow`", () => {
    const mutation = schema.getMutationType()!;
    const open = Object.keys(mutation.getFields()).filter((field) => rules.Mutation?.[field] === allow);
    expect(Object.keys(mutation.getFields()).length).toBeGreaterThan(10);
    expect(open, `mutations open to anyone: ${open.join(", ")}`).toEqual([]);
  });

  it("never lets a query or subscription root field through with `allow`", () => {
    const open = [schema.getQueryType()!, schema.getSubscriptionType()!].flatMap((root) =>
      Object.keys(root.getFields())
        .filter((field) => rules[root.name]?.[field] === allow)
        .map((field) => `${root.name}.${field}`),
    );
    expect(open, open.join(", ")).toEqual([]);
  });
});

describe("emitted schema", () => {
  it("matches schema/schema.graphql (on drift: run npm run schema)", () => {
    const committed = readFileSync(resolve(REPO_ROOT, "schema/schema.graphql"), "utf8");
    const current = printSdl(schema);
    expect(committed === current, "schema/schema.graphql is out of date: run `npm run schema`").toBe(true);
  });
});

describe("authorization without a per-field tax", () => {
  it("runs fields whose rule every signed-in caller passes without shield's wrapper, and keeps it on the others", async () => {
    const { buildAppSchema, freeFields } = await import("../../src/schema");
    const logger = (await import("../../src/platform/logger")).createLogger("silent");
    const app = await buildAppSchema(createMemoryPubSub(), logger);
    const bare = await buildBareSchema(createMemoryPubSub());
    const field = (s: GraphQLSchema, type: string, name: string) => (s.getType(type) as import("graphql").GraphQLObjectType).getFields()[name]!;
    const free = freeFields(PERMISSIONS);
    expect(free.has("Stakeholder.name")).toBe(true);
    expect(free.has("Stakeholder.email")).toBe(false);
    expect(free.has("Query.meetings")).toBe(false);
    // A free field runs type-graphql's resolver as the bare schema has it; a guarded one is wrapped by graphql-middleware.
    const wrapped = (s: GraphQLSchema, type: string, name: string) => String(field(s, type, name).resolve).includes("middleware(");
    expect(wrapped(bare, "Stakeholder", "email")).toBe(false);
    expect(wrapped(app, "Stakeholder", "name")).toBe(false);
    expect(wrapped(app, "ActionItem", "owner")).toBe(false);
    // A rule combining others, or reading the object (a user's own e-mail), keeps shield's wrapper.
    expect(wrapped(app, "User", "email")).toBe(true);
    expect(wrapped(app, "Subscription", "actionItemChanged")).toBe(true);
    // A rule that reads only the context (a role) runs in the field's resolver, not through shield.
    expect(wrapped(app, "Query", "meetings")).toBe(false);
    expect(wrapped(app, "Stakeholder", "email")).toBe(false);
    const call = (type: string, name: string, ctx: object) => {
      try {
        return field(app, type, name).resolve!(undefined, {}, ctx, {} as never);
      } catch (error) {
        return error;
      }
    };
    expect((call("Query", "meetings", { principal: null }) as { extensions: { code: string } }).extensions.code).toBe("UNAUTHENTICATED");
    const viewer = { principal: { kind: "user", userId: "u", orgId: "o", role: "VIEWER" } };
    expect((call("Mutation", "completeActionItem", viewer) as { extensions: { code: string } }).extensions.code).toBe("FORBIDDEN");
    expect((call("Stakeholder", "email", viewer) as { extensions: { code: string } }).extensions.code).toBe("FORBIDDEN");
    // Most fields are free: the tax falls on the few that decide something.
    const total = Object.values(rules).reduce((n, r) => n + Object.keys(r).length, 0);
    expect(free.size / total).toBeGreaterThan(0.5);
  });
});
