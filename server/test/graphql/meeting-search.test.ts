import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toGlobalId } from "../../src/platform/ids";
import { prefixQuery } from "../../src/modules/meetings/meeting.service";
import { Meeting, Sensitivity } from "../../src/modules/meetings/meeting.entity";
import { Participant } from "../../src/modules/meetings/participant.entity";
import { Stakeholder } from "../../src/modules/stakeholders/stakeholder.entity";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";

/** Finding past meetings: Swedish full text with prefixes, sensitivity, participant and a window. */
let server: TestServer;
let a: TestOrg;
let b: TestOrg;
let token: string;
let lenaId: string;

const day = (d: string) => new Date(`${d}T09:00:00Z`);

beforeAll(async () => {
  server = await startTestServer();
  a = await createOrg(server.db, "Sökkommun");
  b = await createOrg(server.db, "Grannsök");
  const em = server.db.system();
  const lena = em.create(Stakeholder, { organization: a.org, name: "Lena Sjöberg" });
  const make = (org: TestOrg, title: string, startsAt: Date, extra: Partial<Meeting> = {}) =>
    em.create(Meeting, { organization: org.org, title, startsAt, agendaItems: [], ...extra });
  const budget = make(a, "Budgetuppföljning för socialnämnden", day("2026-10-06"), { agendaItems: ["Prognos för helåret"], location: "Rådhuset" });
  make(a, "Vindkraftsplanen: samråd", day("2026-10-13"), { agendaItems: ["Yttranden från grannkommunerna"], sensitivity: Sensitivity.SENSITIVE });
  const pilot = make(a, "Avstämning pilotstart", day("2026-11-03"), { agendaItems: ["Budgeten för piloten"] });
  make(a, "Styrgrupp IT", day("2026-12-15"));
  make(b, "Budgetuppföljning i grannkommunen", day("2026-10-06"));
  await em.flush();
  em.create(Participant, { organization: a.org, meeting: budget, stakeholder: lena });
  em.create(Participant, { organization: a.org, meeting: pilot, stakeholder: lena });
  await em.flush();
  lenaId = toGlobalId("Stakeholder", lena.id);
  token = await server.tokenFor(a.viewer);
});
afterAll(async () => server?.stop());

const LIST = `query($f: MeetingFilter, $o: MeetingOrder) { meetings(first: 50, filter: $f, orderBy: $o) { totalCount nodes { title } } }`;
async function titles(f: Record<string, unknown>, o?: Record<string, unknown>) {
  const res = await server.gql<{ meetings: { totalCount: number; nodes: { title: string }[] } }>(LIST, { f, o }, token);
  expect(res.errors).toBeUndefined();
  expect(res.data!.meetings.totalCount).toBe(res.data!.meetings.nodes.length);
  return res.data!.meetings.nodes.map((n) => n.title);
}

describe("meetings(filter:) for finding meetings", () => {
  it("turns a search box's words into prefix terms and nothing else", () => {
    expect(prefixQuery("Budget  pilot!")).toBe("budget:* & pilot:*");
    expect(prefixQuery("a & b | !c:*")).toBe("a:* & b:* & c:*");
    expect(prefixQuery("  ''' ")).toBeNull();
  });

  it("finds words by their start, in the title, agenda and place, only in the viewer's organisation", async () => {
    // createOrg's "Styrgruppsmöte" (tomorrow) has "Budget" on its agenda.
    expect(await titles({ search: "budg" })).toEqual(["Budgetuppföljning för socialnämnden", "Avstämning pilotstart", "Styrgruppsmöte"]);
    expect(await titles({ search: "rådhuset" })).toEqual(["Budgetuppföljning för socialnämnden"]);
    // Swedish stemming: "yttrandet" and "yttranden" share a stem.
    expect(await titles({ search: "yttrandet" })).toEqual(["Vindkraftsplanen: samråd"]);
    // Every word must match.
    expect(await titles({ search: "budget pilot" })).toEqual(["Avstämning pilotstart"]);
    expect(await titles({ search: "!!!" })).toEqual([]);
  });

  it("filters by sensitivity, participant and a window, newest first for past meetings", async () => {
    expect(await titles({ sensitivity: "SENSITIVE" })).toEqual(["Vindkraftsplanen: samråd"]);
    expect(await titles({ participant: lenaId }, { field: "STARTS_AT", direction: "DESC" })).toEqual(["Avstämning pilotstart", "Budgetuppföljning för socialnämnden"]);
    expect(await titles({ to: "2026-11-01T00:00:00Z", search: "budget" }, { field: "STARTS_AT", direction: "DESC" })).toEqual(["Budgetuppföljning för socialnämnden"]);
  });

  it("refuses a malformed participant id and a window that ends before it starts, with the field path", async () => {
    const bad = await server.gql(LIST, { f: { participant: "nope" } }, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.participant" });
    const window = await server.gql(LIST, { f: { from: "2026-11-01T00:00:00Z", to: "2026-10-01T00:00:00Z" } }, token);
    expect(window.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.to" });
    // A stakeholder of another organisation is simply nobody here.
    const em = server.db.system();
    const other = em.create(Stakeholder, { organization: b.org, name: "Grannen" });
    await em.flush();
    expect(await titles({ participant: toGlobalId("Stakeholder", other.id) })).toEqual([]);
  });
});
