import { describe, expect, it } from "vitest";
import { parseTranscript } from "../transcripts/index";
import { extractLocally } from "./extract";

// Meetings written for these tests (0.5.0 rules: rulings in so many words, and what only looks settled).
const run = (lines: string[]) => extractLocally(parseTranscript(`${lines.join("\n")}\n`), { meetingDate: "2026-12-01" });
const decisions = (lines: string[]) => run(lines).decisions.map((d) => d.evidence.quote);

describe("decisions 0.5: settled", () => {
  it("reads 'jag fattar beslut om', 'så blir det:' and 'let's do that'", () => {
    expect(decisions(["Vera Lind: Jag fattar beslut om att kansliet utreder hyran.", "Omar Berg: Inga invändningar."])).toEqual([
      "Jag fattar beslut om att kansliet utreder hyran.",
    ]);
    expect(decisions(["Vera Lind: Ok, så blir det: lansering på torsdag, utan exporten.", "Omar Berg: Bra."])).toEqual([
      "Ok, så blir det: lansering på torsdag, utan exporten.",
    ]);
    expect(decisions(["Omar Berg: What about a second reviewer instead?", "Vera Lind: Fine, let's do that."])).toEqual(["Fine, let's do that."]);
  });

  it("reads a conclusion put to a named person, and the chair's later 'Då säger vi så.'", () => {
    expect(decisions(["Vera Lind: Okay, so the kick-off is in Umeå, in March. Omar?", "Omar Berg: Yes, fine."])).toEqual([
      "Okay, so the kick-off is in Umeå, in March.",
    ]);
    expect(
      decisions([
        "Vera Lind: Sista punkten, utvärderingen.",
        "Sanna Ek: Jag vill ha en utvärdering.",
        "Vera Lind: Okej, jag hör er. En kort utvärdering då, en timme, på fredag.",
        "Omar Berg: Bra.",
        "Sanna Ek: Funkar för mig.",
        "Vera Lind: Då säger vi så.",
      ]),
    ).toEqual(["En kort utvärdering då, en timme, på fredag."]);
  });

  it("reads 'we publish…' after 'I can live with that' as settled", () => {
    expect(
      decisions([
        "Vera Lind: So, a short note on the website, nothing technical.",
        "Omar Berg: That I can live with.",
        "Vera Lind: Okay, so we publish a short note on the website, not a full report.",
      ]),
    ).toEqual(["Okay, so we publish a short note on the website, not a full report."]);
  });
});

describe("decisions 0.5: not settled here", () => {
  it("skips the agenda, parked questions, conditions and matters left to a later item", () => {
    expect(
      decisions([
        "Vera Lind: Då går vi direkt på första punkten, budgeten.",
        "Vera Lind: Då tar vi inte ställning till det idag.",
        "Omar Berg: Vi kan acceptera datumet. Om vi är överens om resten.",
        "Vera Lind: Då tar vi det i hyresfrågan.",
        "Vera Lind: Det där löser vi inte idag. Vi tar fönstren i slutregleringen.",
        "Vera Lind: Om leveransen uteblir så vill jag veta det. Då gör vi en ny bedömning.",
        "Omar Berg: Okej.",
      ]),
    ).toEqual([]);
  });

  it("reads an agreed 'X måste vara beställd' as a task, not a decision", () => {
    const r = run(["Vera Lind: Granskningen måste vara beställd innan jul, det är vi överens om.", "Omar Berg: Absolut."]);
    expect(r.decisions).toEqual([]);
    expect(r.actionItems.map((a) => [a.owner, a.due])).toEqual([[null, "2026-12-23"]]);
  });
});
