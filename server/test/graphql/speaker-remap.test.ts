import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/platform/ids";
import { ConsentStatus, Participant } from "../../src/modules/meetings/participant.entity";
import { Stakeholder } from "../../src/modules/stakeholders/stakeholder.entity";
import { Transcript } from "../../src/modules/transcripts/transcript.entity";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { ATTACH, finished, meetingWith } from "../transcript-helpers";

/**
 * Item 7 for a stored transcript: `Transcript.speakers` shows each label of the file and whom it
 * stands for now; `setTranscriptSpeakerMap` maps labels again and re-runs extraction, through the
 * consent gate (a refusal changes nothing).
 */
let server: TestServer;
let a: TestOrg;
let editor: string;
let viewer: string;

const FILE = [
  "[00:00:01] Talare 2: Välkomna allihopa. Första punkten är budgeten för nästa år.",
  "[00:00:09] Stina Stakeholder: Vi har två förslag på bordet, A och B.",
  "[00:00:20] Talare 2: Bra. Då bestämmer vi det: vi kör på förslag B.",
  "[00:00:40] Talare 2: Jag tar det, jag skickar protokollet senast fredag.",
  "",
].join("\n");
const SPEAKERS = `query($id: ID!) { meeting(id: $id) { transcript { speakers { name turns participant { id stakeholder { name } } } } actionItems(first: 20) { nodes { ownerName } } } }`;
const REMAP = `mutation($input: SetTranscriptSpeakerMapInput!) { setTranscriptSpeakerMap(input: $input) { run { id status } } }`;
type View = { meeting: { transcript: { speakers: { name: string; turns: number; participant: { stakeholder: { name: string } } | null }[] }; actionItems: { nodes: { ownerName: string | null }[] } } };

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Omkopplingskommun");
  editor = await server.tokenFor(a.editor);
  viewer = await server.tokenFor(a.viewer);
});
afterAll(async () => server?.stop());

describe("re-mapping a stored transcript's speakers", () => {
  it("shows the labels as in the file with whom they stand for, and maps them again with a new run", async () => {
    const m = await meetingWith(server.db, a, [ConsentStatus.GRANTED, ConsentStatus.GRANTED, ConsentStatus.GRANTED], { names: ["Stina Stakeholder", "Edvin Editor", "Erik Ny"] });
    const [, edvin, erik] = m.participantIds;
    const attached = await server.gql<{ attachTranscript: { run: { id: string } } }>(ATTACH, { input: { meetingId: m.id, content: FILE, speakerMap: [{ speaker: "Talare 2", participantId: edvin }] } }, editor);
    expect(attached.errors).toBeUndefined();
    await finished(server, editor, attached.data!.attachTranscript.run.id);
    let view = (await server.gql<View>(SPEAKERS, { id: m.id }, editor)).data!.meeting;
    expect(view.transcript.speakers.map((s) => [s.name, s.turns, s.participant?.stakeholder.name ?? null])).toEqual([
      ["Talare 2", 3, "Edvin Editor"],
      ["Stina Stakeholder", 1, "Stina Stakeholder"],
    ]);
    // Viewers do not see the speakers (they are the transcript's content) nor may they remap.
    expect((await server.gql(SPEAKERS, { id: m.id }, viewer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(REMAP, { input: { meetingId: m.id, speakerMap: [{ speaker: "Talare 2", participantId: erik }] } }, viewer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    // A participant added since, without consent yet: refused, nothing changed.
    const em = server.db.system();
    const petra = em.create(Participant, { organization: a.org.id, meeting: m.meeting.id, stakeholder: em.create(Stakeholder, { organization: a.org.id, name: "Petra Väntar" }), consent: ConsentStatus.PENDING });
    await em.flush();
    const refused = await server.gql(REMAP, { input: { meetingId: m.id, speakerMap: [{ speaker: "Talare 2", participantId: toGlobalId("Participant", petra.id) }] } }, editor);
    expect(refused.errors?.[0]?.extensions?.code).toBe("CONSENT_REQUIRED");
    expect((await server.db.system().findOneOrFail(Transcript, { meeting: m.meeting.id }, { filters: false })).speakerMap).toEqual({ "Talare 2": "Edvin Editor" });
    await em.nativeDelete(Participant, { id: petra.id }, { filters: false });
    // Empty and foreign mappings are field errors.
    expect((await server.gql(REMAP, { input: { meetingId: m.id, speakerMap: [] } }, editor)).errors?.[0]?.extensions?.field).toBe("input.speakerMap");
    const other = await meetingWith(server.db, a, [ConsentStatus.GRANTED]);
    expect((await server.gql(REMAP, { input: { meetingId: m.id, speakerMap: [{ speaker: "Talare 2", participantId: other.participantIds[0] }] } }, editor)).errors?.[0]?.extensions?.field).toBe(
      "input.speakerMap.0.participantId",
    );

    const ok = await server.gql<{ setTranscriptSpeakerMap: { run: { id: string } } }>(REMAP, { input: { meetingId: m.id, speakerMap: [{ speaker: "Talare 2", participantId: erik }] } }, editor);
    expect(ok.errors).toBeUndefined();
    expect((await finished(server, editor, ok.data!.setTranscriptSpeakerMap.run.id)).status).toBe("SUCCEEDED");
    view = (await server.gql<View>(SPEAKERS, { id: m.id }, editor)).data!.meeting;
    expect(view.transcript.speakers[0]).toMatchObject({ name: "Talare 2", participant: { stakeholder: { name: "Erik Ny" } } });
    expect(view.actionItems.nodes.map((i) => i.ownerName)).toContain("Erik Ny");
  });
});
