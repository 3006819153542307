import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/platform/ids";
import { ActionItem } from "../../src/modules/decisions/action-item.entity";
import { Decision } from "../../src/modules/decisions/decision.entity";
import { Stakeholder } from "../../src/modules/stakeholders/stakeholder.entity";
import { createOrg, nextEvents, startTestServer, type TestOrg, type TestServer } from "../helpers";

/** What the browser's workbench relies on: colleagues as participants, striking items, edits marked. */
let server: TestServer;
let a: TestOrg;
let b: TestOrg;
let editor: string;

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Arbetskommun");
  b = await createOrg(server.db, "Grannarbete");
  editor = await server.tokenFor(a.editor);
});
afterAll(async () => server?.stop());

const ADD = `mutation($i: AddParticipantInput!) { addParticipant(input: $i) { participant { id consent stakeholder { id name email } } } }`;

describe("addParticipant with a user of the organisation", () => {
  it("adds the colleague as a stakeholder (created once from name and address, then reused), consent pending", async () => {
    const first = await server.gql<{ addParticipant: { participant: { consent: string; stakeholder: { id: string; name: string; email: string } } } }>(
      ADD,
      { i: { meetingId: a.ids.meeting, userId: toGlobalId("User", a.viewer.id) } },
      editor,
    );
    expect(first.errors).toBeUndefined();
    const participant = first.data!.addParticipant.participant;
    expect(participant).toMatchObject({ consent: "PENDING", stakeholder: { name: "Vera Viewer", email: a.viewer.email } });

    // A second meeting: the same stakeholder, not a copy.
    const em = server.db.system();
    const other = em.create((await import("../../src/modules/meetings/meeting.entity")).Meeting, { organization: a.org, title: "Andra mötet", startsAt: new Date("2027-01-10T09:00:00Z"), agendaItems: [] });
    await em.flush();
    const second = await server.gql<{ addParticipant: { participant: { stakeholder: { id: string } } } }>(ADD, { i: { meetingId: toGlobalId("Meeting", other.id), userId: toGlobalId("User", a.viewer.id) } }, editor);
    expect(second.data!.addParticipant.participant.stakeholder.id).toBe(participant.stakeholder.id);
    expect(await server.db.forOrg(a.org.id).count(Stakeholder, { organization: a.org, name: "Vera Viewer" })).toBe(1);
  });

  it("refuses both or neither id, a user of another organisation, and a viewer", async () => {
    const both = await server.gql(ADD, { i: { meetingId: a.ids.meeting, userId: toGlobalId("User", a.admin.id), stakeholderId: a.ids.stakeholder } }, editor);
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.stakeholderId" });
    const neither = await server.gql(ADD, { i: { meetingId: a.ids.meeting } }, editor);
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.stakeholderId" });
    const foreign = await server.gql(ADD, { i: { meetingId: a.ids.meeting, userId: toGlobalId("User", b.editor.id) } }, editor);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const viewer = await server.gql(ADD, { i: { meetingId: a.ids.meeting, userId: toGlobalId("User", a.admin.id) } }, await server.tokenFor(a.viewer));
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await server.db.forOrg(a.org.id).count(Stakeholder, { organization: a.org, name: "Alma Admin" })).toBe(0);
  });
});

describe("striking and correcting items", () => {
  it("cancelActionItem strikes an item, reopenActionItem undoes it, and both reach subscribers", async () => {
    const ws = server.ws(await server.tokenFor(a.viewer));
    const live = nextEvents<{ data: { actionItemChanged: { id: string; status: string } } }>(ws, `subscription { actionItemChanged { id status } }`, 2);
    await live.ready;
    const cancel = await server.gql<{ cancelActionItem: { actionItem: { status: string; completedAt: string | null; editedByHuman: boolean } } }>(
      `mutation($id: ID!) { cancelActionItem(input: { id: $id }) { actionItem { status completedAt editedByHuman } } }`,
      { id: a.ids.actionItem },
      editor,
    );
    expect(cancel.errors).toBeUndefined();
    expect(cancel.data!.cancelActionItem.actionItem).toEqual({ status: "CANCELLED", completedAt: null, editedByHuman: true });
    const reopen = await server.gql<{ reopenActionItem: { actionItem: { status: string } } }>(`mutation($id: ID!) { reopenActionItem(input: { id: $id }) { actionItem { status } } }`, { id: a.ids.actionItem }, editor);
    expect(reopen.data!.reopenActionItem.actionItem.status).toBe("OPEN");
    expect((await live.events).map((e) => e.data.actionItemChanged.status)).toEqual(["CANCELLED", "OPEN"]);
    await ws.dispose();
    const foreign = await server.gql(`mutation($id: ID!) { cancelActionItem(input: { id: $id }) { actionItem { id } } }`, { id: b.ids.actionItem }, editor);
    expect(foreign.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("marks a person's edit of a machine-made decision, and tells open meeting pages", async () => {
    const em = server.db.system();
    const decision = em.create(Decision, { organization: a.org, meeting: a.meeting, text: "Ja, så gör vi.", source: "local-heuristic@0.5.0" });
    const item = em.create(ActionItem, { organization: a.org, meeting: a.meeting, title: "Jag kan ta det.", source: "local-heuristic@0.5.0" });
    await em.flush();
    const ws = server.ws(await server.tokenFor(a.viewer));
    const live = nextEvents<{ data: { meetingChanged: { id: string } } }>(ws, `subscription { meetingChanged { id } }`, 1);
    await live.ready;
    const before = await server.gql<{ node: { editedByHuman: boolean } }>(`query($id: ID!) { node(id: $id) { ... on Decision { editedByHuman } } }`, { id: toGlobalId("Decision", decision.id) }, editor);
    expect(before.data!.node.editedByHuman).toBe(false);
    const edit = await server.gql<{ updateDecision: { decision: { text: string; editedByHuman: boolean } } }>(
      `mutation($id: ID!) { updateDecision(input: { id: $id, text: "Slutflytten skjuts till vecka 50." }) { decision { text editedByHuman } } }`,
      { id: toGlobalId("Decision", decision.id) },
      editor,
    );
    expect(edit.data!.updateDecision.decision).toEqual({ text: "Slutflytten skjuts till vecka 50.", editedByHuman: true });
    expect((await live.events)[0]!.data.meetingChanged.id).toBe(a.ids.meeting);
    await ws.dispose();
    const title = await server.gql<{ updateActionItem: { actionItem: { title: string; editedByHuman: boolean } } }>(
      `mutation($id: ID!) { updateActionItem(input: { id: $id, title: "Skriva rollback-planen" }) { actionItem { title editedByHuman } } }`,
      { id: toGlobalId("ActionItem", item.id) },
      editor,
    );
    expect(title.data!.updateActionItem.actionItem).toEqual({ title: "Skriva rollback-planen", editedByHuman: true });
  });
});
