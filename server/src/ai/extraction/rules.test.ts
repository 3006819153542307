import { describe, expect, it } from "vitest";
import { parseTranscript } from "../transcripts/index";
import { findDueExpressions, THEN_EVENT } from "./due-dates";
import { extractLocally } from "./extract";

// Meetings here are written for these tests; 2026-12-01 is a Tuesday.
const DATE = "2026-12-01";
const run = (lines: string[], meetingDate = DATE) => extractLocally(parseTranscript(`${lines.join("\n")}\n`), { meetingDate });
const decisions = (lines: string[]) => run(lines).decisions.map((d) => d.evidence.quote);
const actions = (lines: string[], meetingDate = DATE) => run(lines, meetingDate).actionItems.map((a) => [a.owner, a.due, a.evidence.quote]);

describe("decisions: the chair's final ruling", () => {
  it("quotes the final ruling of an exchange, not the chair's framing of it", () => {
    expect(
      decisions([
        "Maria Lund: Nästa fråga är om vi ska köpa in nya skrivare till kontoret.",
        "Per Ek: De gamla går sönder hela tiden.",
        "Maria Lund: Jag tänker så här: vi säger ja till skrivarna, men bara om leasingavtalet blir billigare.",
        "Per Ek: Det låter klokt.",
        "Maria Lund: Då har vi bestämt att vi leasar tre nya skrivare, under förutsättning att avtalet blir billigare. Invändningar?",
        "Per Ek: Nej.",
        "Ulla Berg: Nej, inga.",
      ]),
    ).toEqual(["Då har vi bestämt att vi leasar tre nya skrivare, under förutsättning att avtalet blir billigare."]);
  });

  it("quotes the ruling that a later 'Det är beslutat.' confirms, not the elliptical line before it", () => {
    expect(
      decisions([
        "Maria Lund: Resorna har dragit iväg i höst.",
        "Maria Lund: Från och med den 1 februari får flygresor bara bokas efter godkännande av controllern.",
        "Per Ek: Det är rimligt.",
        "Ulla Berg: Gäller det även utbildningsresor?",
        "Maria Lund: Samma regel, inga undantag. Det är beslutat.",
      ]),
    ).toEqual(["Från och med den 1 februari får flygresor bara bokas efter godkännande av controllern."]);
  });

  it("takes an English 'we + present tense' ruling by the chair when nobody objects", () => {
    expect(
      decisions([
        "Lena Park: Let's talk about the release freeze.",
        "Omar Khan: QA wants two more weeks. March 3rd would work for them.",
        "Lena Park: Fine. We move the release freeze to March 3rd, on the condition that QA signs off on the test plan.",
        "Omar Khan: I'll tell the QA lead this afternoon.",
      ]),
    ).toEqual(["We move the release freeze to March 3rd, on the condition that QA signs off on the test plan."]);
  });

  it("reads 'no' to 'anyone against?' or 'invändningar?' as consent", () => {
    expect(
      decisions([
        "Lena Park: The backup vendor has been failing for a week.",
        "Omar Khan: Three failed restores so far.",
        "Lena Park: We switch the nightly backups to the new vendor tonight. Anyone against?",
        "Omar Khan: No, not at all.",
        "Sara Lind: No.",
      ]),
    ).toEqual(["We switch the nightly backups to the new vendor tonight."]);
    expect(
      decisions([
        "Maria Lund: Kickoffen krockar med bokslutet.",
        "Per Ek: Den tjugonde januari är ledig för alla.",
        "Maria Lund: Då flyttar vi kickoffen till den 20 januari. Några invändningar?",
        "Per Ek: Nej.",
      ]),
    ).toEqual(["Då flyttar vi kickoffen till den 20 januari."]);
  });

  it("does not take a deferral, an obligation owed to another body or a chair's report as a decision", () => {
    expect(
      decisions([
        "Maria Lund: Ombyggnaden är för stor att avgöra idag. Vi skjuter frågan till februarimötet, den 9 februari.",
        "Per Ek: Okej.",
        "Maria Lund: Vi ligger efter med rapporteringen sedan den 3 november.",
        "Per Ek: Ja, tyvärr.",
      ]),
    ).toEqual([]);
    expect(
      decisions([
        "Lena Park: Agreed, then.",
        "Omar Khan: Agreed.",
        "Lena Park: Next item. We owe the auditors a written answer before the end of March.",
        "Omar Khan: Let's postpone the vendor review to the spring.",
      ]),
    ).toEqual([]);
  });
});

describe("action items: what is not a task", () => {
  it("ignores small talk, withdrawn ideas, the chair's expectations and handing over the floor", () => {
    expect(
      actions([
        "Maria Lund: Välkomna. Jag räknar med att vi blir klara före tolv.",
        "Per Ek: Jag kan behöva gå tidigare om bilen krånglar.",
        "Omar Khan: I'll shout if I lose the connection.",
        "Sara Lind: I'll mute myself, the dog is barking. And I'll hop off at ten.",
        "Per Ek: Jag delar skärmen så ni ser siffrorna.",
        "Maria Lund: Per, vill du dra budgetläget?",
        "Per Ek: Ja. Vi ligger två procent under budget efter november.",
        "Omar Khan: We could survey the users again.",
        "Maria Lund: Not now, they're tired of surveys.",
        "Omar Khan: Fair. I'll drop the survey idea.",
      ]),
    ).toEqual([]);
  });

  it("still takes 'drop it' when it delivers something, and 'dra igång' as a task", () => {
    expect(
      actions([
        "Maria Lund: Var lägger vi bilderna?",
        "Omar Khan: I'll drop them in the shared folder tonight.",
        "Maria Lund: Per, kan du dra igång enkäten på måndag?",
        "Per Ek: Ja.",
      ]),
    ).toEqual([
      ["Omar Khan", "2026-12-01", "I'll drop them in the shared folder tonight."],
      ["Per Ek", "2026-12-07", "Per, kan du dra igång enkäten på måndag?"],
    ]);
  });
});

describe("action items: present-tense commitments and turns split over cues", () => {
  it("takes Swedish present-tense commitments: 'då + verb + jag', 'jag hör av mig', 'jag står … och delar ut', 'jag har X klart till'", () => {
    expect(
      actions([
        "Maria Lund: Lokalen för julfikat är inte bokad.",
        "Per Ek: Okej. Då bokar jag lokalen till fredag.",
        "Ulla Berg: Jag hör av mig till städfirman imorgon.",
        "Per Ek: Jag står i receptionen på torsdag och delar ut passerkorten.",
        "Ulla Berg: Jag har inbjudan klar till onsdag, så att alla hinner svara.",
      ]),
    ).toEqual([
      ["Per Ek", "2026-12-04", "Okej. Då bokar jag lokalen till fredag."],
      ["Ulla Berg", "2026-12-02", "Jag hör av mig till städfirman imorgon."],
      ["Per Ek", "2026-12-03", "Jag står i receptionen på torsdag och delar ut passerkorten."],
      ["Ulla Berg", "2026-12-02", "Jag har inbjudan klar till onsdag, så att alla hinner svara."],
    ]);
  });

  it("takes a commitment whose hedge only touches one item of a list", () => {
    expect(actions(["Ulla Berg: Jag kan ta fram ett förslag på schema, med pass och kanske jourlista, till fredag.", "Maria Lund: Bra, gör det."])).toEqual([
      ["Ulla Berg", "2026-12-04", "Jag kan ta fram ett förslag på schema, med pass och kanske jourlista, till fredag."],
    ]);
  });

  it("treats a speaker's consecutive cues as one turn: one item, quoted from the first cue, due from the next", () => {
    expect(
      actions([
        "Maria Lund: Vem tar remissvaret?",
        "Ulla Berg: Jag kan ta det.",
        "Ulla Berg: Jag kan ha ett första utkast klart till onsdag.",
        "Maria Lund: Tack.",
        "Omar Khan: And I'll go through the supplier invoices for duplicates.",
        "Omar Khan: You'll have a summary on Thursday.",
      ]),
    ).toEqual([
      ["Ulla Berg", "2026-12-02", "Jag kan ta det."],
      ["Omar Khan", "2026-12-03", "And I'll go through the supplier invoices for duplicates."],
    ]);
  });

  it("keeps two different tasks in one turn apart", () => {
    expect(actions(["Maria Lund: Jag skriver protokollet.", "Maria Lund: Jag bokar också nästa möte till fredag."])).toEqual([
      ["Maria Lund", null, "Jag skriver protokollet."],
      ["Maria Lund", "2026-12-04", "Jag bokar också nästa möte till fredag."],
    ]);
  });

  it("lets a later firm commitment supersede an earlier offer of the same task", () => {
    expect(
      actions([
        "Per Ek: Kan vi jämföra med hyrbilar?",
        "Ulla Berg: Hyrbilar kan jag räkna på. Det blir nog dyrare.",
        "Maria Lund: Vi behåller bilpoolen tills vidare.",
        "Per Ek: Okej.",
        "Maria Lund: Något mer om bilarna?",
        "Ulla Berg: Jag räknar på hyrbilar för hela förvaltningen. Ni får det till den 15 januari.",
      ]),
    ).toEqual([["Ulla Berg", "2027-01-15", "Jag räknar på hyrbilar för hela förvaltningen. Ni får det till den 15 januari."]]);
  });
});

describe("due dates from the meeting's own talk", () => {
  it("resolves 'till dess' to the date said just before", () => {
    expect(
      actions([
        "Maria Lund: Vi tittar på helheten när styrgruppen ses nästa gång, den 14 januari.",
        "Per Ek: Okej. Då tar jag fram en riskanalys till dess.",
      ]),
    ).toEqual([["Per Ek", "2027-01-14", "Okej. Då tar jag fram en riskanalys till dess."]]);
  });

  it("resolves 'before the workshop' to the date the meeting gave the workshop", () => {
    expect(
      actions([
        "Lena Park: We still need a date for the design workshop.",
        "Omar Khan: I'd suggest Tuesday, February 2nd.",
        "Lena Park: Then we hold the workshop on February 2nd.",
        "Omar Khan: I'll prepare the exercises before the workshop.",
      ]),
    ).toEqual([["Omar Khan", "2027-02-02", "I'll prepare the exercises before the workshop."]]);
  });

  it("gives 'I'll take that one' the deadline the group agreed just before", () => {
    expect(
      actions([
        "Lena Park: The on-call list has to be corrected before Christmas, we all agree on that.",
        "Omar Khan: Definitely.",
        "Sara Lind: I'll take that one.",
      ]),
    ).toEqual([["Sara Lind", "2026-12-23", "I'll take that one."]]);
  });

  it("keeps an agreed task nobody takes, with the date of the event it must be ready for", () => {
    expect(
      actions([
        "Per Ek: Vi har invigning av nya entrén, preliminärt den 9 mars.",
        "Ulla Berg: Skyltarna i entrén måste vara utbytta före invigningen.",
        "Maria Lund: Ja, det måste göras, det håller alla med om. Per, är det du?",
        "Per Ek: Inte jag, fastighetsbolaget äger skyltarna.",
      ]),
    ).toEqual([[null, "2027-03-09", "Ja, det måste göras, det håller alla med om. Per, är det du?"]]);
  });

  it("reads a weekday followed by its date as that date", () => {
    const first = (text: string, date: string) => findDueExpressions(text, date).map((e) => (e.kind === "date" ? e.date : e.kind));
    expect(first("Vi skickar det fredag den 18 december.", "2026-12-01")).toEqual(["2026-12-18"]);
    expect(first("Thursday, January 14th works.", "2026-12-01")).toEqual(["2027-01-14"]);
    expect(findDueExpressions("Jag har den klar till dess.", DATE)).toMatchObject([{ kind: "event", event: THEN_EVENT }]);
  });
});
