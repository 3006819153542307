import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, nextEvents, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { codes, missingId, rowById } from "../more-helpers";
import { toGlobalId } from "../../src/platform/ids";
import { Meeting } from "../../src/modules/meetings/meeting.entity";
import { Participant } from "../../src/modules/meetings/participant.entity";
import { Stakeholder } from "../../src/modules/stakeholders/stakeholder.entity";
import { ActionItem } from "../../src/modules/decisions/action-item.entity";
import { Decision } from "../../src/modules/decisions/decision.entity";

let server: TestServer;
let a: TestOrg;
let b: TestOrg;
let aEditor: string;
let bEditor: string;
let bParticipant: Participant;
let bSecret: Stakeholder;
let hostileItem: ActionItem;
let hostileDecision: Decision;
let hostileParticipant: Participant;

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Kommun A");
  b = await createOrg(server.db, "Kommun B");
  aEditor = await server.tokenFor(a.editor);
  bEditor = await server.tokenFor(b.editor);
  const em = server.db.system();
  bSecret = em.create(Stakeholder, { organization: b.org.id, name: `Bertil Hemligsson ${b.org.slug}` });
  bParticipant = em.create(Participant, { organization: b.org.id, meeting: b.meeting.id, stakeholder: b.stakeholder.id });
  // Rows of B that (wrongly) point at A's meeting: only the tenant filter keeps them out of A's edges.
  hostileItem = em.create(ActionItem, { organization: b.org.id, meeting: a.meeting.id, title: "B:s åtgärd i A:s möte" });
  hostileDecision = em.create(Decision, { organization: b.org.id, meeting: a.meeting.id, text: "B:s beslut i A:s möte" });
  hostileParticipant = em.create(Participant, { organization: b.org.id, meeting: a.meeting.id, stakeholder: b.stakeholder.id });
  await em.flush();
});
afterAll(async () => server?.stop());

/** What A gets for B's id must be byte-for-byte what A gets for an id that does not exist. */
async function expectSameAsMissing(query: string, vars: (id: string) => Record<string, unknown>, bId: string, type: string) {
  const forB = await server.gql(query, vars(bId), aEditor);
  const forMissing = await server.gql(query, vars(missingId(type)), aEditor);
  expect(forB).toEqual(forMissing);
  return forB;
}

describe("reading another organisation's objects", () => {
  it("answers meeting(id:) for another organisation's meeting exactly as for a missing one", async () => {
    const res = await expectSameAsMissing(`query($id: ID!) { meeting(id: $id) { id title } }`, (id) => ({ id }), b.ids.meeting, "Meeting");
    expect(res.data).toEqual({ meeting: null });
    const own = await server.gql(`query($id: ID!) { meeting(id: $id) { title } }`, { id: b.ids.meeting }, bEditor);
    expect(own.data).toEqual({ meeting: { title: "Styrgruppsmöte" } });
  });

  for (const [type, key] of [
    ["Meeting", "meeting"],
    ["Stakeholder", "stakeholder"],
    ["ActionItem", "actionItem"],
  ] as const) {
    it(`answers node(id:) for another organisation's ${type} exactly as for a missing one`, async () => {
      const res = await expectSameAsMissing(`query($id: ID!) { node(id: $id) { id __typename } }`, (id) => ({ id }), b.ids[key], type);
      expect(res.data).toEqual({ node: null });
    });
  }

  it("answers node(id:) for another organisation's user and organisation exactly as for missing ones", async () => {
    await expectSameAsMissing(`query($id: ID!) { node(id: $id) { id } }`, (id) => ({ id }), toGlobalId("User", b.admin.id), "User");
    await expectSameAsMissing(`query($id: ID!) { node(id: $id) { id } }`, (id) => ({ id }), b.ids.org, "Organization");
  });
});

describe("writing to another organisation's objects", () => {
  it("answers updateMeeting on another organisation's meeting with the same NOT_FOUND as a missing one", async () => {
    const before = await rowById(server.db, "meetings", b.meeting.id);
    const res = await expectSameAsMissing(`mutation($id: ID!) { updateMeeting(input: { id: $id, title: "Kapad" }) { meeting { title } } }`, (id) => ({ id }), b.ids.meeting, "Meeting");
    expect(codes(res)).toEqual(["NOT_FOUND"]);
    expect(await rowById(server.db, "meetings", b.meeting.id)).toEqual(before);
  });

  it("answers completeActionItem on another organisation's item with the same NOT_FOUND as a missing one", async () => {
    const res = await expectSameAsMissing(`mutation($id: ID!) { completeActionItem(input: { id: $id }) { actionItem { status } } }`, (id) => ({ id }), b.ids.actionItem, "ActionItem");
    expect(codes(res)).toEqual(["NOT_FOUND"]);
    const row = await rowById(server.db, "action_items", b.actionItem.id);
    expect(row.status).toBe("OPEN");
    expect(row.completed_at).toBeNull();
  });

  it("answers setParticipantConsent on another organisation's participant with the same NOT_FOUND as a missing one", async () => {
    const res = await expectSameAsMissing(
      `mutation($id: ID!) { setParticipantConsent(input: { participantId: $id, consent: GRANTED }) { participant { consent } } }`,
      (id) => ({ id }),
      toGlobalId("Participant", bParticipant.id),
      "Participant",
    );
    expect(codes(res)).toEqual(["NOT_FOUND"]);
    const row = await rowById(server.db, "participants", bParticipant.id);
    expect(row.consent).toBe("PENDING");
    expect(row.consent_updated_at).toBeNull();
  });

  it("answers assignActionItem to another organisation's user with the same NOT_FOUND as a missing user", async () => {
    const res = await expectSameAsMissing(
      `mutation($item: ID!, $owner: ID!) { assignActionItem(input: { id: $item, ownerId: $owner }) { actionItem { ownerName } } }`,
      (owner) => ({ item: a.ids.actionItem, owner }),
      toGlobalId("User", b.viewer.id),
      "User",
    );
    expect(codes(res)).toEqual(["NOT_FOUND"]);
    expect((await rowById(server.db, "action_items", a.actionItem.id)).owner_id).toBe(a.editor.id);
  });
});

describe("lists and edges", () => {
  it("never lists another organisation's meetings", async () => {
    const res = await server.gql<{ meetings: { nodes: { id: string }[] } }>(`{ meetings(first: 100) { nodes { id } } }`, {}, aEditor);
    const ids = res.data!.meetings.nodes.map((m) => m.id);
    expect(ids).toContain(a.ids.meeting);
    expect(ids).not.toContain(b.ids.meeting);
  });

  it("answers actionItems filtered by another organisation's meeting exactly as for a missing meeting: empty", async () => {
    const res = await expectSameAsMissing(
      `query($m: ID!) { actionItems(first: 100, filter: { meetingId: $m }) { totalCount nodes { id } } }`,
      (m) => ({ m }),
      b.ids.meeting,
      "Meeting",
    );
    expect(res.data).toEqual({ actionItems: { totalCount: 0, nodes: [] } });
  });

  it("never finds another organisation's stakeholders by search", async () => {
    const query = `query($s: String!) { stakeholders(first: 100, filter: { search: $s }) { totalCount nodes { name } } }`;
    const fromA = await server.gql(query, { s: bSecret.name }, aEditor);
    expect(fromA.data).toEqual({ stakeholders: { totalCount: 0, nodes: [] } });
    const fromB = await server.gql(query, { s: bSecret.name }, bEditor);
    expect(fromB.data).toEqual({ stakeholders: { totalCount: 1, nodes: [{ name: bSecret.name }] } });
    const all = await server.gql<{ stakeholders: { nodes: { name: string }[] } }>(`{ stakeholders(first: 100) { nodes { name } } }`, {}, aEditor);
    expect(all.data!.stakeholders.nodes).toEqual([{ name: "Stina Stakeholder" }]);
  });

  it("never includes another organisation's rows in a meeting's edges, even rows that point at the meeting", async () => {
    const res = await server.gql<{ meeting: { actionItems: { totalCount: number; nodes: { id: string }[] }; decisions: { totalCount: number }; participants: { id: string }[] } }>(
      `query($id: ID!) { meeting(id: $id) { actionItems(first: 100) { totalCount nodes { id } } decisions(first: 100) { totalCount nodes { id } } participants { id } } }`,
      { id: a.ids.meeting },
      aEditor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.meeting.actionItems).toEqual({ totalCount: 1, nodes: [{ id: a.ids.actionItem }] });
    expect(res.data!.meeting.decisions.totalCount).toBe(0);
    expect(res.data!.meeting.participants).toEqual([]);
    expect(JSON.stringify(res)).not.toContain(toGlobalId("ActionItem", hostileItem.id));
    expect(JSON.stringify(res)).not.toContain(toGlobalId("Participant", hostileParticipant.id));
    expect(JSON.stringify(res)).not.toContain(toGlobalId("Decision", hostileDecision.id));
  });
});

describe("subscriptions", () => {
  it("delivers an organisation's own action item changes to its subscribers, never another organisation's", async () => {
    const client = server.ws(await server.tokenFor(a.viewer));
    try {
      const { ready, events } = nextEvents<{ data: { actionItemChanged: { id: string; status: string } | null } }>(
        client,
        `subscription { actionItemChanged { id status } }`,
        1,
      );
      await ready;
      const other = await server.gql(`mutation($id: ID!) { completeActionItem(input: { id: $id }) { actionItem { status } } }`, { id: b.ids.actionItem }, bEditor);
      expect(other.errors).toBeUndefined();
      await new Promise((r) => setTimeout(r, 300));
      const own = await server.gql(`mutation($id: ID!) { updateActionItem(input: { id: $id, title: "Skicka protokollet i dag" }) { actionItem { id } } }`, { id: a.ids.actionItem }, aEditor);
      expect(own.errors).toBeUndefined();
      expect((await events).map((e) => e.data.actionItemChanged)).toEqual([{ id: a.ids.actionItem, status: "OPEN" }]);
    } finally {
      await client.dispose();
    }
  });
});

describe("the ORM tenant filter", () => {
  it("scopes db.forOrg(A) to A's rows even for an unconditional find", async () => {
    const em = server.db.forOrg(a.org.id);
    const meetings = await em.find(Meeting, {});
    expect(meetings.map((m) => m.id)).toEqual([a.meeting.id]);
    const items = await em.find(ActionItem, { meeting: a.meeting.id });
    expect(items.map((i) => i.id)).toEqual([a.actionItem.id]);
    expect(await em.findOne(Meeting, { id: b.meeting.id })).toBeNull();
    expect(await em.count(Stakeholder, {})).toBe(1);
  });

  it("fails closed: an entity manager without an organisation throws instead of returning rows", async () => {
    await expect(server.db.orm.em.fork().find(Meeting, {})).rejects.toThrow(/tenant/);
    await expect(server.db.system().findOne(Meeting, { id: b.meeting.id })).rejects.toThrow(/tenant/);
    await expect(server.db.system().count(ActionItem, {})).rejects.toThrow(/tenant/);
  });
});
