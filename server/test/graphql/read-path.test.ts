import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPage } from "../../src/platform/read-path";
import { todayInStockholm } from "../../src/platform/validation";
import { ActionItem, ActionItemStatus } from "../../src/modules/decisions/action-item.entity";
import { Meeting } from "../../src/modules/meetings/meeting.entity";
import { Brief, BriefKind } from "../../src/modules/briefs/brief.entity";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { countStatements } from "../briefs/brief-helpers";

let server: TestServer;
let a: TestOrg;
let b: TestOrg;

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Läskommun");
  b = await createOrg(server.db, "Grannkommun");
  const em = server.db.system();
  for (let i = 0; i < 30; i++) {
    em.create(ActionItem, { organization: a.org, meeting: a.meeting, title: `A${i}`, owner: i % 3 ? a.editor : null, dueDate: i % 5 ? (i % 2 ? `2027-02-${String((i % 27) + 1).padStart(2, "0")}` : `2025-03-${String((i % 27) + 1).padStart(2, "0")}`) : null, status: i % 4 ? ActionItemStatus.OPEN : ActionItemStatus.DONE });
    em.create(ActionItem, { organization: b.org, meeting: b.meeting, title: `B${i}`, dueDate: "2027-01-01" });
  }
  await em.flush();
});
afterAll(async () => server?.stop());

const LIST = `query($first: Int!, $after: String, $f: ActionItemFilter, $o: ActionItemOrder) {
  actionItems(first: $first, after: $after, filter: $f, orderBy: $o) { totalCount pageInfo { hasNextPage endCursor } nodes { id title dueDate status isOverdue owner { id } meeting { id } createdAt } }
}`;
const NO_TOTAL = `query($first: Int!, $after: String) { actionItems(first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`;

describe("the plain-SQL read path", () => {
  it("refuses an entity manager without an organisation (raw SQL has no tenant filter of its own)", async () => {
    await expect(readPage(server.db.system(), ActionItem, { where: [], params: [], orderBy: `"id"`, limit: 5, offset: 0, total: true })).rejects.toThrow(/organisation-scoped/);
  });

  it("answers the same rows, order and counts as the ORM would, and only the organisation's own", async () => {
    const token = await server.tokenFor(a.viewer);
    const orm = server.db.forOrg(a.org.id);
    const cases: { f?: Record<string, unknown>; o?: Record<string, unknown>; where: object; orderBy: object }[] = [
      { where: {}, orderBy: { dueDate: "asc nulls last", id: "asc" } },
      { f: { status: ["OPEN"] }, where: { status: ActionItemStatus.OPEN }, orderBy: { dueDate: "asc nulls last", id: "asc" } },
      { f: { ownerId: Buffer.from(`User:${a.editor.id}`).toString("base64url") }, o: { field: "DUE_DATE", direction: "DESC" }, where: { owner: a.editor.id }, orderBy: { dueDate: "desc nulls last", id: "desc" } },
      { o: { field: "UPDATED_AT", direction: "ASC" }, where: {}, orderBy: { updatedAt: "asc", id: "asc" } },
    ];
    for (const c of cases) {
      const res = await server.gql<{ actionItems: { totalCount: number; nodes: { id: string; meeting: { id: string } }[] } }>(LIST, { first: 100, f: c.f, o: c.o }, token);
      expect(res.errors).toBeUndefined();
      const [expected, total] = await orm.findAndCount(ActionItem, c.where, { orderBy: c.orderBy as never });
      expect(res.data!.actionItems.nodes.map((n) => Buffer.from(n.id, "base64url").toString().split(":")[1])).toEqual(expected.map((e) => e.id));
      expect(res.data!.actionItems.totalCount).toBe(total);
      expect(new Set(res.data!.actionItems.nodes.map((n) => n.meeting.id))).toEqual(new Set([a.ids.meeting]));
      // Every field as the ORM-loaded entity gives it: calendar dates as strings, instants as ISO times.
      const nodes = res.data!.actionItems.nodes as unknown as { title: string; dueDate: string | null; status: string; isOverdue: boolean; owner: { id: string } | null; createdAt: string }[];
      nodes.forEach((n, i) => {
        const e = expected[i]!;
        expect(n).toMatchObject({ title: e.title, dueDate: e.dueDate ?? null, status: e.status, isOverdue: e.status === "OPEN" && !!e.dueDate && e.dueDate < todayInStockholm(), createdAt: e.createdAt.toISOString() });
        expect(n.owner?.id ?? null).toBe(e.owner ? Buffer.from(`User:${e.owner.id}`).toString("base64url") : null);
      });
    }
  });

  it("pages without counting when totalCount is not asked for, and still knows whether there is a next page", async () => {
    const token = await server.tokenFor(a.viewer);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: { actionItems: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string }[] } } | null } = await server.gql(NO_TOTAL, { first: 7, after }, token);
      const page = res.data!.actionItems;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(31); // 30 + createOrg's own item
    expect(new Set(seen).size).toBe(31);
  });

  it("maps meetings with their dates and enums like the ORM does", async () => {
    const token = await server.tokenFor(a.viewer);
    const res = await server.gql<{ meetings: { nodes: { id: string; startsAt: string; status: string; sensitivity: string }[] } }>(`{ meetings(first: 10) { nodes { id startsAt status sensitivity } } }`, {}, token);
    const m = await server.db.forOrg(a.org.id).findOneOrFail(Meeting, { id: a.meeting.id });
    expect(res.data!.meetings.nodes).toEqual([{ id: a.ids.meeting, startsAt: m.startsAt.toISOString(), status: m.status, sensitivity: m.sensitivity }]);
  });

  it("reads a list's briefs in the list's own statement, in order, the bodies only when asked for, and only the organisation's own", async () => {
    const em = server.db.system();
    const second = em.create(Meeting, { organization: a.org, title: "Andra mötet", startsAt: new Date(Date.now() + 2 * 86_400_000) });
    em.create(Brief, { organization: a.org, meeting: a.meeting, kind: BriefKind.POST, version: 1, body: "# Efter" });
    em.create(Brief, { organization: a.org, meeting: a.meeting, kind: BriefKind.PRE, version: 1, body: "# Före 1" });
    em.create(Brief, { organization: a.org, meeting: a.meeting, kind: BriefKind.PRE, version: 2, body: "# Före 2" });
    // A row that names a's meeting but belongs to b (only a bug could write it): never a's.
    em.create(Brief, { organization: b.org, meeting: a.meeting, kind: BriefKind.PRE, version: 9, body: "# Grannens" });
    await em.flush();
    const token = await server.tokenFor(a.viewer);
    const LIST_BRIEFS = (fields: string) => `{ meetings(first: 10) { nodes { id briefs { ${fields} } } } }`;
    type Res = { meetings: { nodes: { id: string; briefs: { kind: string; version: number; body?: string }[] }[] } };
    let res: Awaited<ReturnType<typeof server.gql<Res>>> | undefined;
    const statements = await countStatements(server.db, async () => (res = await server.gql<Res>(LIST_BRIEFS("kind version"), {}, token)));
    expect(res!.errors).toBeUndefined();
    const byMeeting = new Map(res!.data!.meetings.nodes.map((n) => [n.id, n.briefs]));
    expect(byMeeting.get(a.ids.meeting)).toEqual([{ kind: "PRE", version: 2 }, { kind: "PRE", version: 1 }, { kind: "POST", version: 1 }]);
    expect(byMeeting.get(Buffer.from(`Meeting:${second.id}`).toString("base64url"))).toEqual([]);
    // One statement for the page and its briefs, and the bodies were not read.
    const reads = statements.filter((q) => /\bfrom "(meetings|briefs)"/.test(q));
    expect(reads).toHaveLength(1);
    expect(reads[0]).not.toMatch(/"body"/);
    // The same through a single meeting (no list to read them with): the same briefs, the bodies when asked.
    const withBody = await server.gql<Res>(LIST_BRIEFS("kind version body"), {}, token);
    expect(withBody.data!.meetings.nodes.find((n) => n.id === a.ids.meeting)!.briefs.map((b) => b.body)).toEqual(["# Före 2", "# Före 1", "# Efter"]);
    const single = await server.gql<{ node: { briefs: { kind: string; version: number; body: string }[] } }>(`query($id: ID!) { node(id: $id) { ... on Meeting { briefs { kind version body } } } }`, { id: a.ids.meeting }, token);
    expect(single.data!.node.briefs).toEqual(withBody.data!.meetings.nodes.find((n) => n.id === a.ids.meeting)!.briefs);
    // Aliases: one selection without the body and one with it both get what they asked for.
    const aliased = await server.gql<{ meetings: { nodes: { id: string; short: { version: number }[]; full: { body: string }[] }[] } }>(`{ meetings(first: 10) { nodes { id short: briefs { version } full: briefs { body } } } }`, {}, token);
    expect(aliased.data!.meetings.nodes.find((n) => n.id === a.ids.meeting)!.full.map((b) => b.body)).toEqual(["# Före 2", "# Före 1", "# Efter"]);
  });

  it("reads a reference with only the columns its selection asks for, and the whole row when a resolver is asked for", async () => {
    const adminToken = await server.tokenFor(a.admin);
    const q = (owner: string, meeting: string) => `{ actionItems(first: 50) { nodes { id owner { ${owner} } meeting { ${meeting} } } } }`;
    type Res = { actionItems: { nodes: { owner: { id: string; name: string; email?: string } | null; meeting: { id: string; title: string; viewerCanEdit?: boolean } }[] } };
    let res: Awaited<ReturnType<typeof server.gql<Res>>> | undefined;
    const plain = await countStatements(server.db, async () => (res = await server.gql<Res>(q("id name", "id title"), {}, adminToken)));
    expect(res!.errors).toBeUndefined();
    const page = plain.filter((s) => /from "action_items"/.test(s));
    expect(page).toHaveLength(1);
    // The owner's e-mail and the meeting's agenda were not read; names and titles are right.
    expect(page[0]).not.toMatch(/"email"|"agenda_items"/);
    const owned = res!.data!.actionItems.nodes.filter((n) => n.owner);
    expect(owned.length).toBeGreaterThan(0);
    for (const n of owned) expect(n.owner).toEqual({ id: Buffer.from(`User:${a.editor.id}`).toString("base64url"), name: a.editor.name });
    expect(res!.data!.actionItems.nodes.filter((n) => !n.owner).length).toBeGreaterThan(0);
    expect(new Set(res!.data!.actionItems.nodes.map((n) => n.meeting.title))).toEqual(new Set([a.meeting.title]));
    // Asked for, the e-mail is read (an admin may see it); a resolver field below the reference reads the whole row.
    const full = await countStatements(server.db, async () => (res = await server.gql<Res>(q("id name email", "id title viewerCanEdit"), {}, adminToken)));
    expect(res!.errors).toBeUndefined();
    expect(res!.data!.actionItems.nodes.find((n) => n.owner)!.owner!.email).toBe(a.editor.email);
    expect(res!.data!.actionItems.nodes[0]!.meeting.viewerCanEdit).toBe(true);
    expect(full.find((s) => /from "action_items"/.test(s))).toMatch(/"agenda_items"/);
    // The same user read in full elsewhere in the request is not the trimmed copy.
    const both = await server.gql<{ actionItems: { nodes: { owner: { name: string } | null }[] }; users: { nodes: { id: string; email: string }[] } }>(
      `{ actionItems(first: 50) { nodes { owner { name } } } users(first: 50) { nodes { id email } } }`,
      {},
      adminToken,
    );
    expect(both.errors).toBeUndefined();
    expect(both.data!.users.nodes.find((u) => u.id === Buffer.from(`User:${a.editor.id}`).toString("base64url"))!.email).toBe(a.editor.email);
  });
});
