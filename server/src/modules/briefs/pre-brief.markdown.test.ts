import { describe, expect, it } from "vitest";
import { isViewer } from "../../platform/authz";
import { stakeholderPermissions } from "../stakeholders/stakeholder.permissions";
import { PRE_BRIEF_STAKEHOLDER_FIELDS } from "./pre-brief.data";
import {
  MAX_ITEMS_PER_PARTICIPANT,
  NO_MONITORING,
  VISIBILITY_NOTE,
  renderPreBrief,
  type PreBriefInput,
  type PreBriefMeetingRef,
  type PreBriefOpenItem,
} from "./pre-brief.markdown";

const ref = (key: string, title: string | null, startsAt: string): PreBriefMeetingRef => ({ key, globalId: `G${key}`, title, startsAt: new Date(startsAt) });
const BUDGET = ref("m1", "Budgetmöte", "2026-10-07T08:00:00Z");
const SKOLA = ref("m2", "Skolråd", "2026-09-02T12:00:00Z");
const SECRET = ref("m3", null, "2026-10-20T08:00:00Z");
const item = (key: string, title: string | null, dueDate: string | null, meeting: PreBriefMeetingRef, owner: string | null = null): PreBriefOpenItem => ({ key, title, owner, dueDate, meeting });

const INPUT: PreBriefInput = {
  title: "Styrgrupp skola",
  startsAt: new Date("2026-11-18T08:00:00Z"),
  endsAt: new Date("2026-11-18T09:30:00Z"),
  location: "Rum 3",
  agendaItems: ["Budgeten för skolorna", "Övrigt"],
  sensitive: false,
  participants: [
    { key: "s2", name: "Erik Lund", title: null, organization: null, influence: null, interest: 2, role: null, openItems: [] },
    {
      key: "s1",
      name: "Anna Berg",
      title: "Kommunchef",
      organization: "Norrby kommun",
      influence: 5,
      interest: 4,
      role: "ordförande",
      openItems: [item("a2", "Boka lokal", null, SKOLA), item("a1", "Skicka kalkylen", "2026-11-20", BUDGET), item("a3", null, "2026-11-01", SECRET)],
    },
  ],
  earlierItems: [item("a4", "Ta fram underlag", "2026-12-01", BUDGET, "Erik Lund"), item("a5", null, null, SECRET), item("a6", null, null, SECRET)],
  earlierDecisions: [
    { key: "d2", globalId: "GD2", text: "Skolbudgeten fastställs.", evidenceStartMs: 20_000, meeting: BUDGET },
    { key: "d1", globalId: "GD1", text: "Förslag B gäller.", evidenceStartMs: 5_000, meeting: BUDGET },
    { key: "d3", globalId: "GD3", text: "Nya skolskjutsar.", evidenceStartMs: null, meeting: SKOLA },
    { key: "d4", globalId: "GD4", text: null, evidenceStartMs: null, meeting: SECRET },
  ],
  sections: [],
};

describe("pre-brief Markdown", () => {
  it("renders date, place, agenda, participants' profiles, their open items, earlier items and decisions with links", () => {
    expect(renderPreBrief(INPUT)).toBe(
      [
        "# Inför mötet: Styrgrupp skola",
        "",
        "**Datum:** onsdag 18 november 2026 kl. 09:00–10:30",
        "**Plats:** Rum 3",
        "",
        "## Dagordning",
        "",
        "1. Budgeten för skolorna",
        "2. Övrigt",
        "",
        "## Deltagare",
        "",
        "- **Anna Berg**, Kommunchef, Norrby kommun — inflytande 5/5, intresse 4/5 (ordförande)",
        "- **Erik Lund** — intresse 2/5",
        "",
        "## Öppna åtgärder hos deltagarna",
        "",
        "### Anna Berg",
        "",
        "- [ ] Skicka kalkylen — senast 2026-11-20 — från Budgetmöte, 7 oktober 2026",
        "- [ ] Boka lokal — inget datum — från Skolråd, 2 september 2026",
        "- 1 åtgärd från ett känsligt möte",
        "",
        "## Öppna åtgärder från tidigare möten i samma fråga eller med samma deltagare",
        "",
        "- [ ] Ta fram underlag (Erik Lund) — senast 2026-12-01 — från Budgetmöte, 7 oktober 2026",
        "- 2 åtgärder från ett känsligt möte",
        "",
        "## Tidigare beslut i samma fråga eller med samma deltagare",
        "",
        "- Förslag B gäller. — Budgetmöte, 7 oktober 2026 [Se underlag](/moten/Gm1#beslut-GD1)",
        "- Skolbudgeten fastställs. — Budgetmöte, 7 oktober 2026 [Se underlag](/moten/Gm1#beslut-GD2)",
        "- Nya skolskjutsar. — Skolråd, 2 september 2026 [Se underlag](/moten/Gm2#beslut-GD3)",
        "- 1 beslut från ett känsligt möte",
        "",
        "## Omvärldsbevakning",
        "",
        NO_MONITORING,
        "",
        VISIBILITY_NOTE,
        "",
      ].join("\n"),
    );
  });

  it("gives byte-identical output for the same data in any order", () => {
    const shuffled: PreBriefInput = {
      ...INPUT,
      participants: [...INPUT.participants].reverse().map((p) => ({ ...p, openItems: [...p.openItems].reverse() })),
      earlierItems: [...INPUT.earlierItems].reverse(),
      earlierDecisions: [...INPUT.earlierDecisions].reverse(),
    };
    expect(renderPreBrief(shuffled)).toBe(renderPreBrief(INPUT));
  });

  it("says so when there is nothing, and marks a SENSITIVE meeting", () => {
    const body = renderPreBrief({ ...INPUT, sensitive: true, endsAt: null, location: null, agendaItems: [], participants: [], earlierItems: [], earlierDecisions: [] });
    expect(body).toContain("**Datum:** onsdag 18 november 2026 kl. 09:00\n**Plats:** ingen plats angiven\n**Klassning:** känsligt möte\n");
    for (const empty of ["Ingen dagordning är angiven.", "Inga deltagare är tillagda ännu.", "Deltagarna har inga öppna åtgärder.", "Inga öppna åtgärder från tidigare möten i samma fråga eller med samma deltagare.", "Inga tidigare beslut i samma fråga eller med samma deltagare."]) {
      expect(body).toContain(empty);
    }
  });

  it("never shows text of another SENSITIVE meeting: only counts", () => {
    const body = renderPreBrief(INPUT);
    expect(body).not.toMatch(/GD4|Gm3/);
    expect(body.match(/känsligt möte/g)).toHaveLength(3);
  });

  it("cannot be restructured by a title, agenda item or name", () => {
    const body = renderPreBrief({
      ...INPUT,
      title: "# Rubrik\n## till",
      agendaItems: ["[länk](javascript:alert(1))"],
      participants: [{ ...INPUT.participants[0]!, name: "*Eva*\n# X", openItems: [] }],
    });
    expect(body).toContain("# Inför mötet: \\# Rubrik \\#\\# till\n");
    expect(body).toContain("1. \\[länk\\](javascript:alert(1))");
    expect(body).toContain("- **\\*Eva\\* \\# X** — intresse 2/5");
  });

  it("shows at most ten items per participant and counts the rest", () => {
    const many = Array.from({ length: MAX_ITEMS_PER_PARTICIPANT + 3 }, (_, i) => item(`x${i}`, `Uppgift ${String(i).padStart(2, "0")}`, null, BUDGET));
    const body = renderPreBrief({ ...INPUT, participants: [{ ...INPUT.participants[0]!, openItems: many }] });
    expect(body.match(/- \[ \] Uppgift/g)).toHaveLength(MAX_ITEMS_PER_PARTICIPANT);
    expect(body).toContain("- … och 3 öppna åtgärder till");
  });

  it("fills Omvärldsbevakning with contributors' lines in their order, one line each", () => {
    const body = renderPreBrief({
      ...INPUT,
      sections: [
        { key: "b", order: 20, lines: ["- Andra", "rad\nbruten"] },
        { key: "none", order: 5, lines: null },
        { key: "a", order: 10, lines: ["- Första"] },
      ],
    });
    expect(body).toContain("## Omvärldsbevakning\n\n- Första\n\n- Andra\nrad bruten\n\n" + VISIBILITY_NOTE + "\n");
    expect(body).not.toContain(NO_MONITORING);
  });

  it("spans days when the meeting ends on another day", () => {
    expect(renderPreBrief({ ...INPUT, endsAt: new Date("2026-11-19T15:00:00Z") })).toContain("**Datum:** onsdag 18 november 2026 kl. 09:00 – torsdag 19 november 2026 kl. 16:00\n");
  });

  it("uses only stakeholder fields every VIEWER may see", () => {
    const rules = stakeholderPermissions.Stakeholder as Record<string, unknown>;
    for (const field of PRE_BRIEF_STAKEHOLDER_FIELDS) expect(rules[field], field).toBe(isViewer);
    for (const field of ["email", "phone", "notes"]) expect(rules[field]).not.toBe(isViewer);
  });
});
