import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { toGlobalId } from "../../src/platform/ids";
import { ActionItem } from "../../src/modules/decisions/action-item.entity";
import { countRows, sql } from "../more-helpers";
import { startTestServer, type TestServer } from "../helpers";
import { createCalendarOrg, fixture, importedMeetings, importIcs, NOW, participantsOf, type CalendarOrg } from "./calendar-helpers";

const STYRGRUPP = "3k1v8tq0b7m5n2c4x6z9a1s3d5@google.com";
const EARKIV = "5m2n8b4v6c1x3z7l9k0j2h4g6f@google.com";
const OUTLOOK = "040000008200E00074C5B7101A82E00800000000B0D3F2A1C05FDB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90";
const PUBLIC_URL = "https://postboxen.example.se";

let server: TestServer;
let a: CalendarOrg;
let b: CalendarOrg;
let editorA: string;
let viewerA: string;
let editorB: string;

beforeAll(async () => {
  // "Now" is fixed (only Date is faked; timers run): the import window follows it.
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(NOW);
  server = await startTestServer({ PUBLIC_URL });
  a = await createCalendarOrg(server.db, "Kalenderkommun");
  b = await createCalendarOrg(server.db, "Grannkommun");
  editorA = await server.tokenFor(a.editor);
  viewerA = await server.tokenFor(a.viewer);
  editorB = await server.tokenFor(b.editor);
});
afterAll(async () => {
  await server?.stop();
  vi.useRealTimers();
});

describe("importCalendar", () => {
  it("expands a weekly RRULE with COUNT and EXDATE to the right UTC instants across the DST change, with a RECURRENCE-ID override moving one occurrence", async () => {
    const res = await importIcs(server, editorA, fixture("google-weekly.ics"));
    expect(res.errors).toBeUndefined();
    expect(res.data?.importCalendar).toMatchObject({ created: 6, updated: 0, cancelled: 0, unchanged: 0 });
    expect(res.data?.importCalendar?.meetings).toHaveLength(6);

    const series = await importedMeetings(server.db, a.org.id, STYRGRUPP);
    expect(series.map((m) => [m.starts_at.toISOString(), m.ends_at?.toISOString(), m.title])).toEqual([
      ["2027-03-11T09:00:00.000Z", "2027-03-11T10:00:00.000Z", "Styrgrupp digitalisering"],
      ["2027-03-18T09:00:00.000Z", "2027-03-18T10:00:00.000Z", "Styrgrupp digitalisering"],
      // 25 March is an EXDATE; from 28 March 10:00 Stockholm is 08:00Z.
      ["2027-04-01T08:00:00.000Z", "2027-04-01T09:00:00.000Z", "Styrgrupp digitalisering"],
      // 8 April moved to Friday 9 April 13:00 by its RECURRENCE-ID override.
      ["2027-04-09T11:00:00.000Z", "2027-04-09T12:00:00.000Z", "Styrgrupp digitalisering (flyttad)"],
      ["2027-04-15T08:00:00.000Z", "2027-04-15T09:00:00.000Z", "Styrgrupp digitalisering"],
    ]);
    expect(series.map((m) => m.recurrence_id)).toEqual(["2027-03-11T09:00:00.000Z", "2027-03-18T09:00:00.000Z", "2027-04-01T08:00:00.000Z", "2027-04-08T08:00:00.000Z", "2027-04-15T08:00:00.000Z"]);
    expect(series[0]).toMatchObject({ location: "Stadshuset, sal 3", status: "SCHEDULED", agenda_items: ["Föregående protokoll", "Budgetuppföljning kvartal 1", "Övriga frågor"] });
    expect(series[3]?.agenda_items).toEqual([]);
    const [earkiv] = await importedMeetings(server.db, a.org.id, EARKIV);
    expect(earkiv).toMatchObject({ title: "Arbetsgrupp e-arkiv", location: "Rum Tellus", agenda_items: [], recurrence_id: "" });
    expect(earkiv?.starts_at.toISOString()).toBe("2027-03-16T12:15:00.000Z");
  });

  it("matches attendees by e-mail to an existing stakeholder, to a user (who gets a stakeholder) or a new stakeholder, skips rooms, and sets the ORGANIZER", async () => {
    const series = await importedMeetings(server.db, a.org.id, STYRGRUPP);
    const people = await participantsOf(server.db, series[0]!.id);
    expect(people.map((p) => [p.name, p.email, p.consent])).toEqual([
      ["Anders Berg", "anders.berg@kommun.example", "PENDING"],
      ["Karin Lind", "Karin.Lind@kommun.example", "PENDING"],
      ["Nils Nyman", "nils.nyman@konsult.example", "PENDING"],
    ]);
    expect(people.find((p) => p.name === "Karin Lind")?.stakeholder_id).toBe(a.karin.id);
    // One stakeholder per person, not one per occurrence; the room is nobody.
    const [counts] = await sql<{ karin: string; anders: string; nils: string; room: string }>(
      server.db,
      `select count(*) filter (where lower(email) = 'karin.lind@kommun.example') as karin, count(*) filter (where email = 'anders.berg@kommun.example') as anders,
              count(*) filter (where email = 'nils.nyman@konsult.example') as nils, count(*) filter (where email like '%resource.calendar.google.com') as room
         from stakeholders where organization_id = ?`,
      [a.org.id],
    );
    expect(counts).toEqual({ karin: "1", anders: "1", nils: "1", room: "0" });
    // The moved occurrence lists Karin only.
    expect((await participantsOf(server.db, series[3]!.id)).map((p) => p.name)).toEqual(["Karin Lind"]);
    // ORGANIZER Anders.Berg@… is the user Anders Berg; an event without one keeps the importing user.
    expect(series.every((m) => m.organizer_id === a.anders.id)).toBe(true);
    expect((await importedMeetings(server.db, a.org.id, EARKIV))[0]?.organizer_id).toBe(a.editor.id);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await sql(server.db, `select id, updated_at from meetings where organization_id = ? order by id`, [a.org.id]);
    const participants = await countRows(server.db, "participants", a.org.id);
    const res = await importIcs(server, editorA, fixture("google-weekly.ics"));
    expect(res.data?.importCalendar).toMatchObject({ created: 0, updated: 0, cancelled: 0, unchanged: 6, meetings: [] });
    expect(await sql(server.db, `select id, updated_at from meetings where organization_id = ? order by id`, [a.org.id])).toEqual(before);
    expect(await countRows(server.db, "participants", a.org.id)).toBe(participants);
  });

  it("applies a later version: an EXDATE added later and STATUS:CANCELLED cancel (nothing deleted), a new location updates, an older file changes nothing", async () => {
    const meetingsBefore = await countRows(server.db, "meetings", a.org.id);
    const res = await importIcs(server, editorA, fixture("google-weekly-v2.ics"));
    expect(res.errors).toBeUndefined();
    expect(res.data?.importCalendar).toMatchObject({ created: 0, updated: 3, cancelled: 2, unchanged: 1 });
    expect(await countRows(server.db, "meetings", a.org.id)).toBe(meetingsBefore);
    const series = await importedMeetings(server.db, a.org.id, STYRGRUPP);
    expect(series.map((m) => [m.starts_at.toISOString(), m.status, m.location])).toEqual([
      ["2027-03-11T09:00:00.000Z", "SCHEDULED", "Stadshuset, sal 4"],
      ["2027-03-18T09:00:00.000Z", "SCHEDULED", "Stadshuset, sal 4"],
      ["2027-04-01T08:00:00.000Z", "CANCELLED", "Stadshuset, sal 3"],
      ["2027-04-09T11:00:00.000Z", "SCHEDULED", "Stadshuset, sal 3"],
      ["2027-04-15T08:00:00.000Z", "SCHEDULED", "Stadshuset, sal 4"],
    ]);
    expect((await importedMeetings(server.db, a.org.id, EARKIV))[0]?.status).toBe("CANCELLED");

    expect((await importIcs(server, editorA, fixture("google-weekly-v2.ics"))).data?.importCalendar).toMatchObject({ created: 0, updated: 0, cancelled: 0, unchanged: 5 });
    expect((await importIcs(server, editorA, fixture("google-weekly.ics"))).data?.importCalendar).toMatchObject({ created: 0, updated: 0, cancelled: 0, unchanged: 6 });
    expect((await importedMeetings(server.db, a.org.id, STYRGRUPP)).map((m) => m.status)).toEqual(["SCHEDULED", "SCHEDULED", "CANCELLED", "SCHEDULED", "SCHEDULED"]);
  });

  it("updates by UID with a higher SEQUENCE: the time moves, no duplicate; a meeting with items keeps its agenda; METHOD:CANCEL cancels (Outlook)", async () => {
    const first = await importIcs(server, editorA, fixture("outlook-request.ics"));
    expect(first.data?.importCalendar).toMatchObject({ created: 1, updated: 0, cancelled: 0, unchanged: 0 });
    const [meeting] = await importedMeetings(server.db, a.org.id, OUTLOOK);
    expect(meeting).toMatchObject({ title: "Avstämning upphandling", location: "Microsoft Teams-möte", agenda_items: ["Läget i upphandlingen", "Tidplan för tilldelning", "Risker"], organizer_id: a.anders.id });
    expect(meeting?.starts_at.toISOString()).toBe("2027-04-15T12:00:00.000Z");
    expect((await participantsOf(server.db, meeting!.id)).map((p) => [p.name, p.email])).toEqual([
      ["Karin Lind", "Karin.Lind@kommun.example"],
      ["Petra Ek", "petra.ek@leverantor.example"],
    ]);

    // Work has started on the meeting: the calendar may move it, not rewrite its agenda.
    const em = server.db.forOrg(a.org.id);
    em.create(ActionItem, { organization: a.org.id, meeting: meeting!.id, title: "Skicka underlaget", ownerName: "Karin Lind" });
    await em.flush();

    const update = await importIcs(server, editorA, fixture("outlook-update.ics"));
    expect(update.data?.importCalendar).toMatchObject({ created: 0, updated: 1, cancelled: 0, unchanged: 0 });
    const moved = await importedMeetings(server.db, a.org.id, OUTLOOK);
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ id: meeting!.id, sequence: 1, agenda_items: ["Läget i upphandlingen", "Tidplan för tilldelning", "Risker"] });
    expect([moved[0]?.starts_at.toISOString(), moved[0]?.ends_at?.toISOString()]).toEqual(["2027-04-15T13:00:00.000Z", "2027-04-15T14:00:00.000Z"]);

    const cancel = await importIcs(server, editorA, fixture("outlook-cancel.ics"));
    expect(cancel.data?.importCalendar).toMatchObject({ created: 0, updated: 0, cancelled: 1, unchanged: 0 });
    expect((await importedMeetings(server.db, a.org.id, OUTLOOK))[0]).toMatchObject({ id: meeting!.id, status: "CANCELLED", title: "Avstämning upphandling" });
    expect(await countRows(server.db, "action_items", a.org.id)).toBeGreaterThan(0);
  });

  it("imports an all-day event as 00:00–24:00 Stockholm, floating times as Stockholm and UTC as UTC, and nothing outside the window", async () => {
    const res = await importIcs(server, editorA, fixture("apple-mixed.ics"));
    expect(res.data?.importCalendar).toMatchObject({ created: 4, updated: 0, cancelled: 0, unchanged: 0 });
    const byTitle = Object.fromEntries(res.data!.importCalendar!.meetings.map((m) => [m.title, [m.startsAt, m.endsAt]]));
    expect(byTitle).toEqual({
      "Planeringsdag för förvaltningsledningen": ["2027-04-19T22:00:00.000Z", "2027-04-20T22:00:00.000Z"],
      "Frukostmöte med näringslivet": ["2027-04-22T07:00:00.000Z", "2027-04-22T08:00:00.000Z"],
      "Samråd med Länsstyrelsen": ["2027-04-23T12:00:00.000Z", "2027-04-23T13:00:00.000Z"],
      Ledningsgrupp: ["2027-03-02T08:30:00.000Z", "2027-03-02T09:30:00.000Z"],
    });
  });

  it("answers a malformed file with BAD_USER_INPUT at input.ics and writes nothing", async () => {
    const before = await countRows(server.db, "meetings", a.org.id);
    for (const ics of [fixture("malformed.ics"), "Det här är ingen kalender.", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2027-99\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "BEGIN:VCALENDAR\u0000"]) {
      const res = await importIcs(server, editorA, ics);
      expect(res.status).toBe(200);
      expect(res.data?.importCalendar ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.ics", reason: "INVALID_ICALENDAR" });
      expect(res.errors?.[0]?.message).toContain("Filen är inte en giltig iCalendar-fil.");
    }
    expect(await countRows(server.db, "meetings", a.org.id)).toBe(before);
    expect(server.logs.filter((l) => l.includes('"level":"error"') || l.includes("INTERNAL_SERVER_ERROR"))).toEqual([]);
  });

  it("refuses a file over 1 MiB, and one with more than 2,000 occurrences, with BAD_USER_INPUT at input.ics", async () => {
    const big = fixture("outlook-request.ics").replace("CLASS:PUBLIC", `X-FILL:${"x".repeat(1024 * 1024)}`);
    const tooLarge = await importIcs(server, editorA, big);
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.ics", reason: "TOO_LARGE" });

    const hourly = (n: number) => `BEGIN:VEVENT\r\nUID:timvis-${n}@kommun.example\r\nDTSTART:20270302T080000Z\r\nRRULE:FREQ=HOURLY\r\nSUMMARY:Timmöte ${n}\r\nEND:VEVENT\r\n`;
    const many = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//SV\r\n${[1, 2, 3, 4, 5].map(hourly).join("")}END:VCALENDAR\r\n`;
    const before = await countRows(server.db, "meetings", a.org.id);
    const tooMany = await importIcs(server, editorA, many);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.ics", reason: "TOO_MANY_OCCURRENCES" });
    expect(await countRows(server.db, "meetings", a.org.id)).toBe(before);
  });

  it("gives another organisation importing the same UID its own meeting, and never the first one's", async () => {
    const res = await importIcs(server, editorB, fixture("outlook-request.ics"));
    expect(res.data?.importCalendar).toMatchObject({ created: 1, updated: 0, cancelled: 0, unchanged: 0 });
    const [mine] = await importedMeetings(server.db, b.org.id, OUTLOOK);
    const [theirs] = await importedMeetings(server.db, a.org.id, OUTLOOK);
    expect(mine?.id).not.toBe(theirs?.id);
    expect(mine?.status).toBe("SCHEDULED");
    // B's participants are B's stakeholders (its own Karin), never A's.
    expect((await participantsOf(server.db, mine!.id)).find((p) => p.name === "Karin Lind")?.stakeholder_id).toBe(b.karin.id);
    const seen = await server.gql<{ node: unknown; meetings: { nodes: { id: string }[] } }>(
      `query($id: ID!) { node(id: $id) { id } meetings(first: 100) { nodes { id } } }`,
      { id: toGlobalId("Meeting", theirs!.id) },
      editorB,
    );
    expect(seen.data?.node).toBeNull();
    expect(seen.data?.meetings.nodes.map((n) => n.id)).not.toContain(toGlobalId("Meeting", theirs!.id));
    // Without transcript or items, a later version rewrites the agenda too.
    expect((await importIcs(server, editorB, fixture("outlook-update.ics"))).data?.importCalendar).toMatchObject({ updated: 1 });
    expect((await importedMeetings(server.db, b.org.id, OUTLOOK))[0]?.agenda_items).toEqual(["Läget i upphandlingen", "Tidplan för tilldelning", "Risker", "Beslut om tilldelning"]);
    expect((await importedMeetings(server.db, a.org.id, OUTLOOK))[0]?.status).toBe("CANCELLED");
  });

  it("is for editors: a viewer is refused and nothing is written", async () => {
    const before = await countRows(server.db, "meetings", a.org.id);
    const res = await importIcs(server, viewerA, fixture("apple-mixed.ics").replace(/UID:/g, "UID:viewer-"));
    expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await countRows(server.db, "meetings", a.org.id)).toBe(before);
  });
});

describe("Meeting.icalendar", () => {
  const QUERY = `query($id: ID!) { node(id: $id) { ... on Meeting { id startsAt endsAt icalendar } } }`;

  it("exports the meeting as iCalendar that parses back with ical.js, with UID, DTSTART, URL and the agenda", async () => {
    const [meeting] = await importedMeetings(server.db, a.org.id, STYRGRUPP);
    const id = toGlobalId("Meeting", meeting!.id);
    const res = await server.gql<{ node: { icalendar: string; startsAt: string } }>(QUERY, { id }, viewerA);
    expect(res.errors).toBeUndefined();
    const text = res.data!.node.icalendar;
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("uid")).toBe(`${meeting!.id}@postboxen`);
    const start = event.getFirstPropertyValue("dtstart") as InstanceType<typeof ICAL.Time>;
    expect(start.zone?.tzid).toBe("UTC");
    expect(start.toJSDate().toISOString()).toBe(res.data!.node.startsAt);
    expect(event.getFirstPropertyValue("url")).toBe(`${PUBLIC_URL}/moten/${id}`);
    expect(event.getFirstPropertyValue("summary")).toBe("Styrgrupp digitalisering");
    expect(event.getFirstPropertyValue("description")).toContain("1. Föregående protokoll");
    expect(event.getFirstPropertyValue("description")).toContain(`${PUBLIC_URL}/moten/${id}#briefs-title`);

    // Our own export coming back (from a calendar program) is that meeting, not a copy of it.
    const meetings = await countRows(server.db, "meetings", a.org.id);
    expect((await importIcs(server, editorA, text)).data?.importCalendar).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const moved = text.replace(/DTSTART:\d{8}T\d{6}Z/, "DTSTART:20270311T120000Z").replace(/DTEND:\d{8}T\d{6}Z/, "DTEND:20270311T130000Z").replace(/SEQUENCE:\d+\r\n/, "").replace("END:VEVENT", "SEQUENCE:1\r\nEND:VEVENT");
    expect((await importIcs(server, editorA, moved)).data?.importCalendar).toMatchObject({ created: 0, updated: 1 });
    expect(await countRows(server.db, "meetings", a.org.id)).toBe(meetings);
    expect((await importedMeetings(server.db, a.org.id, STYRGRUPP))[0]?.starts_at.toISOString()).toBe("2027-03-11T12:00:00.000Z");
  });

  it("carries only the link for a SENSITIVE meeting", async () => {
    const [, second] = await importedMeetings(server.db, a.org.id, STYRGRUPP);
    const id = toGlobalId("Meeting", second!.id);
    const update = await server.gql(`mutation($id: ID!) { updateMeeting(input: { id: $id, sensitivity: SENSITIVE }) { meeting { id } } }`, { id }, editorA);
    expect(update.errors).toBeUndefined();
    const res = await server.gql<{ node: { icalendar: string } }>(QUERY, { id }, viewerA);
    const event = new ICAL.Component(ICAL.parse(res.data!.node.icalendar)).getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("description")).toBe(`Mötet i Postboxen: ${PUBLIC_URL}/moten/${id}`);
    expect(res.data!.node.icalendar).not.toContain("protokoll");
  });
});
