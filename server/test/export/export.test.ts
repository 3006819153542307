import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { toGlobalId } from "../../src/platform/ids";
import { Brief, BriefKind } from "../../src/modules/briefs/brief.entity";
import { renderPostBrief } from "../../src/modules/briefs/post-brief.markdown";
import { ActionItem, ActionItemStatus } from "../../src/modules/decisions/action-item.entity";
import { Decision } from "../../src/modules/decisions/decision.entity";
import { Meeting, Sensitivity } from "../../src/modules/meetings/meeting.entity";
import { MAX_EXPORT_ROWS } from "../../src/modules/export/export.service";
import { pdfText } from "./pdf-text";

const FILE = "fileName contentType contentDisposition byteLength base64";
const DECISIONS = `query($id: ID!, $format: ExportFormat!) { decisionsExport(meetingId: $id, format: $format) { ${FILE} } }`;
const BRIEF = `query($id: ID!, $format: ExportFormat!) { briefExport(id: $id, format: $format) { ${FILE} } }`;
const ITEMS = `query($filter: ActionItemFilter) { actionItemsExport(filter: $filter) { ${FILE} } }`;

interface File {
  fileName: string;
  contentType: string;
  contentDisposition: string;
  byteLength: number;
  base64: string;
}
const bytesOf = (f: File) => Buffer.from(f.base64, "base64");
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" }).format(new Date());

let server: TestServer;
let a: TestOrg;
let b: TestOrg;
let editor: string;
let viewer: string;
let bEditor: string;
let brief: Brief;
let bBrief: Brief;
let sensitive: Meeting;
const TITLE = "Årsmöte: Öppna frågor/ärenden";

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Exportkommun A");
  b = await createOrg(server.db, "Exportkommun B");
  [editor, viewer, bEditor] = await Promise.all([server.tokenFor(a.editor), server.tokenFor(a.viewer), server.tokenFor(b.editor)]);
  const em = server.db.system();
  const startsAt = new Date("2026-03-12T08:00:00Z");
  await em.getConnection().execute(`update meetings set title = ?, starts_at = ? where id = ?`, [TITLE, startsAt, a.meeting.id]);
  em.create(Decision, { organization: a.org.id, meeting: a.meeting.id, text: "Vi antar budgeten för 2027", decidedAt: new Date("2026-03-12T08:20:00Z"), evidenceQuote: "Då säger vi att budgeten för 2027 är antagen.", evidenceSegment: 3, evidenceStartMs: 754_000, source: "local-heuristic@1.0.0" });
  em.create(Decision, { organization: a.org.id, meeting: a.meeting.id, text: "Nästa möte hålls i Örebro" });
  const item = (title: string, extra: Partial<ActionItem> = {}) => em.create(ActionItem, { organization: a.org.id, meeting: a.meeting.id, title, ...extra });
  item("=HYPERLINK(\"http://evil.example\";\"klicka\")", { owner: a.editor, dueDate: "2026-03-20" });
  item("+46 70 ring Åsa", { owner: a.editor });
  item("-1 dag; ”citat” och \"citat\"", { ownerName: "Örjan i publiken" });
  item("@import\nny rad", { status: ActionItemStatus.DONE, completedAt: new Date("2026-03-13T10:00:00Z"), owner: a.editor });
  sensitive = em.create(Meeting, { organization: a.org.id, title: "Känsligt personalärende", startsAt: new Date("2026-03-14T09:00:00Z"), sensitivity: Sensitivity.SENSITIVE });
  em.create(Decision, { organization: a.org.id, meeting: sensitive, text: "Ärendet avslutas", evidenceQuote: "Vi avslutar ärendet.", evidenceSegment: 0, evidenceStartMs: 1000 });
  em.create(ActionItem, { organization: a.org.id, meeting: sensitive, title: "Underrätta facket", owner: a.editor });
  const body = renderPostBrief({ title: TITLE, startsAt, decisions: [{ text: "Vi antar budgeten för 2027", evidenceStartMs: 754_000 }], actions: [{ title: "Skicka protokollet", owner: "Edvin Editor", dueDate: "2026-03-20", status: "OPEN", evidenceStartMs: 1 }] });
  brief = em.create(Brief, { organization: a.org.id, meeting: a.meeting.id, kind: BriefKind.POST, body, version: 2 });
  bBrief = em.create(Brief, { organization: b.org.id, meeting: b.meeting.id, kind: BriefKind.POST, body: "# B:s hemliga brief", version: 1 });
  // B's item that (wrongly) points at A's meeting: only the tenant filter keeps it out of A's files.
  em.create(ActionItem, { organization: b.org.id, meeting: a.meeting.id, title: "B:s åtgärd i A:s möte", owner: b.editor });
  await em.flush();
});
afterAll(async () => server?.stop());

async function exportOf(query: string, variables: Record<string, unknown>, token: string): Promise<File> {
  const res = await server.gql<Record<string, File>>(query, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data!)[0]!;
}

const csvRows = (csv: string) => csv.replace(/^\ufeff/, "").split("\r\n");

describe("decisions", () => {
  it("exports a meeting's decisions as Markdown with a Swedish, safe file name", async () => {
    const file = await exportOf(DECISIONS, { id: a.ids.meeting, format: "MARKDOWN" }, editor);
    expect(file.contentType).toBe("text/markdown; charset=utf-8");
    expect(file.fileName).toBe("Beslut – Årsmöte Öppna frågor ärenden – 2026-03-12.md");
    expect(file.contentDisposition).toBe(
      `attachment; filename="Beslut - Arsmote Oppna fragor arenden - 2026-03-12.md"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    const text = bytesOf(file).toString("utf8");
    expect(file.byteLength).toBe(bytesOf(file).length);
    expect(text).toContain("# Beslut: Årsmöte: Öppna frågor/ärenden");
    expect(text).toContain("## 1. Vi antar budgeten för 2027");
    expect(text).toContain("**Beslutat:** torsdag 12 mars 2026 kl. 09:20");
    expect(text).toContain("> ”Då säger vi att budgeten för 2027 är antagen.” (12:34 in i inspelningen)");
    expect(text).toContain("## 2. Nästa möte hålls i Örebro");
    expect(text).toContain(`/moten/${a.ids.meeting}`);
    expect(text).not.toContain("B:s");
  });

  it("exports them as a PDF whose pages say the Swedish title, the date and their number", async () => {
    const file = await exportOf(DECISIONS, { id: a.ids.meeting, format: "PDF" }, editor);
    expect(file.contentType).toBe("application/pdf");
    expect(file.fileName).toBe("Beslut – Årsmöte Öppna frågor ärenden – 2026-03-12.pdf");
    const pdf = bytesOf(file);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.subarray(-6).toString("latin1")).toContain("%%EOF");
    const text = pdfText(pdf);
    expect(text).toContain(TITLE);
    expect(text).toContain("torsdag 12 mars 2026 kl. 09:00");
    expect(text).toContain("Vi antar budgeten för 2027");
    expect(text).toContain("Sida 1 av 1");
  });

  it("lets a viewer export, and marks a SENSITIVE meeting without adding anything a viewer cannot read", async () => {
    const file = await exportOf(DECISIONS, { id: toGlobalId("Meeting", sensitive.id), format: "MARKDOWN" }, viewer);
    const text = bytesOf(file).toString("utf8");
    expect(text).toContain("**Klassning:** känsligt möte");
    expect(text).toContain("Ärendet avslutas");
    // What a viewer reads through GraphQL is what the file says: the same quote, and no e-mail addresses.
    const read = await server.gql<{ meeting: { decisions: { nodes: { text: string; evidence: { quote: string } | null }[] } } }>(
      `query($id: ID!) { meeting(id: $id) { decisions(first: 10) { nodes { text evidence { quote } } } } }`,
      { id: toGlobalId("Meeting", sensitive.id) },
      viewer,
    );
    expect(text).toContain(read.data!.meeting.decisions.nodes[0]!.evidence!.quote);
    expect(text).not.toContain("@test.example");
  });
});

describe("briefs", () => {
  it("exports a brief's Markdown as it is stored", async () => {
    const file = await exportOf(BRIEF, { id: toGlobalId("Brief", brief.id), format: "MARKDOWN" }, viewer);
    expect(file.contentType).toBe("text/markdown; charset=utf-8");
    expect(file.fileName).toBe("Efter mötet – Årsmöte Öppna frågor ärenden – 2026-03-12 – v2.md");
    expect(bytesOf(file).toString("utf8")).toBe(brief.body);
  });

  it("exports a brief as a PDF with its headings and list items", async () => {
    const file = await exportOf(BRIEF, { id: toGlobalId("Brief", brief.id), format: "PDF" }, editor);
    expect(file.fileName.endsWith(" – v2.pdf")).toBe(true);
    const pdf = bytesOf(file);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain(`Efter mötet: ${TITLE}`);
    expect(text).toContain("Åtgärder per ansvarig");
    expect(text).toContain("Skicka protokollet");
    expect(text).toContain("Sida 1 av 1");
    // The escapes of the Markdown are not printed.
    expect(text).not.toContain("\\");
  });
});

describe("action items", () => {
  it("exports a meeting's items as CSV for Swedish Excel: BOM, `;`, RFC 4180 quoting, formulas neutralised", async () => {
    const file = await exportOf(ITEMS, { filter: { meetingId: a.ids.meeting } }, editor);
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.fileName).toBe("Åtgärder – Årsmöte Öppna frågor ärenden – 2026-03-12.csv");
    const bytes = bytesOf(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8");
    const rows = csvRows(csv);
    expect(rows[0]).toBe("Titel;Status;Ansvarig;Förfallodatum;Möte;Skapad;Slutförd;Länk");
    expect(rows.at(-1)).toBe("");
    const link = `http://localhost:${server.config.http.port}/moten/${a.ids.meeting}`;
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"";""klicka"")";Öppen;Edvin Editor;2026-03-20;${TITLE} (2026-03-12);`);
    expect(csv).toContain(`'+46 70 ring Åsa;Öppen;Edvin Editor;;`);
    expect(csv).toContain(`"'-1 dag; ”citat” och ""citat""";Öppen;Örjan i publiken;;`);
    expect(csv).toContain(`"'@import\nny rad";Klar;Edvin Editor;;${TITLE} (2026-03-12);`);
    expect(csv).toContain(";2026-03-13 11:00;");
    expect(csv).toContain(`;${link}\r\n`);
    // The seeded item of createOrg, four of ours; B's row pointing at A's meeting is not there.
    expect(csv).not.toContain("B:s åtgärd");
    expect(rows.filter((r) => r.includes(link))).toHaveLength(5);
    expect(csv).not.toContain("@test.example");
  });

  it("exports Mina åtgärder like actionItems(filter:), named for the viewer's open items", async () => {
    const file = await exportOf(ITEMS, { filter: { ownerId: toGlobalId("User", a.editor.id), status: ["OPEN"] } }, editor);
    expect(file.fileName).toBe(`Mina åtgärder – öppna – ${today()}.csv`);
    const csv = bytesOf(file).toString("utf8");
    const listed = await server.gql<{ actionItems: { nodes: { title: string }[] } }>(
      `query($owner: ID!) { actionItems(first: 100, filter: { ownerId: $owner, status: [OPEN] }) { nodes { title } } }`,
      { owner: toGlobalId("User", a.editor.id) },
      editor,
    );
    const titles = listed.data!.actionItems.nodes.map((n) => n.title);
    expect(titles).toContain("Underrätta facket");
    expect(csvRows(csv).length - 2).toBe(titles.length);
    expect(csv).toContain("Underrätta facket;Öppen;Edvin Editor;;Känsligt personalärende (2026-03-14);");
    expect(csv).not.toContain("Klar;");
  });

  it("names someone else's list Åtgärder, and a viewer may export it", async () => {
    const file = await exportOf(ITEMS, { filter: { ownerId: toGlobalId("User", a.editor.id) } }, viewer);
    expect(file.fileName).toBe(`Åtgärder – ${today()}.csv`);
  });

  it("refuses a filter that matches more than the cap instead of cutting the file", async () => {
    const c = await createOrg(server.db, "Exportkommun C");
    await server.db
      .system()
      .getConnection()
      .execute(`insert into action_items (id, organization_id, meeting_id, title) select gen_random_uuid(), ?, ?, 'Rad ' || n from generate_series(1, ?) n`, [c.org.id, c.meeting.id, MAX_EXPORT_ROWS]);
    const res = await server.gql(ITEMS, { filter: { meetingId: c.ids.meeting } }, await server.tokenFor(c.editor));
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.field).toBe("filter");
  });
});

describe("access", () => {
  it("answers NOT_FOUND for another organisation's meeting and brief, exactly as for ids that do not exist", async () => {
    const missingMeeting = toGlobalId("Meeting", "00000000-0000-4000-8000-000000000000");
    for (const [query, variables, missing] of [
      [DECISIONS, { id: b.ids.meeting, format: "PDF" }, { id: missingMeeting, format: "PDF" }],
      [ITEMS, { filter: { meetingId: b.ids.meeting } }, { filter: { meetingId: missingMeeting } }],
      [BRIEF, { id: toGlobalId("Brief", bBrief.id), format: "MARKDOWN" }, { id: toGlobalId("Brief", "00000000-0000-4000-8000-000000000000"), format: "MARKDOWN" }],
    ] as const) {
      const other = await server.gql(query, variables, editor);
      expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(other.data).toBeNull();
      const absent = await server.gql(query, missing, editor);
      expect(JSON.stringify(other)).toBe(JSON.stringify(absent));
    }
    // And B's own editor gets their meeting, none of A's.
    const own = await exportOf(ITEMS, { filter: {} }, bEditor);
    const csv = bytesOf(own).toString("utf8");
    expect(csv).toContain("B:s åtgärd i A:s möte");
    expect(csv).not.toContain("HYPERLINK");
  });

  it("answers UNAUTHENTICATED without a token and HTTP 401 with a bad one", async () => {
    const anonymous = await server.gql(DECISIONS, { id: a.ids.meeting, format: "MARKDOWN" });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(anonymous.data ?? null).toBeNull();
    const bad = await server.gql(DECISIONS, { id: a.ids.meeting, format: "MARKDOWN" }, "not-a-token");
    expect(bad.status).toBe(401);
    expect(bad.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("makes one file per operation", async () => {
    const res = await server.gql(
      `query($id: ID!) { one: decisionsExport(meetingId: $id, format: PDF) { byteLength } two: decisionsExport(meetingId: $id, format: PDF) { byteLength } }`,
      { id: a.ids.meeting },
      editor,
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toContain("BAD_REQUEST");
    expect(res.data).toBeNull();
  });

  it("logs ids, kinds and sizes, never a title", async () => {
    await exportOf(DECISIONS, { id: a.ids.meeting, format: "MARKDOWN" }, editor);
    const lines = server.logs.filter((l) => l.includes('"export.made"'));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toMatch(/Årsmöte|budgeten|HYPERLINK/);
  });
});
