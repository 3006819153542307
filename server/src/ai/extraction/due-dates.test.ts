import { describe, expect, it } from "vitest";
import { findDueExpressions, findEventDates, resolveDueDate } from "./due-dates";
import { fridayOfWeekAhead, isoWeeksInYear, parseIsoDate } from "./calendar";

// Meeting dates: 2026-11-18 is a Wednesday, 2026-12-08 a Tuesday, 2026-11-30 a Monday.
const cases: [string, string, string | null][] = [
  // today / tomorrow
  ["Jag mejlar frågorna idag.", "2026-11-18", "2026-11-18"],
  ["Jag gör det i dag.", "2026-11-18", "2026-11-18"],
  ["Jag gör det ikväll.", "2026-11-18", "2026-11-18"],
  ["Jag skickar det direkt efter mötet.", "2026-11-18", "2026-11-18"],
  ["Före lunch.", "2026-11-18", "2026-11-18"],
  ["Jag fixar det i eftermiddag.", "2026-11-18", "2026-11-18"],
  ["I'll send it today.", "2026-11-18", "2026-11-18"],
  ["By end of day.", "2026-11-18", "2026-11-18"],
  ["Du får det inom en timme.", "2026-11-18", "2026-11-18"],
  ["Jag ringer henne imorgon.", "2026-11-18", "2026-11-19"],
  ["Jag ringer i morgon förmiddag.", "2026-11-18", "2026-11-19"],
  ["senast imorgon klockan tolv", "2026-11-30", "2026-12-01"],
  ["I can have a draft tomorrow.", "2026-11-18", "2026-11-19"],
  ["i övermorgon", "2026-11-18", "2026-11-20"],
  // weekdays: the next such day after the meeting
  ["senast fredag", "2026-11-18", "2026-11-20"],
  ["till måndag", "2026-11-18", "2026-11-23"],
  ["på onsdag", "2026-11-18", "2026-11-25"],
  ["på torsdag", "2026-11-18", "2026-11-19"],
  ["by Friday", "2026-12-08", "2026-12-11"],
  ["on Monday", "2026-11-24", "2026-11-30"],
  ["this coming Monday", "2026-11-24", "2026-11-30"],
  ["Thursday at the latest", "2026-12-08", "2026-12-10"],
  ["fredag lunch", "2026-11-12", "2026-11-13"],
  // next week
  ["nästa vecka", "2026-11-18", "2026-11-27"],
  ["Nästa vecka.", "2026-10-07", "2026-10-16"],
  ["next week", "2026-11-18", "2026-11-27"],
  ["by end of next week", "2026-11-24", "2026-12-04"],
  ["i slutet av nästa vecka", "2026-11-18", "2026-11-27"],
  ["fredag nästa vecka", "2026-11-18", "2026-11-27"],
  ["tisdag nästa vecka", "2026-11-18", "2026-11-24"],
  ["on Wednesday next week", "2026-11-18", "2026-11-25"],
  // ISO weeks
  ["v. 50", "2026-12-02", "2026-12-11"],
  ["vecka 43", "2026-10-07", "2026-10-23"],
  ["week 51", "2026-11-18", "2026-12-18"],
  ["vecka 2", "2026-12-10", "2027-01-15"],
  ["v47", "2026-11-18", "2026-11-20"],
  // explicit dates
  ["till den 4 december", "2026-11-18", "2026-12-04"],
  ["4/12", "2026-11-18", "2026-12-04"],
  ["den 18:e", "2026-12-02", "2026-12-18"],
  ["by the tenth of December", "2026-11-24", "2026-12-10"],
  ["December 10th", "2026-11-24", "2026-12-10"],
  ["Yes, the thirtieth.", "2026-11-24", "2026-11-30"],
  ["senast 31 januari", "2026-11-18", "2027-01-31"],
  ["sista januari", "2026-11-18", "2027-01-31"],
  ["den 14 oktober", "2026-10-07", "2026-10-14"],
  ["den 3 mars", "2026-11-18", "2027-03-03"],
  ["2026-12-01", "2026-11-18", "2026-12-01"],
  ["den 4 december 2027", "2026-11-18", "2027-12-04"],
  // Christmas
  ["innan jul", "2026-12-02", "2026-12-23"],
  ["Before Christmas.", "2026-12-08", "2026-12-23"],
  ["före jul", "2026-11-18", "2026-12-23"],
  // vague: no date
  ["efter nyår", "2026-11-18", null],
  ["Men inte förrän efter nyår, realistically.", "2026-11-19", null],
  ["Men inte före jul, alla har fullt upp.", "2026-11-30", null],
  ["i januari", "2026-11-18", null],
  ["i vår", "2026-11-18", null],
  ["snart", "2026-11-18", null],
  ["at some point before launch", "2026-11-24", null],
  ["after New Year", "2026-11-24", null],
  ["mitten av december", "2026-11-18", null],
  ["innan pilotstarten", "2026-11-18", null],
  ["innan slutintervjun", "2026-11-18", null],
  ["ingen tidsangivelse alls", "2026-11-18", null],
  // "den andra" is "the other one", not the second of the month
  ["den andra lösningen", "2026-11-18", null],
];

describe("resolveDueDate", () => {
  it.each(cases)("%j said on %s → %s", (text, meetingDate, expected) => {
    expect(resolveDueDate(text, meetingDate)).toBe(expected);
  });

  it("prefers the longer expression", () => {
    expect(findDueExpressions("fredag nästa vecka", "2026-11-18")).toHaveLength(1);
  });

  it("resolves an event deadline when the meeting states the event's date", () => {
    const events = findEventDates(["Nästa chefsforum är den 10 december."], "2026-12-02");
    expect(resolveDueDate("innan chefsforumet", "2026-12-02", events)).toBe("2026-12-10");
    expect(resolveDueDate("innan styrgruppen", "2026-12-02", events)).toBeNull();
  });

  it("reads a week number after 'till', and skips a weekday that only describes a date (0.3.0)", () => {
    expect(resolveDueDate("Jag uppdaterar sidan till vecka 4.", "2026-12-08")).toBe("2027-01-29");
    const found = findDueExpressions("Jag byter nyckeln den 17 december, det är en torsdag.", "2026-12-08");
    expect(found.flatMap((e) => (e.kind === "date" ? [e.date] : []))).toEqual(["2026-12-17"]);
  });

  it("dates events named in apposition, by a pronoun after a topic, and by a compound's head (0.3.0)", () => {
    const events = findEventDates(
      ["Vi ses inför årsmötet den 12 december.", "Brandövningen.", "Den är den 20 januari.", "Meet me ahead of the audit on 3 February."],
      "2026-12-08",
    );
    expect(resolveDueDate("före årsmötet", "2026-12-08", events)).toBe("2026-12-12");
    expect(resolveDueDate("till övningen", "2026-12-08", events)).toBe("2027-01-20");
    expect(resolveDueDate("before the audit", "2026-12-08", events)).toBe("2027-02-03");
    // "Jag skickar rapporten den 5:e" dates the sending, not an event called "rapporten".
    expect(findEventDates(["Jag skickar rapporten den 15 december."], "2026-12-08").size).toBe(0);
  });

  it("returns nothing for an invalid meeting date", () => {
    expect(findDueExpressions("imorgon", "2026-13-40")).toEqual([]);
  });
});

describe("calendar", () => {
  it("knows which years have 53 ISO weeks", () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2027)).toBe(52);
  });
  it("finds week 53 only in a year that has one", () => {
    expect(fridayOfWeekAhead(parseIsoDate("2026-11-18") as Date, 53)?.toISOString().slice(0, 10)).toBe("2027-01-01");
    expect(fridayOfWeekAhead(parseIsoDate("2027-06-01") as Date, 53)).toBeNull();
  });
});
