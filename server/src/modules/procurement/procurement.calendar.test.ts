import { describe, expect, it } from "vitest";
import { addDays, isSwedishWorkingDay, isValidIsoDate, periodEnd, rollToWorkingDay, swedishNonWorkingHolidays } from "./procurement.calendar";

describe("calendar dates", () => {
  it("adds days across month, year, leap day and DST changes without drifting", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30"); // EU DST change on 29 March
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("validates real calendar dates only", () => {
    expect(isValidIsoDate("2026-02-28")).toBe(true);
    expect(isValidIsoDate("2026-02-29")).toBe(false);
    expect(isValidIsoDate("2026-2-1")).toBe(false);
    expect(isValidIsoDate("2026-02-01T00:00:00Z")).toBe(false);
  });

  it("knows the Swedish holidays of 2026", () => {
    const holidays = swedishNonWorkingHolidays(2026);
    for (const day of ["2026-04-03", "2026-04-06", "2026-05-14", "2026-06-19", "2026-12-24", "2026-12-31"]) {
      expect(holidays.has(day), day).toBe(true);
    }
    expect(isSwedishWorkingDay("2026-04-07")).toBe(true);
    expect(isSwedishWorkingDay("2026-03-07")).toBe(false); // Saturday
  });

  it("rolls a period ending on a weekend or holiday to the next working day", () => {
    expect(rollToWorkingDay("2026-04-03")).toBe("2026-04-07"); // Good Friday → Tuesday after Easter
    expect(rollToWorkingDay("2026-12-24")).toBe("2026-12-28");
    expect(periodEnd("2026-03-02", 30)).toBe("2026-04-01");
  });
});
