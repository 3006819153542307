import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, startTestServer, type GqlResponse, type TestOrg, type TestServer } from "../helpers";
import { missingId, sql } from "../more-helpers";
import { fromGlobalId } from "../../src/platform/ids";
import { ConsentStatus } from "../../src/modules/meetings/participant.entity";
import { attachAndFinish, finished, meetingWith } from "../transcript-helpers";

// The review loop (issue 12, item 5) over real HTTP: the threshold makes suggestions, verdicts and
// their errors, who may give them, tenant isolation, reruns, and the precision figures.

const { GRANTED } = ConsentStatus;
const ITEMS = `query($id: ID!) { meeting(id: $id) {
  decisions(first: 50) { totalCount nodes { id text confidence reviewState reviewedAt reviewedBy { name } evidence { quote } } }
  actionItems(first: 50) { totalCount nodes { id title confidence reviewState reviewedAt reviewedBy { name } editedByHuman evidence { quote } } }
} }`;
type Node = { id: string; text?: string; title?: string; confidence: number | null; reviewState: string; reviewedAt: string | null; reviewedBy: { name: string } | null; editedByHuman?: boolean; evidence: { quote: string } | null };
type Items = { meeting: { decisions: { totalCount: number; nodes: Node[] }; actionItems: { totalCount: number; nodes: Node[] } } };
const REVIEW = `mutation($input: ReviewSuggestionInput!) { reviewSuggestion(input: $input) { decision { id reviewState reviewedBy { name } } actionItem { id reviewState reviewedBy { name } } } }`;
const SETTINGS = `mutation($input: UpdateReviewSettingsInput!) { updateReviewSettings(input: $input) { reviewSettings { suggestionThreshold updatedAt } } }`;
const PRECISION = `query($weeks: Int!) { reviewPrecision(weeks: $weeks) { weekStart accepted edited rejected reviewed precision } }`;
const ORG_ITEMS = `query($m: ID!) { actionItems(first: 50, filter: { meetingId: $m }) { totalCount nodes { id } } }`;

let server: TestServer;
let a: TestOrg;
let b: TestOrg;
const token = { admin: "", editor: "", viewer: "", otherEditor: "", otherAdmin: "" };
const code = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const items = async (meetingId: string, t = token.editor) => (await server.gql<Items>(ITEMS, { id: meetingId }, t)).data!.meeting;
const review = (id: string, verdict: string, t = token.editor) => server.gql<{ reviewSuggestion: { decision: Node | null; actionItem: Node | null } }>(REVIEW, { input: { id, verdict } }, t);

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Granskningskommun");
  b = await createOrg(server.db, "Grannkommun");
  token.admin = await server.tokenFor(a.admin);
  token.editor = await server.tokenFor(a.editor);
  token.viewer = await server.tokenFor(a.viewer);
  token.otherEditor = await server.tokenFor(b.editor);
  token.otherAdmin = await server.tokenFor(b.admin);
});
afterAll(async () => server?.stop());

describe("the suggestion threshold", () => {
  it("stores confident items as ACCEPTED facts under the default threshold (0.6)", async () => {
    const m = await meetingWith(server.db, b, [GRANTED, GRANTED]);
    expect((await attachAndFinish(server, token.otherEditor, m.id)).status).toBe("SUCCEEDED");
    const got = await items(m.id, token.otherEditor);
    const all = [...got.decisions.nodes, ...got.actionItems.nodes];
    expect(all.length).toBe(3);
    expect(all.every((n) => n.reviewState === "ACCEPTED" && n.reviewedAt === null && (n.confidence ?? 0) >= 0.6)).toBe(true);
    expect((await server.gql<{ actionItems: { totalCount: number } }>(ORG_ITEMS, { m: m.id }, token.otherEditor)).data!.actionItems.totalCount).toBe(2);
  });

  it("lets an admin (not an editor) change it, validated 0–1, and reads it back for editors", async () => {
    expect(code(await server.gql(SETTINGS, { input: { suggestionThreshold: 0.5 } }, token.editor))).toBe("FORBIDDEN");
    const bad = await server.gql(SETTINGS, { input: { suggestionThreshold: 1.5 } }, token.admin);
    expect(code(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.extensions?.problems?.[0]?.path).toEqual(["input", "suggestionThreshold"]);
    const ok = await server.gql<{ updateReviewSettings: { reviewSettings: { suggestionThreshold: number } } }>(SETTINGS, { input: { suggestionThreshold: 0.95 } }, token.admin);
    expect(ok.data?.updateReviewSettings.reviewSettings.suggestionThreshold).toBe(0.95);
    const read = await server.gql<{ reviewSettings: { suggestionThreshold: number } }>(`{ reviewSettings { suggestionThreshold } }`, {}, token.editor);
    expect(read.data?.reviewSettings.suggestionThreshold).toBe(0.95);
    expect(code(await server.gql(`{ reviewSettings { suggestionThreshold } }`, {}, token.viewer))).toBe("FORBIDDEN");
    // The other organisation still has the default.
    const other = await server.gql<{ reviewSettings: { suggestionThreshold: number } }>(`{ reviewSettings { suggestionThreshold } }`, {}, token.otherEditor);
    expect(other.data?.reviewSettings.suggestionThreshold).toBe(0.6);
  });
});

describe("reviewing suggestions", () => {
  let meetingId = "";
  let meetingUuid = "";
  let decision: Node;
  let rejected: Node;
  let edited: Node;

  it("stores items below the threshold as SUGGESTED, which the organisation's lists, briefs and exports leave out", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    meetingId = m.id;
    meetingUuid = m.meeting.id;
    expect((await attachAndFinish(server, token.editor, m.id)).status).toBe("SUCCEEDED");
    const got = await items(m.id);
    expect(got.decisions.nodes.map((n) => n.reviewState)).toEqual(["SUGGESTED"]);
    expect(got.actionItems.nodes.map((n) => n.reviewState)).toEqual(["SUGGESTED", "SUGGESTED"]);
    decision = got.decisions.nodes[0]!;
    [rejected, edited] = got.actionItems.nodes as [Node, Node];
    expect((await server.gql<{ actionItems: { totalCount: number } }>(ORG_ITEMS, { m: m.id }, token.editor)).data!.actionItems.totalCount).toBe(0);
    const brief = await server.gql<{ generatePostBrief: { brief: { body: string } } }>(`mutation($m: ID!) { generatePostBrief(input: { meetingId: $m }) { brief { body } } }`, { m: m.id }, token.editor);
    expect(brief.errors).toBeUndefined();
    expect(brief.data!.generatePostBrief.brief.body).not.toContain("förslag B");
    expect(brief.data!.generatePostBrief.brief.body).not.toContain("protokollet");
  });

  it("refuses viewers (FORBIDDEN), bad ids (BAD_USER_INPUT) and other organisations' items (NOT_FOUND), writing nothing", async () => {
    expect(code(await review(decision.id, "ACCEPT", token.viewer))).toBe("FORBIDDEN");
    const bad = await review(meetingId, "ACCEPT");
    expect(code(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.extensions?.problems?.[0]?.path).toEqual(["input", "id"]);
    expect(code(await review(missingId("Decision"), "ACCEPT"))).toBe("NOT_FOUND");
    expect(code(await review(decision.id, "ACCEPT", token.otherEditor))).toBe("NOT_FOUND");
    expect(code(await review(decision.id, "RESET"))).toBe("CONFLICT");
    expect(await sql(server.db, `select id from labelled_examples where meeting_id = ?`, [meetingUuid])).toEqual([]);
    expect((await items(meetingId)).decisions.nodes[0]!.reviewState).toBe("SUGGESTED");
  });

  it("accepts, rejects and (through the update mutation) edits, each stored as a labelled example with features", async () => {
    const accepted = await review(decision.id, "ACCEPT");
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.reviewSuggestion.decision).toMatchObject({ reviewState: "ACCEPTED", reviewedBy: { name: "Edvin Editor" } });
    // The same verdict again changes nothing; a different one on a fact is a CONFLICT.
    expect((await review(decision.id, "ACCEPT")).data!.reviewSuggestion.decision!.reviewState).toBe("ACCEPTED");
    const conflict = await review(decision.id, "REJECT");
    expect(code(conflict)).toBe("CONFLICT");
    expect(conflict.errors?.[0]?.extensions).toMatchObject({ reason: "NOT_A_SUGGESTION" });

    expect((await review(rejected.id, "REJECT")).data!.reviewSuggestion.actionItem!.reviewState).toBe("REJECTED");
    const upd = await server.gql<{ updateActionItem: { actionItem: Node } }>(
      `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { actionItem { id title reviewState reviewedBy { name } } } }`,
      { input: { id: edited.id, title: "Boka stora salen till nästa möte" } },
      token.editor,
    );
    expect(upd.errors).toBeUndefined();
    expect(upd.data!.updateActionItem.actionItem).toMatchObject({ title: "Boka stora salen till nästa möte", reviewState: "EDITED" });

    const got = await items(meetingId);
    expect(got.actionItems.nodes.map((n) => n.id)).toEqual([edited.id]);
    expect(got.actionItems.totalCount).toBe(1);
    expect((await server.gql<{ actionItems: { nodes: { id: string }[] } }>(ORG_ITEMS, { m: meetingId }, token.editor)).data!.actionItems.nodes.map((n) => n.id)).toEqual([edited.id]);

    const rows = await sql<{ item_kind: string; verdict: string; features: string[] | null; final_text: string | null; suggested_text: string; organization_id: string }>(
      server.db,
      `select item_kind, verdict, features, final_text, suggested_text, organization_id from labelled_examples where meeting_id = ? order by verdict`,
      [meetingUuid],
    );
    expect(rows.map((r) => [r.item_kind, r.verdict])).toEqual([["DECISION", "ACCEPT"], ["ACTION_ITEM", "EDIT"], ["ACTION_ITEM", "REJECT"]]);
    expect(rows.every((r) => r.organization_id === a.org.id && Array.isArray(r.features) && r.features.length > 5)).toBe(true);
    expect(rows[1]!.final_text).toBe("Boka stora salen till nästa möte");
    expect(rows[1]!.suggested_text).not.toBe("Boka stora salen till nästa möte");
  });

  it("RESET undoes a verdict: a suggestion again, its example deleted", async () => {
    expect((await review(rejected.id, "RESET")).data!.reviewSuggestion.actionItem!.reviewState).toBe("SUGGESTED");
    expect(await sql(server.db, `select id from labelled_examples where item_id = ?`, [fromGlobalId(rejected.id)!.id])).toEqual([]);
    expect((await review(rejected.id, "REJECT")).data!.reviewSuggestion.actionItem!.reviewState).toBe("REJECTED");
  });

  it("a rerun keeps rejected items out and edits in", async () => {
    const rerun = await server.gql<{ rerunExtraction: { run: { id: string } } }>(`mutation($m: ID!) { rerunExtraction(input: { meetingId: $m }) { run { id } } }`, { m: meetingId }, token.editor);
    expect(rerun.errors).toBeUndefined();
    expect((await finished(server, token.editor, rerun.data!.rerunExtraction.run.id)).status).toBe("SUCCEEDED");
    const got = await items(meetingId);
    expect(got.decisions.nodes.map((n) => [n.id, n.reviewState])).toEqual([[decision.id, "ACCEPTED"]]);
    expect(got.actionItems.nodes.map((n) => [n.id, n.title, n.reviewState])).toEqual([[edited.id, "Boka stora salen till nästa möte", "EDITED"]]);
    // The rejected one is still stored (so the rerun skipped its quote), hidden.
    const stored = await sql<{ review_state: string }>(server.db, `select review_state from action_items where meeting_id = ? order by review_state`, [meetingUuid]);
    expect(stored.map((r) => r.review_state)).toEqual(["EDITED", "REJECTED"]);
  });
});

describe("logs", () => {
  it("carry ids and counts of the review loop, never the items' words", () => {
    const text = server.logs.join("\n");
    expect(text).toContain('"suggested":3');
    for (const words of ["Boka stora salen", "förslag B", "protokollet", "Edvin Editor"]) expect(text).not.toContain(words);
  });
});

describe("precision over time", () => {
  it("counts verdicts per week in the caller's organisation only; FORBIDDEN for viewers", async () => {
    // An older verdict, a week back, straight into the table.
    await sql(
      server.db,
      `insert into labelled_examples (id, organization_id, meeting_id, item_kind, item_id, verdict, source, suggested_text, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, 'DECISION', gen_random_uuid(), 'REJECT', 'test', 'x', now() - interval '7 days', now() - interval '7 days'),
              (gen_random_uuid(), ?, ?, 'DECISION', gen_random_uuid(), 'ACCEPT', 'test', 'x', now() - interval '7 days', now() - interval '7 days')`,
      [a.org.id, a.meeting.id, a.org.id, a.meeting.id],
    );
    const res = await server.gql<{ reviewPrecision: { weekStart: string; accepted: number; edited: number; rejected: number; reviewed: number; precision: number | null }[] }>(PRECISION, { weeks: 3 }, token.editor);
    expect(res.errors).toBeUndefined();
    const weeks = res.data!.reviewPrecision;
    expect(weeks).toHaveLength(3);
    expect(weeks.map((w) => new Date(`${w.weekStart}T12:00:00Z`).getUTCDay())).toEqual([1, 1, 1]);
    expect(weeks[0]).toMatchObject({ accepted: 0, edited: 0, rejected: 0, reviewed: 0, precision: null });
    expect(weeks[1]).toMatchObject({ accepted: 1, edited: 0, rejected: 1, reviewed: 2, precision: 0.5 });
    expect(weeks[2]).toMatchObject({ accepted: 1, edited: 1, rejected: 1, reviewed: 3, precision: 0.6667 });

    const other = await server.gql<{ reviewPrecision: { reviewed: number }[] }>(PRECISION, { weeks: 3 }, token.otherEditor);
    expect(other.data!.reviewPrecision.map((w) => w.reviewed)).toEqual([0, 0, 0]);
    expect(code(await server.gql(PRECISION, { weeks: 3 }, token.viewer))).toBe("FORBIDDEN");
    expect(code(await server.gql(PRECISION, { weeks: 0 }, token.editor))).toBe("BAD_USER_INPUT");
    expect(code(await server.gql(PRECISION, { weeks: 500 }, token.editor))).toBe("BAD_USER_INPUT");
  });

  it("labelled examples go with their meeting", async () => {
    const before = await sql(server.db, `select id from labelled_examples where meeting_id = ?`, [a.meeting.id]);
    expect(before.length).toBe(2);
    await sql(server.db, `delete from meetings where id = ?`, [a.meeting.id]);
    expect(await sql(server.db, `select id from labelled_examples where meeting_id = ?`, [a.meeting.id])).toEqual([]);
  });
});
