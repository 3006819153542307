import { describe, expect, it } from "vitest";
import { parseTranscript } from "../transcripts/index";
import { extractLocally } from "./extract";

// Meetings written for these tests (0.4.0 rules: what is not a task); 2026-12-01 is a Tuesday.
const run = (lines: string[]) => extractLocally(parseTranscript(`${lines.join("\n")}\n`), { meetingDate: "2026-12-01" });
const actions = (lines: string[]) => run(lines).actionItems.map((a) => [a.owner, a.due, a.evidence.quote]);

describe("action items: declines, conditions, apologies and progress reports", () => {
  it("finds no task in them", () => {
    expect(
      actions([
        "Vera Lind: Okej, kan du ta skyltningen, Omar?",
        "Omar Berg: Nej, jag har inte tid i december.",
        "Sanna Ek: Inte jag heller, tyvärr. Jag sitter med bokslutet.",
        "Vera Lind: Förseningen i förra veckan var inte bra, och jag beklagar.",
        "Sanna Ek: Jag kan göra en affisch. Om ingen annan hinner, alltså.",
        "Omar Berg: Jag har rapporten klar till hälften.",
      ]),
    ).toEqual([]);
  });

  it("reads neither a check of the call nor a question about someone else's timing as a request", () => {
    expect(
      actions([
        "Vera Lind: Okay, let's start. Omar, can you hear us?",
        "Omar Berg: Yes, loud and clear.",
        "Vera Lind: När får vi besked från länsstyrelsen?",
        "Omar Berg: De sa nästa vecka. Så vi kan inte göra något idag.",
      ]),
    ).toEqual([]);
  });

  it("does not read the object after an inverted 'behöver jag' as the speaker's task", () => {
    expect(
      actions([
        "Sanna Ek: Omar, till reportaget behöver jag kartor. Kan du rita två kartor över området?",
        "Omar Berg: Ja.",
      ]).map(([owner]) => owner),
    ).toEqual(["Omar Berg"]);
  });
});

describe("action items: needs, timing questions and agreed unowned tasks", () => {
  it("counts 'I need to …' only when the room takes it up", () => {
    const needs = (reply: string) =>
      actions(["Omar Berg: I need to rerun the load tests after the fix.", reply, "Vera Lind: Next item."]).map(([owner, due]) => [owner, due]);
    expect(needs("Vera Lind: When can you run them? Friday?")).toEqual([["Omar Berg", "2026-12-04"]]);
    expect(needs("Vera Lind: Sounds good, do that.")).toEqual([["Omar Berg", null]]);
    expect(needs("Sanna Ek: I can't sign anything until the report is out.")).toEqual([]);
  });

  it("dates a task taken earlier from the answer to 'Hinner du … i tid?', keeping its quote", () => {
    expect(
      actions([
        "Vera Lind: Vem söker bygglovet?",
        "Omar Berg: Jag kan ta det. Jag har ändå kontakt med kommunen.",
        "Vera Lind: Tack. Hinner du få in ansökan i tid?",
        "Omar Berg: Ja, jag lovar att ansökan är inne till den 10 december.",
      ]),
    ).toEqual([["Omar Berg", "2026-12-10", "Jag kan ta det. Jag har ändå kontakt med kommunen."]]);
  });

  it("quotes the group's agreement to an unowned task, not the proposal before it", () => {
    expect(
      actions([
        "Sanna Ek: Och broschyren beskriver fortfarande det gamla systemet. Den måste göras om.",
        "Vera Lind: Ja, absolut. Den måste uppdateras, det är vi överens om.",
        "Omar Berg: Jag hinner inte.",
        "Vera Lind: Vi får hitta någon.",
      ]),
    ).toEqual([[null, null, "Ja, absolut. Den måste uppdateras, det är vi överens om."]]);
  });
});
