import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/platform/clock";
import { toGlobalId } from "../../src/platform/ids";
import { Role, User } from "../../src/platform/identity/user.entity";
import { addWorkingHours } from "../../src/platform/time/working-time";
import { ActionItem, ActionItemStatus } from "../../src/modules/decisions/action-item.entity";
import { Meeting, Sensitivity } from "../../src/modules/meetings/meeting.entity";
import { createOrg, nextEvents, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { startChatReceiver, startSmtpReceiver } from "./receivers";

const clock = manualClock("2026-12-01T00:00:00Z");
let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;
let chat: Awaited<ReturnType<typeof startChatReceiver>>;
let a: TestOrg;
let b: TestOrg;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  chat = await startChatReceiver();
  server = await startTestServer({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), OUTBOUND_ALLOWLIST: "127.0.0.1", PUBLIC_URL: "http://postboxen.test" }, { clock });
  a = await createOrg(server.db, "Nudgekommun");
  b = await createOrg(server.db, "Grannkommun");
  // The meeting's organiser (escalations go there) is the admin.
  await server.db.system().getConnection().execute(`update meetings set organizer_id = ? where id = ?`, [a.admin.id, a.meeting.id]);
});

afterAll(async () => {
  await server?.stop();
  await smtp?.close();
  await chat?.close();
});

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => server.db.system().getConnection().execute<T[]>(text, params);
const at = (iso: string) => new Date(iso);

/** An open item of org `a`, last changed at `anchor` (set in SQL: the product stamps real time). */
async function item(opts: { owner?: User; anchor: Date; title?: string; dueDate?: string | null; meeting?: Meeting }): Promise<ActionItem> {
  // The worker's own scheduled sweeps read this clock too: back to the anchor, so none runs "later" meanwhile.
  clock.set(opts.anchor);
  const em = server.db.system();
  const created = em.create(ActionItem, {
    organization: a.org,
    meeting: opts.meeting ?? a.meeting,
    title: opts.title ?? `Åtgärd ${randomUUID().slice(0, 6)}`,
    owner: opts.owner ?? a.editor,
    ownerName: (opts.owner ?? a.editor).name,
    dueDate: opts.dueDate ?? null,
  });
  await em.flush();
  await sql(`update action_items set updated_at = ?, created_at = ? where id = ?`, [opts.anchor, opts.anchor, created.id]);
  return created;
}

const sweep = async (now: string | Date) => {
  clock.set(now);
  const result = await server.jobs.runNow("nudge-sweep", { orgId: a.org.id });
  if (result.outcome !== "succeeded") console.error(await sql(`select error_code, error_message from job_dead_letters where job_key = ?`, [result.key]));
  expect(result.outcome).toBe("succeeded");
};
const nudgesOf = (itemId: string) =>
  sql<{ id: string; kind: string; recipient_id: string; window_key: string; deliver_after: Date; answered_at: Date | null }>(
    `select id, kind::text as kind, recipient_id, window_key, deliver_after, answered_at from nudges where action_item_id = ? order by created_at, kind`,
    [itemId],
  );
const gid = (id: string) => toGlobalId("Nudge", id);

describe("when a nudge is due (48 working hours, Europe/Stockholm)", () => {
  it("does not count the weekend: Friday 10:00 → Tuesday 10:00", async () => {
    const it1 = await item({ anchor: at("2027-01-08T09:00:00Z") }); // Fri 10:00 local
    await sweep("2027-01-11T09:00:00Z"); // Mon 10:00: 24 working hours
    await sweep("2027-01-12T08:59:00Z"); // Tue 09:59
    expect(await nudgesOf(it1.id)).toEqual([]);
    await sweep("2027-01-12T09:00:00Z"); // Tue 10:00: 48
    const [n] = await nudgesOf(it1.id);
    expect(n).toMatchObject({ kind: "STALLED", recipient_id: a.editor.id, window_key: "r1@2027-01-08T09:00:00.000Z" });
  });

  it("does not count trettondedag jul (Wednesday 6 January 2027)", async () => {
    const it2 = await item({ anchor: at("2027-01-05T08:00:00Z") }); // Tue 09:00 local
    await sweep("2027-01-07T08:00:00Z"); // Thu 09:00: 48 h by the clock, 24 working hours
    expect(await nudgesOf(it2.id)).toEqual([]);
    await sweep("2027-01-08T07:59:00Z");
    expect(await nudgesOf(it2.id)).toEqual([]);
    await sweep("2027-01-08T08:00:00Z"); // Fri 09:00
    expect((await nudgesOf(it2.id)).map((n) => n.kind)).toEqual(["STALLED"]);
  });

  it("shows the nudge in the app at once but holds e-mail until quiet hours end (18:00–08:00)", async () => {
    const it3 = await item({ anchor: at("2027-01-18T17:30:00Z"), title: "Kvällsåtgärd" }); // Mon 18:30 local
    await sweep("2027-01-20T18:00:00Z"); // Wed 19:00 local: quiet
    const [n] = await nudgesOf(it3.id);
    expect(new Date(n!.deliver_after).toISOString()).toBe("2027-01-21T07:00:00.000Z"); // Thu 08:00 local
    const res = await server.gql<{ nudges: { totalCount: number; nodes: { id: string; kind: string }[] } }>(
      `{ nudges(first: 50, filter: { unread: true }) { totalCount nodes { id kind } } }`,
      {},
      await server.tokenFor(a.editor),
    );
    expect(res.data?.nudges.nodes.map((x) => x.id)).toContain(gid(n!.id));
    // The delivery job waits for 08:00 (agenda holds it); nothing about this item went out meanwhile
    // (earlier tests' nudges may still be arriving: count this item's mail only).
    expect(smtp.mails.filter((m) => m.subject?.includes("Kvällsåtgärd")).length).toBe(0);
    clock.set("2027-01-21T07:00:00Z");
    const run = await server.jobs.runNow("nudge-deliver", { nudgeId: n!.id, orgId: a.org.id }, { key: `nudge-deliver:${n!.id}` });
    expect(run.outcome).toBe("succeeded");
    const mail = smtp.mails.find((m) => m.subject?.includes("Kvällsåtgärd"));
    expect(mail?.to && "text" in mail.to ? mail.to.text : "").toContain(a.editor.email);
  });

  it("escalates a second unanswered nudge to the meeting's organiser", async () => {
    const it4 = await item({ anchor: at("2027-02-01T08:00:00Z") }); // Mon 09:00 local
    await sweep("2027-02-03T08:00:00Z"); // Wed 09:00: round 1
    expect((await nudgesOf(it4.id)).map((n) => n.kind)).toEqual(["STALLED"]);
    await sweep("2027-02-05T07:59:00Z"); // not yet 48 working hours after round 1
    expect((await nudgesOf(it4.id)).length).toBe(1);
    await sweep("2027-02-05T08:00:00Z");
    const all = await nudgesOf(it4.id);
    expect(all.map((n) => [n.kind, n.recipient_id, n.window_key.slice(0, 3)])).toEqual([
      ["STALLED", a.editor.id, "r1@"],
      ["ESCALATION", a.admin.id, "r2@"],
      ["STALLED", a.editor.id, "r2@"],
    ]);
    await sweep("2027-02-20T08:00:00Z"); // no third round
    expect((await nudgesOf(it4.id)).length).toBe(3);
  });

  it("does not escalate when the owner answered (snoozed) — and nudges once the snooze ends", async () => {
    const it5 = await item({ anchor: at("2027-03-01T08:00:00Z") });
    await sweep("2027-03-03T08:00:00Z");
    const [first] = await nudgesOf(it5.id);
    const token = await server.tokenFor(a.editor);
    const snoozed = await server.gql<{ snoozeNudge: { nudge: { answeredAt: string | null } } }>(
      `mutation($id: ID!) { snoozeNudge(input: { id: $id, days: 3 }) { nudge { answeredAt } } }`,
      { id: gid(first!.id) },
      token,
    );
    expect(snoozed.data?.snoozeNudge.nudge.answeredAt).toBeTruthy();
    await sweep("2027-03-06T07:59:00Z"); // still snoozed (3 days = 72 h)
    expect((await nudgesOf(it5.id)).length).toBe(1);
    await sweep("2027-03-06T08:00:00Z"); // the snooze ends: a nudge at once, no escalation
    const after = await nudgesOf(it5.id);
    expect(after.map((n) => [n.kind, n.window_key])).toEqual([
      ["STALLED", "r1@2027-03-01T08:00:00.000Z"],
      ["STALLED", "r1@2027-03-06T08:00:00.000Z"],
    ]);
  });

  it("stops nudging once the item is marked done from the nudge, and skips its held delivery", async () => {
    const it6 = await item({ anchor: at("2027-04-05T08:00:00Z") });
    await sweep("2027-04-07T17:00:00Z"); // 19:00 local: e-mail held
    const [n] = await nudgesOf(it6.id);
    const res = await server.gql<{ completeNudge: { actionItem: { status: string } } }>(
      `mutation($id: ID!) { completeNudge(input: { id: $id }) { actionItem { status } } }`,
      { id: gid(n!.id) },
      await server.tokenFor(a.editor),
    );
    expect(res.data?.completeNudge.actionItem.status).toBe("DONE");
    clock.set("2027-04-08T06:00:00Z");
    await server.jobs.runNow("nudge-deliver", { nudgeId: n!.id, orgId: a.org.id }, { key: `nudge-deliver:${n!.id}` });
    const deliveries = await sql<{ status: string; error_code: string }>(`select status::text as status, error_code from nudge_deliveries where nudge_id = ?`, [n!.id]);
    expect(deliveries).toEqual([{ status: "SKIPPED", error_code: "ITEM_CLOSED" }]);
    await sweep("2027-05-01T08:00:00Z");
    expect((await nudgesOf(it6.id)).length).toBe(1);
  });

  it("starts a fresh window for the new owner on reassignment", async () => {
    const it7 = await item({ anchor: at("2027-01-04T08:00:00Z") });
    await sweep("2027-01-12T09:00:00Z");
    const [n] = await nudgesOf(it7.id);
    const res = await server.gql<{ reassignNudge: { actionItem: { owner: { name: string } } } }>(
      `mutation($id: ID!, $owner: ID!) { reassignNudge(input: { id: $id, ownerId: $owner }) { actionItem { owner { name } } } }`,
      { id: gid(n!.id), owner: toGlobalId("User", a.viewer.id) },
      await server.tokenFor(a.editor),
    );
    expect(res.data?.reassignNudge.actionItem.owner.name).toBe(a.viewer.name);
    const [{ updated_at }] = (await sql<{ updated_at: Date }>(`select updated_at from action_items where id = ?`, [it7.id])) as [{ updated_at: Date }];
    const changed = new Date(updated_at);
    await sweep(addWorkingHours(changed, 47));
    expect((await nudgesOf(it7.id)).filter((x) => x.recipient_id === a.viewer.id)).toEqual([]);
    await sweep(addWorkingHours(changed, 48));
    expect((await nudgesOf(it7.id)).filter((x) => x.recipient_id === a.viewer.id).map((x) => x.kind)).toEqual(["STALLED"]);
    expect((await nudgesOf(it7.id)).filter((x) => x.recipient_id === a.editor.id).length).toBe(1);
  });

  it("reminds the working day before the due date and once when overdue", async () => {
    // Due Monday 2027-01-18: the reminder comes from Friday the 15th.
    const it8 = await item({ anchor: at("2027-01-14T08:00:00Z"), dueDate: "2027-01-18" });
    await sweep("2027-01-14T09:00:00Z"); // Thursday
    expect((await nudgesOf(it8.id)).map((n) => n.kind)).toEqual([]);
    await sweep("2027-01-15T07:00:00Z"); // Friday 08:00
    expect((await nudgesOf(it8.id)).map((n) => n.kind)).toEqual(["DUE_SOON"]);
    await sweep("2027-01-19T07:00:00Z"); // Tuesday: overdue (and stalled by now)
    const kinds = (await nudgesOf(it8.id)).map((n) => n.kind).sort();
    expect(kinds).toEqual(["DUE_SOON", "OVERDUE", "STALLED"]);
    await sweep("2027-01-20T07:00:00Z");
    expect((await nudgesOf(it8.id)).filter((n) => n.kind === "OVERDUE").length).toBe(1);
  });

  it("sends nothing to a deactivated owner", async () => {
    const em = server.db.system();
    const gone = em.create(User, { organization: a.org, role: Role.EDITOR, name: "Slutad Person", email: `slutat-${randomUUID().slice(0, 6)}@test.example`, active: false });
    await em.flush();
    const it9 = await item({ owner: gone, anchor: at("2027-01-04T08:00:00Z"), dueDate: "2027-01-12" });
    await sweep("2027-01-12T09:00:00Z");
    expect(await nudgesOf(it9.id)).toEqual([]);
  });
});

describe("delivery", () => {
  it("sends exactly one e-mail per nudge when two sweeps and the worker race, with List-Unsubscribe, Swedish text and a link back", async () => {
    const title = `Ringa Lena Sjöberg om pilotstarten ${randomUUID().slice(0, 4)}`;
    const it10 = await item({ anchor: at("2027-05-03T07:00:00Z"), title });
    clock.set("2027-05-05T08:00:00Z");
    await Promise.all([server.jobs.runNow("nudge-sweep", { orgId: a.org.id }), server.jobs.runNow("nudge-sweep", { orgId: a.org.id })]);
    const ns = await nudgesOf(it10.id);
    expect(ns.length).toBe(1);
    // The worker may deliver it by itself (no quiet hours at 10:00) or this call does: once either way.
    const first = await server.jobs.runNow("nudge-deliver", { nudgeId: ns[0]!.id, orgId: a.org.id }, { key: `nudge-deliver:${ns[0]!.id}` });
    expect(["succeeded", "skipped"]).toContain(first.outcome);
    await expect.poll(() => smtp.mails.filter((m) => m.subject?.includes(title)).length, { timeout: 15_000 }).toBe(1);
    const replay = await server.jobs.runNow("nudge-deliver", { nudgeId: ns[0]!.id, orgId: a.org.id }, { key: `nudge-deliver:${ns[0]!.id}` });
    expect(replay.outcome).toBe("skipped");
    expect(smtp.mails.filter((m) => m.subject?.includes(title)).length).toBe(1);
    const mail = smtp.mails.find((m) => m.subject?.includes(title))!;
    expect(mail.subject).toBe(`Påminnelse om en åtgärd: ${title}`);
    expect(mail.text).toContain(`Åtgärd: ${title}`);
    expect(mail.text).toContain(`http://postboxen.test/aviseringar?nudge=${encodeURIComponent(gid(ns[0]!.id))}`);
    expect(mail.html).toContain("lang=\"sv\"");
    const header = mail.headerLines.find((h) => h.key === "list-unsubscribe")?.line.replace(/\r?\n\s+/g, " ") ?? "";
    const unsubscribe = /<([^>]+)>/.exec(header)?.[1] ?? "";
    expect(mail.headerLines.find((h) => h.key === "list-unsubscribe-post")).toBeUndefined(); // RFC 8058 needs https; this test runs on http
    expect(unsubscribe).toMatch(/^http:\/\/postboxen\.test\/api\/nudges\/unsubscribe\?token=[A-Za-z0-9_-]+$/);
    const delivered = await sql<{ channel: string; status: string }>(`select channel::text as channel, status::text as status from nudge_deliveries where nudge_id = ?`, [ns[0]!.id]);
    expect(delivered).toEqual([{ channel: "EMAIL", status: "SENT" }]);

    // One-click unsubscribe (RFC 8058): a GET only shows the button; the POST switches e-mail off.
    const token = new URL(unsubscribe).searchParams.get("token")!;
    const local = `http://127.0.0.1:${server.port}/api/nudges/unsubscribe`;
    expect((await fetch(`${local}?token=${token}`)).status).toBe(200);
    expect((await sql<{ email: boolean }>(`select email from notification_preferences where id = ?`, [a.editor.id]))[0]?.email).toBe(true);
    const post = await fetch(`${local}?token=${token}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
    expect(post.status).toBe(200);
    expect((await sql<{ email: boolean }>(`select email from notification_preferences where id = ?`, [a.editor.id]))[0]?.email).toBe(false);
    await sql(`update notification_preferences set email = true where id = ?`, [a.editor.id]);
  });

  it("posts to Slack and Teams in their formats; a SENSITIVE meeting's nudge carries no item text, title or quote anywhere", async () => {
    const em = server.db.system();
    const owner = em.create(User, { organization: a.org, role: Role.EDITOR, name: "Kim Känslig", email: `kim-${randomUUID().slice(0, 6)}@test.example` });
    const secretMeeting = em.create(Meeting, { organization: a.org, title: "Hemligt personalärende", startsAt: new Date("2027-05-01T08:00:00Z"), sensitivity: Sensitivity.SENSITIVE });
    await em.flush();
    const token = await server.tokenFor(owner);
    const prefs = await server.gql<{ updateNotificationPreferences: { slackConfigured: boolean; teamsConfigured: boolean } }>(
      `mutation($s: String, $t: String) { updateNotificationPreferences(input: { slackWebhookUrl: $s, teamsWebhookUrl: $t }) { slackConfigured teamsConfigured } }`,
      { s: `${chat.url}/slack/T000/B000/XXXX`, t: `${chat.url}/teams/workflows/abc` },
      token,
    );
    expect(prefs.data?.updateNotificationPreferences).toEqual({ slackConfigured: true, teamsConfigured: true });
    const normal = await item({ owner, anchor: at("2027-06-07T07:00:00Z"), title: "Skriv återställningsplanen" });
    const secret = await item({ owner, anchor: at("2027-06-07T07:00:00Z"), title: "Samtal om uppsägning av NN", meeting: secretMeeting });
    await sweep("2027-06-09T08:00:00Z");
    const [nNormal] = await nudgesOf(normal.id);
    const [nSecret] = await nudgesOf(secret.id);
    for (const n of [nNormal!, nSecret!]) {
      const run = await server.jobs.runNow("nudge-deliver", { nudgeId: n.id, orgId: a.org.id }, { key: `nudge-deliver:${n.id}` });
      expect(["succeeded", "skipped"]).toContain(run.outcome);
    }
    await expect.poll(() => chat.posts.filter((p) => JSON.stringify(p.body).includes(gid(nSecret!.id))).length, { timeout: 15_000 }).toBe(2);
    const slackNormal = chat.posts.find((p) => p.service === "slack" && JSON.stringify(p.body).includes("Skriv återställningsplanen"));
    expect(slackNormal?.body.text).toEqual(expect.stringContaining("Skriv återställningsplanen"));
    const teamsNormal = chat.posts.find((p) => p.service === "teams" && JSON.stringify(p.body).includes("Skriv återställningsplanen"));
    expect(teamsNormal).toBeTruthy();
    const secretPosts = chat.posts.filter((p) => JSON.stringify(p.body).includes(encodeURIComponent(gid(nSecret!.id))) || JSON.stringify(p.body).includes(gid(nSecret!.id)));
    expect(secretPosts.map((p) => p.service).sort()).toEqual(["slack", "teams"]);
    const secretMail = smtp.mails.filter((m) => (m.text ?? "").includes(encodeURIComponent(gid(nSecret!.id))));
    expect(secretMail.length).toBe(1);
    for (const text of [...secretPosts.map((p) => JSON.stringify(p.body)), secretMail[0]!.subject ?? "", secretMail[0]!.text ?? "", String(secretMail[0]!.html)]) {
      expect(text).not.toContain("uppsägning");
      expect(text).not.toContain("Hemligt personalärende");
    }
    // The worker may still be recording the last channel it posted to: wait for all three rows.
    const deliveriesOf = () => sql<{ channel: string; status: string }>(`select channel::text as channel, status::text as status from nudge_deliveries where nudge_id = ? order by channel`, [nSecret!.id]);
    await expect.poll(async () => (await deliveriesOf()).length, { timeout: 15_000 }).toBe(3);
    const deliveries = await deliveriesOf();
    expect(deliveries).toEqual([
      { channel: "EMAIL", status: "SENT" },
      { channel: "SLACK", status: "SENT" },
      { channel: "TEAMS", status: "SENT" },
    ]);
    // Operators see deliveries by channel and outcome (counts only).
    const metrics = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
    for (const channel of ["EMAIL", "SLACK", "TEAMS"]) expect(metrics).toMatch(new RegExp(`postboxen_nudge_deliveries_total\\{channel="${channel}",outcome="sent"\\} [1-9]`));
    expect(metrics).toMatch(/postboxen_nudges_created_total\{kind="STALLED"\} [1-9]/);
  });

  it("never writes item text, names or addresses into a log line", async () => {
    const canary = `KANARIE${randomUUID().slice(0, 8)}`;
    const em = server.db.system();
    const owner = em.create(User, { organization: a.org, role: Role.EDITOR, name: `Namn ${canary}`, email: `${canary.toLowerCase()}@test.example` });
    await em.flush();
    const it11 = await item({ owner, anchor: at("2027-07-05T07:00:00Z"), title: `Titel ${canary}` });
    await sweep("2027-07-07T08:00:00Z");
    const [n] = await nudgesOf(it11.id);
    await server.jobs.runNow("nudge-deliver", { nudgeId: n!.id, orgId: a.org.id }, { key: `nudge-deliver:${n!.id}` });
    await expect.poll(() => smtp.mails.filter((m) => (m.subject ?? "").includes(canary)).length, { timeout: 15_000 }).toBe(1);
    // The delivery's own log line may follow the mail by a moment (the worker may be the one sending).
    await expect.poll(() => server.logs.some((l) => l.includes(`"event":"nudge.delivered"`) && l.includes(`"nudgeId":"${n!.id}"`)), { timeout: 15_000 }).toBe(true);
    const leaked = server.logs.filter((l) => l.toLowerCase().includes(canary.toLowerCase()));
    expect(leaked).toEqual([]);
  });
});

describe("GraphQL and live updates", () => {
  it("gives each person their own nudges only: connection, node(id), subscription", async () => {
    const ownerToken = await server.tokenFor(a.editor);
    const otherToken = await server.tokenFor(a.viewer);
    const owner = server.ws(ownerToken);
    const other = server.ws(otherToken);
    const doc = `subscription { nudges { id kind actionItem { title } } }`;
    const mine = nextEvents<{ data: { nudges: { id: string; kind: string; actionItem: { title: string } } } }>(owner, doc, 1);
    const theirs = nextEvents<unknown>(other, doc, 1, 4_000);
    await Promise.all([mine.ready, theirs.ready]);
    const it12 = await item({ anchor: at("2027-08-02T07:00:00Z"), title: "Live-åtgärd" });
    await sweep("2027-08-04T08:00:00Z");
    const [event] = await mine.events;
    const [n] = await nudgesOf(it12.id);
    expect(event?.data.nudges).toEqual({ id: gid(n!.id), kind: "STALLED", actionItem: { title: "Live-åtgärd" } });
    await expect(theirs.events).rejects.toThrow(/timed out/);
    await owner.dispose();
    await other.dispose();

    const byNode = await server.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: gid(n!.id) }, otherToken);
    expect(byNode.data?.node).toBeNull();
    const theirList = await server.gql<{ nudges: { nodes: { id: string }[] } }>(`{ nudges(first: 100) { nodes { id } } }`, {}, otherToken);
    expect(theirList.data?.nudges.nodes.map((x) => x.id)).not.toContain(gid(n!.id));
    const neighbour = await server.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, { id: gid(n!.id) }, await server.tokenFor(b.editor));
    expect(neighbour.data?.node).toBeNull();
    const read = await server.gql<{ markNudgeRead: { nudge: { readAt: string } } }>(`mutation($id: ID!) { markNudgeRead(input: { id: $id }) { nudge { readAt } } }`, { id: gid(n!.id) }, otherToken);
    expect(read.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("blocks with a reason the organiser sees, and refuses bad input with the field path", async () => {
    const it13 = await item({ anchor: at("2027-09-06T07:00:00Z") });
    await sweep("2027-09-08T08:00:00Z");
    const [n] = await nudgesOf(it13.id);
    const token = await server.tokenFor(a.editor);
    const blocked = await server.gql<{ blockNudge: { actionItem: { blocked: { reason: string } } } }>(
      `mutation($id: ID!) { blockNudge(input: { id: $id, reason: "Väntar på juristens besked" }) { actionItem { blocked { reason } } } }`,
      { id: gid(n!.id) },
      token,
    );
    expect(blocked.data?.blockNudge.actionItem.blocked.reason).toBe("Väntar på juristens besked");
    const toOrganiser = (await nudgesOf(it13.id)).filter((x) => x.kind === "BLOCKED");
    expect(toOrganiser.map((x) => x.recipient_id)).toEqual([a.admin.id]);
    await sweep("2027-09-30T08:00:00Z"); // blocked: the owner is not nudged meanwhile
    expect((await nudgesOf(it13.id)).filter((x) => x.recipient_id === a.editor.id).length).toBe(1);

    const bad = await server.gql(`mutation($id: ID!) { snoozeNudge(input: { id: $id, days: 2 }) { nudge { id } } }`, { id: gid(n!.id) }, token);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.extensions?.field).toBe("input.days");
    const settings = await server.gql(`mutation { updateNudgeSettings(input: { stalledHours: 2 }) { stalledHours } }`, {}, await server.tokenFor(a.admin));
    expect(settings.errors?.[0]?.extensions?.field).toBe("input.stalledHours");
    const notAdmin = await server.gql(`mutation { updateNudgeSettings(input: { stalledHours: 24 }) { stalledHours } }`, {}, token);
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const hook = await server.gql(`mutation { updateNotificationPreferences(input: { slackWebhookUrl: "ftp://example.com/x" }) { slackConfigured } }`, {}, token);
    expect(hook.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("uses the organisation's own window", async () => {
    const admin = await server.tokenFor(a.admin);
    const res = await server.gql<{ updateNudgeSettings: { stalledHours: number } }>(`mutation { updateNudgeSettings(input: { stalledHours: 24 }) { stalledHours } }`, {}, admin);
    expect(res.data?.updateNudgeSettings.stalledHours).toBe(24);
    const it14 = await item({ anchor: at("2027-10-04T07:00:00Z") }); // Mon 09:00 local
    await sweep("2027-10-05T06:59:00Z");
    expect(await nudgesOf(it14.id)).toEqual([]);
    await sweep("2027-10-05T07:00:00Z");
    const [n] = await nudgesOf(it14.id);
    expect(n).toBeDefined();
    // The nudge says which window it is about (the UI: "Ingen rörelse på 24 arbetstimmar").
    const shown = await server.gql<{ node: { windowHours: number } }>(`query($id: ID!) { node(id: $id) { ... on Nudge { windowHours } } }`, { id: gid(n!.id) }, await server.tokenFor(a.editor));
    expect(shown.data?.node.windowHours).toBe(24);
    await server.gql(`mutation { updateNudgeSettings(input: { stalledHours: 48 }) { stalledHours } }`, {}, admin);
  });
});

void ActionItemStatus;
