import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/platform/ids";
import { ConsentStatus } from "../../src/modules/meetings/participant.entity";
import { ActionItem } from "../../src/modules/decisions/action-item.entity";
import { Transcript } from "../../src/modules/transcripts/transcript.entity";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { ATTACH, finished, meetingWith } from "../transcript-helpers";

/**
 * A transcript whose speakers are not named as the participants ("Talare 2", a nickname): the
 * editor sees the speakers found, maps each to a participant, and the consent gate and the
 * extraction then see the participants' names. Unmapped, the file is refused as before.
 */
let server: TestServer;
let a: TestOrg;
let editor: string;

// Stina Stakeholder speaks under her full name; Edvin Editor's words come as "Talare 2".
const FILE = [
  "[00:00:01] Talare 2: Välkomna allihopa. Första punkten är budgeten för nästa år.",
  "[00:00:09] Stina Stakeholder: Vi har två förslag på bordet, A och B.",
  "[00:00:20] Talare 2: Bra. Då bestämmer vi det: vi kör på förslag B.",
  "[00:00:31] Stina Stakeholder: Vem skickar protokollet till nämnden?",
  "[00:00:40] Talare 2: Jag tar det, jag skickar protokollet senast fredag.",
  "",
].join("\n");

const SPEAKERS = `query($input: TranscriptSpeakersInput!) { transcriptSpeakers(input: $input) { name turns participant { id stakeholder { name } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Talarkommun");
  editor = await server.tokenFor(a.editor);
});
afterAll(async () => server?.stop());

describe("mapping a transcript's speakers to participants", () => {
  it("lists the file's speakers with the participant each matches, storing nothing", async () => {
    const m = await meetingWith(server.db, a, [ConsentStatus.GRANTED, ConsentStatus.GRANTED]);
    const res = await server.gql<{ transcriptSpeakers: { name: string; turns: number; participant: { id: string; stakeholder: { name: string } } | null }[] }>(
      SPEAKERS,
      { input: { meetingId: m.id, content: FILE } },
      editor,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.transcriptSpeakers).toEqual([
      { name: "Talare 2", turns: 3, participant: null },
      { name: "Stina Stakeholder", turns: 2, participant: { id: m.participantIds[0], stakeholder: { name: "Stina Stakeholder" } } },
    ]);
    expect(await server.db.forOrg(a.org.id).count(Transcript, { meeting: m.meeting.id })).toBe(0);
    const viewer = await server.gql(SPEAKERS, { input: { meetingId: m.id, content: FILE } }, await server.tokenFor(a.viewer));
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const broken = await server.gql(SPEAKERS, { input: { meetingId: m.id, content: "bara text utan talare" } }, editor);
    expect(broken.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("refuses the unmapped file, and takes it mapped: the gate and the extraction see the participant", async () => {
    const m = await meetingWith(server.db, a, [ConsentStatus.GRANTED, ConsentStatus.GRANTED]);
    const unmapped = await server.gql(ATTACH, { input: { meetingId: m.id, content: FILE } }, editor);
    expect(unmapped.errors?.[0]?.extensions?.code).toBe("CONSENT_REQUIRED");

    const mapped = await server.gql<{ attachTranscript: { run: { id: string }; transcript: { speakerCount: number } } }>(
      ATTACH,
      { input: { meetingId: m.id, content: FILE, speakerMap: [{ speaker: "Talare 2", participantId: m.participantIds[1] }] } },
      editor,
    );
    expect(mapped.errors).toBeUndefined();
    expect(mapped.data!.attachTranscript.transcript.speakerCount).toBe(2);
    const run = await finished(server, editor, mapped.data!.attachTranscript.run.id);
    expect(run.status).toBe("SUCCEEDED");
    // The text is stored as uploaded; the map beside it.
    const stored = await server.db.forOrg(a.org.id).findOneOrFail(Transcript, { meeting: m.meeting.id }, { populate: ["text"] });
    expect(stored.text).toBe(FILE);
    expect(stored.speakerMap).toEqual({ "Talare 2": "Edvin Editor" });
    // "Jag tar det" by Talare 2 is owned by Edvin Editor, the user behind the participant's name.
    const items = await server.db.forOrg(a.org.id).find(ActionItem, { meeting: m.meeting.id }, { populate: ["owner"] });
    expect(items.map((i) => i.owner?.name ?? i.ownerName)).toContain("Edvin Editor");

    // Re-running parses the stored text with the same map (the gate holds).
    const rerun = await server.gql<{ rerunExtraction: { run: { id: string } } }>(`mutation($m: ID!) { rerunExtraction(input: { meetingId: $m }) { run { id } } }`, { m: m.id }, editor);
    expect(rerun.errors).toBeUndefined();
  });

  it("refuses a map to someone who is not a participant of this meeting, with the field path, storing nothing", async () => {
    const m = await meetingWith(server.db, a, [ConsentStatus.GRANTED, ConsentStatus.GRANTED]);
    const other = await meetingWith(server.db, a, [ConsentStatus.GRANTED]);
    const res = await server.gql(ATTACH, { input: { meetingId: m.id, content: FILE, speakerMap: [{ speaker: "Talare 2", participantId: other.participantIds[0] }] } }, editor);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.speakerMap.0.participantId" });
    const twice = await server.gql(
      ATTACH,
      { input: { meetingId: m.id, content: FILE, speakerMap: [{ speaker: "Talare 2", participantId: m.participantIds[1] }, { speaker: "Talare 2", participantId: m.participantIds[0] }] } },
      editor,
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.speakerMap" });
    const garbage = await server.gql(ATTACH, { input: { meetingId: m.id, content: FILE, speakerMap: [{ speaker: "Talare 2", participantId: toGlobalId("Meeting", m.meeting.id) }] } }, editor);
    expect(garbage.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.speakerMap.0.participantId" });
    expect(await server.db.forOrg(a.org.id).count(Transcript, { meeting: m.meeting.id })).toBe(0);
  });
});
