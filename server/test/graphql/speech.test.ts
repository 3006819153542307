import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSttClient } from "../../src/ai/speech/index";
import { createLogger } from "../../src/platform/logger";
import { createMemoryPubSub } from "../../src/platform/pubsub";
import { fromGlobalId } from "../../src/platform/ids";
import { Sensitivity } from "../../src/modules/meetings/meeting.entity";
import { ConsentStatus } from "../../src/modules/meetings/participant.entity";
import { SpeechTranscription, SpeechTranscriptionStatus } from "../../src/modules/speech/speech-transcription.entity";
import { runSpeechJob } from "../../src/modules/speech/jobs/speech-transcribe.job";
import { JobError } from "../../src/platform/jobs/types";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { finished, meetingWith } from "../transcript-helpers";
import { silentWav, startSttStub, verboseJson, type SttStub } from "../stt-stub";

/**
 * transcribeAudio over real HTTP against a local server speaking /v1/audio/transcriptions:
 * validation, the gates that send nothing (not configured, SENSITIVE to a remote endpoint,
 * consent), the success path into the transcripts module's gate and extraction, diarised speakers
 * an editor maps, STT failures, and logs that carry no names, text or keys.
 */
const { GRANTED, PENDING } = ConsentStatus;
const KEY = "sk-stt-secret-key-123";
const FILE_NAME = "Styrgruppen hemligt namn.wav";

let stt: SttStub;
let server: TestServer;
let off: TestServer;
let a: TestOrg;
let editor: string;
let viewer: string;

/** Silence: 0.5 s by default. */
const wav = (samples = 8000) => silentWav(samples);
const WAV64 = wav().toString("base64");

const NAMED = [
  { start: 1, end: 8, text: "Välkomna allihopa. Första punkten är budgeten för nästa år.", speaker: "Edvin Editor" },
  { start: 9, end: 19, text: "Vi har två förslag på bordet, A och B.", speaker: "Stina Stakeholder" },
  { start: 20, end: 30, text: "Bra. Då bestämmer vi det: vi kör på förslag B.", speaker: "Edvin Editor" },
  { start: 31, end: 39, text: "Vem skickar protokollet till nämnden?", speaker: "Stina Stakeholder" },
  { start: 40, end: 51, text: "Jag tar det, jag skickar protokollet senast fredag.", speaker: "Edvin Editor" },
];
const DIARISED = NAMED.map((s) => ({ ...s, speaker: s.speaker === "Edvin Editor" ? "SPEAKER_00" : "SPEAKER_01" }));

const TRANSCRIBE = `mutation($input: TranscribeAudioInput!) {
  transcribeAudio(input: $input) { speechTranscription { id status byteSize fileName contentType failureCode } }
}`;
const FOLLOW = `query($id: ID!) { speechTranscription(id: $id) {
  id status failureCode failureReason segmentCount diarised durationMs
  speakers { name turns participant { id } }
  run { id status }
} }`;
const ITEMS = `query($id: ID!) { meeting(id: $id) {
  transcript { id format filename speakerCount }
  speechTranscription { id status }
  decisions(first: 50) { nodes { text evidence { quote } } }
  actionItems(first: 50) { nodes { title ownerName evidence { quote } } }
} }`;

type Follow = { id: string; status: string; failureCode: string | null; failureReason: string | null; segmentCount: number | null; diarised: boolean | null; speakers: { name: string; turns: number; participant: { id: string } | null }[]; run: { id: string } | null };

const transcribe = (meetingId: string, over: Record<string, unknown> = {}, token = editor, on = server) =>
  on.gql<{ transcribeAudio: { speechTranscription: { id: string; status: string } } }>(TRANSCRIBE, { input: { meetingId, fileName: FILE_NAME, contentType: "audio/wav", audioBase64: WAV64, ...over } }, token);

async function settled(id: string, ms = 15_000): Promise<Follow> {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await server.gql<{ speechTranscription: Follow }>(FOLLOW, { id }, editor);
    expect(res.errors).toBeUndefined();
    const row = res.data!.speechTranscription;
    if (!["QUEUED", "RUNNING"].includes(row.status)) return row;
    if (Date.now() > deadline) throw new Error(`still ${row.status}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

beforeAll(async () => {
  stt = await startSttStub();
  server = await startTestServer({ STT_URL: stt.url, STT_API_KEY: KEY, STT_MODEL: "kb-whisper-large", STT_LOCAL: "false", STT_MAX_BYTES: String(64 * 1024) });
  off = await startTestServer();
  a = await createOrg(server.db, "Talkommun");
  editor = await server.tokenFor(a.editor);
  viewer = await server.tokenFor(a.viewer);
});
afterAll(async () => {
  await server?.stop();
  await off?.stop();
  await stt?.close();
});

describe("transcribeAudio", () => {
  it("says speech-to-text is not configured when STT_URL is unset, storing nothing", async () => {
    const m = await meetingWith(off.db, a, [GRANTED, GRANTED]);
    const token = await off.tokenFor(a.editor);
    const settings = await off.gql<{ speechToText: { enabled: boolean } }>(`{ speechToText { enabled local maxBytes } }`, {}, token);
    expect(settings.data?.speechToText).toEqual({ enabled: false, local: false, maxBytes: 0 });
    const res = await transcribe(m.id, {}, token, off);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "STT_NOT_CONFIGURED" });
    expect(await off.db.system().count(SpeechTranscription, { meeting: m.meeting.id }, { filters: false })).toBe(0);
  });

  it("tells the client whether it is enabled, local and how large a file may be", async () => {
    const res = await server.gql<{ speechToText: unknown }>(`{ speechToText { enabled local maxBytes } }`, {}, viewer);
    expect(res.data?.speechToText).toEqual({ enabled: true, local: false, maxBytes: 64 * 1024 });
  });

  it.each([
    ["an unknown content type", { contentType: "video/mp4" }, "input.contentType"],
    ["bytes that are not audio", { audioBase64: Buffer.from("WEBVTT\n\nhej").toString("base64") }, "input.audioBase64"],
    ["audio of another kind than declared", { contentType: "audio/mpeg" }, "input.audioBase64"],
    ["text that is not base64", { audioBase64: "not base64!" }, "input.audioBase64"],
    ["a file over STT_MAX_BYTES", { audioBase64: wav(40_000).toString("base64") }, "input.audioBase64"],
    ["an empty file name", { fileName: "  " }, "input.fileName"],
    ["a bad meeting id", { meetingId: "nope" }, "input.meetingId"],
  ])("refuses %s with BAD_USER_INPUT at the field", async (_label, over, field) => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    const before = stt.requests.length;
    const res = await transcribe(m.id, over);
    expect(res.status).toBe(200);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions?.problems?.map((p) => p.path.join("."))).toContain(field);
    expect(stt.requests.length).toBe(before);
    expect(await server.db.system().count(SpeechTranscription, { meeting: m.meeting.id }, { filters: false })).toBe(0);
  });

  it("is for editors: a viewer is FORBIDDEN", async () => {
    const m = await meetingWith(server.db, a, [GRANTED]);
    const res = await transcribe(m.id, {}, viewer);
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("fails closed for a SENSITIVE meeting when the endpoint is not marked local: nothing stored, 0 requests", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED], { sensitivity: Sensitivity.SENSITIVE });
    stt.requests.length = 0;
    const res = await transcribe(m.id);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "SENSITIVE_REQUIRES_LOCAL" });
    expect(await server.db.system().count(SpeechTranscription, { meeting: m.meeting.id }, { filters: false })).toBe(0);
    expect(stt.requests).toHaveLength(0);
  });

  it("refuses without every participant's consent before anything is stored or sent", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, PENDING]);
    stt.requests.length = 0;
    const res = await transcribe(m.id);
    expect(res.errors?.[0]?.extensions?.code).toBe("CONSENT_REQUIRED");
    expect(await server.db.system().count(SpeechTranscription, { meeting: m.meeting.id }, { filters: false })).toBe(0);
    expect(stt.requests).toHaveLength(0);
  });

  it("transcribes, attaches the transcript through the consent gate and extracts items; the audio is deleted", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    stt.requests.length = 0;
    stt.reply = () => ({ status: 200, body: verboseJson(NAMED) });
    const res = await transcribe(m.id);
    expect(res.errors).toBeUndefined();
    expect(res.data!.transcribeAudio.speechTranscription).toMatchObject({ status: "QUEUED", byteSize: wav().length, fileName: FILE_NAME, contentType: "audio/wav" });
    const done = await settled(res.data!.transcribeAudio.speechTranscription.id);
    expect(done).toMatchObject({ status: "SUCCEEDED", segmentCount: 5, diarised: true, failureCode: null, speakers: [] });
    expect(stt.requests).toHaveLength(1);
    expect(stt.requests[0]).toMatchObject({ model: "kb-whisper-large", language: "sv", responseFormat: "verbose_json", fileType: "audio/wav", bytes: wav().length, authorization: `Bearer ${KEY}` });
    // The user's file name stays here.
    expect(stt.requests[0]!.fileName).toBe("audio.wav");
    const run = await finished(server, editor, done.run!.id);
    expect(run.status).toBe("SUCCEEDED");
    const meeting = (await server.gql<{ meeting: { transcript: { format: string; filename: string; speakerCount: number }; decisions: { nodes: { text: string }[] }; actionItems: { nodes: { title: string; ownerName: string | null; evidence: { quote: string } }[] } } }>(ITEMS, { id: m.id }, editor)).data!.meeting;
    expect(meeting.transcript).toMatchObject({ format: "TEAMS_VTT", filename: "Styrgruppen hemligt namn.vtt", speakerCount: 2 });
    expect(meeting.decisions.nodes.length).toBeGreaterThan(0);
    expect(meeting.actionItems.nodes.some((i) => i.ownerName === "Edvin Editor" && /protokollet/.test(i.evidence.quote))).toBe(true);
    const row = await server.db.system().findOneOrFail(SpeechTranscription, { id: fromGlobalId(done.id)!.id }, { filters: false, populate: ["audio", "pendingText"] });
    expect(row.audio).toBeNull();
    expect(row.pendingText).toBeNull();
  });

  it("holds a diarised transcription until the editor maps SPEAKER_00/01 to participants, then extracts", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    stt.reply = () => ({ status: 200, body: verboseJson(DIARISED) });
    const res = await transcribe(m.id);
    const held = await settled(res.data!.transcribeAudio.speechTranscription.id);
    expect(held.status).toBe("NEEDS_SPEAKERS");
    expect(held.speakers).toEqual([
      { name: "SPEAKER_00", turns: 3, participant: null },
      { name: "SPEAKER_01", turns: 2, participant: null },
    ]);
    const row = await server.db.system().findOneOrFail(SpeechTranscription, { id: fromGlobalId(held.id)!.id }, { filters: false, populate: ["audio", "pendingText"] });
    expect(row.audio).toBeNull();
    expect(row.pendingText).toContain("<v SPEAKER_00>");
    const [stina, edvin] = m.participantIds;
    const COMPLETE = `mutation($input: CompleteSpeechTranscriptionInput!) { completeSpeechTranscription(input: $input) { speechTranscription { id status run { id } } } }`;
    // A viewer may not; a mapping to a participant of another meeting is a field error.
    expect((await server.gql(COMPLETE, { input: { id: held.id, speakerMap: [{ speaker: "SPEAKER_00", participantId: edvin }] } }, viewer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const other = await meetingWith(server.db, a, [GRANTED]);
    const wrong = await server.gql(COMPLETE, { input: { id: held.id, speakerMap: [{ speaker: "SPEAKER_00", participantId: other.participantIds[0] }] } }, editor);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.speakerMap.0.participantId" });
    // Half mapped: the consent gate still sees an unmatched speaker, and the text stays held.
    const half = await server.gql(COMPLETE, { input: { id: held.id, speakerMap: [{ speaker: "SPEAKER_00", participantId: edvin }] } }, editor);
    expect(half.errors?.[0]?.extensions?.code).toBe("CONSENT_REQUIRED");
    const ok = await server.gql<{ completeSpeechTranscription: { speechTranscription: { status: string; run: { id: string } } } }>(
      COMPLETE,
      { input: { id: held.id, speakerMap: [{ speaker: "SPEAKER_00", participantId: edvin }, { speaker: "SPEAKER_01", participantId: stina }] } },
      editor,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.completeSpeechTranscription.speechTranscription.status).toBe("SUCCEEDED");
    expect((await finished(server, editor, ok.data!.completeSpeechTranscription.speechTranscription.run.id)).status).toBe("SUCCEEDED");
    const meeting = (await server.gql<{ meeting: { actionItems: { nodes: { ownerName: string | null }[] } } }>(ITEMS, { id: m.id }, editor)).data!.meeting;
    expect(meeting.actionItems.nodes.some((i) => i.ownerName === "Edvin Editor")).toBe(true);
    expect((await server.db.system().findOneOrFail(SpeechTranscription, { id: row.id }, { filters: false, populate: ["pendingText"], refresh: true })).pendingText).toBeNull();
  });

  it("deletes a held transcription when consent is withdrawn, and when a newer upload replaces it", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    stt.reply = () => ({ status: 200, body: verboseJson(DIARISED) });
    const first = await settled((await transcribe(m.id)).data!.transcribeAudio.speechTranscription.id);
    expect(first.status).toBe("NEEDS_SPEAKERS");
    const second = await settled((await transcribe(m.id)).data!.transcribeAudio.speechTranscription.id);
    expect(second.status).toBe("NEEDS_SPEAKERS");
    const load = (id: string) => server.db.system().findOneOrFail(SpeechTranscription, { id: fromGlobalId(id)!.id }, { filters: false, populate: ["pendingText"], refresh: true });
    expect(await load(first.id)).toMatchObject({ status: "FAILED", failureCode: "SUPERSEDED", pendingText: null });
    const withdrawn = await server.gql(`mutation($input: SetParticipantConsentInput!) { setParticipantConsent(input: $input) { participant { id consent } } }`, { input: { participantId: m.participantIds[0], consent: "DECLINED" } }, editor);
    expect(withdrawn.errors).toBeUndefined();
    expect(await load(second.id)).toMatchObject({ status: "FAILED", failureCode: "CONSENT_REQUIRED", pendingText: null });
  });

  it.each([
    [400, "STT_REJECTED"],
    [200, "STT_INVALID_OUTPUT"],
  ])("records an STT answer %i as a failed transcription with a Swedish reason, and deletes the audio", async (status, code) => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    stt.reply = () => ({ status, body: status === 200 ? "<html>oops</html>" : JSON.stringify({ error: { message: "bad model" } }) });
    const res = await transcribe(m.id);
    const failed = await settled(res.data!.transcribeAudio.speechTranscription.id);
    expect(failed).toMatchObject({ status: "FAILED", failureCode: code, run: null });
    expect(failed.failureReason).toMatch(/[åäö]/);
    const row = await server.db.system().findOneOrFail(SpeechTranscription, { id: fromGlobalId(failed.id)!.id }, { filters: false, populate: ["audio"] });
    expect(row.audio).toBeNull();
  });

  it("never logs file names, transcript text or the key", () => {
    const logs = server.logs.join("\n");
    expect(logs).toContain("speech.transcribed");
    for (const secret of [FILE_NAME, "Styrgruppen hemligt", KEY, "förslag B", "protokollet senast", "SPEAKER_00"]) expect(logs).not.toContain(secret);
  });
});

describe("the speech-transcribe job", () => {
  const deps = (local: boolean) => ({
    db: server.db,
    pubsub: createMemoryPubSub(),
    logger: createLogger("silent"),
    stt: createSttClient({ url: stt.url, model: "m", language: "sv", local }),
    enqueue: server.jobs.enqueue.bind(server.jobs),
    enqueueMany: server.jobs.enqueueMany.bind(server.jobs),
  });
  async function queued(sensitivity = Sensitivity.NORMAL) {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED], { sensitivity });
    const em = server.db.system();
    const row = em.create(SpeechTranscription, { organization: a.org.id, meeting: m.meeting.id, audio: wav(), contentType: "audio/wav", fileName: "x.wav", byteSize: wav().length, requestedBy: a.editor.id });
    await em.flush();
    return row;
  }
  const payload = (id: string) => ({ id, orgId: a.org.id, maxTranscriptBytes: 5 * 1024 * 1024 });
  const reload = (id: string) => server.db.system().findOneOrFail(SpeechTranscription, { id }, { filters: false, populate: ["audio"], refresh: true });

  it("fails closed when the meeting became SENSITIVE after the upload: 0 requests, audio deleted", async () => {
    const row = await queued(Sensitivity.SENSITIVE);
    stt.requests.length = 0;
    await runSpeechJob(deps(false), payload(row.id), { attempt: 1 });
    const after = await reload(row.id);
    expect(after).toMatchObject({ status: SpeechTranscriptionStatus.FAILED, failureCode: "SENSITIVE_REQUIRES_LOCAL", audio: null });
    expect(stt.requests).toHaveLength(0);
  });

  it("sends a SENSITIVE meeting's audio to an endpoint marked local", async () => {
    const row = await queued(Sensitivity.SENSITIVE);
    stt.requests.length = 0;
    stt.reply = () => ({ status: 200, body: verboseJson(NAMED) });
    await runSpeechJob(deps(true), payload(row.id), { attempt: 1 });
    expect(stt.requests).toHaveLength(1);
    expect((await reload(row.id)).status).toBe(SpeechTranscriptionStatus.SUCCEEDED);
  });

  it("retries a busy server (keeps the audio) and records the failure on the last attempt", async () => {
    const row = await queued();
    stt.reply = () => ({ status: 503, body: "busy" });
    await expect(runSpeechJob(deps(false), payload(row.id), { attempt: 1 })).rejects.toBeInstanceOf(JobError);
    expect((await reload(row.id)).audio?.length).toBe(wav().length);
    await expect(runSpeechJob(deps(false), payload(row.id), { attempt: 2 })).rejects.toMatchObject({ code: "STT_UNAVAILABLE", retryable: true });
    await runSpeechJob(deps(false), payload(row.id), { attempt: 3 });
    expect(await reload(row.id)).toMatchObject({ status: SpeechTranscriptionStatus.FAILED, failureCode: "STT_UNAVAILABLE", audio: null });
  });

  it("does nothing for a transcription already handled (a duplicate delivery)", async () => {
    const row = await queued();
    stt.reply = () => ({ status: 200, body: verboseJson(NAMED) });
    await runSpeechJob(deps(false), payload(row.id), { attempt: 1 });
    stt.requests.length = 0;
    await runSpeechJob(deps(false), payload(row.id), { attempt: 1 });
    await runSpeechJob(deps(false), payload(row.id), { attempt: 2 });
    expect(stt.requests).toHaveLength(0);
  });

  it("speech.prune deletes text held past 7 days and audio left past 24 hours", async () => {
    const held = await queued();
    const stale = await queued();
    const fresh = await queued();
    const conn = server.db.system().getConnection();
    await conn.execute(`update speech_transcriptions set status = 'NEEDS_SPEAKERS', audio = null, pending_text = 'WEBVTT', updated_at = now() - interval '8 days' where id = ?`, [held.id]);
    await conn.execute(`update speech_transcriptions set created_at = now() - interval '25 hours' where id = ?`, [stale.id]);
    const result = await server.jobs.runNow("speech.prune", {});
    expect(result).toMatchObject({ outcome: "succeeded" });
    const em = server.db.system();
    const rows = await em.find(SpeechTranscription, { id: { $in: [held.id, stale.id, fresh.id] } }, { filters: false, populate: ["audio", "pendingText"], refresh: true });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(held.id)).toMatchObject({ status: "FAILED", failureCode: "EXPIRED", pendingText: null });
    expect(byId.get(stale.id)).toMatchObject({ status: "FAILED", failureCode: "TRANSCRIPTION_FAILED", audio: null });
    expect(byId.get(fresh.id)).toMatchObject({ status: "QUEUED" });
    expect(byId.get(fresh.id)!.audio?.length).toBe(wav().length);
  });
});
