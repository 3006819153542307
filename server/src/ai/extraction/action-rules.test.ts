import { describe, expect, it } from "vitest";
import { parseTranscript } from "../transcripts/index";
import { extractLocally } from "./extract";

// Meetings written for these tests (0.3.0 rules); 2026-12-01 is a Tuesday.
const DATE = "2026-12-01";
const run = (lines: string[]) => extractLocally(parseTranscript(`${lines.join("\n")}\n`), { meetingDate: DATE });
const actions = (lines: string[]) => run(lines).actionItems.map((a) => [a.owner, a.due, a.evidence.quote]);

describe("action items: promises of delivery", () => {
  it("quotes 'Du får den senast …' and 'You'll have it before …' as the owner's commitment", () => {
    expect(
      actions([
        "Ida Falk: Rune, kan du sammanställa besöksstatistiken till nämnden?",
        "Rune Tell: Det tar jag. Du får den senast den 9 december.",
      ]),
    ).toEqual([["Rune Tell", "2026-12-09", "Det tar jag. Du får den senast den 9 december."]]);
    expect(
      actions([
        "Ida Falk: Rune, when can I see the revised floor plan?",
        "Rune Tell: You'll have it before Christmas.",
      ]),
    ).toEqual([["Rune Tell", "2026-12-23", "You'll have it before Christmas."]]);
  });

  it("lets a later dated delivery promise stand for a task taken earlier without a deadline", () => {
    expect(
      actions([
        "Ida Falk: Rune kan inte ta yttrandet om detaljplanen. Elsa då?",
        "Elsa Moe: Ja, jag kan ta det.",
        "Ida Falk: Behöver vi yttra oss om hela planen?",
        "Elsa Moe: Nej, bara om dagvattnet.",
        "Rune Tell: Håller med.",
        "Elsa Moe: Då har du ett utkast senast den 11 december.",
      ]),
    ).toEqual([["Elsa Moe", "2026-12-11", "Då har du ett utkast senast den 11 december."]]);
  });
});

describe("action items: taking over after a decline", () => {
  it("gives the task to a third participant who steps in with 'I can go', dated from the request's context", () => {
    expect(
      actions([
        "Ida Falk: The regional forum in Umeå is on the ninth of December. I can't make it.",
        "Ida Falk: Rune, could you present our pilot results there?",
        "Rune Tell: Sorry, I can't, I'm on leave that week.",
        "Elsa Moe: I can go. I ran half of the pilot anyway.",
        "Ida Falk: Thanks, Elsa.",
      ]),
    ).toEqual([["Elsa Moe", "2026-12-09", "I can go. I ran half of the pilot anyway."]]);
  });
});

describe("action items: what is not a task", () => {
  it("ignores conditions, stances, wording notes and comments", () => {
    expect(
      actions([
        "Ida Falk: Ska vi flytta releasen till den 15:e?",
        "Rune Tell: The fifteenth is fine, as long as I can still deploy hotfixes.",
        "Elsa Moe: Jag kan skicka över loggarna om du behöver dem.",
        "Rune Tell: Tre procent kan jag försvara inför styrelsen.",
        "Elsa Moe: Och ansvaret ligger hos förvaltningen. Jag skriver det så i rapporten.",
        "Rune Tell: Och för att de ska slippa övertid, gissar jag.",
        "Elsa Moe: Okej, då tar jag tillbaka förslaget.",
        "Rune Tell: Nej, inte i november, jag har redan två sjukskrivna i gruppen.",
      ]),
    ).toEqual([]);
  });
});

describe("action items: commitments the 0.2 rules missed", () => {
  it("takes an inverted 'Den har jag klar …', a hedge about someone else, and 'I'll have X pushed'", () => {
    expect(
      actions([
        "Ida Falk: Hur går det med budgetunderlaget?",
        "Elsa Moe: Det har jag klart på torsdag. Jag väntar bara på två siffror.",
      ]),
    ).toEqual([["Elsa Moe", "2026-12-03", "Det har jag klart på torsdag. Jag väntar bara på två siffror."]]);
    expect(
      actions([
        "Ida Falk: Rune, du pratar med hyresvärden?",
        "Rune Tell: Ja, jag ringer förvaltaren i morgon, de skulle ha ett besked då.",
      ]),
    ).toEqual([["Rune Tell", "2026-12-02", "Ja, jag ringer förvaltaren i morgon, de skulle ha ett besked då."]]);
    expect(
      actions([
        "Elsa Moe: The printers will need the new driver before the upgrade on the tenth of December.",
        "Rune Tell: I'll have the driver rolled out to every floor before that.",
      ]),
    ).toEqual([["Rune Tell", "2026-12-10", "I'll have the driver rolled out to every floor before that."]]);
  });

  it("quotes the request when the reply only sees to it ('det ser jag till')", () => {
    expect(
      actions([
        "Ida Falk: Vinterlägret är den 18 januari.",
        "Ida Falk: Elsa, kan du hålla i packlistan?",
        "Elsa Moe: Absolut. Den ska vara klar till lägret, det ser jag till.",
      ]),
    ).toEqual([["Elsa Moe", "2027-01-18", "Elsa, kan du hålla i packlistan?"]]);
  });
});

describe("due dates: what the meeting says about its events", () => {
  it("reads 'till vecka 3', an event dated in apposition, and a compound's head", () => {
    expect(
      actions([
        "Ida Falk: Vi förbereder oss inför kommunstyrelsen den 14 december.",
        "Elsa Moe: Jag uppdaterar rutinen till vecka 3.",
        "Rune Tell: Och jag ser till att kalkylen är klar före kommunstyrelsen. Konsulten börjar nästa vecka.",
        "Ida Falk: Julkonserten. Den är den 17 december.",
        "Elsa Moe: Jag bokar ljudteknikern till konserten.",
      ]),
    ).toEqual([
      ["Elsa Moe", "2027-01-22", "Jag uppdaterar rutinen till vecka 3."],
      ["Rune Tell", "2026-12-14", "Och jag ser till att kalkylen är klar före kommunstyrelsen. Konsulten börjar nästa vecka."],
      ["Elsa Moe", "2026-12-17", "Jag bokar ljudteknikern till konserten."],
    ]);
  });

  it("stops the scheduling talk at a change of topic or at the next request", () => {
    expect(
      actions([
        "Ida Falk: Rune, kan du ta kontakten med elevrådet?",
        "Rune Tell: Visst.",
        "Ida Falk: Och Elsa är borta den här veckan, så vem kan svara på remissen?",
        "Rune Tell: I can take the rota questions.",
        "Ida Falk: Tack, Rune.",
        "Ida Falk: Serverbytet. Elsa, licenserna.",
        "Elsa Moe: Licenserna går ut den 9 januari.",
      ]).slice(0, 1),
    ).toEqual([["Rune Tell", null, "Rune, kan du ta kontakten med elevrådet?"]]);
  });
});
