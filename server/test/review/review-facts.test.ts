import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/platform/clock";
import { ActionItem } from "../../src/modules/decisions/action-item.entity";
import { Decision } from "../../src/modules/decisions/decision.entity";
import { Meeting } from "../../src/modules/meetings/meeting.entity";
import { toGlobalId } from "../../src/platform/ids";
import { ReviewState } from "../../src/modules/decisions/review-state";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { sql } from "../more-helpers";

// Suggestions are not facts: the nudge sweep, the dashboard's lists and trend, and the pre-brief
// leave SUGGESTED and REJECTED items out; ACCEPTED and EDITED ones count. Wednesday 10:00 in
// Stockholm (not quiet hours), so the dated round of the sweep runs.
const clock = manualClock("2026-12-02T09:00:00Z");
const YESTERDAY = "2026-12-01";

let server: TestServer;
let a: TestOrg;
let token = "";
const items: Record<ReviewState, ActionItem> = {} as Record<ReviewState, ActionItem>;

beforeAll(async () => {
  server = await startTestServer({}, { clock });
  a = await createOrg(server.db, "Faktakommun");
  token = await server.tokenFor(a.editor);
  const em = server.db.system();
  for (const state of Object.values(ReviewState)) {
    items[state] = em.create(ActionItem, { organization: a.org, meeting: a.meeting, title: `Åtgärd ${state}`, owner: a.editor, ownerName: a.editor.name, dueDate: YESTERDAY, source: "local-heuristic@test", confidence: 0.5, reviewState: state });
    em.create(Decision, { organization: a.org, meeting: a.meeting, text: `Beslut ${state}`, source: "local-heuristic@test", confidence: 0.5, reviewState: state });
  }
  await em.flush();
  // Written before the clock's "now" (rows get the database's time when written): the trend counts an item from the day it was created.
  await sql(server.db, `update action_items set created_at = ?, updated_at = ? where organization_id = ?`, [new Date(clock.now().getTime() - 3_600_000), new Date(clock.now().getTime() - 3_600_000), a.org.id]);
});
afterAll(async () => server?.stop());

describe("what counts as a fact", () => {
  it("the nudge sweep nudges ACCEPTED and EDITED items only", async () => {
    const result = await server.jobs.runNow("nudge-sweep", { orgId: a.org.id });
    expect(result.outcome).toBe("succeeded");
    const nudged = await sql<{ action_item_id: string }>(server.db, `select distinct action_item_id from nudges where organization_id = ?`, [a.org.id]);
    const ids = new Set(nudged.map((n) => n.action_item_id));
    expect(ids.has(items.ACCEPTED.id)).toBe(true);
    expect(ids.has(items.EDITED.id)).toBe(true);
    expect(ids.has(items.SUGGESTED.id)).toBe(false);
    expect(ids.has(items.REJECTED.id)).toBe(false);
  });

  it("the organisation's action items (dashboard, my items, CSV) and the trend leave suggestions out", async () => {
    const res = await server.gql<{ actionItems: { totalCount: number; nodes: { title: string }[] }; actionItemTrend: { open: number }[] }>(
      `{ actionItems(first: 50, filter: { status: [OPEN] }) { totalCount nodes { title } } actionItemTrend(days: 2) { open } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    // createOrg's own open item, plus the two facts.
    expect(res.data!.actionItems.nodes.map((n) => n.title).sort()).toEqual(["Skicka protokollet", "Åtgärd ACCEPTED", "Åtgärd EDITED"].sort());
    expect(res.data!.actionItemTrend.at(-1)!.open).toBe(3);
  });

  it("the meeting lists suggestions (marked) but never rejected items; the pre-brief and decision export only facts", async () => {
    const res = await server.gql<{ meeting: { decisions: { nodes: { text: string; reviewState: string }[] }; actionItems: { nodes: { title: string }[] } } }>(
      `query($id: ID!) { meeting(id: $id) { decisions(first: 20) { nodes { text reviewState } } actionItems(first: 20) { nodes { title } } } }`,
      { id: a.ids.meeting },
      token,
    );
    expect(res.data!.meeting.decisions.nodes.map((n) => n.reviewState).sort()).toEqual(["ACCEPTED", "EDITED", "SUGGESTED"]);
    expect(res.data!.meeting.actionItems.nodes.map((n) => n.title)).not.toContain("Åtgärd REJECTED");

    // The next meeting on the same matter: its pre-brief lists the earlier meeting's open items and decisions.
    const em = server.db.system();
    const next = em.create(Meeting, { organization: a.org.id, title: a.meeting.title, startsAt: new Date("2026-12-20T09:00:00Z"), agendaItems: ["Budget"] });
    await em.flush();
    const brief = await server.gql<{ generatePreBrief: { brief: { body: string } } }>(`mutation($m: ID!) { generatePreBrief(input: { meetingId: $m }) { brief { body } } }`, { m: toGlobalId("Meeting", next.id) }, token);
    expect(brief.errors, JSON.stringify(brief.errors)).toBeUndefined();
    const body = brief.data!.generatePreBrief.brief.body;
    expect(body).toContain("Åtgärd ACCEPTED");
    expect(body).toContain("Beslut EDITED");
    expect(body).not.toContain("SUGGESTED");
    expect(body).not.toContain("REJECTED");

    const exported = await server.gql<{ decisionsExport: { base64: string } }>(`query($m: ID!) { decisionsExport(meetingId: $m, format: MARKDOWN) { base64 } }`, { m: a.ids.meeting }, token);
    expect(exported.errors).toBeUndefined();
    const text = Buffer.from(exported.data!.decisionsExport.base64, "base64").toString("utf8");
    expect(text).toContain("Beslut ACCEPTED");
    expect(text).toContain("Beslut EDITED");
    expect(text).not.toContain("Beslut SUGGESTED");
    expect(text).not.toContain("Beslut REJECTED");
  });
});
