import { describe, expect, it } from "vitest";
import { nextDay, stockholmParts, stockholmToIso, stockholmToday } from "./stockholmTime";

describe("Stockholm wall-clock times in forms", () => {
  it("maps a winter and a summer time to the right instant and back", () => {
    expect(stockholmToIso("2026-12-03", "14:00")).toBe("2026-12-03T13:00:00.000Z");
    expect(stockholmToIso("2026-06-03", "14:00")).toBe("2026-06-03T12:00:00.000Z");
    expect(stockholmParts("2026-12-03T13:00:00.000Z")).toEqual({ date: "2026-12-03", time: "14:00" });
    expect(stockholmParts("2026-06-03T22:30:00.000Z")).toEqual({ date: "2026-06-04", time: "00:30" });
  });

  it("handles the days the clocks change", () => {
    // 29 March 2026: 02:00 → 03:00. 01:30 is still winter time, 03:30 summer time.
    expect(stockholmToIso("2026-03-29", "01:30")).toBe("2026-03-29T00:30:00.000Z");
    expect(stockholmToIso("2026-03-29", "03:30")).toBe("2026-03-29T01:30:00.000Z");
    // 25 October 2026: 03:00 → 02:00; 02:30 happens twice, the first (summer time) is taken.
    expect(stockholmToIso("2026-10-25", "02:30")).toBe("2026-10-25T00:30:00.000Z");
    expect(stockholmToIso("2026-10-25", "04:00")).toBe("2026-10-25T03:00:00.000Z");
  });

  it("refuses malformed input and counts days across month and year ends", () => {
    expect(stockholmToIso("2026-13-01", "10:00")).toBeNull();
    expect(stockholmToIso("2026-12-01", "9:00")).toBeNull();
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(stockholmToday(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });
});
