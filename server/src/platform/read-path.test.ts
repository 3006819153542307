import { describe, expect, it } from "vitest";
import { MAX_PREPARED, fetchSize, statementOf } from "./read-path";

describe("prepared reads", () => {
  it("names each shape once, the same name every time, and runs shapes past the bound unnamed", () => {
    const first = statementOf(`select "id" from "meetings" where "organization_id" = ? and "status" = ? limit ?`);
    expect(first.text).toBe(`select "id" from "meetings" where "organization_id" = $1 and "status" = $2 limit $3`);
    expect(first.name).toMatch(/^pb_read_\d+$/);
    expect(statementOf(`select "id" from "meetings" where "organization_id" = ? and "status" = ? limit ?`)).toBe(first);

    const names = new Set<string>();
    let unnamed = 0;
    for (let i = 0; i < MAX_PREPARED + 50; i++) {
      const s = statementOf(`select "id", ${i} as "n${i}" from "meetings" where "organization_id" = ?`);
      expect(s.text).toBe(`select "id", ${i} as "n${i}" from "meetings" where "organization_id" = $1`);
      if (s.name) names.add(s.name);
      else unnamed++;
    }
    // A caller inventing selections cannot grow every connection's statement cache without bound.
    expect(names.size).toBeLessThanOrEqual(MAX_PREPARED);
    expect(unnamed).toBeGreaterThanOrEqual(50);
    // Shapes named before the bound keep their names.
    expect(statementOf(`select "id" from "meetings" where "organization_id" = ? and "status" = ? limit ?`).name).toBe(first.name);
  });

  it("fetches one row more than any page in a handful of sizes, so page sizes do not multiply shapes", () => {
    const sizes = new Set<number>();
    for (let first = 1; first <= 100; first++) {
      const size = fetchSize(first);
      expect(size).toBeGreaterThan(first);
      sizes.add(size);
    }
    expect(sizes.size).toBeLessThanOrEqual(6);
    // Beyond the pagination's cap (the CSV export's 5,000 rows): exactly one more.
    expect(fetchSize(5000)).toBe(5001);
  });
});
