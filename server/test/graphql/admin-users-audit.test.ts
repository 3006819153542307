import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/platform/ids";
import { manualClock } from "../../src/platform/clock";
import { Role, User } from "../../src/platform/identity/user.entity";
import { Meeting } from "../../src/modules/meetings/meeting.entity";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { codes } from "../more-helpers";

const SET_ACTIVE = `mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { user { id active } } }`;
const AUDIT = `query($first: Int!, $after: String, $filter: AuditEventFilter) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id action createdAt actorKind actor { id name } apiTokenId meetingId targetType targetId }
  }
}`;
const VIEWER = `query { viewer { user { id } } }`;

type AuditNode = { id: string; action: string; actorKind: string; actor: { id: string } | null; apiTokenId: string | null; meetingId: string | null; targetType: string | null; targetId: string | null };
type AuditData = { auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: AuditNode[] } };

describe("deactivating users and the audit trail", () => {
  let server: TestServer;
  let org: TestOrg;
  let other: TestOrg;
  const token = { admin: "", editor: "", viewer: "", otherAdmin: "" };
  const userId = (org: TestOrg, who: "admin" | "editor" | "viewer") => toGlobalId("User", org[who].id);

  beforeAll(async () => {
    server = await startTestServer();
    org = await createOrg(server.db, "Avaktiveringskommun");
    other = await createOrg(server.db, "Grannkommun");
    token.admin = await server.tokenFor(org.admin);
    token.editor = await server.tokenFor(org.editor);
    token.viewer = await server.tokenFor(org.viewer);
    token.otherAdmin = await server.tokenFor(other.admin);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("signs a deactivated user out at once (cached session, dev sign-in, their API tokens) and lets them back in when reactivated", async () => {
    // The editor's session is in use (and so in the 15 s principal cache); they also hold an API token.
    expect((await server.gql(VIEWER, {}, token.editor)).status).toBe(200);
    const tokenOrg = await createOrg(server.db, "Tokenkommun");
    const adminToken = await server.tokenFor(tokenOrg.admin);
    const created = await server.gql<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(input: { label: "Diarium", scopes: [READ], expiresInDays: 30 }) { token } }`,
      {},
      adminToken,
    );
    const apiToken = created.data!.createApiToken.token;
    expect((await server.gql(VIEWER, {}, apiToken)).status).toBe(200);

    const off = await server.gql<{ setUserActive: { user: { id: string; active: boolean } } }>(SET_ACTIVE, { input: { id: userId(org, "editor"), active: false } }, token.admin);
    expect(off.errors).toBeUndefined();
    expect(off.data!.setUserActive.user).toEqual({ id: userId(org, "editor"), active: false });

    const refused = await server.gql(VIEWER, {}, token.editor);
    expect(refused.status).toBe(401);
    expect(codes(refused)).toEqual(["UNAUTHENTICATED"]);
    const devUsers = (await (await fetch(`http://127.0.0.1:${server.port}/auth/dev/users`)).json()) as { id: string }[];
    expect(devUsers.map((u) => u.id)).not.toContain(org.editor.id);
    const signIn = await fetch(`http://127.0.0.1:${server.port}/auth/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ userId: org.editor.id }) });
    expect(signIn.status).toBe(404);
    // Still listed for the admin, with its state; still a user of the organisation, not an owner to pick.
    const listed = await server.gql<{ users: { nodes: { id: string; active: boolean }[] }; assignableUsers: { id: string }[] }>(
      `query { users(first: 10) { nodes { id active } } assignableUsers { id } }`,
      {},
      token.admin,
    );
    expect(listed.data!.users.nodes).toContainEqual({ id: userId(org, "editor"), active: false });
    expect(listed.data!.assignableUsers.map((u) => u.id)).not.toContain(userId(org, "editor"));

    // A token acts for the admin who created it: deactivating that admin (by another admin) stops the token.
    const em = server.db.system();
    const secondAdmin = em.create(User, { organization: tokenOrg.org, role: Role.ADMIN, name: "Ada Andra", email: `ada-${tokenOrg.org.slug}@test.example` });
    await em.flush();
    const creatorOff = await server.gql(SET_ACTIVE, { input: { id: toGlobalId("User", tokenOrg.admin.id), active: false } }, await server.tokenFor(secondAdmin));
    expect(creatorOff.errors).toBeUndefined();
    expect(codes(await server.gql(VIEWER, {}, apiToken))).toEqual(["UNAUTHENTICATED"]);

    const on = await server.gql(SET_ACTIVE, { input: { id: userId(org, "editor"), active: true } }, token.admin);
    expect(on.errors).toBeUndefined();
    expect((await server.gql(VIEWER, {}, token.editor)).status).toBe(200);
  });

  it("refuses an admin deactivating themself, non-admins, integrator tokens, other organisations' users and bad ids", async () => {
    expect(codes(await server.gql(SET_ACTIVE, { input: { id: userId(org, "admin"), active: false } }, token.admin))).toEqual(["CONFLICT"]);
    expect((await server.gql(VIEWER, {}, token.admin)).status).toBe(200);
    expect(codes(await server.gql(SET_ACTIVE, { input: { id: userId(org, "viewer"), active: false } }, token.editor))).toEqual(["FORBIDDEN"]);
    const created = await server.gql<{ createApiToken: { token: string } }>(
      `mutation { createApiToken(input: { label: "Skript", scopes: [READ, WRITE], expiresInDays: 30 }) { token } }`,
      {},
      token.admin,
    );
    expect(codes(await server.gql(SET_ACTIVE, { input: { id: userId(org, "viewer"), active: false } }, created.data!.createApiToken.token))).toEqual(["FORBIDDEN"]);
    expect(codes(await server.gql(SET_ACTIVE, { input: { id: userId(other, "viewer"), active: false } }, token.admin))).toEqual(["NOT_FOUND"]);
    const bad = await server.gql<unknown>(SET_ACTIVE, { input: { id: toGlobalId("Meeting", org.meeting.id), active: false } }, token.admin);
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect((bad as { errors: { extensions: { field?: string } }[] }).errors[0]!.extensions.field).toBe("input.id");
    // Nothing of that was applied.
    expect((await server.gql(VIEWER, {}, token.viewer)).status).toBe(200);
  });

  it("lists the organisation's audit events newest first, page by page, filtered by kind, as ids and kinds only", async () => {
    // Role changes and (de)activations of the first test are audited, with the admin as actor.
    await server.gql(`mutation($id: ID!) { updateUserRole(input: { id: $id, role: EDITOR }) { user { id } } }`, { id: userId(org, "viewer") }, token.admin);
    const all = await server.gql<AuditData>(AUDIT, { first: 100 }, token.admin);
    expect(all.errors).toBeUndefined();
    const actions = all.data!.auditEvents.nodes.map((n) => n.action);
    expect(actions.slice(0, 3)).toEqual(["USER_ROLE_CHANGED", "USER_REACTIVATED", "USER_DEACTIVATED"]);
    const deactivated = all.data!.auditEvents.nodes.find((n) => n.action === "USER_DEACTIVATED")!;
    expect(deactivated).toMatchObject({ actorKind: "USER", actor: { id: userId(org, "admin") }, targetType: "User", targetId: userId(org, "editor"), meetingId: null, apiTokenId: null });
    // Nothing of another organisation's.
    const ids = new Set(all.data!.auditEvents.nodes.map((n) => n.id));
    const theirs = await server.gql<AuditData>(AUDIT, { first: 100 }, token.otherAdmin);
    expect(theirs.data!.auditEvents.nodes.filter((n) => ids.has(n.id))).toEqual([]);

    const first = await server.gql<AuditData>(AUDIT, { first: 2 }, token.admin);
    expect(first.data!.auditEvents.pageInfo.hasNextPage).toBe(true);
    const second = await server.gql<AuditData>(AUDIT, { first: 2, after: first.data!.auditEvents.pageInfo.endCursor }, token.admin);
    expect(second.data!.auditEvents.nodes.map((n) => n.id)).toEqual(all.data!.auditEvents.nodes.slice(2, 4).map((n) => n.id));

    const filtered = await server.gql<AuditData>(AUDIT, { first: 100, filter: { actions: ["USER_DEACTIVATED", "USER_REACTIVATED"] } }, token.admin);
    expect(filtered.data!.auditEvents.nodes.map((n) => n.action).sort()).toEqual(["USER_DEACTIVATED", "USER_REACTIVATED"]);
    expect(filtered.data!.auditEvents.totalCount).toBe(2);

    for (const t of [token.editor, token.viewer]) expect(codes(await server.gql(AUDIT, { first: 10 }, t))).toContain("FORBIDDEN");
    expect(codes(await server.gql(AUDIT, { first: 10, filter: { actions: Array(21).fill("USER_CREATED") } }, token.admin))).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("a post-meeting brief only for a meeting that has started", () => {
  const clock = manualClock("2026-06-01T08:00:00Z");
  let server: TestServer;
  let org: TestOrg;

  beforeAll(async () => {
    server = await startTestServer({}, { clock });
    org = await createOrg(server.db, "Briefkommun");
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("refuses before the start with CONFLICT (MEETING_NOT_STARTED) and generates once the clock has passed it", async () => {
    const em = server.db.system();
    const meeting = em.create(Meeting, { organization: org.org, title: "Framtida möte", startsAt: new Date("2026-06-01T09:00:00Z"), agendaItems: [] });
    await em.flush();
    const generate = () =>
      server.gql<{ generatePostBrief: { brief: { version: number } | null } }>(
        `mutation($m: ID!) { generatePostBrief(input: { meetingId: $m }) { brief { version } } }`,
        { m: toGlobalId("Meeting", meeting.id) },
        token,
      );
    const token = await server.tokenFor(org.editor);
    const early = (await generate()) as { errors?: { extensions: { code: string; reason?: string } }[] };
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "MEETING_NOT_STARTED" });
    const briefs = await server.gql<{ node: { briefs: unknown[] } }>(`query($m: ID!) { node(id: $m) { ... on Meeting { briefs { id } } } }`, { m: toGlobalId("Meeting", meeting.id) }, token);
    expect(briefs.data!.node.briefs).toEqual([]);

    clock.set("2026-06-01T09:00:00Z");
    const started = await generate();
    expect(started.errors).toBeUndefined();
    expect(started.data!.generatePostBrief.brief!.version).toBe(1);
  });
});

describe("request logs", () => {
  let server: TestServer;
  let org: TestOrg;
  beforeAll(async () => {
    server = await startTestServer({ LOG_LEVEL: "info" });
    org = await createOrg(server.db, "Loggkommun");
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("names a GraphQL request by its operation, under /graphql, without query text, variables or token", async () => {
    const token = await server.tokenFor(org.admin);
    const canary = "loggkanariefagel";
    await server.gql(`query LoggedViewer($x: String) { viewer { user { id } } } # ${canary}`, { x: canary }, token);
    await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `query Ignored { viewer { role } }`, operationName: "ExplicitName", variables: { canary } }),
    });
    await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ viewer { role } }` }),
    });
    const lines = server.logs.map((l) => JSON.parse(l) as { event?: string; route?: string; operation?: string });
    const requests = lines.filter((l) => l.event === "http.request" && l.route === "/graphql");
    expect(requests.map((l) => l.operation)).toEqual(expect.arrayContaining(["LoggedViewer", "ExplicitName", "anonymous"]));
    expect(lines.some((l) => l.event === "http.request" && l.route === "/app")).toBe(false);
    const text = server.logs.join("\n");
    expect(text).not.toContain(canary);
    expect(text).not.toContain(token);
    expect(text).not.toContain("viewer {");
  });
});
