import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { manualClock } from "../../src/platform/clock";
import { toGlobalId } from "../../src/platform/ids";
import type { JobRuntime } from "../../src/platform/jobs/runtime";
import { createLogger } from "../../src/platform/logger";
import { createRedisPubSub } from "../../src/platform/pubsub";
import { writeBriefSettings } from "../../src/modules/briefs/brief-settings.store";
import { BriefService } from "../../src/modules/briefs/brief.service";
import { PRE_BRIEF_GENERATE_JOB } from "../../src/modules/briefs/jobs/pre-brief-generate.job";
import { PRE_BRIEF_SWEEP_JOB } from "../../src/modules/briefs/jobs/pre-brief-sweep.job";
import { registerPreBriefSection } from "../../src/modules/briefs/pre-brief.sections";
import { createMemoryPubSub } from "../../src/platform/pubsub";
import { createOrg, nextEvents, startTestServer, type TestOrg, type TestServer } from "../helpers";
import { codes, sql } from "../more-helpers";
import { eventually, openTestDatabase } from "../jobs/job-helpers";
import { ActionItemStatus, MeetingStatus, Sensitivity, briefRuntime, countStatements, factories, generateKeys, preBriefs } from "./brief-helpers";

const silent = createLogger("silent");
const HOUR = 3_600_000;
const GENERATE = `mutation($m: ID!) { generatePreBrief(input: { meetingId: $m }) { brief { id kind version body meeting { id title } } } }`;
type Generated = { generatePreBrief: { brief: { id: string; kind: string; version: number; body: string; meeting: { id: string; title: string } } } };

let server: TestServer;
let a: TestOrg;
let b: TestOrg;
const token = { admin: "", editor: "", viewer: "", otherAdmin: "", otherViewer: "" };

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Briefkommun");
  b = await createOrg(server.db, "Grannkommun");
  // createOrg's meetings start in 24 h of real time: out of reach of the real-time sweeps every test server runs.
  await sql(server.db, `update meetings set status = 'CANCELLED' where organization_id in (?, ?)`, [a.org.id, b.org.id]);
  token.admin = await server.tokenFor(a.admin);
  token.editor = await server.tokenFor(a.editor);
  token.viewer = await server.tokenFor(a.viewer);
  token.otherAdmin = await server.tokenFor(b.admin);
  token.otherViewer = await server.tokenFor(b.viewer);
});
afterAll(async () => server?.stop());

/**
 * Content, in organisation A, all in 2032 so no sweep of this run (real time or the job tests'
 * clocks) writes versions of these meetings behind the tests' backs.
 */
describe("pre-brief content", () => {
  const f = () => factories(server.db, a.org);
  let target: Awaited<ReturnType<ReturnType<typeof factories>["meeting"]>>;
  let body: string;
  const ids = { budgetMeeting: "", budgetDecision: "", sensitiveDecision: "" };

  beforeAll(async () => {
    // createOrg's own open item belongs to the editor (Anna below): out of the way.
    await sql(server.db, `update action_items set status = 'DONE' where id = ?`, [a.actionItem.id]);
    const make = f();
    target = await make.meeting("Styrgrupp", "2032-03-12T08:00:00Z", { agendaItems: ["Budgeten för skolorna", "Övrigt"], location: "Kommunhuset, rum 3", endsAt: new Date("2032-03-12T09:00:00Z") });
    // Anna has an account (the editor; her e-mail in other case), Bo has none.
    const anna = await make.stakeholder("Anna Berg", { email: a.editor.email.toUpperCase(), title: "Kommunchef", organizationName: "Briefkommun", phone: "+46 70 111 11 11", notes: "Hemlig anteckning om Anna", influence: 5, interest: 4 });
    const bo = await make.stakeholder("Bo Ek", { email: null, phone: "+46 70 222 22 22", notes: "Bo vill bli kontaktad på kvällar", interest: 3 });
    await make.participant(target, anna, "ordförande");
    await make.participant(target, bo);

    const budget = await make.meeting("budget skola", "2032-02-01T09:00:00Z", { status: MeetingStatus.COMPLETED });
    ids.budgetMeeting = toGlobalId("Meeting", budget.id);
    ids.budgetDecision = toGlobalId("Decision", (await make.decision(budget, "Skolbudgeten ökar med två procent.")).id);
    await make.item(budget, "Ta fram kalkyl för skolorna", { ownerName: "Cecilia Ström", dueDate: "2032-03-01" });
    await make.item(budget, "Klar uppgift", { ownerName: "Cecilia Ström", status: ActionItemStatus.DONE });

    const traffic = await make.meeting("Trafikfrågor", "2032-01-15T09:00:00Z", { agendaItems: ["Busslinjer"] });
    await make.decision(traffic, "Ny busslinje till hamnen.");
    await make.item(traffic, "Svara på remissen", { owner: a.editor, dueDate: "2032-03-10" });
    await make.item(traffic, "Gjort redan", { owner: a.editor, status: ActionItemStatus.DONE });
    await make.item(traffic, "Utreda parkering", { ownerName: "Okänd Person" });

    const party = await make.meeting("Personalfest", "2032-01-20T15:00:00Z");
    await make.participant(party, bo);
    await make.item(party, "Boka festlokal", { ownerName: "bo ek" });
    await make.item(party, "Beställa tårta", { ownerName: "Dag Dahl" });

    const secret = await make.meeting("Budget skola, personalärenden", "2032-02-20T09:00:00Z", { sensitivity: Sensitivity.SENSITIVE });
    ids.sensitiveDecision = toGlobalId("Decision", (await make.decision(secret, "Känsligt beslut om en anställd.")).id);
    await make.item(secret, "Känslig åtgärd för Anna", { owner: a.editor });

    // Another organisation, same words and names: never in A's brief.
    const other = factories(server.db, b.org);
    const theirs = await other.meeting("budget skola", "2032-02-02T09:00:00Z");
    await other.decision(theirs, "Grannens hemliga beslut.");
    await other.item(theirs, "Grannens åtgärd", { ownerName: "Bo Ek" });

    const res = await server.gql<Generated>(GENERATE, { m: toGlobalId("Meeting", target.id) }, token.editor);
    expect(res.errors).toBeUndefined();
    body = res.data!.generatePreBrief.brief.body;
  });

  it("lists the meeting, its agenda and who is coming with their profile line", () => {
    expect(body.startsWith("# Inför mötet: Styrgrupp\n\n**Datum:** fredag 12 mars 2032 kl. 09:00–10:00\n**Plats:** Kommunhuset, rum 3\n")).toBe(true);
    expect(body).toContain("## Dagordning\n\n1. Budgeten för skolorna\n2. Övrigt\n");
    expect(body).toContain("## Deltagare\n\n- **Anna Berg**, Kommunchef, Briefkommun — inflytande 5/5, intresse 4/5 (ordförande)\n- **Bo Ek** — intresse 3/5\n");
  });

  it("shows participants' open items from any meeting, matched by their user's e-mail or their name", () => {
    const section = body.slice(body.indexOf("## Öppna åtgärder hos deltagarna"), body.indexOf("## Öppna åtgärder från tidigare"));
    expect(section).toBe(
      [
        "## Öppna åtgärder hos deltagarna",
        "",
        "### Anna Berg",
        "",
        "- [ ] Svara på remissen — senast 2032-03-10 — från Trafikfrågor, 15 januari 2032",
        "- 1 åtgärd från ett känsligt möte",
        "",
        "### Bo Ek",
        "",
        "- [ ] Boka festlokal — inget datum — från Personalfest, 20 januari 2032",
        "",
        "",
      ].join("\n"),
    );
  });

  it("finds earlier meetings on the same matter by Swedish stemming, and those with participants in common", () => {
    // "Budgeten för skolorna" matches the earlier "budget skola"; Personalfest shares Bo.
    expect(body).toContain("- [ ] Ta fram kalkyl för skolorna (Cecilia Ström) — senast 2032-03-01 — från budget skola, 1 februari 2032");
    expect(body).toContain("- [ ] Beställa tårta (Dag Dahl) — inget datum — från Personalfest, 20 januari 2032");
    expect(body).toContain(`- Skolbudgeten ökar med två procent. — budget skola, 1 februari 2032 [Se underlag](/moten/${ids.budgetMeeting}#beslut-${ids.budgetDecision})`);
    // Trafikfrågor shares neither words nor people: its decision and its unowned item stay out.
    expect(body).not.toContain("Ny busslinje");
    expect(body).not.toContain("Utreda parkering");
    expect(body).not.toContain("Klar uppgift");
    expect(body).not.toContain("Gjort redan");
  });

  it("leaves out the text of other SENSITIVE meetings, counting them only", () => {
    expect(body).not.toMatch(/Känslig åtgärd|Känsligt beslut|personalärenden/);
    expect(body).not.toContain(ids.sensitiveDecision);
    expect(body).toContain("- 1 beslut från ett känsligt möte");
  });

  it("never shows stakeholders' e-mail, phone or notes, and says what it shows", () => {
    for (const secret of [a.editor.email, a.editor.email.toUpperCase(), "+46 70", "Hemlig anteckning", "kvällar"]) expect(body).not.toContain(secret);
    expect(body).toContain("## Omvärldsbevakning\n\nIngen omvärldsbevakning är kopplad till mötet ännu.\n");
    expect(body.endsWith("\nBriefen visar bara uppgifter som alla i organisationen får se.\n")).toBe(true);
  });

  it("never shows another organisation's items or decisions", () => {
    expect(body).not.toMatch(/Grannens/);
  });

  it("is byte-identical when nothing changed (no new version), and a new version when something did", async () => {
    const again = await server.gql<Generated>(GENERATE, { m: toGlobalId("Meeting", target.id) }, token.editor);
    expect(again.data!.generatePreBrief.brief).toMatchObject({ version: 1, body });
    await f().item(target, "Ny punkt från idag", { ownerName: "Bo Ek" });
    const changed = await server.gql<Generated>(GENERATE, { m: toGlobalId("Meeting", target.id) }, token.editor);
    expect(changed.data!.generatePreBrief.brief.version).toBe(2);
    expect((await preBriefs(server.db, target.id)).map((r) => r.version)).toEqual([1, 2]);
  });

  it("is generated for a SENSITIVE meeting too, still without the other sensitive meeting's text", async () => {
    const make = f();
    const sensitive = await make.meeting("Personalärende", "2032-03-20T08:00:00Z", { sensitivity: Sensitivity.SENSITIVE, agendaItems: ["Budgeten för skolorna"] });
    await make.item(sensitive, "Egen åtgärd i det känsliga mötet", { owner: a.editor });
    await make.participant(sensitive, (await make.stakeholder("Anna Berg", { email: a.editor.email })));
    const brief = await new BriefService(server.db.forOrg(a.org.id), { orgId: a.org.id }, createMemoryPubSub(), silent).generatePre(sensitive.id);
    expect(brief.body).toContain("**Klassning:** känsligt möte");
    expect(brief.body).toContain("- [ ] Egen åtgärd i det känsliga mötet");
    expect(brief.body).not.toMatch(/Känslig åtgärd för Anna|Känsligt beslut/);
    expect(brief.body).toContain("Skolbudgeten ökar med två procent.");
  });

  it("reads in a fixed number of statements, whatever the number of participants and items", async () => {
    const make = f();
    const small = await make.meeting("Liten grupp", "2032-04-01T08:00:00Z", { agendaItems: ["Budgeten för skolorna"] });
    await make.participant(small, await make.stakeholder("Ensam Deltagare"));
    const large = await make.meeting("Stor grupp", "2032-04-02T08:00:00Z", { agendaItems: ["Budgeten för skolorna"] });
    for (let i = 0; i < 6; i++) {
      const s = await make.stakeholder(`Deltagare ${i}`);
      await make.participant(large, s);
      await make.item(target, `Uppgift ${i}`, { ownerName: `Deltagare ${i}` });
      await make.item(large, `Uppgift i mötet ${i}`, { ownerName: `Deltagare ${i}` });
    }
    const db = await openTestDatabase();
    try {
      const service = () => new BriefService(db.forOrg(a.org.id), { orgId: a.org.id }, createMemoryPubSub(), silent);
      const few = await countStatements(db, () => service().generatePre(small.id));
      const many = await countStatements(db, () => service().generatePre(large.id));
      expect(many.length).toBe(few.length);
      expect(many.length).toBeLessThanOrEqual(12);
    } finally {
      await db.close();
    }
  });

  it("fills Omvärldsbevakning from registered contributors, in a savepoint each", async () => {
    const make = f();
    const m = await make.meeting("Bevakat möte", "2032-05-01T08:00:00Z");
    const unregister = [
      registerPreBriefSection({ key: "test-regwatch", order: 10, render: async ({ meeting, orgId }) => [`- Ny föreskrift för ${meeting.title} (${orgId === a.org.id ? "rätt" : "fel"} organisation)`] }),
      registerPreBriefSection({ key: "test-broken", order: 20, render: async ({ em }) => (await em.execute<string[]>("select * from no_such_table")) }),
    ];
    try {
      const brief = await new BriefService(server.db.forOrg(a.org.id), { orgId: a.org.id }, createMemoryPubSub(), silent).generatePre(m.id);
      expect(brief.body).toContain("## Omvärldsbevakning\n\n- Ny föreskrift för Bevakat möte (rätt organisation)\n\nDen här delen av omvärldsbevakningen kunde inte hämtas just nu.\n");
    } finally {
      unregister.forEach((u) => u());
    }
  });
});

describe("generatePreBrief, Brief.meeting and briefGenerated over GraphQL", () => {
  it("is for editors; another organisation's meeting is NOT_FOUND", async () => {
    const m = await factories(server.db, a.org).meeting("Rättighetsmöte", "2032-06-01T08:00:00Z");
    expect(codes(await server.gql(GENERATE, { m: toGlobalId("Meeting", m.id) }, token.viewer))).toEqual(["FORBIDDEN"]);
    expect(await preBriefs(server.db, m.id)).toEqual([]);
    expect(codes(await server.gql(GENERATE, { m: toGlobalId("Meeting", m.id) }, token.otherAdmin))).toEqual(["NOT_FOUND"]);
    const res = await server.gql<Generated>(GENERATE, { m: toGlobalId("Meeting", m.id) }, token.editor);
    expect(res.data!.generatePreBrief.brief).toMatchObject({ kind: "PRE", version: 1, meeting: { id: toGlobalId("Meeting", m.id), title: "Rättighetsmöte" } });
  });

  it("delivers a new brief version to a viewer's subscription over graphql-ws, and nothing to another organisation", async () => {
    const m = await factories(server.db, a.org).meeting("Livemöte", "2032-06-02T08:00:00Z");
    const mine = server.ws(token.viewer);
    const theirs = server.ws(token.otherViewer);
    try {
      const SUB = `subscription { briefGenerated { id kind version meeting { id title } } }`;
      const live = nextEvents<{ data: { briefGenerated: { kind: string; version: number; meeting: { id: string; title: string } } } }>(mine, SUB, 1);
      const other = nextEvents(theirs, SUB, 1, 2_500);
      await Promise.all([live.ready, other.ready]);
      const res = await server.gql<Generated>(GENERATE, { m: toGlobalId("Meeting", m.id) }, token.editor);
      expect(res.errors).toBeUndefined();
      expect((await live.events)[0]!.data.briefGenerated).toEqual({ id: res.data!.generatePreBrief.brief.id, kind: "PRE", version: 1, meeting: { id: toGlobalId("Meeting", m.id), title: "Livemöte" } });
      await expect(other.events).rejects.toThrow(/timed out/);
    } finally {
      await Promise.all([mine.dispose(), theirs.dispose()]);
    }
  });

  const redisUrl = inject("redisUrl");
  it.skipIf(!redisUrl)("delivers a brief a job wrote on another process's pub/sub [needs REDIS_URL]", async () => {
    const live = await startTestServer({ REDIS_URL: redisUrl });
    const pubsub = createRedisPubSub(redisUrl, silent);
    const runtime = await briefRuntime(live.db, { clock: manualClock("2032-07-01T06:00:00Z"), pubsub });
    const m = await factories(live.db, a.org).meeting("Jobbmöte", "2032-07-01T08:00:00Z");
    const client = live.ws(await live.tokenFor(a.viewer));
    try {
      const got = nextEvents<{ data: { briefGenerated: { meeting: { title: string } } } }>(client, `subscription { briefGenerated { meeting { title } } }`, 1);
      await got.ready;
      expect((await runtime.runNow(PRE_BRIEF_GENERATE_JOB, { meetingId: m.id, orgId: a.org.id })).outcome).toBe("succeeded");
      expect((await got.events)[0]!.data.briefGenerated.meeting.title).toBe("Jobbmöte");
    } finally {
      await client.dispose();
      await runtime.stop();
      await pubsub.close();
      await live.stop();
    }
  });
});

describe("brief settings", () => {
  const QUERY = `{ briefSettings { preBriefLeadHours preBriefEmail updatedAt } }`;
  const UPDATE = `mutation($i: UpdateBriefSettingsInput!) { updateBriefSettings(input: $i) { briefSettings { preBriefLeadHours preBriefEmail updatedAt } } }`;
  type Settings = { preBriefLeadHours: number; preBriefEmail: boolean; updatedAt: string | null };

  it("answers the defaults until an admin changes them, and keeps what an update leaves out", async () => {
    expect((await server.gql<{ briefSettings: Settings }>(QUERY, {}, token.admin)).data!.briefSettings).toEqual({ preBriefLeadHours: 24, preBriefEmail: false, updatedAt: null });
    const hours = await server.gql<{ updateBriefSettings: { briefSettings: Settings } }>(UPDATE, { i: { preBriefLeadHours: 48 } }, token.admin);
    expect(hours.data!.updateBriefSettings.briefSettings).toMatchObject({ preBriefLeadHours: 48, preBriefEmail: false });
    const mail = await server.gql<{ updateBriefSettings: { briefSettings: Settings } }>(UPDATE, { i: { preBriefEmail: true } }, token.admin);
    expect(mail.data!.updateBriefSettings.briefSettings).toMatchObject({ preBriefLeadHours: 48, preBriefEmail: true });
    expect((await server.gql<{ briefSettings: Settings }>(QUERY, {}, token.admin)).data!.briefSettings.updatedAt).not.toBeNull();
    // Another organisation still has the defaults.
    expect((await server.gql<{ briefSettings: Settings }>(QUERY, {}, token.otherAdmin)).data!.briefSettings).toMatchObject({ preBriefLeadHours: 24, preBriefEmail: false });
    await server.gql(UPDATE, { i: { preBriefLeadHours: 24, preBriefEmail: false } }, token.admin);
  });

  it.each([0, 169, -5])("refuses %s hours with BAD_USER_INPUT at input.preBriefLeadHours", async (hours) => {
    const res = await server.gql(UPDATE, { i: { preBriefLeadHours: hours } }, token.admin);
    expect(codes(res)).toEqual(["BAD_USER_INPUT"]);
    expect(res.errors![0]!.extensions!.field).toBe("input.preBriefLeadHours");
  });

  it("is FORBIDDEN to editors and viewers, reading and writing", async () => {
    for (const t of [token.editor, token.viewer]) {
      expect(codes(await server.gql(QUERY, {}, t))).toEqual(["FORBIDDEN"]);
      expect(codes(await server.gql(UPDATE, { i: { preBriefLeadHours: 2 } }, t))).toEqual(["FORBIDDEN"]);
    }
    expect((await server.gql<{ briefSettings: Settings }>(QUERY, {}, token.admin)).data!.briefSettings.preBriefLeadHours).toBe(24);
  });
});

/** The sweep and the generate job on a manual clock in 2031, on a queue of their own. */
describe("pre-brief jobs", () => {
  const NOW = new Date("2031-03-11T07:00:00Z");
  const clock = manualClock(NOW);
  const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR);
  let runtime: JobRuntime;
  let org: TestOrg;
  const runtimes: JobRuntime[] = [];

  beforeAll(async () => {
    org = await createOrg(server.db, "Jobbkommun");
    await sql(server.db, `update meetings set status = 'CANCELLED' where organization_id = ?`, [org.org.id]);
    runtime = await briefRuntime(server.db, { clock });
    runtimes.push(runtime);
    await runtime.startWorker();
  });
  afterAll(async () => {
    await Promise.all(runtimes.map((r) => r.stop()));
  });

  it("picks a meeting 23 h ahead and not one 25 h ahead (default lead), nor cancelled or past ones; a second sweep and a replay add nothing", async () => {
    const make = factories(server.db, org.org);
    const soon = await make.meeting("Om 23 timmar", at(23));
    const later = await make.meeting("Om 25 timmar", at(25));
    const cancelled = await make.meeting("Inställt", at(2), { status: MeetingStatus.CANCELLED });
    const past = await make.meeting("Redan börjat", at(-1));

    expect((await runtime.runNow(PRE_BRIEF_SWEEP_JOB, {})).outcome).toBe("succeeded");
    const keys = await eventually(() => generateKeys(server.db, runtime.queue, soon.id), (k) => k[0]?.status === "succeeded");
    expect(keys).toEqual([{ key: `pre-brief-generate:${soon.id}:${soon.startsAt.toISOString()}`, status: "succeeded" }]);
    const briefs = await preBriefs(server.db, soon.id);
    expect(briefs).toHaveLength(1);
    expect(new Date(briefs[0]!.for_starts_at!).toISOString()).toBe(soon.startsAt.toISOString());
    expect(briefs[0]!.body).toContain("# Inför mötet: Om 23 timmar");
    for (const m of [later, cancelled, past]) {
      expect(await generateKeys(server.db, runtime.queue, m.id)).toEqual([]);
      expect(await preBriefs(server.db, m.id)).toEqual([]);
    }

    expect((await runtime.runNow(PRE_BRIEF_SWEEP_JOB, {})).outcome).toBe("succeeded");
    const data = { meetingId: soon.id, orgId: org.org.id, startsAt: soon.startsAt.toISOString() };
    expect((await runtime.enqueue(PRE_BRIEF_GENERATE_JOB, data)).enqueued).toBe(false);
    expect((await runtime.runNow(PRE_BRIEF_GENERATE_JOB, data)).outcome).toBe("succeeded");
    expect(await generateKeys(server.db, runtime.queue, soon.id)).toHaveLength(1);
    expect(await preBriefs(server.db, soon.id)).toHaveLength(1);
  });

  it("follows the organisation's lead time", async () => {
    const make = factories(server.db, org.org);
    const later = await make.meeting("Om 30 timmar", at(30));
    await writeBriefSettings(server.db.forOrg(org.org.id), org.org.id, { preBriefLeadHours: 31 });
    try {
      await runtime.runNow(PRE_BRIEF_SWEEP_JOB, {});
      await eventually(() => preBriefs(server.db, later.id), (rows) => rows.length === 1);
    } finally {
      await writeBriefSettings(server.db.forOrg(org.org.id), org.org.id, { preBriefLeadHours: 24 });
    }
  });

  it("writes a new version when the meeting moves, for its new start", async () => {
    const make = factories(server.db, org.org);
    const moving = await make.meeting("Flyttas", at(10));
    await runtime.runNow(PRE_BRIEF_SWEEP_JOB, {});
    await eventually(() => preBriefs(server.db, moving.id), (rows) => rows.length === 1);
    const moved = at(12);
    await sql(server.db, `update meetings set starts_at = ? where id = ?`, [moved, moving.id]);
    await runtime.runNow(PRE_BRIEF_SWEEP_JOB, {});
    const rows = await eventually(() => preBriefs(server.db, moving.id), (r) => r.length === 2);
    expect(rows.map((r) => r.version)).toEqual([1, 2]);
    expect(new Date(rows[1]!.for_starts_at!).toISOString()).toBe(moved.toISOString());
    expect(rows[1]!.body).toContain("kl. 20:00");
    expect((await generateKeys(server.db, runtime.queue, moving.id)).map((k) => k.key)).toEqual([
      `pre-brief-generate:${moving.id}:${at(10).toISOString()}`,
      `pre-brief-generate:${moving.id}:${moved.toISOString()}`,
    ]);
  });

  it("writes one brief when two workers sweep at once", async () => {
    const queue = `t-briefs-pair-${Date.now().toString(36)}`;
    const pair = await Promise.all([briefRuntime(server.db, { clock, queue }), briefRuntime(server.db, { clock, queue })]);
    runtimes.push(...pair);
    const m = await factories(server.db, org.org).meeting("Två arbetare", at(5));
    await Promise.all(pair.map((r) => r.startWorker()));
    await Promise.all(pair.map((r) => r.runNow(PRE_BRIEF_SWEEP_JOB, {})));
    await eventually(() => generateKeys(server.db, queue, m.id), (keys) => keys.length === 1 && keys[0]!.status === "succeeded");
    await new Promise((r) => setTimeout(r, 500));
    expect(await preBriefs(server.db, m.id)).toHaveLength(1);
  });

  it("skips a meeting that was cancelled after the sweep", async () => {
    const m = await factories(server.db, org.org).meeting("Ställs in", at(3), { status: MeetingStatus.CANCELLED });
    expect((await runtime.runNow(PRE_BRIEF_GENERATE_JOB, { meetingId: m.id, orgId: org.org.id })).outcome).toBe("succeeded");
    expect(await preBriefs(server.db, m.id)).toEqual([]);
  });
});
