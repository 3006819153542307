import { describe, expect, it } from "vitest";
import { stockholmDatePlus } from "./nudgeAnswer";

describe("stockholmDatePlus", () => {
  it("counts from the Stockholm calendar day, not the UTC one", () => {
    // 23:30 UTC on 31 December is already 1 January in Stockholm.
    expect(stockholmDatePlus(0, new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(stockholmDatePlus(1, new Date("2026-12-31T22:30:00Z"))).toBe("2027-01-01");
  });

  it("crosses month ends and leap days", () => {
    expect(stockholmDatePlus(1, new Date("2028-02-28T12:00:00Z"))).toBe("2028-02-29");
    expect(stockholmDatePlus(365, new Date("2026-12-01T12:00:00Z"))).toBe("2027-12-01");
  });
});
