import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { codes, countRows, rowById } from "../more-helpers";
import { toGlobalId } from "../../src/platform/ids";

let server: TestServer;
let a: TestOrg;
const token: Record<"admin" | "editor" | "viewer", string> = { admin: "", editor: "", viewer: "" };

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db);
  token.admin = await server.tokenFor(a.admin);
  token.editor = await server.tokenFor(a.editor);
  token.viewer = await server.tokenFor(a.viewer);
});
afterAll(async () => server?.stop());

const STAKEHOLDER_Q = `query($id: ID!) { node(id: $id) { ... on Stakeholder { name title email phone notes } } }`;
const errorPaths = (res: { errors?: { path?: (string | number)[] }[] }) => (res.errors ?? []).map((e) => (e.path ?? []).join(".")).sort();

describe("stakeholder contact details", () => {
  it("answers FORBIDDEN on exactly email, phone and notes for a viewer, while name and title are returned", async () => {
    const res = await server.gql<{ node: Record<string, string | null> }>(STAKEHOLDER_Q, { id: a.ids.stakeholder }, token.viewer);
    expect(errorPaths(res)).toEqual(["node.email", "node.notes", "node.phone"]);
    expect(codes(res)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
    expect(res.data?.node).toEqual({ name: "Stina Stakeholder", title: "Chef", email: null, phone: null, notes: null });
  });

  it("hides contact details from a viewer in the stakeholders list too", async () => {
    const res = await server.gql<{ stakeholders: { nodes: { name: string; email: string | null }[] } }>(
      `{ stakeholders(first: 10) { nodes { name email } } }`,
      {},
      token.viewer,
    );
    expect(res.data?.stakeholders.nodes).toEqual([{ name: "Stina Stakeholder", email: null }]);
    expect(errorPaths(res)).toEqual(["stakeholders.nodes.0.email"]);
    expect(JSON.stringify(res)).not.toContain(a.stakeholder.email!);
  });

  it("gives an editor every stakeholder field", async () => {
    const res = await server.gql<{ node: Record<string, string | null> }>(STAKEHOLDER_Q, { id: a.ids.stakeholder }, token.editor);
    expect(res.errors).toBeUndefined();
    expect(res.data?.node).toEqual({ name: "Stina Stakeholder", title: "Chef", email: a.stakeholder.email, phone: "+46 70 000 00 00", notes: "Hemlig anteckning" });
  });
});

describe("viewers cannot write", () => {
  it("answers FORBIDDEN when a viewer completes an action item, and the row is unchanged", async () => {
    const before = await rowById(server.db, "action_items", a.actionItem.id);
    const res = await server.gql(`mutation($id: ID!) { completeActionItem(input: { id: $id }) { actionItem { status } } }`, { id: a.ids.actionItem }, token.viewer);
    expect(codes(res)).toEqual(["FORBIDDEN"]);
    expect(res.data?.completeActionItem ?? null).toBeNull();
    const after = await rowById(server.db, "action_items", a.actionItem.id);
    expect(after).toEqual(before);
    expect(after.status).toBe("OPEN");
  });

  it("answers FORBIDDEN when a viewer creates a meeting, and no meeting is written", async () => {
    const before = await countRows(server.db, "meetings", a.org.id);
    const res = await server.gql(
      `mutation { createMeeting(input: { title: "Smyg", startsAt: "2030-01-01T10:00:00Z" }) { meeting { id } } }`,
      {},
      token.viewer,
    );
    expect(codes(res)).toEqual(["FORBIDDEN"]);
    expect(await countRows(server.db, "meetings", a.org.id)).toBe(before);
  });

  it("answers FORBIDDEN when a viewer edits a stakeholder, and the row is unchanged", async () => {
    const res = await server.gql(
      `mutation($id: ID!) { updateStakeholder(input: { id: $id, notes: "överskrivet" }) { stakeholder { name } } }`,
      { id: a.ids.stakeholder },
      token.viewer,
    );
    expect(codes(res)).toEqual(["FORBIDDEN"]);
    expect((await rowById(server.db, "stakeholders", a.stakeholder.id)).notes).toBe("Hemlig anteckning");
  });

  it("lets an editor do what a viewer may not (control)", async () => {
    const res = await server.gql<{ createMeeting: { meeting: { title: string } } }>(
      `mutation { createMeeting(input: { title: "Redaktörens möte", startsAt: "2030-01-01T10:00:00Z" }) { meeting { title } } }`,
      {},
      token.editor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createMeeting.meeting.title).toBe("Redaktörens möte");
  });
});

describe("admin-only queries", () => {
  for (const [label, query] of [
    ["users", `{ users(first: 10) { totalCount } }`],
    ["apiTokens", `{ apiTokens { id } }`],
  ] as const) {
    it(`answers FORBIDDEN on ${label} for viewers and editors, and data for admins`, async () => {
      for (const role of ["viewer", "editor"] as const) {
        const res = await server.gql(query, {}, token[role]);
        expect(codes(res), role).toEqual(["FORBIDDEN"]);
        expect(res.data ?? null).toBeNull();
      }
      const admin = await server.gql<Record<string, unknown>>(query, {}, token.admin);
      expect(admin.errors).toBeUndefined();
      expect(admin.data?.[label]).toBeDefined();
    });
  }

  it("lists exactly the organisation's three users to an admin", async () => {
    const res = await server.gql<{ users: { totalCount: number; nodes: { name: string }[] } }>(`{ users(first: 10) { totalCount nodes { name } } }`, {}, token.admin);
    expect(res.data?.users.totalCount).toBe(3);
    expect(res.data?.users.nodes.map((u) => u.name).sort()).toEqual(["Alma Admin", "Edvin Editor", "Vera Viewer"]);
  });
});

describe("User.email", () => {
  const USER_EMAIL = `query($id: ID!) { node(id: $id) { ... on User { name email } } }`;

  it("shows users their own e-mail address", async () => {
    const res = await server.gql<{ viewer: { user: { email: string } } }>(`{ viewer { user { email } } }`, {}, token.viewer);
    expect(res.errors).toBeUndefined();
    expect(res.data?.viewer.user.email).toBe(a.viewer.email);
  });

  it("hides another user's e-mail address from a viewer and an editor", async () => {
    for (const role of ["viewer", "editor"] as const) {
      const res = await server.gql<{ node: { name: string; email: string | null } }>(USER_EMAIL, { id: toGlobalId("User", a.admin.id) }, token[role]);
      expect(res.data?.node, role).toEqual({ name: "Alma Admin", email: null });
      expect(codes(res), role).toEqual(["FORBIDDEN"]);
      expect(errorPaths(res)).toEqual(["node.email"]);
    }
  });

  it("hides the owner's e-mail on an action item from a viewer, per object in one request", async () => {
    const res = await server.gql<{ viewer: { user: { email: string } }; node: { owner: { email: string | null } } }>(
      `query($id: ID!) { viewer { user { email } } node(id: $id) { ... on ActionItem { owner { email } } } }`,
      { id: a.ids.actionItem },
      token.viewer,
    );
    expect(res.data?.viewer.user.email).toBe(a.viewer.email);
    expect(res.data?.node.owner.email).toBeNull();
    expect(errorPaths(res)).toEqual(["node.owner.email"]);
  });

  it("shows every user's e-mail address to an admin", async () => {
    const res = await server.gql<{ node: { email: string } }>(USER_EMAIL, { id: toGlobalId("User", a.editor.id) }, token.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?.node.email).toBe(a.editor.email);
  });
});
