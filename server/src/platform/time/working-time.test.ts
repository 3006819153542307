import { describe, expect, it } from "vitest";
import {
  addDays,
  addWorkingHours,
  isQuietTime,
  isWorkingDay,
  nextWorkingDay,
  parseClockTime,
  previousWorkingDay,
  quietHoursEnd,
  stockholmDate,
  stockholmMidnight,
  subtractWorkingHours,
  swedishHolidays,
  workingMsBetween,
  type QuietHours,
} from "./working-time";

const H = 3_600_000;
const at = (iso: string) => new Date(iso);

/** mulberry32: a small seeded PRNG, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Easter by Oudin's algorithm (Tøndering's Calendar FAQ), independent of the code under test. */
function oudinEaster(year: number): string {
  const g = year % 19;
  const c = Math.floor(year / 100);
  const h = (c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30;
  const i = h - Math.floor(h / 28) * (1 - Math.floor(29 / (h + 1)) * Math.floor((21 - g) / 11));
  const j = (year + Math.floor(year / 4) + i + 2 - c + Math.floor(c / 4)) % 7;
  const l = i - j;
  const month = 3 + Math.floor((l + 40) / 44);
  const day = l + 28 - 31 * Math.floor(month / 4);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The Stockholm date straight from Intl, to check the library's own bookkeeping against. */
const intlDateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });
const intlDate = (t: Date) => intlDateFormat.format(t);

const holiday = (year: number, name: string) => swedishHolidays(year).find((h) => h.name === name)?.date;
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

describe("swedishHolidays", () => {
  it("finds Easter and the days that move with it", () => {
    expect(holiday(2024, "Påskdagen")).toBe("2024-03-31");
    expect(holiday(2025, "Påskdagen")).toBe("2025-04-20");
    expect(holiday(2026, "Påskdagen")).toBe("2026-04-05");
    expect(holiday(2027, "Påskdagen")).toBe("2027-03-28");
    expect(holiday(2038, "Påskdagen")).toBe("2038-04-25");
    expect(holiday(2027, "Långfredagen")).toBe("2027-03-26");
    expect(holiday(2027, "Annandag påsk")).toBe("2027-03-29");
    expect(holiday(2027, "Kristi himmelfärdsdag")).toBe("2027-05-06");
    expect(holiday(2027, "Pingstdagen")).toBe("2027-05-16");
  });

  it("puts midsommar and alla helgons dag on the right weekend", () => {
    expect(holiday(2026, "Midsommarafton")).toBe("2026-06-19");
    expect(holiday(2026, "Midsommardagen")).toBe("2026-06-20");
    expect(holiday(2027, "Midsommarafton")).toBe("2027-06-25");
    expect(holiday(2027, "Midsommardagen")).toBe("2027-06-26");
    expect(holiday(2026, "Alla helgons dag")).toBe("2026-10-31");
    expect(holiday(2027, "Alla helgons dag")).toBe("2027-11-06");
  });

  it("lists a whole year sorted by date, marking the de facto days off", () => {
    expect(swedishHolidays(2027)).toEqual([
      { date: "2027-01-01", name: "Nyårsdagen", statutory: true },
      { date: "2027-01-06", name: "Trettondedag jul", statutory: true },
      { date: "2027-03-26", name: "Långfredagen", statutory: true },
      { date: "2027-03-28", name: "Påskdagen", statutory: true },
      { date: "2027-03-29", name: "Annandag påsk", statutory: true },
      { date: "2027-05-01", name: "Första maj", statutory: true },
      { date: "2027-05-06", name: "Kristi himmelfärdsdag", statutory: true },
      { date: "2027-05-16", name: "Pingstdagen", statutory: true },
      { date: "2027-06-06", name: "Nationaldagen", statutory: true },
      { date: "2027-06-25", name: "Midsommarafton", statutory: false },
      { date: "2027-06-26", name: "Midsommardagen", statutory: true },
      { date: "2027-11-06", name: "Alla helgons dag", statutory: true },
      { date: "2027-12-24", name: "Julafton", statutory: false },
      { date: "2027-12-25", name: "Juldagen", statutory: true },
      { date: "2027-12-26", name: "Annandag jul", statutory: true },
      { date: "2027-12-31", name: "Nyårsafton", statutory: false },
    ]);
  });

  it("keeps both days when Kristi himmelfärd falls on första maj (2008)", () => {
    const may1 = swedishHolidays(2008).filter((h) => h.date === "2008-05-01").map((h) => h.name);
    expect(may1).toEqual(["Första maj", "Kristi himmelfärdsdag"]);
  });

  it("agrees with an independent Easter algorithm and the weekday rules for every year 1900–2200", () => {
    for (let year = 1900; year <= 2200; year++) {
      const days = swedishHolidays(year);
      expect(days).toHaveLength(16);
      expect(days.map((h) => h.date)).toEqual(days.map((h) => h.date).sort());
      const easter = holiday(year, "Påskdagen") as string;
      expect(easter).toBe(oudinEaster(year));
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
      expect(holiday(year, "Långfredagen")).toBe(addDays(easter, -2));
      expect(holiday(year, "Kristi himmelfärdsdag")).toBe(addDays(easter, 39));
      expect(weekday(holiday(year, "Pingstdagen") as string)).toBe(0);
      const midsommarafton = holiday(year, "Midsommarafton") as string;
      expect(weekday(midsommarafton)).toBe(5);
      expect(midsommarafton >= `${year}-06-19` && midsommarafton <= `${year}-06-25`).toBe(true);
      expect(holiday(year, "Midsommardagen")).toBe(addDays(midsommarafton, 1));
      const allaHelgon = holiday(year, "Alla helgons dag") as string;
      expect(weekday(allaHelgon)).toBe(6);
      expect(allaHelgon >= `${year}-10-31` && allaHelgon <= `${year}-11-06`).toBe(true);
    }
  });

  it("refuses years it cannot compute", () => {
    expect(() => swedishHolidays(1582)).toThrow(RangeError);
    expect(() => swedishHolidays(2026.5)).toThrow(RangeError);
  });
});

describe("calendar days", () => {
  it("does calendar arithmetic across months, leap days and years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
  });

  it("rejects strings that are not real YYYY-MM-DD dates", () => {
    expect(() => addDays("2027-02-30", 1)).toThrow(RangeError);
    expect(() => isWorkingDay("2027-1-05")).toThrow(RangeError);
    expect(() => stockholmMidnight("yesterday")).toThrow(RangeError);
  });

  it("counts weekdays that are not days off as working days", () => {
    expect(isWorkingDay("2027-01-05")).toBe(true);
    expect(isWorkingDay("2027-01-06")).toBe(false); // trettondedag jul, a Wednesday
    expect(isWorkingDay("2027-01-09")).toBe(false); // Saturday
    expect(isWorkingDay("2026-06-19")).toBe(false); // midsommarafton
    expect(isWorkingDay("2026-12-24")).toBe(false); // julafton
    expect(isWorkingDay("2026-12-28")).toBe(true);
  });

  it("finds the working day before and after a date", () => {
    expect(previousWorkingDay("2027-01-07")).toBe("2027-01-05");
    expect(previousWorkingDay("2027-01-11")).toBe("2027-01-08"); // Monday → Friday
    expect(previousWorkingDay("2026-12-28")).toBe("2026-12-23");
    expect(previousWorkingDay("2027-03-30")).toBe("2027-03-25"); // past Easter
    expect(nextWorkingDay("2026-12-23")).toBe("2026-12-28");
    expect(nextWorkingDay("2026-12-30")).toBe("2027-01-04");
    expect(nextWorkingDay("2027-01-08")).toBe("2027-01-11");
  });

  it("reads the date on the Stockholm calendar", () => {
    const random = prng(99);
    for (let i = 0; i < 500; i++) {
      const t = new Date(Date.UTC(1900, 0, 1) + Math.floor(random() * 300 * 365 * 24 * H));
      expect(stockholmDate(t)).toBe(intlDate(t));
    }
    expect(stockholmDate(at("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(stockholmDate(at("2026-06-30T21:59:59.999Z"))).toBe("2026-06-30");
    expect(stockholmDate(at("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
  });

  it("finds local midnight in winter and summer, and days of 23 and 25 hours", () => {
    expect(stockholmMidnight("2027-01-05").toISOString()).toBe("2027-01-04T23:00:00.000Z");
    expect(stockholmMidnight("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    const length = (d: string) => stockholmMidnight(addDays(d, 1)).getTime() - stockholmMidnight(d).getTime();
    expect(length("2026-03-29")).toBe(23 * H);
    expect(length("2026-10-25")).toBe(25 * H);
    expect(length("2027-03-28")).toBe(23 * H);
    expect(length("2026-03-30")).toBe(24 * H);
  });

  it("makes local midnight the first instant of its date, every 5th day 1900–2200", () => {
    for (let d = "1900-01-01"; d < "2201-01-01"; d = addDays(d, 5)) {
      const midnight = stockholmMidnight(d);
      expect(intlDate(midnight)).toBe(d);
      expect(intlDate(new Date(midnight.getTime() - 1))).toBe(addDays(d, -1));
      expect(stockholmDate(midnight)).toBe(d);
    }
  });

  it("takes the first midnight when the clock falls back over it (1 Oct 1916)", () => {
    expect(stockholmMidnight("1916-10-01").toISOString()).toBe("1916-09-30T22:00:00.000Z");
  });
});

describe("working time", () => {
  it("reaches 48 working hours across a weekend on Tuesday at the same time", () => {
    const from = at("2026-05-08T10:00:00+02:00"); // Friday
    expect(addWorkingHours(from, 48)).toEqual(at("2026-05-12T10:00:00+02:00"));
    expect(workingMsBetween(from, at("2026-05-12T10:00:00+02:00"))).toBe(48 * H);
    expect(subtractWorkingHours(at("2026-05-12T10:00:00+02:00"), 48)).toEqual(from);
  });

  it("skips trettondedag jul on a Wednesday", () => {
    const from = at("2027-01-05T09:00:00+01:00");
    expect(addWorkingHours(from, 48)).toEqual(at("2027-01-08T09:00:00+01:00"));
    expect(subtractWorkingHours(at("2027-01-08T09:00:00+01:00"), 48)).toEqual(from);
  });

  it("skips the Easter weekend, långfredagen to annandag påsk 2027, which also holds the DST change", () => {
    const from = at("2027-03-25T10:00:00+01:00"); // Thursday before långfredagen
    const due = at("2027-03-31T10:00:00+02:00"); // 14 h Thu + 24 h Tue + 10 h Wed
    expect(addWorkingHours(from, 48)).toEqual(due);
    expect(subtractWorkingHours(due, 48)).toEqual(from);
    expect(due.getTime() - from.getTime()).toBe(143 * H);
  });

  it("skips Christmas and New Year 2026–27", () => {
    expect(addWorkingHours(at("2026-12-23T12:00:00+01:00"), 48)).toEqual(at("2026-12-29T12:00:00+01:00"));
    const from = at("2026-12-30T08:00:00+01:00"); // 16 h Wed, then nothing until Monday 4 Jan
    const due = at("2027-01-05T08:00:00+01:00");
    expect(addWorkingHours(from, 48)).toEqual(due);
    expect(subtractWorkingHours(due, 48)).toEqual(from);
    expect(workingMsBetween(at("2026-12-23T23:00:00+01:00"), at("2026-12-28T01:00:00+01:00"))).toBe(2 * H);
  });

  it("counts working hours, not elapsed hours, over a weekend with a DST change", () => {
    const spring = at("2026-03-27T10:00:00+01:00");
    const springDue = addWorkingHours(spring, 48);
    expect(springDue).toEqual(at("2026-03-31T10:00:00+02:00"));
    expect(springDue.getTime() - spring.getTime()).toBe(95 * H);

    const autumn = at("2026-10-23T10:00:00+02:00");
    const autumnDue = addWorkingHours(autumn, 48);
    expect(autumnDue).toEqual(at("2026-10-27T10:00:00+01:00"));
    expect(autumnDue.getTime() - autumn.getTime()).toBe(97 * H);

    // Saturday noon to Monday noon across the 23-hour Sunday: only Monday morning counts.
    expect(workingMsBetween(at("2026-03-28T12:00:00+01:00"), at("2026-03-30T12:00:00+02:00"))).toBe(12 * H);
    expect(workingMsBetween(stockholmMidnight("2026-03-29"), stockholmMidnight("2026-03-31"))).toBe(24 * H);
    // Monday after the change starts at 00:00 CEST, 22:00 UTC the day before.
    expect(addWorkingHours(at("2026-03-28T12:00:00+01:00"), 1)).toEqual(at("2026-03-29T23:00:00Z"));
  });

  it("counts nothing backwards or inside a weekend", () => {
    expect(workingMsBetween(at("2026-05-12T10:00:00Z"), at("2026-05-08T10:00:00Z"))).toBe(0);
    expect(workingMsBetween(at("2026-05-12T10:00:00Z"), at("2026-05-12T10:00:00Z"))).toBe(0);
    expect(workingMsBetween(at("2026-05-09T01:00:00+02:00"), at("2026-05-10T23:00:00+02:00"))).toBe(0);
  });

  it("answers at working-day boundaries by the half-open convention", () => {
    // The earliest instant: Friday's end, which is Saturday 00:00, not Monday 00:00.
    expect(addWorkingHours(at("2026-05-08T10:00:00+02:00"), 14)).toEqual(at("2026-05-09T00:00:00+02:00"));
    // From Tuesday 00:00: Monday (24 h) and Friday (24 h) → Friday 00:00.
    expect(subtractWorkingHours(at("2026-05-12T00:00:00+02:00"), 48)).toEqual(at("2026-05-08T00:00:00+02:00"));
    // The latest instant: Monday 00:00 minus a whole Friday is Friday 00:00, never inside the weekend.
    expect(subtractWorkingHours(at("2026-05-11T00:00:00+02:00"), 24)).toEqual(at("2026-05-08T00:00:00+02:00"));
    expect(subtractWorkingHours(at("2026-05-09T12:00:00+02:00"), 1)).toEqual(at("2026-05-08T23:00:00+02:00"));
    expect(subtractWorkingHours(at("2026-05-11T00:00:00+02:00"), 0)).toEqual(at("2026-05-11T00:00:00+02:00"));
    expect(addWorkingHours(at("2026-05-09T12:00:00+02:00"), 1)).toEqual(at("2026-05-11T01:00:00+02:00"));
    expect(addWorkingHours(at("2026-05-09T12:00:00+02:00"), 0)).toEqual(at("2026-05-09T12:00:00+02:00"));
    expect(addWorkingHours(at("2026-05-08T10:00:00+02:00"), 0.25)).toEqual(at("2026-05-08T10:15:00+02:00"));
  });

  it("throws a RangeError for negative or non-finite hours and invalid dates", () => {
    const now = at("2026-05-08T10:00:00Z");
    for (const hours of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addWorkingHours(now, hours)).toThrow(RangeError);
      expect(() => subtractWorkingHours(now, hours)).toThrow(RangeError);
    }
    expect(() => workingMsBetween(new Date(Number.NaN), now)).toThrow(RangeError);
    expect(() => subtractWorkingHours(new Date(Number.NaN), 1)).toThrow(RangeError);
  });

  it("agrees with a brute-force count over UTC hours for random windows", () => {
    // Every UTC hour lies inside one Stockholm date (offsets are whole hours), so summing them is a reference.
    const reference = (from: number, to: number) => {
      let total = 0;
      for (let hour = Math.floor(from / H) * H; hour < to; hour += H) {
        if (isWorkingDay(stockholmDate(new Date(hour)))) total += Math.min(to, hour + H) - Math.max(from, hour);
      }
      return total;
    };
    const random = prng(7);
    const base = Date.UTC(2025, 11, 1);
    for (let i = 0; i < 150; i++) {
      const from = base + Math.floor(random() * 500 * 24 * H);
      const to = from + Math.floor(random() * 20 * 24 * H);
      expect(workingMsBetween(new Date(from), new Date(to))).toBe(reference(from, to));
    }
  });

  it("makes subtractWorkingHours the inverse of addWorkingHours for random instants", () => {
    const random = prng(20260101);
    const base = Date.UTC(2024, 0, 1);
    const span = Date.UTC(2029, 0, 1) - base;
    for (let i = 0; i < 2000; i++) {
      let t = base + Math.floor(random() * span);
      if (i % 10 === 0) t = stockholmMidnight(stockholmDate(new Date(t))).getTime(); // exactly on a boundary
      const hours = i % 3 === 0 ? Math.floor(random() * 400) / 4 + 0.25 : Math.ceil(random() * 120);
      const ms = hours * H;
      const now = new Date(t);
      const later = addWorkingHours(now, hours);
      const cutoff = subtractWorkingHours(now, hours);

      expect(workingMsBetween(now, later)).toBe(ms);
      expect(workingMsBetween(new Date(t), new Date(later.getTime() - 1))).toBe(ms - 1); // earliest
      expect(workingMsBetween(cutoff, now)).toBe(ms);
      expect(workingMsBetween(new Date(cutoff.getTime() + 1), now)).toBe(ms - 1); // latest

      const onWorkingDay = isWorkingDay(stockholmDate(now));
      if (onWorkingDay) expect(subtractWorkingHours(later, hours)).toEqual(now);
      if (onWorkingDay && t !== stockholmMidnight(stockholmDate(now)).getTime()) {
        expect(addWorkingHours(cutoff, hours)).toEqual(now);
      }
    }
  });

  // Speed is measured by bench/nudges.bench.ts, not asserted here.
  it("computes a 48-hour sweep cutoff across Christmas and New Year", () => {
    const now = at("2027-01-05T08:00:00+01:00");
    expect(subtractWorkingHours(now, 48)).toEqual(at("2026-12-30T08:00:00+01:00"));
  });
});

describe("quiet hours", () => {
  const evening: QuietHours = { start: "18:00", end: "08:00" };
  const lunch: QuietHours = { start: "12:00", end: "13:00" };

  it("parses HH:MM and nothing else", () => {
    expect(parseClockTime("07:05")).toBe(425);
    expect(parseClockTime("00:00")).toBe(0);
    expect(parseClockTime("23:59")).toBe(1439);
    for (const bad of ["24:00", "7:5", "7:05", "07:5", "aa", "07:60", "", " 07:05", "07:05:00", "-1:00", "07.05"]) {
      expect(parseClockTime(bad)).toBeNull();
    }
  });

  it("is quiet from 18:00 up to but not including 08:00, on the Stockholm clock", () => {
    expect(isQuietTime(at("2027-01-12T17:59:00+01:00"), evening)).toBe(false);
    expect(isQuietTime(at("2027-01-12T18:00:00+01:00"), evening)).toBe(true);
    expect(isQuietTime(at("2027-01-13T07:59:00+01:00"), evening)).toBe(true);
    expect(isQuietTime(at("2027-01-13T07:59:59.999+01:00"), evening)).toBe(true);
    expect(isQuietTime(at("2027-01-13T08:00:00+01:00"), evening)).toBe(false);
    expect(isQuietTime(at("2027-07-13T17:30:00Z"), evening)).toBe(true); // 19:30 CEST
  });

  it("ends quiet hours at the next local 08:00", () => {
    expect(quietHoursEnd(at("2027-01-12T22:00:00+01:00"), evening)).toEqual(at("2027-01-13T08:00:00+01:00"));
    expect(quietHoursEnd(at("2027-01-13T03:00:00+01:00"), evening)).toEqual(at("2027-01-13T08:00:00+01:00"));
    expect(quietHoursEnd(at("2027-01-12T17:59:00+01:00"), evening)).toEqual(at("2027-01-12T17:59:00+01:00"));
    expect(quietHoursEnd(at("2026-12-31T23:30:00+01:00"), evening)).toEqual(at("2027-01-01T08:00:00+01:00"));
  });

  it("handles a window within one day", () => {
    expect(isQuietTime(at("2027-01-12T11:59:00+01:00"), lunch)).toBe(false);
    expect(isQuietTime(at("2027-01-12T12:00:00+01:00"), lunch)).toBe(true);
    expect(isQuietTime(at("2027-01-12T13:00:00+01:00"), lunch)).toBe(false);
    expect(isQuietTime(at("2027-01-12T23:00:00+01:00"), lunch)).toBe(false);
    expect(quietHoursEnd(at("2027-01-12T12:30:00+01:00"), lunch)).toEqual(at("2027-01-12T13:00:00+01:00"));
  });

  it("is never quiet when start equals end or there are no quiet hours", () => {
    const none: QuietHours = { start: "08:00", end: "08:00" };
    for (const iso of ["2027-01-12T08:00:00+01:00", "2027-01-12T03:00:00+01:00", "2027-01-12T20:00:00+01:00"]) {
      expect(isQuietTime(at(iso), none)).toBe(false);
      expect(isQuietTime(at(iso), null)).toBe(false);
      expect(quietHoursEnd(at(iso), none)).toEqual(at(iso));
      expect(quietHoursEnd(at(iso), null)).toEqual(at(iso));
    }
  });

  it("gives the right UTC instant on DST nights", () => {
    // 2027-03-28: the night is an hour shorter; 08:00 is CEST.
    expect(quietHoursEnd(at("2027-03-27T22:00:00+01:00"), evening).toISOString()).toBe("2027-03-28T06:00:00.000Z");
    expect(quietHoursEnd(at("2027-03-28T01:30:00+01:00"), evening).toISOString()).toBe("2027-03-28T06:00:00.000Z");
    // 2026-10-25: the night is an hour longer; 08:00 is CET.
    expect(quietHoursEnd(at("2026-10-24T22:00:00+02:00"), evening).toISOString()).toBe("2026-10-25T07:00:00.000Z");
    expect(quietHoursEnd(at("2026-10-25T02:30:00+01:00"), evening).toISOString()).toBe("2026-10-25T07:00:00.000Z");
  });

  it("ends at the jump when the clock skips the end time, and at the next end when it repeats", () => {
    const late: QuietHours = { start: "22:00", end: "02:30" };
    // 02:30 does not exist on 2027-03-28: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
    const jump = quietHoursEnd(at("2027-03-28T01:30:00+01:00"), late);
    expect(jump.toISOString()).toBe("2027-03-28T01:00:00.000Z");
    expect(isQuietTime(jump, late)).toBe(false);
    expect(isQuietTime(new Date(jump.getTime() - 1), late)).toBe(true);
    // 02:30 happens twice on 2026-10-25; quiet hours resume when the clock reads 02:00 again.
    expect(quietHoursEnd(at("2026-10-25T02:10:00+02:00"), late).toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(isQuietTime(at("2026-10-25T02:40:00+02:00"), late)).toBe(false);
    expect(quietHoursEnd(at("2026-10-25T02:10:00+01:00"), late).toISOString()).toBe("2026-10-25T01:30:00.000Z");
  });

  it("throws a RangeError for quiet hours that are not HH:MM", () => {
    expect(() => isQuietTime(at("2027-01-12T12:00:00Z"), { start: "18:00", end: "8:00" })).toThrow(RangeError);
    expect(() => quietHoursEnd(at("2027-01-12T12:00:00Z"), { start: "24:00", end: "08:00" })).toThrow(RangeError);
  });
});
