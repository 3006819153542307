import { describe, expect, it } from "vitest";
import { parseTranscript } from "../transcripts/index";
import { extractLocally } from "./extract";

// Meetings written for these tests (0.4.0 rules: one matter, one decision; who may rule).
const run = (lines: string[]) => extractLocally(parseTranscript(`${lines.join("\n")}\n`), { meetingDate: "2026-12-01" });
const decisions = (lines: string[]) => run(lines).decisions.map((d) => d.evidence.quote);

describe("decisions: a marker-only confirmation and what it confirms", () => {
  it("reads the statement after the chair's 'Då är det bestämt.' / 'Okay, agreed.'", () => {
    expect(
      decisions([
        "Vera Lind: Julfesten då. Fredag eller lördag?",
        "Omar Berg: Fredag, då kan fler.",
        "Vera Lind: Okej. Då är det bestämt. Vi håller julfesten på fredagen i matsalen.",
      ]),
    ).toEqual(["Då är det bestämt. Vi håller julfesten på fredagen i matsalen."]);
    expect(
      decisions([
        "Vera Lind: Can we stop printing the monthly newsletter?",
        "Omar Berg: Nobody reads the paper copy anyway.",
        "Vera Lind: Okay, agreed. We stop printing the newsletter from January.",
      ]),
    ).toEqual(["Okay, agreed. We stop printing the newsletter from January."]);
  });

  it("does not read a participant's 'Agreed.' as announcing what follows, nor 'Då kör vi.' as a ruling", () => {
    expect(
      decisions([
        "Vera Lind: Då kör vi. Två punkter idag: lokalerna och budgeten.",
        "Omar Berg: The old printer has to go.",
        "Sanna Ek: Agreed. And the new one needs a service contract this time.",
      ]),
    ).toEqual([]);
  });

  it("looks past the chair's own round of objections to the statement it settles", () => {
    expect(
      decisions([
        "Omar Berg: Ska receptionen ha öppet i mellandagarna?",
        "Vera Lind: Vi landar i att receptionen håller stängt mellan jul och nyår. Invändningar? Nej. Då är det bestämt.",
        "Omar Berg: Jag sätter upp en lapp.",
      ]),
    ).toEqual(["Vi landar i att receptionen håller stängt mellan jul och nyår. Invändningar? Nej. Då är det bestämt."]);
  });

  it("keeps one decision when 'Det är mitt beslut.' follows a ruling made earlier in the same turn", () => {
    expect(
      decisions([
        "Omar Berg: Bilderna från olyckan är väldigt starka.",
        "Sanna Ek: Jag är ansvarig utgivare. Så här gör vi: vi visar bara översiktsbilderna.",
        "Sanna Ek: Inte på webben heller. Det är mitt beslut.",
      ]),
    ).toEqual(["Så här gör vi: vi visar bara översiktsbilderna."]);
  });
});

describe("decisions: one matter, one decision", () => {
  it("treats a 'men … inte förrän' in the same turn as a condition on the ruling just made", () => {
    expect(
      decisions([
        "Omar Berg: Han har inte svarat på våra mejl.",
        "Sanna Ek: Det är mitt beslut. Han är ordförande i styrelsen och det gäller föreningens pengar, så vi namnger honom.",
        "Sanna Ek: Men vi publicerar inte förrän han har fått chans att svara.",
      ]),
    ).toEqual(["Han är ordförande i styrelsen och det gäller föreningens pengar, så vi namnger honom."]);
  });

  it("keeps the fuller restatement of a short ruling by the same chair", () => {
    expect(
      decisions([
        "Vera Lind: Weekly or biweekly deployments?",
        "Omar Berg: Biweekly is plenty.",
        "Vera Lind: Then let's go with biweekly. Anyone against?",
        "Omar Berg: No.",
        "Vera Lind: Good, so that's decided: biweekly deployments from January, on Tuesdays.",
      ]),
    ).toEqual(["Good, so that's decided: biweekly deployments from January, on Tuesdays."]);
  });
});

describe("decisions: what the meeting does not settle", () => {
  it("ignores another body's call and a position to be taken later", () => {
    expect(
      decisions([
        "Vera Lind: The board decided last month that no new tools are bought this year.",
        "Vera Lind: So it's not really our call right now.",
        "Sanna Ek: Jag är ansvarig utgivare. En källa vill vara anonym.",
        "Sanna Ek: Vi tar ställning till det när jag har läst intervjun.",
        "Omar Berg: Jag vill att vi landar i vilka bilder vi använder.",
      ]),
    ).toEqual([]);
  });

  it("reads a declared mandate holder's plain 'vi publicerar …' as a ruling when nobody objects", () => {
    expect(
      decisions([
        "Vera Lind: Rättelsen. Sanna?",
        "Sanna Ek: Jag är ansvarig utgivare. Siffran i gårdagens inslag var fel. Vi publicerar en rättelse i kvällens sändning.",
        "Omar Berg: Texten är redan skriven.",
      ]),
    ).toEqual(["Vi publicerar en rättelse i kvällens sändning."]);
  });
});
