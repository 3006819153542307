import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ExtractionProvider } from "../../src/ai/index";
import { createLogger } from "../../src/platform/logger";
import { toGlobalId } from "../../src/platform/ids";
import { createMemoryPubSub } from "../../src/platform/pubsub";
import { Sensitivity } from "../../src/modules/meetings/meeting.entity";
import { ConsentStatus, Participant } from "../../src/modules/meetings/participant.entity";
import { Stakeholder } from "../../src/modules/stakeholders/stakeholder.entity";
import { requeueStrandedRuns } from "../../src/modules/transcripts/extraction-recovery";
import { closeInterruptedRun, runExtractionJob } from "../../src/modules/transcripts/jobs/extract-meeting.job";
import { createOrg, startTestServer, type GqlResponse, type TestOrg, type TestServer } from "../helpers";
import { sql } from "../more-helpers";
import { STYRGRUPP, attach, attachAndFinish, finished, meetingWith, mockOpenAi, queuedRun, type RunView } from "../transcript-helpers";

// Hardening of the consent gate and Fort Knox (review of issue 3): reclassifying a sensitive
// meeting, speakers who never consented, consent re-checked by the job, recovery after a restart,
// and the races around action items and re-runs.

const { GRANTED, PENDING, DECLINED } = ConsentStatus;
const redisUrl = inject("redisUrl");
const silent = createLogger("silent");

const UPDATE_SENSITIVITY = `mutation($id: ID!, $s: Sensitivity!) { updateMeeting(input: { id: $id, sensitivity: $s }) { meeting { id sensitivity } } }`;
const RERUN = `mutation($m: ID!) { rerunExtraction(input: { meetingId: $m }) { run { id } } }`;
const REMOVE = `mutation($p: ID!) { removeParticipant(input: { participantId: $p }) { removedParticipantId } }`;
const ADD = `mutation($m: ID!, $s: ID!) { addParticipant(input: { meetingId: $m, stakeholderId: $s }) { participant { id consent } } }`;
const SET_CONSENT = `mutation($p: ID!, $c: ConsentStatus!) { setParticipantConsent(input: { participantId: $p, consent: $c }) { participant { id consent } } }`;
const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`;

type ErrorExtensions = { code?: string; reason?: string; consent?: Record<string, number> };
const code = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const ext = (res: GqlResponse<unknown>) => (res.errors?.[0]?.extensions ?? {}) as ErrorExtensions;
const uuidOf = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;
const audits = (db: TestServer["db"], meetingId: string, action: string) =>
  sql<{ actor_user_id: string | null; actor_token_id: string | null; target_id: string | null; details: Record<string, unknown> }>(
    db,
    `select actor_user_id, actor_token_id, target_id, details from audit_events where meeting_id = ? and action = ? order by created_at`,
    [meetingId, action],
  );
const rowsOf = (db: TestServer["db"], table: string, meetingId: string) => sql(db, `select id from ${table} where meeting_id = ?`, [meetingId]);

async function writeToken(server: TestServer, org: TestOrg): Promise<{ token: string; id: string }> {
  const res = await server.gql<{ createApiToken: { token: string; apiToken: { id: string } } }>(
    CREATE_TOKEN,
    { input: { label: "Diarium", scopes: ["READ", "WRITE"], expiresInDays: 30 } },
    await server.tokenFor(org.admin),
  );
  expect(res.errors).toBeUndefined();
  return { token: res.data!.createApiToken.token, id: uuidOf(res.data!.createApiToken.apiToken.id) };
}

/** A provider that would send text away: counts how often it was asked to. */
function countingRemote(): ExtractionProvider & { calls: () => number } {
  let calls = 0;
  return {
    name: "fjärrmodell-test",
    isLocal: false,
    calls: () => calls,
    async extract() {
      calls++;
      return { source: "fjärrmodell-test", participants: [], decisions: [], actionItems: [] };
    },
  };
}

/**
 * A trigger that plays "someone else" at the exact moment the run reports progress 20 — after the
 * checks made when the run was claimed, before the text is sent. Dropped by the returned function.
 */
async function whenRunReaches20(db: TestServer["db"], meetingId: string, statement: string): Promise<() => Promise<void>> {
  const name = `pbx_test_${randomUUID().replace(/-/g, "")}`;
  await sql(db, `create function ${name}() returns trigger language plpgsql as $fn$ begin ${statement}; return new; end $fn$`);
  await sql(db, `create trigger ${name} after update on extraction_runs for each row when (new.meeting_id = '${meetingId}' and new.progress = 20) execute function ${name}()`);
  return async () => {
    await sql(db, `drop trigger if exists ${name} on extraction_runs`);
    await sql(db, `drop function if exists ${name}()`);
  };
}

/** A stored transcript and a QUEUED run, as attachTranscript leaves them, without starting the job. */
async function runRow(db: TestServer["db"], runId: string) {
  const [row] = await sql<{ status: string; failure_code: string | null; failure_reason: string | null; started_at: Date | null }>(
    db,
    `select status, failure_code, failure_reason, started_at from extraction_runs where id = ?`,
    [runId],
  );
  return row;
}

let server: TestServer;
let a: TestOrg;
const token = { editor: "", admin: "" };

beforeAll(async () => {
  server = await startTestServer({ TRANSCRIPT_MAX_BYTES: "20000", ...(redisUrl ? { REDIS_URL: redisUrl } : {}) });
  a = await createOrg(server.db, "Samtyckeskommun");
  token.editor = await server.tokenFor(a.editor);
  token.admin = await server.tokenFor(a.admin);
});
afterAll(async () => server?.stop());

describe("Fort Knox: reclassifying a sensitive meeting", () => {
  let remote: TestServer;
  let mock: Awaited<ReturnType<typeof mockOpenAi>>;
  let org: TestOrg;
  const t = { editor: "", admin: "", write: "", writeId: "" };
  beforeAll(async () => {
    mock = await mockOpenAi();
    remote = await startTestServer({ AI_PROVIDER: "openai", AI_BASE_URL: mock.baseUrl, AI_MODEL: "mock-modell-1", AI_API_KEY: "sk-test" });
    org = await createOrg(remote.db, "Fort Knox-kommun");
    t.editor = await remote.tokenFor(org.editor);
    t.admin = await remote.tokenFor(org.admin);
    const write = await writeToken(remote, org);
    t.write = write.token;
    t.writeId = write.id;
  });
  afterAll(async () => {
    await remote?.stop();
    await mock?.close();
  });

  it("an editor or a WRITE token may not downgrade SENSITIVE → NORMAL: FORBIDDEN with a reason, unchanged, not audited", async () => {
    const m = await meetingWith(remote.db, org, [GRANTED, GRANTED], { sensitivity: Sensitivity.SENSITIVE });
    for (const caller of [t.editor, t.write]) {
      const res = await remote.gql(UPDATE_SENSITIVITY, { id: m.id, s: "NORMAL" }, caller);
      expect(res.data?.updateMeeting ?? null).toBeNull();
      expect(code(res)).toBe("FORBIDDEN");
      expect(ext(res).reason).toBe("SENSITIVITY_DOWNGRADE_REQUIRES_ADMIN");
      expect(res.errors?.[0]?.message).toMatch(/administratör.*känsligt/);
    }
    const [row] = await sql<{ sensitivity: string }>(remote.db, `select sensitivity from meetings where id = ?`, [m.meeting.id]);
    expect(row?.sensitivity).toBe("SENSITIVE");
    expect(await audits(remote.db, m.meeting.id, "SENSITIVITY_CHANGED")).toEqual([]);

    // The other edits of a sensitive meeting stay open to editors; raising sensitivity too, audited.
    const rename = await remote.gql(`mutation($id: ID!) { updateMeeting(input: { id: $id, title: "Omdöpt" }) { meeting { title sensitivity } } }`, { id: m.id }, t.editor);
    expect(rename.data?.updateMeeting).toEqual({ meeting: { title: "Omdöpt", sensitivity: "SENSITIVE" } });
    const normal = await meetingWith(remote.db, org, [GRANTED]);
    const up = await remote.gql(UPDATE_SENSITIVITY, { id: normal.id, s: "SENSITIVE" }, t.write);
    expect(up.errors).toBeUndefined();
    expect(await audits(remote.db, normal.meeting.id, "SENSITIVITY_CHANGED")).toEqual([
      { actor_user_id: org.admin.id, actor_token_id: t.writeId, target_id: normal.meeting.id, details: { from: "NORMAL", to: "SENSITIVE" } },
    ]);
    expect(await audits(remote.db, m.meeting.id, "SENSITIVITY_CHANGED")).toEqual([]);
  });

  it("an admin may downgrade (audited), but a transcript attached while SENSITIVE never reaches the remote until it is attached again", async () => {
    const m = await meetingWith(remote.db, org, [GRANTED, GRANTED], { sensitivity: Sensitivity.SENSITIVE });
    const before = mock.requests();
    const first: RunView = await attachAndFinish(remote, t.editor, m.id);
    expect(first).toMatchObject({ status: "FAILED", failureCode: "SENSITIVE_REQUIRES_LOCAL" });
    const [stored] = await sql<{ sensitive_at_attach: boolean }>(remote.db, `select sensitive_at_attach from transcripts where meeting_id = ?`, [m.meeting.id]);
    expect(stored?.sensitive_at_attach).toBe(true);

    const down = await remote.gql(UPDATE_SENSITIVITY, { id: m.id, s: "NORMAL" }, t.admin);
    expect(down.errors).toBeUndefined();
    expect(down.data?.updateMeeting).toMatchObject({ meeting: { sensitivity: "NORMAL" } });
    expect(await audits(remote.db, m.meeting.id, "SENSITIVITY_CHANGED")).toEqual([
      { actor_user_id: org.admin.id, actor_token_id: null, target_id: m.meeting.id, details: { from: "SENSITIVE", to: "NORMAL" } },
    ]);

    const rerun = await remote.gql<{ rerunExtraction: { run: { id: string } } }>(RERUN, { m: m.id }, t.editor);
    expect(rerun.errors).toBeUndefined();
    const second = await finished(remote, t.editor, rerun.data!.rerunExtraction.run.id);
    expect(second).toMatchObject({ status: "FAILED", failureCode: "SENSITIVE_REQUIRES_LOCAL", decisionCount: null });
    expect(second.failureReason).toMatch(/laddades upp när mötet var klassat som känsligt.*Ladda upp transkriberingen igen/);
    expect(mock.requests() - before).toBe(0);
    const refused = await audits(remote.db, m.meeting.id, "EXTRACTION_REFUSED_SENSITIVE");
    expect(refused.at(-1)?.details).toEqual({ provider: "mock-modell-1", code: "SENSITIVE_REQUIRES_LOCAL", stage: "claim", sensitiveNow: false, sensitiveAtAttach: true });

    // Attached again while NORMAL: now it may go to the remote provider.
    const third = await attachAndFinish(remote, t.editor, m.id);
    expect(third).toMatchObject({ status: "SUCCEEDED", source: "mock-modell-1" });
    expect(mock.requests() - before).toBe(1);
  });

  it("reads the meeting again just before sending: reclassified SENSITIVE while the run was under way → fails closed, nothing sent", async () => {
    const m = await meetingWith(remote.db, org, [GRANTED, GRANTED]);
    const drop = await whenRunReaches20(remote.db, m.meeting.id, `update meetings set sensitivity = 'SENSITIVE' where id = new.meeting_id`);
    const before = mock.requests();
    try {
      const run = await attachAndFinish(remote, t.editor, m.id);
      expect(run).toMatchObject({ status: "FAILED", failureCode: "SENSITIVE_REQUIRES_LOCAL" });
    } finally {
      await drop();
    }
    expect(mock.requests() - before).toBe(0);
    expect((await audits(remote.db, m.meeting.id, "EXTRACTION_REFUSED_SENSITIVE")).map((r) => r.details)).toEqual([
      { provider: "mock-modell-1", code: "SENSITIVE_REQUIRES_LOCAL", stage: "send", sensitiveNow: true, sensitiveAtAttach: false },
    ]);
  });

  it("checks consent again just before sending: a participant set back to PENDING meanwhile stops the run, nothing sent", async () => {
    const m = await meetingWith(remote.db, org, [GRANTED, GRANTED]);
    const drop = await whenRunReaches20(remote.db, m.meeting.id, `update participants set consent = 'PENDING' where id = '${m.participants[1]!.id}'`);
    const before = mock.requests();
    try {
      const run = await attachAndFinish(remote, t.editor, m.id);
      expect(run).toMatchObject({ status: "FAILED", failureCode: "CONSENT_REQUIRED" });
      expect(run.failureReason).toMatch(/1 har inte svarat/);
    } finally {
      await drop();
    }
    expect(mock.requests() - before).toBe(0);
    expect((await audits(remote.db, m.meeting.id, "EXTRACTION_REFUSED_CONSENT")).map((r) => r.details)).toEqual([
      // Her words count as unconsented too: a speaker matches GRANTED participants only.
      { stage: "send", participants: 2, pending: 1, declined: 0, speakers: 2, unmatchedSpeakers: 1 },
    ]);
  });
});

describe("consent gate: every speaker must have consented", () => {
  const OBJECTOR = "Olle Objektor";
  const withObjector = `${STYRGRUPP}[00:01:05] ${OBJECTOR}: Jag vill inte att det här spelas in.\n`;

  it("removing a DECLINED objector and adding a consenting person does not let the objector's speech in", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED, DECLINED], { names: ["Stina Stakeholder", "Edvin Editor", OBJECTOR] });
    const removed = await server.gql(REMOVE, { p: m.participantIds[2] }, token.editor);
    expect(removed.errors).toBeUndefined();
    expect(await audits(server.db, m.meeting.id, "PARTICIPANT_REMOVED")).toEqual([
      { actor_user_id: a.editor.id, actor_token_id: null, target_id: m.participants[2]!.id, details: { consent: "DECLINED" } },
    ]);
    const newcomer = server.db.system().create(Stakeholder, { organization: a.org, name: "Nora Nykomling" });
    await server.db.system().persist(newcomer).flush();
    const added = await server.gql<{ addParticipant: { participant: { id: string } } }>(ADD, { m: m.id, s: toGlobalId("Stakeholder", newcomer.id) }, token.editor);
    expect(added.errors).toBeUndefined();
    const granted = await server.gql(SET_CONSENT, { p: added.data!.addParticipant.participant.id, c: "GRANTED" }, token.editor);
    expect(granted.errors).toBeUndefined();

    const logsBefore = server.logs.length;
    const res = await attach(server, token.editor, m.id, withObjector);
    expect(res.data).toBeNull();
    expect(code(res)).toBe("CONSENT_REQUIRED");
    expect(res.errors?.[0]?.message).toContain("1 talare i transkriptet saknar samtycke");
    expect(ext(res).consent).toMatchObject({ participants: 3, granted: 3, speakers: 3, unmatchedSpeakers: 1 });
    expect(await rowsOf(server.db, "transcripts", m.meeting.id)).toEqual([]);
    expect(await rowsOf(server.db, "extraction_runs", m.meeting.id)).toEqual([]);
    const refused = await audits(server.db, m.meeting.id, "TRANSCRIPT_REFUSED_CONSENT");
    expect(refused.map((r) => r.details)).toEqual([{ operation: "attach", participants: 3, pending: 0, declined: 0, speakers: 3, unmatchedSpeakers: 1 }]);
    const everything = JSON.stringify([res, refused, server.logs.slice(logsBefore)]);
    expect(everything).not.toContain("Olle");
    expect(everything).not.toContain("Objektor");
    expect(server.logs.slice(logsBefore).some((l) => l.includes("transcript.refused_consent"))).toBe(true);
  });

  it("matches a first-name label when exactly one consenting participant has that first name", async () => {
    const text = "Stina: Vi har två förslag på bordet.\nEdvin Editor: Då bestämmer vi det: vi kör på förslag B.\n";
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    expect((await attachAndFinish(server, token.editor, m.id, text)).status).toBe("SUCCEEDED");

    const twoStinas = await meetingWith(server.db, a, [GRANTED, GRANTED, GRANTED], { names: ["Stina Stakeholder", "Edvin Editor", "Stina Svensson"] });
    const res = await attach(server, token.editor, twoStinas.id, text);
    expect(code(res)).toBe("CONSENT_REQUIRED");
    expect(ext(res).consent).toMatchObject({ unmatchedSpeakers: 1 });
  });

  it("refuses a re-run once a speaker is no longer a participant", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    expect((await attachAndFinish(server, token.editor, m.id)).status).toBe("SUCCEEDED");
    expect((await server.gql(REMOVE, { p: m.participantIds[1] }, token.editor)).errors).toBeUndefined();
    const rerun = await server.gql(RERUN, { m: m.id }, token.editor);
    expect(code(rerun)).toBe("CONSENT_REQUIRED");
    expect(ext(rerun).consent).toMatchObject({ participants: 1, unmatchedSpeakers: 1 });
    expect((await audits(server.db, m.meeting.id, "TRANSCRIPT_REFUSED_CONSENT")).map((r) => r.details)).toEqual([
      { operation: "rerun", participants: 1, pending: 0, declined: 0, speakers: 2, unmatchedSpeakers: 1 },
    ]);
    expect(await rowsOf(server.db, "extraction_runs", m.meeting.id)).toHaveLength(1);
  });

  it("audits every consent change with who made it, an integrator token included", async () => {
    const m = await meetingWith(server.db, a, [PENDING, GRANTED]);
    expect((await server.gql(SET_CONSENT, { p: m.participantIds[0], c: "GRANTED" }, token.editor)).errors).toBeUndefined();
    const write = await writeToken(server, a);
    expect((await server.gql(SET_CONSENT, { p: m.participantIds[1], c: "DECLINED" }, write.token)).errors).toBeUndefined();
    expect(await audits(server.db, m.meeting.id, "CONSENT_CHANGED")).toEqual([
      { actor_user_id: a.editor.id, actor_token_id: null, target_id: m.participants[0]!.id, details: { from: "PENDING", to: "GRANTED" } },
      { actor_user_id: a.admin.id, actor_token_id: write.id, target_id: m.participants[1]!.id, details: { from: "GRANTED", to: "DECLINED" } },
    ]);
    const rows = await sql<{ id: string; consent_updated_by_id: string | null; consent_updated_by_token_id: string | null }>(
      server.db,
      `select id, consent_updated_by_id, consent_updated_by_token_id from participants where meeting_id = ? order by created_at, id`,
      [m.meeting.id],
    );
    expect(rows.find((r) => r.id === m.participants[0]!.id)).toMatchObject({ consent_updated_by_id: a.editor.id, consent_updated_by_token_id: null });
    expect(rows.find((r) => r.id === m.participants[1]!.id)).toMatchObject({ consent_updated_by_id: a.admin.id, consent_updated_by_token_id: write.id });
  });
});

describe("the job checks the consent gate when it claims a run", () => {
  const deps = (provider: ExtractionProvider) => ({ db: server.db, pubsub: createMemoryPubSub(), logger: silent, provider });

  it("a PENDING participant added after the transcript was attached stops a queued run before anything is sent", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    const { run } = await queuedRun(server.db, a, m.meeting);
    const em = server.db.system();
    em.create(Participant, { organization: a.org, meeting: m.meeting.id, stakeholder: em.create(Stakeholder, { organization: a.org, name: "Sen Ankomling" }), consent: PENDING });
    await em.flush();

    const remote = countingRemote();
    await runExtractionJob(deps(remote), run.id);
    expect(remote.calls()).toBe(0);
    const row = await runRow(server.db, run.id);
    expect(row).toMatchObject({ status: "FAILED", failure_code: "CONSENT_REQUIRED" });
    expect(row?.failure_reason).toMatch(/^Analysen stoppades innan något skickades.*1 har inte svarat/);
    expect((await audits(server.db, m.meeting.id, "EXTRACTION_REFUSED_CONSENT")).map((r) => r.details)).toEqual([
      { stage: "claim", participants: 3, pending: 1, declined: 0, speakers: 2, unmatchedSpeakers: 0 },
    ]);
    expect(await rowsOf(server.db, "decisions", m.meeting.id)).toEqual([]);
  });

  it("a speaker removed from the participants after attaching stops a queued run", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    const { run } = await queuedRun(server.db, a, m.meeting);
    await sql(server.db, `delete from participants where id = ?`, [m.participants[1]!.id]);
    const remote = countingRemote();
    await runExtractionJob(deps(remote), run.id);
    expect(remote.calls()).toBe(0);
    const row = await runRow(server.db, run.id);
    expect(row).toMatchObject({ status: "FAILED", failure_code: "CONSENT_REQUIRED" });
    expect(row?.failure_reason).toContain("1 talare i transkriptet saknar samtycke");
  });

  it("a transcript attached while SENSITIVE stays local-only after the meeting became NORMAL", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    const { run } = await queuedRun(server.db, a, m.meeting, { sensitiveAtAttach: true });
    const remote = countingRemote();
    await runExtractionJob(deps(remote), run.id);
    expect(remote.calls()).toBe(0);
    expect(await runRow(server.db, run.id)).toMatchObject({ status: "FAILED", failure_code: "SENSITIVE_REQUIRES_LOCAL" });
  });
});

describe("recovery after a restart", () => {
  it("re-enqueues QUEUED runs that never reached the queue, once, and leaves the rest", async () => {
    const org = await createOrg(server.db, "Omstartskommun");
    const m = await meetingWith(server.db, org, [GRANTED, GRANTED]);
    const stranded = (await queuedRun(server.db, org, m.meeting)).run;
    const fresh = (await queuedRun(server.db, org, m.meeting)).run;
    const running = (await queuedRun(server.db, org, m.meeting)).run;
    const done = (await queuedRun(server.db, org, m.meeting)).run;
    const now = new Date();
    await sql(server.db, `update extraction_runs set created_at = ? where id in (?, ?, ?)`, [new Date(now.getTime() - 10 * 60_000), stranded.id, running.id, done.id]);
    await sql(server.db, `update extraction_runs set status = 'RUNNING', progress = 20 where id = ?`, [running.id]);
    await sql(server.db, `update extraction_runs set status = 'SUCCEEDED', progress = 100 where id = ?`, [done.id]);

    const enqueued: unknown[] = [];
    const enqueue = async (name: string, data: Record<string, unknown>) => {
      enqueued.push({ name, ...data });
      return { key: String(data.runId), enqueued: true };
    };
    expect(await requeueStrandedRuns({ db: server.db, enqueue }, { now, orgId: org.org.id })).toBe(1);
    expect(enqueued).toEqual([{ name: "extract-meeting", runId: stranded.id, orgId: org.org.id }]);
    expect(await runRow(server.db, fresh.id)).toMatchObject({ status: "QUEUED" });
  });

  it("a run whose job exhausted its attempts is closed as INTERRUPTED, and a finished run is left alone", async () => {
    const org = await createOrg(server.db, "Omstartskommun");
    const m = await meetingWith(server.db, org, [GRANTED, GRANTED]);
    const cutOff = (await queuedRun(server.db, org, m.meeting)).run;
    const done = (await queuedRun(server.db, org, m.meeting)).run;
    await sql(server.db, `update extraction_runs set status = 'RUNNING', progress = 20 where id = ?`, [cutOff.id]);
    await sql(server.db, `update extraction_runs set status = 'SUCCEEDED', progress = 100 where id = ?`, [done.id]);
    const pubsub = createMemoryPubSub();
    expect(await closeInterruptedRun({ db: server.db, pubsub }, cutOff.id)).toBe(true);
    expect(await closeInterruptedRun({ db: server.db, pubsub }, done.id)).toBe(false);
    const interrupted = await runRow(server.db, cutOff.id);
    expect(interrupted).toMatchObject({ status: "FAILED", failure_code: "INTERRUPTED" });
    expect(interrupted?.failure_reason).toMatch(/servern startades om/);
    expect(await runRow(server.db, done.id)).toMatchObject({ status: "SUCCEEDED" });
  });

  it("a re-enqueued run is executed by the job system", async () => {
    const org = await createOrg(server.db, "Omstartskommun");
    const m = await meetingWith(server.db, org, [GRANTED, GRANTED]);
    const { run } = await queuedRun(server.db, org, m.meeting);
    await sql(server.db, `update extraction_runs set created_at = ? where id = ?`, [new Date(Date.now() - 10 * 60_000), run.id]);
    expect(await requeueStrandedRuns({ db: server.db, enqueue: server.jobs.enqueue }, { now: new Date(), orgId: org.org.id })).toBe(1);
    const view = await finished(server, await server.tokenFor(org.viewer), toGlobalId("ExtractionRun", run.id));
    expect(view).toMatchObject({ status: "SUCCEEDED", decisionCount: expect.any(Number) });
    expect(view.decisionCount).toBeGreaterThan(0);
    // Asked again, the key is taken: nothing is queued twice.
    expect(await requeueStrandedRuns({ db: server.db, enqueue: server.jobs.enqueue }, { now: new Date(), orgId: org.org.id })).toBe(0);
  });
});

describe("races", () => {
  const COMPLETE = `mutation($id: ID!) { completeActionItem(input: { id: $id }) { actionItem { status completedAt } } }`;

  it("concurrent completions keep the first completion time", async () => {
    const m = await meetingWith(server.db, a, [GRANTED]);
    const res = await server.gql<{ createActionItem: { actionItem: { id: string } } }>(
      `mutation($m: ID!) { createActionItem(input: { meetingId: $m, title: "Ringa nämnden" }) { actionItem { id } } }`,
      { m: m.id },
      token.editor,
    );
    const id = res.data!.createActionItem.actionItem.id;
    const answers = await Promise.all(Array.from({ length: 6 }, () => server.gql<{ completeActionItem: { actionItem: { status: string; completedAt: string } } }>(COMPLETE, { id }, token.editor)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const [row] = await sql<{ completed_at: Date | string }>(server.db, `select completed_at from action_items where id = ?`, [uuidOf(id)]);
    const stored = new Date(row!.completed_at).toISOString();
    const times = new Set(answers.map((x) => x.data!.completeActionItem.actionItem.completedAt));
    expect([...times]).toEqual([stored]);
    await new Promise((r) => setTimeout(r, 20));
    const again = await server.gql<{ completeActionItem: { actionItem: { completedAt: string } } }>(COMPLETE, { id }, token.editor);
    expect(again.data?.completeActionItem.actionItem.completedAt).toBe(stored);
  });

  it("concurrent re-runs start one run", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    await attachAndFinish(server, token.editor, m.id);
    const answers = await Promise.all(Array.from({ length: 5 }, () => server.gql<{ rerunExtraction: { run: { id: string } } }>(RERUN, { m: m.id }, token.editor)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const ids = new Set(answers.map((x) => x.data!.rerunExtraction.run.id));
    expect(ids.size).toBe(1);
    await finished(server, token.editor, [...ids][0]!);
    expect(await rowsOf(server.db, "extraction_runs", m.meeting.id)).toHaveLength(2);
  });

  it("a person's edit racing a re-run is either kept or answered NOT_FOUND, never lost", async () => {
    const m = await meetingWith(server.db, a, [GRANTED, GRANTED]);
    await attachAndFinish(server, token.editor, m.id);
    let rounds = 0;
    for (let round = 0; round < 4; round++) {
      const [item] = await sql<{ id: string }>(server.db, `select id from action_items where meeting_id = ? and edited_by_human = false order by created_at limit 1`, [m.meeting.id]);
      if (!item) break; // every machine-made item has been edited (and kept)
      rounds++;
      const title = `Redigerad ${round}`;
      const [rerun, edit] = await Promise.all([
        server.gql<{ rerunExtraction: { run: { id: string } } }>(RERUN, { m: m.id }, token.editor),
        server.gql(`mutation($id: ID!, $t: String!) { updateActionItem(input: { id: $id, title: $t }) { actionItem { id } } }`, { id: toGlobalId("ActionItem", item!.id), t: title }, token.editor),
      ]);
      expect((await finished(server, token.editor, rerun.data!.rerunExtraction.run.id)).status).toBe("SUCCEEDED");
      const [after] = await sql<{ title: string; edited_by_human: boolean }>(server.db, `select title, edited_by_human from action_items where id = ?`, [item!.id]);
      if (edit.errors) {
        expect(code(edit)).toBe("NOT_FOUND");
        expect(after).toBeUndefined();
      } else {
        expect(after).toEqual({ title, edited_by_human: true });
      }
    }
    expect(rounds).toBeGreaterThanOrEqual(2);
  });
});
