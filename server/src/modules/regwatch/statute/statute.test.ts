import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../platform/db";
import { normalizeText } from "../parse/text";
import { RegwatchChangeType, RegwatchSectionChange } from "../regwatch.enums";
import { classifyChange, inForceDate, inForceDates, inForceOfChange, readRepeal } from "./change";
import { diffSections, diffSummary } from "./diff";
import { parseSections } from "./sections";

const fixture = (name: string) => normalizeText(readFileSync(resolve(REPO_ROOT, "server/test/regwatch/fixtures", name), "utf8"));
const v1 = fixture("lou-v1.txt");
const v2 = fixture("lou-v2.txt");

describe("parseSections on a real-shaped statute (LOU 2016:1145)", () => {
  it("splits by chapter and paragraph, keeps the preamble, headings and transitional provisions apart", () => {
    const names = parseSections(v1).map((s) => s.section);
    expect(names).toEqual([
      "Ingress",
      "1 kap.",
      "1 kap. 1 §",
      "1 kap. 2 §",
      "2 kap.",
      "2 kap. 1 §",
      "4 kap.",
      "4 kap. 1 §",
      "4 kap. 3 §",
      "12 kap.",
      "12 kap. 12 §",
      "20 kap.",
      "20 kap. 1 §",
      "20 kap. 3 §",
      "Övergångsbestämmelser",
    ]);
    const sections = parseSections(v1);
    expect(sections.find((s) => s.section === "1 kap. 1 §")?.text).toBe("Denna lag innehåller bestämmelser om upphandling som görs av en upphandlande myndighet.\nLagen innehåller också bestämmelser om skadestånd och upphandlingsskadeavgift.");
    // A heading inside a chapter stays with the section before it; a reference in a sentence opens nothing.
    expect(sections.find((s) => s.section === "4 kap.")?.text).toBe("Allmänna bestämmelser\nPrinciper för offentlig upphandling");
    expect(sections.find((s) => s.section === "20 kap. 1 §")?.text).toContain("enligt 12 kap. 12 § med elektroniska medel");
  });

  it("reads `3 a §`, `3a §` and paragraphs without chapters", () => {
    expect(parseSections(v2).map((s) => s.section)).toContain("4 kap. 3 a §");
    expect(parseSections("1 § Första.\n2 § Andra.\n2a § Tillagd.\n5 § Sista.").map((s) => s.section)).toEqual(["1 §", "2 §", "2 a §", "5 §"]);
    expect(parseSections("2 kap. 3 § Inledd på samma rad.\nFortsättning.")).toEqual([{ section: "2 kap. 3 §", text: "Inledd på samma rad.\nFortsättning." }]);
    // Two temporal versions of one paragraph keep both.
    expect(parseSections("4 § /Upphör att gälla U:2027-07-01/ Gammal.\n4 § /Träder i kraft I:2027-07-01/ Ny.").map((s) => s.section)).toEqual(["4 §", "4 § (2)"]);
  });
});

describe("diffSections between two versions", () => {
  it("finds the added, removed and changed paragraphs, with a word diff for the changed ones", () => {
    const diff = diffSections(parseSections(v1), parseSections(v2));
    expect(diff.map((d) => [d.section, d.change])).toEqual([
      ["4 kap. 3 §", RegwatchSectionChange.CHANGED],
      ["4 kap. 3 a §", RegwatchSectionChange.ADDED],
      ["20 kap. 1 §", RegwatchSectionChange.CHANGED],
      ["20 kap. 3 §", RegwatchSectionChange.CHANGED],
      ["Övergångsbestämmelser", RegwatchSectionChange.CHANGED],
    ]);
    const words = diff.find((d) => d.section === "4 kap. 3 §")!.words;
    expect(words.filter((w) => w.removed).map((w) => w.value.trim())).toEqual(["bör"]);
    expect(words.filter((w) => w.added).map((w) => w.value.trim())).toEqual(["ska"]);
    expect(diffSummary(diff)).toBe("3 paragrafer ändrade, 1 ny");
  });

  it("puts a removed paragraph where it stood", () => {
    const diff = diffSections(parseSections("1 § A.\n2 § B.\n3 § C."), parseSections("1 § A.\n3 § C ändrad."));
    expect(diff.map((d) => [d.section, d.change])).toEqual([
      ["2 §", RegwatchSectionChange.REMOVED],
      ["3 §", RegwatchSectionChange.CHANGED],
    ]);
    expect(diffSummary(diff)).toBe("1 paragraf ändrad, 1 borttagen");
  });
});

describe("change type and entry into force", () => {
  const facts = (text: string, title = "Lag (2016:1145) om offentlig upphandling") => ({ contentHash: text, text, title, identifier: "2016:1145", feedSaysRepealed: false });

  it("reads the entry into force, spelled or as a marker, as ISO", () => {
    expect(inForceDate("Denna lag träder i kraft den 1 juli 2027.")).toBe("2027-07-01");
    expect(inForceDate("Förordningen träder i kraft 1 januari 2028.")).toBe("2028-01-01");
    expect(inForceDates("4 § /Träder i kraft I:2027-07-01/ Ny lydelse.")).toEqual(["2027-07-01"]);
    expect(inForceDate("Lagen träder i kraft den dag regeringen bestämmer.")).toBeNull();
    expect(inForceDate("träder i kraft den 31 februari 2027")).toBeNull();
    // A consolidated text keeps its old dates: the change's is the newly stated one.
    const diff = diffSections(parseSections(v1), parseSections(v2));
    expect(inForceOfChange(diff)).toBe("2027-07-01");
  });

  it("classifies NEW, AMENDED, CORRECTION, METADATA_ONLY and REPEALED", () => {
    expect(classifyChange(null, facts(v1))).toBe(RegwatchChangeType.NEW);
    expect(classifyChange(facts(v1), facts(v2))).toBe(RegwatchChangeType.AMENDED);
    expect(classifyChange(facts("1 § Lagen gäller kommuner och regioner."), facts("1 § Lagen gäller kommuner, och regioner!"))).toBe(RegwatchChangeType.CORRECTION);
    expect(classifyChange(facts("1 § Text."), facts("Rättelseblad\n1 § Text med rättad ordalydelse."))).toBe(RegwatchChangeType.CORRECTION);
    expect(classifyChange(facts(v1), { ...facts(v1), title: "Ny titel" })).toBe(RegwatchChangeType.METADATA_ONLY);
    expect(classifyChange(facts(v2), facts(`${v2}\nLagen upphör att gälla vid utgången av juni 2030.`))).toBe(RegwatchChangeType.REPEALED);
    expect(classifyChange(null, { ...facts("Förordningen ska upphöra att gälla.", "Förordning (2027:600) om upphävande av förordningen (2011:1030) om ränta"), identifier: "2027:600" })).toBe(RegwatchChangeType.NEW);
  });

  it("tells a partial repeal or another act's repeal from the act's own", () => {
    // "3 § Har upphävts …" repeals a paragraph; "Genom lagen upphävs lagen (2007:1091)" another act.
    expect(readRepeal("Lag (2016:1145) om offentlig upphandling", v2, "2016:1145")).toEqual({ repealed: false, repeals: ["2007:1091"] });
    expect(readRepeal("Förordning (2027:600) om upphävande av förordningen (2011:1030) om ränta", "Förordningen (2011:1030) upphör att gälla.", "2027:600")).toEqual({ repealed: false, repeals: ["2011:1030"] });
    expect(readRepeal("Lag (2016:1145) om offentlig upphandling", "Lagen upphävs.", "2016:1145").repealed).toBe(true);
  });
});
