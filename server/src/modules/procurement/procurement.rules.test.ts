import { describe, expect, it } from "vitest";
import { PROCUREMENT_RULE_SETS, selectRuleSet, type ThresholdCategory } from "./procurement.rules";

const today = (): string => new Date().toISOString().slice(0, 10);

describe("rules table", () => {
  it("has a rule set whose validity covers today's date", () => {
    // Fails on purpose once the table is outdated: the next biennial thresholds must be added.
    expect(selectRuleSet(today()).inPeriod).toBe(true);
  });

  it("has contiguous, non-overlapping validity periods", () => {
    const sorted = [...PROCUREMENT_RULE_SETS].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
    for (let i = 1; i < sorted.length; i += 1) {
      const previousEnd = new Date(`${sorted[i - 1]!.validTo}T00:00:00Z`).getTime();
      expect(new Date(`${sorted[i]!.validFrom}T00:00:00Z`).getTime() - previousEnd).toBe(86_400_000);
    }
  });

  it("covers every law/category combination the engine asks for, each with a source", () => {
    const needed: [string, ThresholdCategory][] = [
      ["LOU", "SUPPLIES_SERVICES_CENTRAL"],
      ["LOU", "SUPPLIES_SERVICES_SUB_CENTRAL"],
      ["LOU", "WORKS"],
      ["LOU", "SOCIAL_SERVICES"],
      ["LUF", "SUPPLIES_SERVICES"],
      ["LUF", "WORKS"],
      ["LUF", "SOCIAL_SERVICES"],
    ];
    for (const set of PROCUREMENT_RULE_SETS) {
      for (const [law, category] of needed) {
        const row = set.thresholds.find((t) => t.law === law && t.category === category);
        expect(row, `${set.version} ${law} ${category}`).toBeDefined();
        expect(row!.source.length).toBeGreaterThan(0);
        expect(row!.sek).toBeGreaterThan(row!.eur);
      }
    }
  });

  it("stores the EU thresholds 2026–2027 in euro and marks the SEK estimates unverified", () => {
    const set = selectRuleSet("2026-06-01").ruleSet;
    const eur = Object.fromEntries(set.thresholds.map((t) => [`${t.law}:${t.category}`, t.eur]));
    expect(eur).toMatchObject({
      "LOU:WORKS": 5_404_000,
      "LOU:SUPPLIES_SERVICES_CENTRAL": 140_000,
      "LOU:SUPPLIES_SERVICES_SUB_CENTRAL": 216_000,
      "LOU:SOCIAL_SERVICES": 750_000,
      "LUF:SUPPLIES_SERVICES": 432_000,
    });
    expect(set.thresholds.every((t) => !t.verified && t.source.includes("C/2025/5732"))).toBe(true);
  });

  it("keeps the published 2024–2025 SEK figures", () => {
    const set = selectRuleSet("2024-05-01").ruleSet;
    const central = set.thresholds.find((t) => t.law === "LOU" && t.category === "SUPPLIES_SERVICES_CENTRAL");
    const works = set.thresholds.find((t) => t.law === "LOU" && t.category === "WORKS");
    expect(central).toMatchObject({ eur: 143_000, sek: 1_546_202, verified: true });
    expect(works).toMatchObject({ eur: 5_538_000, sek: 59_880_179, verified: true });
  });

  it("has the fixed direct award limits, standstill and LOU ch. 11 time limits", () => {
    const set = selectRuleSet("2026-06-01").ruleSet;
    const fixed = set.directAward.filter((d) => d.limit.kind === "FIXED").map((d) => [d.law, d.limit]);
    expect(fixed).toEqual([
      ["LOU", { kind: "FIXED", sek: 700_000 }],
      ["LUF", { kind: "FIXED", sek: 1_200_000 }],
    ]);
    expect(set.standstill).toMatchObject({ electronicDays: 10, otherDays: 15 });
    const open = set.timeLimits.find((t) => t.law === "LOU" && t.procedures.includes("OPEN"));
    expect(open?.tenderDays).toEqual({ standard: 35, electronic: 30, priorInformationNotice: 15, urgency: 15 });
  });

  it("falls back to the nearest set outside all periods", () => {
    expect(selectRuleSet("2019-01-01")).toMatchObject({ inPeriod: false, ruleSet: { version: "se-2024-2025.1" } });
    expect(selectRuleSet("2031-01-01")).toMatchObject({ inPeriod: false, ruleSet: { version: "se-2026-2027.1" } });
  });
});
