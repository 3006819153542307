import { describe, expect, it } from "vitest";
import { simulateProcurement } from "./procurement.engine";
import { bid, relativeSetup, reversalBids, reversalSetup, scenario } from "./fixtures/scenarios";
import type { WarningCode } from "./procurement.types";

const codes = (s: Parameters<typeof simulateProcurement>[0]): WarningCode[] =>
  simulateProcurement(s).warnings.map((w) => w.code);

describe("acceptance cases (issue 4)", () => {
  it("500 000 kr services, central → DIRECT_AWARD_ALLOWED, no standstill", () => {
    const result = simulateProcurement(scenario({ authority: "CENTRAL", estimatedValueSek: 500_000 }));
    expect(result.regime).toBe("DIRECT_AWARD_ALLOWED");
    expect(result.directAwardLimitSek).toBe(700_000);
    expect(result.recommendedProcedures[0]).toBe("DIRECT_AWARD");
    expect(result.timeline).toEqual({
      minTenderDays: 0,
      standstillDays: 0,
      earliestAwardDate: "2026-03-02",
      earliestContractDate: "2026-03-02",
    });
  });

  it("1 000 000 kr goods, sub-central → BELOW_THRESHOLD with a 'skälig tid' recommendation", () => {
    const result = simulateProcurement(scenario({ contractType: "GOODS", estimatedValueSek: 1_000_000 }));
    expect(result.regime).toBe("BELOW_THRESHOLD");
    expect(result.recommendedProcedures).toEqual(["SIMPLIFIED", "SELECTION"]);
    expect(result.timeline.minTenderDays).toBe(20);
    expect(result.warnings.map((w) => w.code)).toContain("REASONABLE_TIME_RECOMMENDATION");
  });

  it("30 000 000 kr services, sub-central, electronic, open → ABOVE_THRESHOLD, 30 + 10 days", () => {
    const result = simulateProcurement(scenario({ estimatedValueSek: 30_000_000, procedure: "OPEN" }));
    expect(result.regime).toBe("ABOVE_THRESHOLD");
    expect(result.timeline).toEqual({
      minTenderDays: 30,
      standstillDays: 10,
      // 2 Mar + 30 = 1 Apr; + 10 evaluation = Sat 11 Apr → Mon 13 Apr; + 10 = 23 Apr; signed the day after.
      earliestAwardDate: "2026-04-13",
      earliestContractDate: "2026-04-24",
    });
    expect(result.rulesVersion).toBe("se-2026-2027.1");
  });
});

describe("regime boundaries", () => {
  it("the threshold itself is above the threshold (directive: 'equal to or greater than')", () => {
    const at = simulateProcurement(scenario({ authority: "CENTRAL", estimatedValueSek: 1_546_202, startDate: "2025-06-02" }));
    expect(at.thresholdSek).toBe(1_546_202);
    expect(at.regime).toBe("ABOVE_THRESHOLD");
    const below = simulateProcurement(scenario({ authority: "CENTRAL", estimatedValueSek: 1_546_201, startDate: "2025-06-02" }));
    expect(below.regime).toBe("BELOW_THRESHOLD");
  });

  it("direct award up to and including 700 000 kr under LOU", () => {
    expect(simulateProcurement(scenario({ estimatedValueSek: 700_000 })).regime).toBe("DIRECT_AWARD_ALLOWED");
    expect(simulateProcurement(scenario({ estimatedValueSek: 700_001 })).regime).toBe("BELOW_THRESHOLD");
  });

  it("LUF: 1 200 000 kr direct award limit and the utilities threshold", () => {
    const utility = scenario({ authority: "UTILITY", contractType: "GOODS", estimatedValueSek: 1_100_000 });
    expect(simulateProcurement(utility)).toMatchObject({ regime: "DIRECT_AWARD_ALLOWED", directAwardLimitSek: 1_200_000 });
    const big = simulateProcurement({ ...utility, estimatedValueSek: 10_000_000 });
    expect(big.regime).toBe("ABOVE_THRESHOLD");
    expect(big.recommendedProcedures).toContain("NEGOTIATED_WITH_NOTICE");
  });

  it("2024–2025 works threshold is 59 880 179 kr and verified (no SEK warning)", () => {
    const result = simulateProcurement(scenario({ contractType: "WORKS", estimatedValueSek: 70_000_000, startDate: "2025-01-15" }));
    expect(result).toMatchObject({ regime: "ABOVE_THRESHOLD", thresholdSek: 59_880_179, rulesVersion: "se-2024-2025.1" });
    expect(result.warnings.map((w) => w.code)).not.toContain("SEK_THRESHOLD_UNVERIFIED");
  });

  it("social services: direct award below the threshold, ch. 19 procedures above it", () => {
    const small = simulateProcurement(scenario({ contractType: "SOCIAL_SERVICES", estimatedValueSek: 5_000_000 }));
    expect(small.regime).toBe("DIRECT_AWARD_ALLOWED");
    expect(small.directAwardLimitSek).toBe(small.thresholdSek);
    const large = simulateProcurement(scenario({ contractType: "SOCIAL_SERVICES", estimatedValueSek: 20_000_000 }));
    expect(large.regime).toBe("ABOVE_THRESHOLD");
    expect(large.recommendedProcedures).toEqual(["SIMPLIFIED", "SELECTION"]);
    expect(large.warnings.map((w) => w.code)).toContain("REASONABLE_TIME_RECOMMENDATION");
  });
});

describe("time limits and standstill (LOU ch. 11 and 20)", () => {
  const above = scenario({ estimatedValueSek: 30_000_000, procedure: "OPEN", electronicSubmission: false });
  const tenderDays = (overrides: Parameters<typeof scenario>[0]) =>
    simulateProcurement({ ...above, ...overrides }).timeline.minTenderDays;

  it("open procedure: 35, 30 electronic, 15 with PIN or urgency", () => {
    expect(tenderDays({})).toBe(35);
    expect(tenderDays({ electronicSubmission: true })).toBe(30);
    expect(tenderDays({ priorInformationNotice: true })).toBe(15);
    expect(tenderDays({ urgency: true, electronicSubmission: true })).toBe(15);
  });

  it("restricted procedure: 30 tender days, 25 electronic, 10 with PIN", () => {
    expect(tenderDays({ procedure: "RESTRICTED" })).toBe(30);
    expect(tenderDays({ procedure: "RESTRICTED", electronicSubmission: true })).toBe(25);
    expect(tenderDays({ procedure: "RESTRICTED", priorInformationNotice: true })).toBe(10);
  });

  it("restricted timeline adds 30 request days and the qualification assumption", () => {
    const result = simulateProcurement({ ...above, procedure: "RESTRICTED", electronicSubmission: true });
    // Requests 2 Mar + 30 = 1 Apr; + 10 = Sat 11 Apr → 13 Apr; + 25 = 8 May; + 10 = 18 May.
    expect(result.timeline.earliestAwardDate).toBe("2026-05-18");
    expect(result.timeline.earliestContractDate).toBe("2026-05-29");
  });

  it("LUF restricted: tenders at least 10 days absent agreement", () => {
    expect(tenderDays({ authority: "UTILITY", procedure: "RESTRICTED" })).toBe(10);
  });

  it("standstill 15 days when the award decision is not sent electronically", () => {
    expect(simulateProcurement(above).timeline.standstillDays).toBe(15);
    expect(simulateProcurement({ ...above, awardDecisionSentElectronically: true }).timeline.standstillDays).toBe(10);
  });

  it("a deadline on Good Friday runs to the Tuesday after Easter", () => {
    // 4 Mar + 30 = Fri 3 Apr 2026 (Good Friday) → Tue 7 Apr; + 10 = 17 Apr; + 10 = Mon 27 Apr.
    const result = simulateProcurement({ ...above, electronicSubmission: true, startDate: "2026-03-04" });
    expect(result.timeline.earliestAwardDate).toBe("2026-04-17");
    expect(result.timeline.earliestContractDate).toBe("2026-04-28");
  });

  it("evaluationDays overrides the assumed evaluation period", () => {
    const result = simulateProcurement({ ...above, electronicSubmission: true, evaluationDays: 0 });
    expect(result.timeline.earliestAwardDate).toBe("2026-04-01");
  });
});

describe("warnings", () => {
  it("NEAR_THRESHOLD within 10 % below the threshold and the direct award limit", () => {
    expect(codes(scenario({ estimatedValueSek: 2_300_000 }))).toContain("NEAR_THRESHOLD");
    expect(codes(scenario({ estimatedValueSek: 650_000 }))).toContain("NEAR_THRESHOLD");
    expect(codes(scenario({ estimatedValueSek: 1_500_000 }))).not.toContain("NEAR_THRESHOLD");
  });

  it("SPLITTING_RISK when similar purchases exist, naming an exceeded aggregate", () => {
    const result = simulateProcurement(
      scenario({ estimatedValueSek: 500_000, similarPurchasesThisYear: true, similarPurchasesValueSek: 300_000 }),
    );
    const warning = result.warnings.find((w) => w.code === "SPLITTING_RISK");
    expect(warning?.message).toContain("800 000 kr");
    expect(codes(scenario({ estimatedValueSek: 500_000 }))).not.toContain("SPLITTING_RISK");
  });

  it("WEIGHTS_NOT_100 for point models", () => {
    const evaluation = { ...relativeSetup, priceWeight: 50 };
    expect(codes(scenario({ evaluation, bids: [bid("A", 100, { q: 5 })] }))).toContain("WEIGHTS_NOT_100");
    expect(codes(scenario({ evaluation: relativeSetup, bids: [bid("A", 100, { q: 5 })] }))).not.toContain("WEIGHTS_NOT_100");
  });

  it("PROCEDURE_NOT_ALLOWED for direct award above the limit and ch. 19 procedures above the threshold", () => {
    expect(codes(scenario({ estimatedValueSek: 1_000_000, procedure: "DIRECT_AWARD" }))).toContain("PROCEDURE_NOT_ALLOWED");
    expect(codes(scenario({ estimatedValueSek: 30_000_000, procedure: "SIMPLIFIED" }))).toContain("PROCEDURE_NOT_ALLOWED");
    expect(codes(scenario({ estimatedValueSek: 1_000_000, procedure: "SIMPLIFIED" }))).not.toContain("PROCEDURE_NOT_ALLOWED");
  });

  it("PROCEDURE_REQUIRES_GROUNDS for negotiation under LOU above the threshold", () => {
    expect(codes(scenario({ estimatedValueSek: 30_000_000, procedure: "NEGOTIATED_WITH_NOTICE" }))).toContain(
      "PROCEDURE_REQUIRES_GROUNDS",
    );
  });

  it("TIE when bids share a rank", () => {
    const result = simulateProcurement(scenario({ bids: [bid("A", 100), bid("B", 100)] }));
    expect(result.ranking.map((r) => r.rank)).toEqual([1, 1]);
    expect(result.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(["TIE", "EVALUATION_DEFAULTED"]));
  });

  it("RANK_REVERSAL under RELATIVE_POINTS", () => {
    expect(codes(scenario({ evaluation: reversalSetup, bids: reversalBids }))).toContain("RANK_REVERSAL");
  });

  it("SEK_THRESHOLD_UNVERIFIED for the estimated 2026–2027 SEK figures", () => {
    expect(codes(scenario())).toContain("SEK_THRESHOLD_UNVERIFIED");
  });

  it("RULES_OUT_OF_PERIOD falls back to the nearest rule set", () => {
    const result = simulateProcurement(scenario({ startDate: "2030-01-01" }));
    expect(result.rulesVersion).toBe("se-2026-2027.1");
    expect(result.warnings.map((w) => w.code)).toContain("RULES_OUT_OF_PERIOD");
  });

  it("every message is Swedish prose, every code an English constant", () => {
    const result = simulateProcurement(
      scenario({ estimatedValueSek: 650_000, similarPurchasesThisYear: true, procedure: "OPEN", bids: [bid("A", 1), bid("B", 1)] }),
    );
    for (const w of result.warnings) {
      expect(w.code).toMatch(/^[A-Z_0-9]+$/);
      expect(w.message.length).toBeGreaterThan(20);
    }
  });
});
