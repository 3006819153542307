import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/platform/ids";
import { ConsentStatus } from "../../src/modules/meetings/participant.entity";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { codes, sql } from "../more-helpers";
import { finished, meetingWith, queuedRun } from "../transcript-helpers";

let server: TestServer;
let a: TestOrg;
let b: TestOrg;
const token: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Jobbkommun");
  b = await createOrg(server.db, "Grannkommun");
  token.admin = await server.tokenFor(a.admin);
  token.editor = await server.tokenFor(a.editor);
  token.otherAdmin = await server.tokenFor(b.admin);
});
afterAll(async () => {
  await server?.stop();
});

const QUEUES = `{ jobQueues { jobName description schedule queued running failed dead succeeded24h } }`;
const LETTERS = `query($f: DeadLetterFilter) { deadLetters(first: 10, filter: $f) { totalCount nodes { id jobName jobKey errorCode errorMessage attempts status system viewerCanResolve } } }`;
const REPLAY = `mutation($id: ID!) { replayDeadLetter(input: { id: $id }) { deadLetter { id status resolvedAt } } }`;
const DISCARD = `mutation($id: ID!) { discardDeadLetter(input: { id: $id }) { deadLetter { id status } } }`;

/** A run of `extract-meeting` that died (as if the database had been down for all its attempts). */
async function deadExtraction(org: TestOrg) {
  const m = await meetingWith(server.db, org, [ConsentStatus.GRANTED, ConsentStatus.GRANTED]);
  const { run } = await queuedRun(server.db, org, m.meeting);
  const queue = server.config.jobs.queue;
  const key = `extract-meeting:${run.id}`;
  await sql(server.db, `insert into job_runs (queue, key, job_name, organization_id, status, attempts, data, last_error_code) values (?, ?, 'extract-meeting', ?, 'dead', 3, ?, 'ECONNREFUSED')`, [
    queue,
    key,
    org.org.id,
    JSON.stringify({ runId: run.id, orgId: org.org.id }),
  ]);
  const [letter] = await sql<{ id: string }>(
    server.db,
    `insert into job_dead_letters (queue, job_name, job_key, organization_id, data, error_code, error_message, attempts, first_failed_at, last_failed_at) values (?, 'extract-meeting', ?, ?, ?, 'ECONNREFUSED', 'Unexpected Error', 3, now() - interval '2 minutes', now()) returning id`,
    [queue, key, org.org.id, JSON.stringify({ runId: run.id, orgId: org.org.id })],
  );
  return { run, key, id: toGlobalId("DeadLetter", letter!.id) };
}

describe("job queues for admins", () => {
  it("lists every registered job with its schedule and the organisation's counts", async () => {
    const res = await server.gql<{ jobQueues: { jobName: string; schedule: string | null; dead: number }[] }>(QUEUES, {}, token.admin);
    expect(res.errors).toBeUndefined();
    const names = res.data!.jobQueues.map((q) => q.jobName);
    expect(names).toEqual(expect.arrayContaining(["extract-meeting", "transcripts.requeue-runs", "jobs.prune-history"]));
    expect(res.data!.jobQueues.find((q) => q.jobName === "jobs.prune-history")?.schedule).toBe("30 3 * * *");
  });

  it("is refused to editors and viewers, over HTTP and for the subscription", async () => {
    expect(codes(await server.gql(QUEUES, {}, token.editor))).toContain("FORBIDDEN");
    expect(codes(await server.gql(LETTERS, {}, token.editor))).toContain("FORBIDDEN");
    const client = server.ws(token.editor);
    const outcome = await new Promise<unknown>((resolve) => {
      client.subscribe({ query: `subscription { jobQueuesChanged { at } }` }, { next: resolve, error: resolve, complete: () => resolve("complete") });
    });
    await client.dispose();
    expect(JSON.stringify(outcome)).toContain("FORBIDDEN");
  });

  it("shows a dead letter with ids and a code only; replay runs the job once and is audited; another organisation's admin sees nothing", async () => {
    const dead = await deadExtraction(a);
    const listed = await server.gql<{ deadLetters: { totalCount: number; nodes: { id: string; jobKey: string; viewerCanResolve: boolean; system: boolean }[] } }>(LETTERS, {}, token.admin);
    expect(listed.errors).toBeUndefined();
    const node = listed.data!.deadLetters.nodes.find((n) => n.id === dead.id);
    expect(node).toMatchObject({ jobKey: dead.key, viewerCanResolve: true, system: false });
    expect((await server.gql<{ jobQueues: { jobName: string; dead: number }[] }>(QUEUES, {}, token.admin)).data!.jobQueues.find((q) => q.jobName === "extract-meeting")?.dead).toBeGreaterThanOrEqual(1);

    // Invisible and untouchable from the other organisation: the same answer as an unknown id.
    const theirs = await server.gql<{ deadLetters: { nodes: { id: string }[] } }>(LETTERS, {}, token.otherAdmin);
    expect(theirs.data!.deadLetters.nodes.map((n) => n.id)).not.toContain(dead.id);
    expect(codes(await server.gql(REPLAY, { id: dead.id }, token.otherAdmin))).toEqual(["NOT_FOUND"]);
    expect(codes(await server.gql(REPLAY, { id: dead.id }, token.editor))).toEqual(["FORBIDDEN"]);

    const replayed = await server.gql<{ replayDeadLetter: { deadLetter: { status: string; resolvedAt: string | null } } }>(REPLAY, { id: dead.id }, token.admin);
    expect(replayed.errors).toBeUndefined();
    expect(replayed.data!.replayDeadLetter.deadLetter.status).toBe("REPLAYED");
    const view = await finished(server, await server.tokenFor(a.viewer), toGlobalId("ExtractionRun", dead.run.id));
    expect(view.status).toBe("SUCCEEDED");
    expect(codes(await server.gql(REPLAY, { id: dead.id }, token.admin))).toEqual(["NOT_FOUND"]);
    const audits = await sql<{ action: string; details: Record<string, unknown> }>(server.db, `select action, details from audit_events where organization_id = ? and action like 'JOB_%'`, [a.org.id]);
    expect(audits).toEqual([{ action: "JOB_REPLAYED", details: { job: "extract-meeting", errorCode: "ECONNREFUSED", attempts: 3 } }]);
  });

  it("discards a dead letter without running it", async () => {
    const dead = await deadExtraction(a);
    const res = await server.gql<{ discardDeadLetter: { deadLetter: { status: string } } }>(DISCARD, { id: dead.id }, token.admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.discardDeadLetter.deadLetter.status).toBe("DISCARDED");
    const [run] = await sql<{ status: string }>(server.db, `select status from extraction_runs where id = ?`, [dead.run.id]);
    expect(run?.status).toBe("QUEUED");
    const discarded = await server.gql<{ deadLetters: { nodes: { id: string }[] } }>(LETTERS, { f: { status: "DISCARDED" } }, token.admin);
    expect(discarded.data!.deadLetters.nodes.map((n) => n.id)).toContain(dead.id);
  });

  it("answers bad ids and filters with BAD_USER_INPUT at the field", async () => {
    const bad = await server.gql(REPLAY, { id: "not-an-id" }, token.admin);
    expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect((bad.errors?.[0]?.extensions as { field?: string }).field).toBe("input.id");
    expect(codes(await server.gql(REPLAY, { id: a.ids.meeting }, token.admin))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await server.gql(LETTERS, { f: { jobName: "" } }, token.admin))).toEqual(["BAD_USER_INPUT"]);
  });

  it("pushes an event to an admin's subscription when the organisation's queue changes", async () => {
    const client = server.ws(token.admin);
    const got = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no jobQueuesChanged event")), 10_000);
      client.subscribe({ query: `subscription { jobQueuesChanged { at } }` }, { next: (v) => (clearTimeout(timer), resolve(v)), error: reject, complete: () => undefined });
    });
    try {
      await new Promise<void>((r) => client.on("connected", () => setTimeout(r, 200)));
      const dead = await deadExtraction(a);
      await server.gql(DISCARD, { id: dead.id }, token.admin);
      expect(JSON.stringify(await got)).toContain("jobQueuesChanged");
    } finally {
      await client.dispose();
    }
  });
});
