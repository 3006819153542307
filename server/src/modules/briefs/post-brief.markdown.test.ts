import { describe, expect, it } from "vitest";
import { swedishDateTime } from "./brief.markdown";
import { renderPostBrief, type BriefAction, type PostBriefInput } from "./post-brief.markdown";

const action = (title: string, owner: string | null, dueDate: string | null, extra: Partial<BriefAction> = {}): BriefAction => ({
  title,
  owner,
  dueDate,
  status: "OPEN",
  evidenceStartMs: null,
  ...extra,
});

const INPUT: PostBriefInput = {
  title: "Styrgrupp",
  startsAt: new Date("2026-11-18T08:00:00Z"),
  decisions: [
    { text: "Vi kör på förslag B.", evidenceStartMs: 20_000 },
    { text: "Budgeten fastställs.", evidenceStartMs: 5_000 },
  ],
  actions: [
    action("Skicka protokollet", "Erik Lund", "2026-11-20"),
    action("Boka lokal", "Anna Berg", null),
    action("Ta fram underlag", null, "2026-12-01"),
    action("Gammal uppgift", "Anna Berg", "2026-11-19", { status: "DONE" }),
    action("Struken", "Erik Lund", null, { status: "CANCELLED" }),
  ],
};

describe("post-brief Markdown", () => {
  it("renders title, date, decisions in order, actions by owner and open questions", () => {
    expect(renderPostBrief(INPUT)).toBe(
      [
        "# Efter mötet: Styrgrupp",
        "",
        "**Datum:** onsdag 18 november 2026 kl. 09:00",
        "",
        "## Beslut",
        "",
        "1. Budgeten fastställs.",
        "2. Vi kör på förslag B.",
        "",
        "## Åtgärder per ansvarig",
        "",
        "### Anna Berg",
        "",
        "- [x] Gammal uppgift — senast 2026-11-19",
        "- [ ] Boka lokal — inget datum",
        "",
        "### Erik Lund",
        "",
        "- [ ] Skicka protokollet — senast 2026-11-20",
        "",
        "## Öppna frågor",
        "",
        "- Ta fram underlag — saknar ansvarig",
        "- Boka lokal (Anna Berg) — saknar datum",
        "",
      ].join("\n"),
    );
  });

  it("gives byte-identical output for the same items in any order", () => {
    const shuffled = { ...INPUT, decisions: [...INPUT.decisions].reverse(), actions: [...INPUT.actions].reverse() };
    expect(renderPostBrief(shuffled)).toBe(renderPostBrief(INPUT));
  });

  it("says so when there is nothing, and cannot be restructured by an item's text", () => {
    const body = renderPostBrief({ ...INPUT, decisions: [], actions: [action("# Rubrik\n## till", null, null)] });
    expect(body).toContain("Inga beslut registrerades.");
    expect(body).toContain("Inga åtgärder har en ansvarig.");
    expect(body).toContain("- \\# Rubrik \\#\\# till — saknar ansvarig och datum");
  });

  it("dates in Europe/Stockholm across daylight saving", () => {
    expect(swedishDateTime(new Date("2026-07-01T22:30:00Z"))).toBe("torsdag 2 juli 2026 kl. 00:30");
    expect(swedishDateTime(new Date("2026-01-05T07:00:00Z"))).toBe("måndag 5 januari 2026 kl. 08:00");
  });
});
