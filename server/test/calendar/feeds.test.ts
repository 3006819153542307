import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { manualClock } from "../../src/platform/clock";
import { REPO_ROOT } from "../../src/platform/db";
import { fromGlobalId } from "../../src/platform/ids";
import { createJobRuntime, type JobRuntime } from "../../src/platform/jobs/runtime";
import { createLogger } from "../../src/platform/logger";
import { createOutboundClient } from "../../src/platform/outbound";
import { unconfiguredMailer } from "../../src/platform/delivery/types";
import { createMemoryPubSub } from "../../src/platform/pubsub";
import { createLocalProvider } from "../../src/ai/index";
import { calendarPollJob } from "../../src/modules/calendar/jobs/poll-calendars.job";
import { calendarPollFeedJob } from "../../src/modules/calendar/jobs/poll-calendar-feed.job";
import { sql } from "../more-helpers";
import { startTestServer, type TestServer } from "../helpers";
import { createCalendarOrg, fixture, importedMeetings, NOW, startCalendarHost, type CalendarHost, type CalendarOrg } from "./calendar-helpers";

const STYRGRUPP = "3k1v8tq0b7m5n2c4x6z9a1s3d5@google.com";

const CREATE = `mutation($name: String!, $url: String!) { createCalendarFeed(input: { name: $name, url: $url }) { feed { id name url lastStatus consecutiveFailures createdBy { id } } } }`;
const POLL = `mutation($id: ID!) { pollCalendarFeed(input: { id: $id }) { status errorCode created updated cancelled unchanged feed { id lastStatus lastErrorCode lastPolledAt consecutiveFailures } } }`;
const FEEDS = `{ calendarFeeds { id name url lastStatus lastErrorCode lastPolledAt consecutiveFailures } }`;
const DELETE = `mutation($id: ID!) { deleteCalendarFeed(input: { id: $id }) { deletedFeedId } }`;

interface Poll {
  status: string;
  errorCode: string | null;
  created: number;
  updated: number;
  cancelled: number;
  unchanged: number;
  feed: { id: string; lastStatus: string; lastErrorCode: string | null; lastPolledAt: string; consecutiveFailures: number };
}

/** Allowed to reach 127.0.0.1 (the operator's OUTBOUND_ALLOWLIST), like a test server would be pointed at a local calendar. */
let allowing: TestServer;
/** The default: private addresses refused. */
let guarded: TestServer;
let org: CalendarOrg;
let admin: string;
let host: CalendarHost;
/** On 127.0.0.2: not allow-listed, must never be reached. */
let inner: CalendarHost;
/** Every feed made here, deleted afterwards so no later scheduled poll finds them. */
const feeds: { id: string; token: string }[] = [];

async function createFeed(server: TestServer, url: string, name = "Förvaltningens kalender", token = admin) {
  const res = await server.gql<{ createCalendarFeed: { feed: { id: string; url: string } } }>(CREATE, { name, url }, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  feeds.push({ id: res.data!.createCalendarFeed.feed.id, token });
  return res.data!.createCalendarFeed.feed;
}

async function poll(server: TestServer, id: string, token = admin): Promise<Poll> {
  const res = await server.gql<{ pollCalendarFeed: Poll }>(POLL, { id }, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.pollCalendarFeed;
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(NOW);
  inner = await startCalendarHost("127.0.0.2");
  host = await startCalendarHost("127.0.0.1", {
    "/metadata": (res) => void res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    "/inner": (res) => void res.writeHead(302, { location: inner.url("/kalender.ics") }).end(),
  });
  allowing = await startTestServer({ OUTBOUND_ALLOWLIST: "127.0.0.1" });
  guarded = await startTestServer();
  org = await createCalendarOrg(allowing.db, "Prenumerationskommun");
  admin = await allowing.tokenFor(org.admin);
});
afterAll(async () => {
  // Feeds stay out of later runs' scheduled polls.
  for (const { id, token } of feeds) await allowing?.gql(DELETE, { id }, token);
  await allowing?.stop();
  await guarded?.stop();
  await host?.close();
  await inner?.close();
  vi.useRealTimers();
});

describe("createCalendarFeed", () => {
  it("accepts webcal:// as https://, lists feeds for admins only, and deletes them (their meetings stay)", async () => {
    const feed = await createFeed(allowing, "webcal://calendar.google.com/calendar/ical/abc%40group.calendar.google.com/private-0123/basic.ics");
    expect(feed.url).toBe("https://calendar.google.com/calendar/ical/abc%40group.calendar.google.com/private-0123/basic.ics");
    const listed = await allowing.gql<{ calendarFeeds: { id: string; lastStatus: string | null; consecutiveFailures: number }[] }>(FEEDS, {}, admin);
    expect(listed.data?.calendarFeeds).toContainEqual(expect.objectContaining({ id: feed.id, lastStatus: null, consecutiveFailures: 0 }));
    const editor = await allowing.tokenFor(org.editor);
    expect((await allowing.gql(FEEDS, {}, editor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await allowing.gql(CREATE, { name: "x", url: "https://example.org/x.ics" }, editor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const duplicate = await allowing.gql(CREATE, { name: "Igen", url: "webcal://calendar.google.com/calendar/ical/abc%40group.calendar.google.com/private-0123/basic.ics" }, admin);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const deleted = await allowing.gql<{ deleteCalendarFeed: { deletedFeedId: string } }>(DELETE, { id: feed.id }, admin);
    expect(deleted.data?.deleteCalendarFeed.deletedFeedId).toBe(feed.id);
    expect((await allowing.gql<{ calendarFeeds: { id: string }[] }>(FEEDS, {}, admin)).data?.calendarFeeds.map((f) => f.id)).not.toContain(feed.id);
  });

  it("refuses other schemes, credentials, and IP literals in private, loopback or link-local ranges with BAD_USER_INPUT at input.url", async () => {
    const token = await guarded.tokenFor(org.admin);
    for (const url of ["ftp://example.org/k.ics", "file:///etc/passwd", "https://user:pw@example.org/k.ics", "inte en adress", "http://127.0.0.1:8080/k.ics", "http://[::1]/k.ics", "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/k.ics", "http://[::ffff:192.168.0.1]/k.ics"]) {
      const res = await guarded.gql(CREATE, { name: "Fel", url }, token);
      expect(res.errors?.[0]?.extensions, url).toMatchObject({ code: "BAD_USER_INPUT", field: "input.url" });
    }
    expect((await sql(guarded.db, `select count(*)::int as n from calendar_feeds where organization_id = ?`, [org.org.id]))[0]).toEqual({ n: 0 });
  });
});

describe("pollCalendarFeed", () => {
  it("imports on the first poll, sends If-None-Match on the second and records NOT_MODIFIED for the 304, and updates when the feed changes", async () => {
    host.serve("/styrgrupp.ics", fixture("google-weekly.ics"), '"v1"');
    const feed = await createFeed(allowing, host.url("/styrgrupp.ics"));
    const first = await poll(allowing, feed.id);
    expect(first).toMatchObject({ status: "OK", errorCode: null, created: 6, updated: 0, cancelled: 0, unchanged: 0, feed: { lastStatus: "OK", consecutiveFailures: 0, lastPolledAt: expect.stringMatching(/^2027-03-01T08:/) } });
    expect(host.requests.at(-1)?.headers["if-none-match"]).toBeUndefined();
    expect((await importedMeetings(allowing.db, org.org.id, STYRGRUPP)).map((m) => m.starts_at.toISOString())).toEqual(["2027-03-11T09:00:00.000Z", "2027-03-18T09:00:00.000Z", "2027-04-01T08:00:00.000Z", "2027-04-09T11:00:00.000Z", "2027-04-15T08:00:00.000Z"]);
    const [row] = await sql<{ feed_id: string; n: string }>(allowing.db, `select feed_id, count(*) as n from calendar_events where organization_id = ? group by feed_id`, [org.org.id]);
    expect(row).toEqual({ feed_id: fromGlobalId(feed.id)?.id, n: "6" });

    const second = await poll(allowing, feed.id);
    expect(host.requests.at(-1)?.headers).toMatchObject({ "if-none-match": '"v1"', "if-modified-since": "Tue, 01 Dec 2026 09:00:00 GMT" });
    expect(second).toMatchObject({ status: "NOT_MODIFIED", errorCode: null, created: 0, updated: 0, cancelled: 0, unchanged: 0, feed: { lastStatus: "NOT_MODIFIED" } });

    host.serve("/styrgrupp.ics", fixture("google-weekly-v2.ics"), '"v2"');
    const third = await poll(allowing, feed.id);
    expect(third).toMatchObject({ status: "OK", created: 0, updated: 3, cancelled: 2, unchanged: 1 });
    expect((await importedMeetings(allowing.db, org.org.id, STYRGRUPP)).map((m) => [m.status, m.location])).toEqual([
      ["SCHEDULED", "Stadshuset, sal 4"],
      ["SCHEDULED", "Stadshuset, sal 4"],
      ["CANCELLED", "Stadshuset, sal 3"],
      ["SCHEDULED", "Stadshuset, sal 3"],
      ["SCHEDULED", "Stadshuset, sal 4"],
    ]);

    // The address (it may hold a secret) and the content never reach the logs.
    const lines = allowing.logs.filter((l) => l.includes("calendar.feed_polled"));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of allowing.logs) {
      expect(line).not.toContain(`${host.port}/styrgrupp.ics`);
      expect(line).not.toContain("Styrgrupp");
    }
  });

  it("cancels the meetings ahead of events that disappeared from the feed, and counts HTTP errors as failures", async () => {
    const feed = await createFeed(allowing, host.url("/upphandling.ics"), "Upphandlingens kalender");
    expect(await poll(allowing, feed.id)).toMatchObject({ status: "FAILED", errorCode: "HTTP_404", feed: { consecutiveFailures: 1 } });
    host.serve("/upphandling.ics", fixture("outlook-request.ics"), '"a"');
    expect(await poll(allowing, feed.id)).toMatchObject({ status: "OK", created: 1, feed: { consecutiveFailures: 0, lastErrorCode: null } });
    host.serve("/upphandling.ics", fixture("apple-mixed.ics"), '"b"');
    expect(await poll(allowing, feed.id)).toMatchObject({ status: "OK", created: 4, cancelled: 1 });
    const [gone] = await sql<{ status: string }>(allowing.db, `select m.status from calendar_events e join meetings m on m.id = e.meeting_id where e.organization_id = ? and e.uid like '040000008200E%'`, [org.org.id]);
    expect(gone?.status).toBe("CANCELLED");
    // A feed that comes back empty is more likely broken than cleared: it cancels nothing.
    host.serve("/upphandling.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tom//SV\r\nEND:VCALENDAR\r\n", '"c"');
    expect(await poll(allowing, feed.id)).toMatchObject({ status: "OK", created: 0, cancelled: 0 });
    host.serve("/upphandling.ics", "<html>Logga in</html>", '"d"');
    expect(await poll(allowing, feed.id)).toMatchObject({ status: "FAILED", errorCode: "INVALID_ICALENDAR" });
  });

  it("refuses a feed that redirects to http://169.254.169.254/ or to a loopback address outside the allow-list: FAILED with a code, nothing fetched after the redirect", async () => {
    const metadata = await createFeed(allowing, host.url("/metadata"));
    const before = host.requests.length;
    const outcome = await poll(allowing, metadata.id);
    expect(outcome).toMatchObject({ status: "FAILED", errorCode: "BLOCKED_ADDRESS", created: 0, feed: { lastStatus: "FAILED", lastErrorCode: "BLOCKED_ADDRESS", consecutiveFailures: 1 } });
    expect(host.requests.slice(before).map((r) => r.path)).toEqual(["/metadata"]);
    expect((await poll(allowing, metadata.id)).feed.consecutiveFailures).toBe(2);

    const redirecting = await createFeed(allowing, host.url("/inner"));
    expect(await poll(allowing, redirecting.id)).toMatchObject({ status: "FAILED", errorCode: "BLOCKED_ADDRESS" });
    expect(inner.requests).toEqual([]);
  });

  it("refuses http://127.0.0.1:<port> at poll time where the allow-list does not name it, and a host name that resolves to loopback", async () => {
    host.serve("/lokal.ics", fixture("google-weekly.ics"), '"v1"');
    // Created where 127.0.0.1 was allowed, polled by a server whose operator has not allowed it.
    const local = await createFeed(allowing, host.url("/lokal.ics"));
    const token = await guarded.tokenFor(org.admin);
    const before = host.requests.length;
    const res = await guarded.gql<{ pollCalendarFeed: Poll }>(POLL, { id: local.id }, token);
    expect(res.data?.pollCalendarFeed).toMatchObject({ status: "FAILED", errorCode: "BLOCKED_ADDRESS" });
    // A host name passes createCalendarFeed (it is resolved at fetch time) and is refused then.
    const named = await guarded.gql<{ createCalendarFeed: { feed: { id: string } } }>(CREATE, { name: "Lokal", url: `http://localhost:${host.port}/lokal.ics` }, token);
    feeds.push({ id: named.data!.createCalendarFeed.feed.id, token });
    const polled = await guarded.gql<{ pollCalendarFeed: Poll }>(POLL, { id: named.data!.createCalendarFeed.feed.id }, token);
    expect(polled.data?.pollCalendarFeed).toMatchObject({ status: "FAILED", errorCode: "BLOCKED_ADDRESS" });
    expect(host.requests.length).toBe(before);
  });
});

describe("the jobs", () => {
  let runtime: JobRuntime;
  const queue = `t-calendar-${randomUUID().slice(0, 8)}`;
  const clock = manualClock("2027-03-01T09:07:00Z");
  let feedId: string;
  let jobs: CalendarOrg;

  beforeAll(async () => {
    const logger = createLogger("silent");
    runtime = await createJobRuntime({
      url: inject("databaseUrl"),
      queue,
      definitions: [calendarPollJob, calendarPollFeedJob],
      deps: { db: allowing.db, pubsub: createMemoryPubSub(), logger, clock, provider: createLocalProvider(), outbound: createOutboundClient({ allowlist: ["127.0.0.1"] }), mailer: unconfiguredMailer, publicUrl: "http://localhost:4000" },
      logger,
      clock,
      pollMs: 100,
    });
    // An organisation of its own: the feed's creator is its admin, the ORGANIZER its Anders Berg.
    jobs = await createCalendarOrg(allowing.db, "Jobbkommun");
    host.serve("/jobb.ics", fixture("outlook-request.ics"), '"job"');
    feedId = fromGlobalId((await createFeed(allowing, host.url("/jobb.ics"), "Jobbens kalender", await allowing.tokenFor(jobs.admin))).id)!.id;
  });
  afterAll(async () => {
    await runtime?.stop(0);
  });

  const keysOf = async (name: string) =>
    (await sql<{ key: string; status: string }>(allowing.db, `select key, status from job_runs where queue = ? and job_name = ? order by key`, [queue, name])).filter((r) => r.key.includes(feedId));

  it("calendar-poll enqueues calendar-poll-feed for each due feed, keyed by feed and 15-minute slot; the feed job polls through the guarded client as the feed's creator", async () => {
    expect(calendarPollJob.schedule?.cron).toBe("*/15 * * * *");
    expect((await runtime.runNow("calendar-poll", {})).outcome).toBe("succeeded");
    expect(await keysOf("calendar-poll-feed")).toEqual([{ key: `calendar-poll-feed:${feedId}:2027-03-01T09:00:00.000Z`, status: "queued" }]);
    // The same slot again enqueues nothing new.
    await runtime.runNow("calendar-poll", {});
    expect(await keysOf("calendar-poll-feed")).toHaveLength(1);

    const run = await runtime.runNow("calendar-poll-feed", { feedId, orgId: jobs.org.id });
    expect(run.outcome).toBe("succeeded");
    const [feed] = await sql<{ last_status: string; last_polled_at: string }>(allowing.db, `select last_status, last_polled_at from calendar_feeds where id = ?`, [feedId]);
    expect(feed?.last_status).toBe("OK");
    expect(new Date(feed!.last_polled_at).toISOString()).toBe("2027-03-01T09:07:00.000Z");
    const [meeting] = await importedMeetings(allowing.db, jobs.org.id, "040000008200E00074C5B7101A82E00800000000B0D3F2A1C05FDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90");
    expect(meeting).toMatchObject({ title: "Avstämning upphandling", organizer_id: jobs.anders.id });

    // Polled at 09:07: not due in the 09:15 slot, due again in the 09:30 one.
    clock.set("2027-03-01T09:16:00Z");
    await runtime.runNow("calendar-poll", {});
    expect(await keysOf("calendar-poll-feed")).toHaveLength(1);
    clock.set("2027-03-01T09:31:00Z");
    await runtime.runNow("calendar-poll", {});
    expect((await keysOf("calendar-poll-feed")).map((r) => r.key)).toContain(`calendar-poll-feed:${feedId}:2027-03-01T09:30:00.000Z`);
  });

  it("npm run -s job -- run calendar-poll (and calendar-poll-feed with --org and --data) runs through the CLI", async () => {
    const cli = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ["--import", "tsx", "server/src/cli/job.ts", ...args], {
          cwd: REPO_ROOT,
          env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: inject("databaseUrl"), LOG_LEVEL: "info", JOBS_QUEUE: `${queue}-cli`, OUTBOUND_ALLOWLIST: "none" },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d) => (stdout += String(d)));
        child.stderr.on("data", (d) => (stderr += String(d)));
        const timer = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`job CLI hung: ${stderr}`))), 60_000);
        child.on("exit", (code) => (clearTimeout(timer), resolve({ code, stdout, stderr })));
      });
    const list = await cli(["list"]);
    expect(list.stdout.trim().split("\n").map((l) => JSON.parse(l) as { job: string; schedule: string | null })).toEqual(
      expect.arrayContaining([{ job: "calendar-poll", description: expect.any(String), schedule: "*/15 * * * *" }, { job: "calendar-poll-feed", description: expect.any(String), schedule: null }]),
    );
    const scheduled = await cli(["run", "calendar-poll"]);
    expect(scheduled.code, scheduled.stderr).toBe(0);
    expect(JSON.parse(scheduled.stdout)).toMatchObject({ job: "calendar-poll", outcome: "succeeded" });
    // The CLI runs with OUTBOUND_ALLOWLIST=none (the demo defaults would allow 127.0.0.1): the local feed is refused and recorded, the job itself succeeds.
    const one = await cli(["run", "calendar-poll-feed", "--org", jobs.org.slug, "--data", JSON.stringify({ feedId })]);
    expect(one.code, one.stderr).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ job: "calendar-poll-feed", outcome: "succeeded" });
    const [feed] = await sql<{ last_status: string; last_error_code: string }>(allowing.db, `select last_status, last_error_code from calendar_feeds where id = ?`, [feedId]);
    expect(feed).toEqual({ last_status: "FAILED", last_error_code: "BLOCKED_ADDRESS" });
  }, 120_000);
});
