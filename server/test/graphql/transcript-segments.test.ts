import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsentStatus } from "../../src/modules/meetings/participant.entity";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { ATTACH, meetingWith } from "../transcript-helpers";

/**
 * The transcript viewer reads the stored transcript's cues from the server, parsed as the
 * extraction parses them: mapped speaker labels show as participants' names, the cues are for
 * editors only (like the text), another organisation's transcript is not reachable, and a long
 * transcript comes a page at a time.
 */
let server: TestServer;
let a: TestOrg;
let b: TestOrg;
let editor: string;

const FILE = [
  "[00:00:01] Talare 2: Välkomna allihopa. Första punkten är budgeten för nästa år.",
  "[00:00:09] Stina Stakeholder: Vi har två förslag på bordet, A och B.",
  "[00:00:20] Talare 2: Bra. Då bestämmer vi det: vi kör på förslag B.",
  "[00:00:31] Stina Stakeholder: Vem skickar protokollet till nämnden?",
  "[00:00:40] Talare 2: Jag tar det, jag skickar protokollet senast fredag.",
  "",
].join("\n");

const SEGMENTS = `query($id: ID!, $first: Int!, $after: String) {
  meeting(id: $id) { transcript { id segmentCount segments(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { index speaker startMs endMs text }
  } } }
}`;
const BY_NODE = `query($id: ID!) { node(id: $id) { ... on Transcript { id segments(first: 10) { totalCount } } } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { index: number; speaker: string; startMs: number; endMs: number; text: string }[];
}
type SegmentsData = { meeting: { transcript: { id: string; segmentCount: number; segments: Page | null } | null } | null };

async function attached(org: TestOrg, token: string, content = FILE) {
  const m = await meetingWith(server.db, org, [ConsentStatus.GRANTED, ConsentStatus.GRANTED]);
  const res = await server.gql<{ attachTranscript: { transcript: { id: string } } }>(
    ATTACH,
    { input: { meetingId: m.id, content, speakerMap: [{ speaker: "Talare 2", participantId: m.participantIds[1] }] } },
    token,
  );
  expect(res.errors).toBeUndefined();
  return { meetingId: m.id, transcriptId: res.data!.attachTranscript.transcript.id };
}

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Kuekommun");
  b = await createOrg(server.db, "Grannkommun");
  editor = await server.tokenFor(a.editor);
});
afterAll(async () => server?.stop());

describe("Transcript.segments", () => {
  it("gives an editor the cues in order with mapped speakers shown as the participants' names", async () => {
    const { meetingId } = await attached(a, editor);
    const res = await server.gql<SegmentsData>(SEGMENTS, { id: meetingId, first: 10 }, editor);
    expect(res.errors).toBeUndefined();
    const page = res.data!.meeting!.transcript!.segments!;
    expect(page.totalCount).toBe(5);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.nodes.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
    expect(page.nodes.map((s) => s.speaker)).toEqual(["Edvin Editor", "Stina Stakeholder", "Edvin Editor", "Stina Stakeholder", "Edvin Editor"]);
    expect(page.nodes[2]).toMatchObject({ startMs: 20_000, text: "Bra. Då bestämmer vi det: vi kör på förslag B." });
    expect(page.nodes[2]!.endMs).toBeGreaterThanOrEqual(page.nodes[2]!.startMs);
  });

  it("refuses viewers with FORBIDDEN, as for the text, while they still see the transcript's facts", async () => {
    const { meetingId } = await attached(a, editor);
    const res = await server.gql<SegmentsData>(SEGMENTS, { id: meetingId, first: 10 }, await server.tokenFor(a.viewer));
    expect(res.errors?.map((e) => e.extensions?.code)).toContain("FORBIDDEN");
    expect(JSON.stringify(res.data)).not.toContain("förslag B");
    const facts = await server.gql<SegmentsData>(`query($id: ID!) { meeting(id: $id) { transcript { id segmentCount } } }`, { id: meetingId }, await server.tokenFor(a.viewer));
    expect(facts.errors).toBeUndefined();
    expect(facts.data!.meeting!.transcript!.segmentCount).toBe(5);
  });

  it("answers null for another organisation's meeting and transcript, never its cues", async () => {
    const { meetingId, transcriptId } = await attached(a, editor);
    const other = await server.tokenFor(b.editor);
    const viaMeeting = await server.gql<SegmentsData>(SEGMENTS, { id: meetingId, first: 10 }, other);
    expect(viaMeeting.data?.meeting ?? null).toBeNull();
    const viaNode = await server.gql<{ node: unknown }>(BY_NODE, { id: transcriptId }, other);
    expect(viaNode.data?.node ?? null).toBeNull();
    expect(JSON.stringify([viaMeeting, viaNode])).not.toContain("förslag B");
    // The owner reaches the same transcript through node(id:).
    const own = await server.gql<{ node: { id: string; segments: { totalCount: number } } }>(BY_NODE, { id: transcriptId }, editor);
    expect(own.data!.node.segments.totalCount).toBe(5);
  });

  it("pages through a long transcript with cursors, and refuses a page size past the limit or a forged cursor", async () => {
    const lines = Array.from({ length: 2_500 }, (_, i) => {
      const s = i * 2;
      const stamp = `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
      return `[${stamp}] ${i % 2 ? "Stina Stakeholder" : "Talare 2"}: Replik nummer ${i}.`;
    });
    const { meetingId } = await attached(a, editor, `${lines.join("\n")}\n`);
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res = await server.gql<SegmentsData>(SEGMENTS, { id: meetingId, first: 1000, after }, editor);
      expect(res.errors).toBeUndefined();
      const page: Page = res.data!.meeting!.transcript!.segments!;
      expect(page.totalCount).toBe(2_500);
      seen.push(...page.nodes.map((s) => s.index));
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 2_500 }, (_, i) => i));

    const small = await server.gql<SegmentsData>(SEGMENTS, { id: meetingId, first: 2 }, editor);
    const next = await server.gql<SegmentsData>(SEGMENTS, { id: meetingId, first: 2, after: small.data!.meeting!.transcript!.segments!.pageInfo.endCursor }, editor);
    expect(next.data!.meeting!.transcript!.segments!.nodes.map((s) => [s.index, s.text])).toEqual([
      [2, "Replik nummer 2."],
      [3, "Replik nummer 3."],
    ]);

    const tooMany = await server.gql(SEGMENTS, { id: meetingId, first: 1001 }, editor);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "args.first" });
    const forged = await server.gql(SEGMENTS, { id: meetingId, first: 10, after: "not-a-cursor" }, editor);
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "args.after" });
  });
});
