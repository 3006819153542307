import { describe, expect, it } from "vitest";
import { t, tn } from "./index";
import { sv } from "./sv";

describe("tn", () => {
  it("picks the Swedish singular for 1 and the plural otherwise", () => {
    expect(tn("nudges.unreadCount", 1)).toBe("1 oläst");
    expect(tn("nudges.unreadCount", 3)).toBe("3 olästa");
    expect(tn("nudges.unreadCount", 0)).toBe("0 olästa");
    expect(tn("dashboard.openCount", 1)).toBe("1 öppen");
    expect(tn("dashboard.overdueCount", 2)).toBe("2 försenade");
  });

  it("fills the other placeholders too", () => {
    expect(tn("nudges.announce.snoozed", 3, { title: "Remissvaret" })).toBe("Påminnelserna om ”Remissvaret” är uppskjutna i 3 dagar.");
    expect(tn("nudges.announce.snoozed", 1, { title: "Remissvaret" })).toBe("Påminnelserna om ”Remissvaret” är uppskjutna i 1 dag.");
  });

  it("has the plural form for every singular key", () => {
    // (".other" alone is an ordinary key, e.g. stakeholders.problem.other.)
    const keys = Object.keys(sv);
    for (const key of keys.filter((k) => k.endsWith(".one"))) expect(keys, key).toContain(`${key.slice(0, -".one".length)}.other`);
  });
});

describe("t", () => {
  it("leaves unknown placeholders as they are", () => {
    expect(t("nudges.buttonLabel.other", { count: 2 })).toBe("Aviseringar, 2 olästa");
    expect(t("nudges.buttonLabel.other")).toBe("Aviseringar, {count} olästa");
  });
});
