import { describe, expect, it } from "vitest";
import { parseTranscript } from "../transcripts/index";
import { extractLocally } from "./extract";

// Meetings written for these tests (0.5.0 rules: who ends up owning a task, and what is no task);
// 2026-12-01 is a Tuesday.
const run = (lines: string[]) => extractLocally(parseTranscript(`${lines.join("\n")}\n`), { meetingDate: "2026-12-01" });
const actions = (lines: string[]) => run(lines).actionItems.map((a) => [a.owner, a.due, a.evidence.quote]);

describe("action items 0.5: owners", () => {
  it("gives the task to the asker who takes it back after a reluctant yes", () => {
    expect(
      actions([
        "Vera Lind: Omar, kan du skriva ett brev till hyresgästerna?",
        "Omar Berg: Det kan jag. Men det väger tyngre om det kommer från dig.",
        "Vera Lind: Okej, då skriver jag det själv. Det går ut på fredag.",
        "Omar Berg: Bra.",
      ]),
    ).toEqual([["Vera Lind", "2026-12-04", "Okej, då skriver jag det själv. Det går ut på fredag."]]);
  });

  it("does not read an interpreter's 'Omar asks…' as a task for Omar", () => {
    expect(
      actions([
        "Omar Berg: Vad kostar det?",
        "Vera Lind: Omar asks what it costs. We have no budget line for it.",
        "Sanna Ek: About ten thousand.",
      ]),
    ).toEqual([]);
  });
});

describe("action items 0.5: not tasks", () => {
  it("skips opening and closing the meeting, keeping and checking the minutes", () => {
    expect(
      actions([
        "Vera Lind: Då öppnar jag dagens möte. Sanna för protokollet. Och Omar, du justerar?",
        "Omar Berg: Ja, det går bra.",
        "Vera Lind: Då förklarar jag mötet avslutat.",
      ]),
    ).toEqual([]);
  });

  it("skips stand-up status, an offer that needs a helper, and watching someone else work", () => {
    expect(
      actions([
        "Sanna Ek: Idag fortsätter jag med inloggningssidan. Jag väntar fortfarande på svar från juristerna.",
        "Vera Lind: Vem gör driftsättningen?",
        "Omar Berg: Jag kan göra det om någon sitter bredvid.",
        "Vera Lind: Jag sitter med dig. Du kör, jag tittar.",
        "Omar Berg: Okej, då kör jag driftsättningen på torsdag.",
      ]),
    ).toEqual([["Omar Berg", "2026-12-03", "Okej, då kör jag driftsättningen på torsdag."]]);
  });

  it("reads 'det gör jag' to a request that only applies if something happens as no task", () => {
    expect(
      actions([
        "Vera Lind: Om leveransen uteblir på fredag vill jag bli uppringd. Då tar vi ett nytt beslut.",
        "Omar Berg: Det gör jag.",
      ]),
    ).toEqual([]);
  });

  it("keeps one task for an accepted offer and the offerer carrying it out", () => {
    expect(
      actions([
        "Sanna Ek: Ska jag fråga hyresvärden om ett yttrande?",
        "Vera Lind: Ja, gör det.",
        "Sanna Ek: Då skickar jag en fråga.",
      ]).map(([owner]) => owner),
    ).toEqual(["Sanna Ek"]);
  });

  it("reads adding a point to a document the speaker already writes as a sub-step", () => {
    expect(
      actions([
        "Omar Berg: Jag skriver ihop ett avtalsutkast som reglerar hyran. Ni får det nästa vecka.",
        "Vera Lind: Bra.",
        "Sanna Ek: Och städningen?",
        "Vera Lind: Den ingår i hyran.",
        "Sanna Ek: Okej.",
        "Omar Berg: Det skriver jag in i avtalsutkastet också.",
      ]).map(([owner, due]) => [owner, due]),
    ).toEqual([["Omar Berg", "2026-12-11"]]);
  });

  it("keeps a commitment behind a proviso ('if nothing else breaks')", () => {
    expect(
      actions(["Vera Lind: Omar, how long?", "Omar Berg: If nothing else breaks, I can have the backups automated by Friday."]),
    ).toEqual([["Omar Berg", "2026-12-04", "If nothing else breaks, I can have the backups automated by Friday."]]);
  });

  it("quotes an unowned task where the room agrees on it, a few turns on", () => {
    expect(
      actions([
        "Vera Lind: The supplier list is out of date. That has to be updated before the audit, or the wrong people get the letters.",
        "Omar Berg: Ja, det måste fixas. Fast jag har inte behörighet.",
        "Sanna Ek: I don't have access either.",
        "Vera Lind: Okay. It has to be done before the audit, we all agree on that.",
      ]).map(([owner, , quote]) => [owner, quote]),
    ).toEqual([[null, "Okay. It has to be done before the audit, we all agree on that."]]);
  });

  it("does not take a deadline from the chair's next agenda item", () => {
    expect(
      actions([
        "Omar Berg: Jag bokar lokalen.",
        "Vera Lind: Bra. Then the newsletter. Sanna, you wanted it out before Christmas?",
      ])[0],
    ).toEqual(["Omar Berg", null, "Jag bokar lokalen."]);
  });

  it("gives a unit's commission to its head who takes it with a deadline", () => {
    expect(
      actions([
        "Vera Lind: Jag fattar beslut om att kansliet får i uppdrag att ta fram en lokalutredning.",
        "Omar Berg: Vi tar fram den till vecka 3.",
        "Vera Lind: Vecka 3 får det bli.",
      ]),
    ).toEqual([["Omar Berg", "2027-01-22", "Vi tar fram den till vecka 3."]]);
  });

  it("reads 'Vill du att jag…?' as an offer, quoted where the offerer carries it out", () => {
    expect(
      actions(["Sanna Ek: Vill du att jag påminner dem?", "Omar Berg: Ja tack, gärna.", "Sanna Ek: Jag mejlar deras chef idag."]),
    ).toEqual([["Sanna Ek", "2026-12-01", "Jag mejlar deras chef idag."]]);
  });
});
