import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import {
  agendaFromDescription,
  CalendarProblem,
  MAX_OCCURRENCES_PER_EVENT,
  parseCalendar,
  type CalendarOccurrence,
} from "../../src/modules/calendar/calendar.ical";
import { meetingToICalendar } from "../../src/modules/calendar/calendar.export";
import { decodeFeedBody } from "../../src/modules/calendar/calendar-poll";
import { parseCalendarOffThread } from "../../src/modules/calendar/calendar-parse-pool";
import { MeetingStatus, Sensitivity } from "../../src/modules/meetings/meeting.entity";
import { wallClockToUtc } from "../../src/modules/calendar/calendar.time";
import { fixture, fixtureBytes, NOW } from "./calendar-helpers";

const STYRGRUPP_UID = "3k1v8tq0b7m5n2c4x6z9a1s3d5@google.com";
const starts = (occurrences: CalendarOccurrence[]) => occurrences.map((o) => o.startsAt.toISOString());
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof CalendarProblem ? error.code : `not a CalendarProblem: ${String(error)}`;
  }
  return "no error";
};

/** A minimal calendar around the given VEVENT lines (CRLF, as files are). */
const calendar = (...events: string[][]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Postboxen test//SV", ...events.flatMap((e) => ["BEGIN:VEVENT", ...e, "END:VEVENT"]), "END:VCALENDAR", ""].join("\r\n");

describe("the fixtures are real iCalendar files", () => {
  it("use CRLF line endings and fold lines longer than 75 octets", () => {
    for (const name of ["google-weekly.ics", "google-weekly-v2.ics", "outlook-request.ics", "outlook-update.ics", "outlook-cancel.ics", "apple-mixed.ics"]) {
      const bytes = fixtureBytes(name).toString("latin1");
      expect(bytes.split("\r\n").every((line) => !line.includes("\n")), name).toBe(true);
      expect(Math.max(...bytes.split("\r\n").map((l) => l.length)), name).toBeLessThanOrEqual(75);
    }
    for (const name of ["google-weekly.ics", "outlook-request.ics"]) expect(fixtureBytes(name).includes("\r\n "), `${name} has folded lines`).toBe(true);
  });
});

describe("parseCalendar", () => {
  it("expands a weekly RRULE with COUNT and an EXDATE to the right UTC instants across the DST change on 2027-03-28 (Google, TZID Europe/Stockholm)", () => {
    const parsed = parseCalendar(fixture("google-weekly.ics"), NOW);
    const series = parsed.occurrences.filter((o) => o.uid === STYRGRUPP_UID);
    // COUNT=6 Thursdays from 11 March, 25 March excluded; 10:00 Stockholm is 09:00Z in winter and 08:00Z in summer.
    expect(series.map((o) => o.recurrenceId)).toEqual(["2027-03-11T09:00:00.000Z", "2027-03-18T09:00:00.000Z", "2027-04-01T08:00:00.000Z", "2027-04-08T08:00:00.000Z", "2027-04-15T08:00:00.000Z"]);
    expect(starts(series)).toEqual(["2027-03-11T09:00:00.000Z", "2027-03-18T09:00:00.000Z", "2027-04-01T08:00:00.000Z", "2027-04-09T11:00:00.000Z", "2027-04-15T08:00:00.000Z"]);
    expect(series.map((o) => o.endsAt?.toISOString())).toEqual(["2027-03-11T10:00:00.000Z", "2027-03-18T10:00:00.000Z", "2027-04-01T09:00:00.000Z", "2027-04-09T12:00:00.000Z", "2027-04-15T09:00:00.000Z"]);
    expect(parsed.series).toEqual([expect.objectContaining({ uid: STYRGRUPP_UID, excluded: ["2027-03-25T09:00:00.000Z"], complete: true })]);
  });

  it("takes a RECURRENCE-ID override's own time, title, sequence and attendees for the occurrence it moves", () => {
    const moved = parseCalendar(fixture("google-weekly.ics"), NOW).occurrences.find((o) => o.recurrenceId === "2027-04-08T08:00:00.000Z");
    expect(moved).toMatchObject({ title: "Styrgrupp digitalisering (flyttad)", sequence: 1, agendaItems: [], attendees: [{ email: "karin.lind@kommun.example", name: "Karin Lind" }] });
    expect(moved?.startsAt.toISOString()).toBe("2027-04-09T11:00:00.000Z");
  });

  it("reads title, location, agenda list lines, attendees (without rooms) and the organizer; mailto: stripped, e-mail lower case", () => {
    const first = parseCalendar(fixture("google-weekly.ics"), NOW).occurrences[0];
    expect(first).toMatchObject({
      title: "Styrgrupp digitalisering",
      location: "Stadshuset, sal 3",
      agendaItems: ["Föregående protokoll", "Budgetuppföljning kvartal 1", "Övriga frågor"],
      attendees: [
        { email: "karin.lind@kommun.example", name: "Karin Lind" },
        // Google writes the address as CN when it has no name.
        { email: "anders.berg@kommun.example", name: null },
        { email: "nils.nyman@konsult.example", name: "Nils Nyman" },
      ],
      organizer: { email: "anders.berg@kommun.example", name: "Anders Berg" },
      sequence: 0,
      cancelled: false,
    });
    expect(first?.stampedAt?.toISOString()).toBe("2026-11-25T14:00:00.000Z"); // LAST-MODIFIED before DTSTAMP
  });

  it("converts Outlook's TZID 'W. Europe Standard Time' with its own VTIMEZONE, and reads numbered agenda lines", () => {
    const [event] = parseCalendar(fixture("outlook-request.ics"), NOW).occurrences;
    expect(event?.startsAt.toISOString()).toBe("2027-04-15T12:00:00.000Z");
    expect(event?.endsAt?.toISOString()).toBe("2027-04-15T13:00:00.000Z");
    expect(event?.agendaItems).toEqual(["Läget i upphandlingen", "Tidplan för tilldelning", "Risker"]);
    expect(event?.recurrenceId).toBe("");
  });

  it("imports an all-day event as 00:00–24:00 Stockholm, floating times as Stockholm time, UTC as UTC, and nothing outside the window", () => {
    const byTitle = Object.fromEntries(parseCalendar(fixture("apple-mixed.ics"), NOW).occurrences.map((o) => [o.title, [o.startsAt.toISOString(), o.endsAt?.toISOString()]]));
    expect(byTitle).toEqual({
      "Planeringsdag för förvaltningsledningen": ["2027-04-19T22:00:00.000Z", "2027-04-20T22:00:00.000Z"],
      "Frukostmöte med näringslivet": ["2027-04-22T07:00:00.000Z", "2027-04-22T08:00:00.000Z"],
      "Samråd med Länsstyrelsen": ["2027-04-23T12:00:00.000Z", "2027-04-23T13:00:00.000Z"],
      Ledningsgrupp: ["2027-03-02T08:30:00.000Z", "2027-03-02T09:30:00.000Z"],
    });
  });

  it("marks STATUS:CANCELLED and every event of a METHOD:CANCEL file as cancelled", () => {
    expect(parseCalendar(fixture("google-weekly-v2.ics"), NOW).occurrences.find((o) => o.title === "Arbetsgrupp e-arkiv")?.cancelled).toBe(true);
    expect(parseCalendar(fixture("outlook-cancel.ics"), NOW).occurrences.map((o) => [o.cancelled, o.sequence])).toEqual([[true, 2]]);
  });

  it("uses an IANA TZID the file does not define, and treats unknown zone names as Stockholm", () => {
    const parsed = parseCalendar(
      calendar(["UID:ny@x", "DTSTART;TZID=America/New_York:20270310T100000"], ["UID:okand@x", "DTSTART;TZID=Mitt kontor:20270310T100000"], ["UID:sommar@x", "DTSTART:20270601T100000"]),
      NOW,
    );
    expect(starts(parsed.occurrences)).toEqual(["2027-03-10T15:00:00.000Z", "2027-03-10T09:00:00.000Z", "2027-06-01T08:00:00.000Z"]);
  });

  it("refuses what is not iCalendar with INVALID_ICALENDAR", () => {
    expect(refusal(() => parseCalendar(fixture("malformed.ics"), NOW))).toBe("INVALID_ICALENDAR");
    for (const text of ["", "Möte", "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20270310T100000Z\r\nEND:VEVENT\r\n", calendar(["UID:x", "DTSTART:2027-99"]), calendar(["UID:x", "DTSTART:20270310T100000Z", "RRULE:FREQ=SOMETIMES"])]) {
      expect(refusal(() => parseCalendar(text, NOW)), JSON.stringify(text)).toBe("INVALID_ICALENDAR");
    }
  });

  it("caps one event at 500 occurrences, refuses more than 2,000 per file, and bounds the recurrence steps", () => {
    const hourly = (uid: string) => [`UID:${uid}`, "DTSTART:20270301T090000Z", "RRULE:FREQ=HOURLY"];
    const one = parseCalendar(calendar(hourly("a@x")), NOW);
    expect(one.occurrences).toHaveLength(MAX_OCCURRENCES_PER_EVENT);
    expect(one.series[0]?.complete).toBe(false);
    expect(refusal(() => parseCalendar(calendar(hourly("a@x"), hourly("b@x"), hourly("c@x"), hourly("d@x"), hourly("e@x")), NOW))).toBe("TOO_MANY_OCCURRENCES");
    // Every minute since 1990: hundreds of thousands of steps before the window even starts.
    const started = Date.now();
    expect(refusal(() => parseCalendar(calendar(["UID:m@x", "DTSTART:19900101T000000Z", "RRULE:FREQ=MINUTELY"]), NOW))).toBe("TOO_COMPLEX");
    expect(Date.now() - started).toBeLessThan(10_000);
    // A long-finished series is skipped without expanding it.
    expect(parseCalendar(calendar(["UID:old@x", "DTSTART:19900101T000000Z", "RRULE:FREQ=MINUTELY;UNTIL=20000101T000000Z"]), NOW).occurrences).toEqual([]);
  });

  it("skips a long daily or weekly history without changing a single occurrence in the window", () => {
    const since2000 = (rule: string, uid: string) => [`UID:${uid}`, "DTSTART;TZID=Europe/Stockholm:20000104T093000", "DTEND;TZID=Europe/Stockholm:20000104T100000", `RRULE:${rule}`, "EXDATE;TZID=Europe/Stockholm:20270309T093000"];
    for (const rule of ["FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH", "FREQ=DAILY;INTERVAL=3", "FREQ=WEEKLY;WKST=SU;INTERVAL=3"]) {
      // COUNT is never skipped ahead: expanded the long way, it is the reference.
      const skipped = parseCalendar(calendar(since2000(rule, "a@x")), NOW).occurrences;
      const reference = parseCalendar(calendar(since2000(`${rule};COUNT=5000`, "a@x")), NOW).occurrences;
      expect(skipped.length, rule).toBeGreaterThan(5);
      expect(skipped.map((o) => [o.recurrenceId, o.startsAt, o.endsAt]), rule).toEqual(reference.map((o) => [o.recurrenceId, o.startsAt, o.endsAt]));
      expect(skipped.some((o) => o.recurrenceId === "2027-03-09T08:30:00.000Z"), rule).toBe(false);
    }
  });

  it("adds RDATEs to a series, also one whose history is skipped", () => {
    const withRdate = (rule: string) => ["UID:rdate@x", "DTSTART;TZID=Europe/Stockholm:20000104T093000", `RRULE:${rule}`, "RDATE;TZID=Europe/Stockholm:19990101T093000,20270320T140000"];
    const occurrences = parseCalendar(calendar(withRdate("FREQ=WEEKLY;UNTIL=20270330T000000Z")), NOW).occurrences;
    expect(starts(occurrences)).toEqual(["2027-03-02T08:30:00.000Z", "2027-03-09T08:30:00.000Z", "2027-03-16T08:30:00.000Z", "2027-03-20T13:00:00.000Z", "2027-03-23T08:30:00.000Z"]);
    expect(occurrences.find((o) => o.startsAt.toISOString() === "2027-03-20T13:00:00.000Z")?.recurrenceId).toBe("2027-03-20T13:00:00.000Z");
  });

  it("parses large files off the event loop with the same result and the same refusals", async () => {
    const padding = `X-PADDING:${"x".repeat(70_000)}`;
    const text = calendar(["UID:stor@x", "DTSTART:20270310T100000Z", "SUMMARY:Stort möte", padding]);
    const parsed = await parseCalendarOffThread(text, NOW);
    expect(parsed.occurrences.map((o) => [o.title, o.startsAt])).toEqual([["Stort möte", new Date("2027-03-10T10:00:00Z")]]);
    await expect(parseCalendarOffThread(`${"Möte\r\n".repeat(20_000)}`, NOW)).rejects.toMatchObject({ code: "INVALID_ICALENDAR" });
  });
});

describe("helpers", () => {
  it("takes agenda items from list lines only", () => {
    expect(agendaFromDescription("Hej!\n- Budget\n* Lokaler\n• Övrigt\n1. Protokoll\n12) Nästa möte\n-::~:~::~:~::-\n--\nVanlig text")).toEqual(["Budget", "Lokaler", "Övrigt", "Protokoll", "Nästa möte"]);
    expect(agendaFromDescription("Bara text, ingen lista.")).toEqual([]);
    expect(agendaFromDescription(null)).toEqual([]);
  });

  it("converts Stockholm wall-clock times on both sides of the DST changes", () => {
    expect(wallClockToUtc({ year: 2027, month: 3, day: 27, hour: 12 }).toISOString()).toBe("2027-03-27T11:00:00.000Z");
    expect(wallClockToUtc({ year: 2027, month: 3, day: 28, hour: 12 }).toISOString()).toBe("2027-03-28T10:00:00.000Z");
    expect(wallClockToUtc({ year: 2027, month: 10, day: 31, hour: 12 }).toISOString()).toBe("2027-10-31T11:00:00.000Z");
  });

  it("unfolds feed bodies before decoding, so a fold inside a UTF-8 character survives", () => {
    const bytes = Buffer.from("SUMMARY:Möte\r\n", "utf8");
    const at = bytes.indexOf(0xc3) + 1; // between the two bytes of "ö"
    const folded = Buffer.concat([bytes.subarray(0, at), Buffer.from("\r\n "), bytes.subarray(at)]);
    expect(decodeFeedBody(folded)).toBe("SUMMARY:Möte\r\n");
    expect(decodeFeedBody(Buffer.from("\uFEFFBEGIN:VCALENDAR\n END\r\n"))).toBe("BEGIN:VCALENDAREND\r\n");
  });
});

describe("meetingToICalendar", () => {
  const meeting = {
    id: "7f9c2ba4-e88f-4e2b-9b3c-2a1f0d6e5c4b",
    globalId: "TWVldGluZzo3ZjljMmJhNC1lODhmLTRlMmItOWIzYy0yYTFmMGQ2ZTVjNGI",
    title: "Styrgrupp digitalisering med en titel som är lång nog att behöva vikas på flera rader",
    startsAt: new Date("2027-04-01T08:00:00Z"),
    endsAt: new Date("2027-04-01T09:00:00Z"),
    location: "Stadshuset, sal 3",
    agendaItems: ["Föregående protokoll", "Budget; kvartal 1"],
    sensitivity: Sensitivity.NORMAL,
    status: MeetingStatus.SCHEDULED,
    updatedAt: new Date("2026-12-01T10:00:00Z"),
  };

  it("writes one VEVENT that parses back with ical.js: UID, UTC times, URL, agenda and links in the description", () => {
    const text = meetingToICalendar(meeting, "https://postboxen.example.se/");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(Math.max(...text.split("\r\n").map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("uid")).toBe(`${meeting.id}@postboxen`);
    expect(String(event?.getFirstPropertyValue("dtstart"))).toBe("2027-04-01T08:00:00Z");
    expect(String(event?.getFirstPropertyValue("dtend"))).toBe("2027-04-01T09:00:00Z");
    expect(event?.getFirstPropertyValue("summary")).toBe(meeting.title);
    expect(event?.getFirstPropertyValue("location")).toBe("Stadshuset, sal 3");
    const link = `https://postboxen.example.se/moten/${meeting.globalId}`;
    expect(event?.getFirstPropertyValue("url")).toBe(link);
    expect(event?.getFirstPropertyValue("description")).toBe(`Dagordning:\n1. Föregående protokoll\n2. Budget; kvartal 1\n\nMötet i Postboxen: ${link}\nBriefer: ${link}#briefs-title`);
  });

  it("gives a SENSITIVE meeting's description the link only", () => {
    const text = meetingToICalendar({ ...meeting, sensitivity: Sensitivity.SENSITIVE }, "http://localhost:4000");
    const description = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")?.getFirstPropertyValue("description");
    expect(description).toBe(`Mötet i Postboxen: http://localhost:4000/moten/${meeting.globalId}`);
    expect(text).not.toContain("protokoll");
  });
});
