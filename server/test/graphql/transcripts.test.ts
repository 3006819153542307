import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { createOrg, startTestServer, type GqlResponse, type TestOrg, type TestServer } from "../helpers";
import { countRows, sql } from "../more-helpers";
import { ConsentStatus } from "../../src/modules/meetings/participant.entity";
import { Sensitivity } from "../../src/modules/meetings/meeting.entity";
import { ATTACH, STYRGRUPP, attach, attachAndFinish, finished, followRuns, meetingWith, mockOpenAi, type RunView } from "../transcript-helpers";

// Transcripts in the product (issue 3, item 6–7): consent gate, extraction outside the request,
// re-runs that keep human edits, consent withdrawal, Fort Knox, post-briefs and the log canary.

const { GRANTED, PENDING, DECLINED } = ConsentStatus;
const redisUrl = inject("redisUrl");
const ITEMS = `query($id: ID!) { meeting(id: $id) {
  transcript { id format segmentCount }
  extractionRuns { id status }
  decisions(first: 50) { nodes { id text source confidence evidence { quote segment startMs } } }
  actionItems(first: 50) { nodes { id title ownerName owner { name } dueDate source evidence { quote segment startMs } } }
  briefs { id kind version body }
} }`;
type Items = {
  meeting: {
    transcript: { id: string } | null;
    extractionRuns: { id: string; status: string }[];
    decisions: { nodes: { id: string; text: string; source: string; evidence: { quote: string; segment: number; startMs: number } | null }[] };
    actionItems: { nodes: { id: string; title: string; ownerName: string | null; owner: { name: string } | null; dueDate: string | null; source: string; evidence: { quote: string } | null }[] };
    briefs: { id: string; kind: string; version: number; body: string }[];
  };
};

let server: TestServer;
let a: TestOrg;
const token = { viewer: "", editor: "" };
const code = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const items = async (meetingId: string) => (await server.gql<Items>(ITEMS, { id: meetingId }, token.editor)).data!.meeting;
const audits = (orgId: string, action: string) => sql(server.db, `select * from audit_events where organization_id = ? and action = ?`, [orgId, action]);

beforeAll(async () => {
  server = await startTestServer({ TRANSCRIPT_MAX_BYTES: "20000", ...(redisUrl ? { REDIS_URL: redisUrl } : {}) });
  a = await createOrg(server.db, "Transkriptkommun");
  token.viewer = await server.tokenFor(a.viewer);
  token.editor = await server.tokenFor(a.editor);
});
afterAll(async () => server?.stop());

describe("consent gate", () => {
  it.each([
    ["a participant is PENDING", [GRANTED, PENDING]],
    ["a participant DECLINED", [DECLINED, GRANTED]],
    ["the meeting has no participants", []],
  ])("refuses with CONSENT_REQUIRED when %s, stores no text and audits the attempt", async (_label, consents) => {
    const m = await meetingWith(server.db, a, consents as ConsentStatus[]);
    const res = await attach(server, token.editor, m.id, STYRGRUPP);
    expect(res.data).toBeNull();
    expect(code(res)).toBe("CONSENT_REQUIRED");
    expect(res.errors?.[0]?.message).toMatch(/samtyck/);
    expect(await sql(server.db, `select id from transcripts where meeting_id = ?`, [m.meeting.id])).toEqual([]);
    expect(await sql(server.db, `select id from extraction_runs where meeting_id = ?`, [m.meeting.id])).toEqual([]);
    const [audit] = await sql<{ meeting_id: string; actor_user_id: string; details: Record<string, unknown> }>(
      server.db,
      `select * from audit_events where meeting_id = ? and action = 'TRANSCRIPT_REFUSED_CONSENT'`,
      [m.meeting.id],
    );
    expect(audit).toMatchObject({ actor_user_id: a.editor.id, details: { operation: "attach", participants: consents.length } });
    expect(JSON.stringify(audit)).not.toContain("protokollet");
  });

  it("lets a viewer neither attach nor re-run (FORBIDDEN) and writes nothing", async () => {
    const m = await meetingWith(server.db, a, [GRANTED]);
    const res = await attach(server, token.viewer, m.id, STYRGRUPP);
    expect(code(res)).toBe("FORBIDDEN");
    const rerun = await server.gql(`mutation($m: ID!) { rerunExtraction(input: { meetingId: $m }) { run { id } } }`, { m: m.id }, token.viewer);
    expect(code(rerun)).toBe("FORBIDDEN");
    expect(await sql(server.db, `select id from transcripts where meeting_id = ?`, [m.meeting.id])).toEqual([]);
  });
});

describe("bad transcripts", () => {
  it.each([
    ["empty", "   \n", "TRANSCRIPT_EMPTY"],
    ["binary-looking", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000", "TRANSCRIPT_BINARY"],
    ["too large", `Edvin Editor: ${"bla ".repeat(6000)}\n`, undefined],
  ])("answers BAD_USER_INPUT at input.content for %s content and writes nothing", async (_label, content, reason) => {
    const m = await meetingWith(server.db, a, [GRANTED]);
    const before = await countRows(server.db, "audit_events", a.org.id);
    const res = await attach(server, token.editor, m.id, content);
    expect(res.data).toBeNull();
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.field).toBe("input.content");
    expect(res.errors?.[0]?.extensions?.problems?.[0]?.path).toEqual(["input", "content"]);
    if (reason) expect((res.errors?.[0]?.extensions as { reason?: string }).reason).toBe(reason);
    expect(await sql(server.db, `select id from transcripts where meeting_id = ?`, [m.meeting.id])).toEqual([]);
    expect(await sql(server.db, `select id from extraction_runs where meeting_id = ?`, [m.meeting.id])).toEqual([]);
    expect(await countRows(server.db, "audit_events", a.org.id)).toBe(before);
  });
});

describe("extraction", () => {
  it("stores the transcript, runs outside the request and stores items with evidence, source and owners", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    const res = await attach(server, token.editor, m.id, STYRGRUPP);
    expect(res.errors).toBeUndefined();
    expect(res.data?.attachTranscript.transcript).toMatchObject({ format: "TEXT", segmentCount: 6 });
    const run = await finished(server, token.viewer, res.data!.attachTranscript.run.id);
    expect(run).toMatchObject({ status: "SUCCEEDED", progress: 100, source: expect.stringMatching(/^local-heuristic@\d+\.\d+\.\d+$/), failureCode: null });

    const stored = await items(m.id);
    expect(stored.transcript?.id).toBe(res.data?.attachTranscript.transcript.id);
    expect(run.decisionCount).toBe(stored.decisions.nodes.length);
    expect(run.actionItemCount).toBe(stored.actionItems.nodes.length);
    expect(stored.decisions.nodes).toContainEqual(
      expect.objectContaining({ source: run.source, evidence: { quote: "Då bestämmer vi det: vi kör på förslag B.", segment: 2, startMs: 20_000 } }),
    );
    const protokoll = stored.actionItems.nodes.find((i) => i.evidence?.quote.includes("Jag tar det"));
    expect(protokoll).toMatchObject({ title: "Skicka protokollet", owner: { name: "Edvin Editor" }, ownerName: "Edvin Editor", dueDate: "2026-11-20", source: run.source });
    const lokal = stored.actionItems.nodes.find((i) => i.evidence?.quote.includes("bokar lokalen"));
    expect(lokal).toMatchObject({ owner: null, ownerName: "Stina Stakeholder" });
    expect(await audits(a.org.id, "TRANSCRIPT_ATTACHED")).not.toHaveLength(0);
  });

  it("shows the transcript's text to editors only", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    await attachAndFinish(server, token.editor, m.id);
    const q = `query($id: ID!) { meeting(id: $id) { transcript { byteSize text } } }`;
    const editor = await server.gql<{ meeting: { transcript: { text: string | null } } }>(q, { id: m.id }, token.editor);
    expect(editor.data?.meeting.transcript.text).toBe(STYRGRUPP);
    const viewer = await server.gql<{ meeting: { transcript: { byteSize: number; text: string | null } } }>(q, { id: m.id }, token.viewer);
    expect(viewer.data?.meeting.transcript).toEqual({ byteSize: Buffer.byteLength(STYRGRUPP), text: null });
    expect(code(viewer)).toBe("FORBIDDEN");
  });

  it("reports progress on extractionRunChanged until the run has succeeded", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    const client = server.ws(token.viewer);
    const { seen, succeeded: done } = followRuns(client, m.id);
    try {
      await new Promise<void>((r) => client.on("connected", () => setTimeout(r, 200)));
      const res = await attach(server, token.editor, m.id, STYRGRUPP);
      expect(res.errors).toBeUndefined();
      await done;
    } finally {
      await client.dispose();
    }
    expect(seen.at(-1)).toEqual({ status: "SUCCEEDED", progress: 100 });
    expect(seen.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses to subscribe to another organisation's meeting", async () => {
    const other = await createOrg(server.db, "Grannkommun");
    const client = server.ws(token.viewer);
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: `subscription($m: ID!) { extractionRunChanged(meetingId: $m) { id } }`, variables: { m: other.ids.meeting } }, {
        next: (value) => resolve(value),
        error: (error) => resolve(error),
        complete: () => resolve("complete"),
      });
    });
    await client.dispose();
    expect(JSON.stringify(outcome)).toContain("NOT_FOUND");
  });

  it("re-runs without duplicating machine-made items and keeps the one a person edited", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    await attachAndFinish(server, token.editor, m.id);
    const first = await items(m.id);
    const edited = first.actionItems.nodes.find((i) => i.evidence?.quote.includes("Jag tar det"))!;
    const update = await server.gql(`mutation($id: ID!) { updateActionItem(input: { id: $id, title: "Skicka justerat protokoll" }) { actionItem { id } } }`, { id: edited.id }, token.editor);
    expect(update.errors).toBeUndefined();

    const rerun = await server.gql<{ rerunExtraction: { run: { id: string } } }>(`mutation($m: ID!) { rerunExtraction(input: { meetingId: $m }) { run { id } } }`, { m: m.id }, token.editor);
    expect(rerun.errors).toBeUndefined();
    expect((await finished(server, token.editor, rerun.data!.rerunExtraction.run.id)).status).toBe("SUCCEEDED");
    const second = await items(m.id);
    expect(second.actionItems.nodes).toHaveLength(first.actionItems.nodes.length);
    expect(second.decisions.nodes.map((d) => d.text).sort()).toEqual(first.decisions.nodes.map((d) => d.text).sort());
    expect(second.decisions.nodes.map((d) => d.id)).not.toEqual(first.decisions.nodes.map((d) => d.id));
    const kept = second.actionItems.nodes.filter((i) => i.evidence?.quote === edited.evidence?.quote);
    expect(kept).toEqual([expect.objectContaining({ id: edited.id, title: "Skicka justerat protokoll" })]);
    expect(second.extractionRuns.map((r) => r.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
  });
});

describe("consent withdrawal", () => {
  it.each([DECLINED, PENDING])("on %s deletes the transcript and everything derived from it, keeps manual items, and audits", async (consent) => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    await attachAndFinish(server, token.editor, m.id);
    const manual = await server.gql<{ createActionItem: { actionItem: { id: string } } }>(
      `mutation($m: ID!) { createActionItem(input: { meetingId: $m, title: "Manuell uppgift" }) { actionItem { id } } }`,
      { m: m.id },
      token.editor,
    );
    const brief = await server.gql(`mutation($m: ID!) { generatePostBrief(input: { meetingId: $m }) { brief { id } } }`, { m: m.id }, token.editor);
    expect(brief.errors).toBeUndefined();

    const res = await server.gql(
      `mutation($p: ID!, $c: ConsentStatus!) { setParticipantConsent(input: { participantId: $p, consent: $c }) { participant { consent } } }`,
      { p: m.participantIds[1], c: consent },
      token.editor,
    );
    expect(res.errors).toBeUndefined();
    const after = await items(m.id);
    expect(after.transcript).toBeNull();
    expect(after.extractionRuns).toEqual([]);
    expect(after.decisions.nodes).toEqual([]);
    expect(after.actionItems.nodes.map((i) => i.id)).toEqual([manual.data!.createActionItem.actionItem.id]);
    expect(after.briefs.filter((b) => b.kind === "POST")).toEqual([]);
    for (const table of ["transcripts", "extraction_runs"]) expect(await sql(server.db, `select id from ${table} where meeting_id = ?`, [m.meeting.id])).toEqual([]);
    const [audit] = await sql<{ details: Record<string, number> }>(
      server.db,
      `select details from audit_events where meeting_id = ? and action = 'TRANSCRIPT_DELETED_CONSENT_WITHDRAWN'`,
      [m.meeting.id],
    );
    expect(audit?.details).toMatchObject({ transcripts: 1, runs: 1, briefs: 1 });
  });
});

describe("post-brief", () => {
  it("is Markdown from the stored items, byte-identical on repeat, and versioned when items change", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED], { title: "Budgetmöte" });
    await attachAndFinish(server, token.editor, m.id);
    const generate = () =>
      server.gql<{ generatePostBrief: { brief: { id: string; version: number; body: string; kind: string } } }>(
        `mutation($m: ID!) { generatePostBrief(input: { meetingId: $m }) { brief { id version body kind } } }`,
        { m: m.id },
        token.editor,
      );
    const first = (await generate()).data!.generatePostBrief.brief;
    expect(first).toMatchObject({ version: 1, kind: "POST" });
    expect(first.body).toContain("# Efter mötet: Budgetmöte");
    expect(first.body).toContain("onsdag 18 november 2026 kl. 09:00");
    expect(first.body).toMatch(/## Beslut\n\n1\. /);
    expect(first.body).toContain("### Edvin Editor\n\n- [ ] ");
    // Items carry task titles ("Boka lokalen …"), the quote stays their evidence.
    expect(first.body).toContain("- [ ] Skicka protokollet — senast 2026-11-20");
    expect(first.body).toMatch(/## Öppna frågor\n\n- Boka lokalen.*\(Stina Stakeholder\) — saknar datum/);
    const again = (await generate()).data!.generatePostBrief.brief;
    expect(again).toEqual(first);

    const item = (await items(m.id)).actionItems.nodes[0]!;
    await server.gql(`mutation($id: ID!) { completeActionItem(input: { id: $id }) { actionItem { id } } }`, { id: item.id }, token.editor);
    const second = (await generate()).data!.generatePostBrief.brief;
    expect(second.version).toBe(2);
    expect(second.body).not.toBe(first.body);
    expect(second.body).toContain("- [x] ");
    const viewer = await server.gql(`mutation($m: ID!) { generatePostBrief(input: { meetingId: $m }) { brief { id } } }`, { m: m.id }, token.viewer);
    expect(code(viewer)).toBe("FORBIDDEN");
  });
});

describe("logs", () => {
  it("never contain transcript content: a canary in a speaker's name and in the text appears in no log line", async () => {
    const canary = `Kanarie${Date.now().toString(36)}`;
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED], { names: [`${canary} Svensson`, "Edvin Editor"] });
    const transcript = `${canary} Svensson: Jag tar det, jag skickar ${canary}-rapporten senast fredag.\nEdvin Editor: Då bestämmer vi det: ${canary} godkänns.\n`;
    const run = await attachAndFinish(server, token.editor, m.id, transcript);
    expect(run.status).toBe("SUCCEEDED");
    await server.gql(`mutation($m: ID!) { generatePostBrief(input: { meetingId: $m }) { brief { id } } }`, { m: m.id }, token.editor);
    await server.gql(ATTACH, { input: { meetingId: m.id, content: `\u0000${canary}` } }, token.editor);
    expect(server.logs.length).toBeGreaterThan(5);
    expect(server.logs.some((l) => l.includes("extraction.succeeded"))).toBe(true);
    expect(server.logs.filter((l) => l.includes(canary))).toEqual([]);
  });
});

describe("with a remote (OpenAI-compatible) provider configured", () => {
  let remote: TestServer;
  let mock: Awaited<ReturnType<typeof mockOpenAi>>;
  let org: TestOrg;
  let editor: string;
  beforeAll(async () => {
    mock = await mockOpenAi();
    remote = await startTestServer({ AI_PROVIDER: "openai", AI_BASE_URL: mock.baseUrl, AI_MODEL: "mock-modell-1", AI_API_KEY: "sk-test" });
    org = await createOrg(remote.db, "Fort Knox-kommun");
    editor = await remote.tokenFor(org.editor);
  });
  afterAll(async () => {
    await remote?.stop();
    await mock?.close();
  });

  it("Fort Knox: a SENSITIVE meeting's run fails closed with SENSITIVE_REQUIRES_LOCAL, sends nothing and is audited", async () => {
    const m = await meetingWith(remote.db, org, [GRANTED, GRANTED], { sensitivity: Sensitivity.SENSITIVE });
    const before = mock.requests();
    const run: RunView = await attachAndFinish(remote, editor, m.id);
    expect(run).toMatchObject({ status: "FAILED", failureCode: "SENSITIVE_REQUIRES_LOCAL", decisionCount: null });
    expect(run.failureReason).toMatch(/känsligt.*lokalt/);
    expect(mock.requests() - before).toBe(0);
    expect(await countRows(remote.db, "decisions", org.org.id)).toBe(0);
    const refused = await sql(remote.db, `select details from audit_events where meeting_id = ? and action = 'EXTRACTION_REFUSED_SENSITIVE'`, [m.meeting.id]);
    expect(refused).toEqual([{ details: { provider: "mock-modell-1", code: "SENSITIVE_REQUIRES_LOCAL", stage: "claim", sensitiveNow: true, sensitiveAtAttach: true } }]);
  });

  it("a NORMAL meeting is sent to the remote provider once and its items are stored under the model's name", async () => {
    const m = await meetingWith(remote.db, org, [GRANTED, GRANTED]);
    const before = mock.requests();
    const run = await attachAndFinish(remote, editor, m.id);
    expect(run).toMatchObject({ status: "SUCCEEDED", source: "mock-modell-1", decisionCount: 1, actionItemCount: 1 });
    expect(mock.requests() - before).toBe(1);
    const rows = await sql<{ source: string; owner_name: string; due_date: string; evidence_segment: number }>(
      remote.db,
      `select source, owner_name, to_char(due_date, 'YYYY-MM-DD') as due_date, evidence_segment from action_items where meeting_id = ?`,
      [m.meeting.id],
    );
    expect(rows).toEqual([{ source: "mock-modell-1", owner_name: "Edvin Editor", due_date: "2026-11-20", evidence_segment: 4 }]);
  });
});
