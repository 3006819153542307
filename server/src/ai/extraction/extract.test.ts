import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTranscript } from "../transcripts/index";
import { extractLocally, LOCAL_EXTRACTOR_SOURCE } from "./extract";

const load = (name: string) => parseTranscript(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const run = (text: string, meetingDate: string) => extractLocally(parseTranscript(text), { meetingDate });
const brief = (r: ReturnType<typeof extractLocally>) => ({
  decisions: r.decisions.map((d) => d.evidence.quote),
  actions: r.actionItems.map((a) => [a.owner, a.due, a.evidence.quote]),
});

describe("extractLocally on hand-written meetings", () => {
  it("Swedish steering group: decisions, a takeover after a decline, an unowned task, no recap duplicates", () => {
    const r = extractLocally(load("sv-styrgrupp.vtt"), { meetingDate: "2026-03-10" });
    expect(r.source).toBe(LOCAL_EXTRACTOR_SOURCE);
    expect(brief(r)).toEqual({
      decisions: ["Då är det beslutat: vi fryser nyanställningar till och med juni.", "Vi förlänger med ett år."],
      actions: [
        ["Lisa Ek", "2026-03-12", "Ja, jag skickar den till er senast torsdag."],
        ["Sanna Lind", "2026-03-13", "Det fixar jag. Jag ringer dem på fredag."],
        [null, null, "Bra. Riskanalysen behöver uppdateras innan styrgruppsmötet, det är vi överens om."],
        ["Lisa Ek", "2026-03-10", "Jag mejlar Erik idag."],
      ],
    });
  });

  it("English release meeting: parked items, a conditional offer and a reassigned task", () => {
    const r = extractLocally(load("en-release.srt"), { meetingDate: "2026-05-20" });
    expect(brief(r)).toEqual({
      decisions: ["Then it's decided: the release moves to June 3rd."],
      actions: [
        ["Tom Baker", "2026-05-22", "Tom, could you stabilise the QA environment by Friday?"],
        ["Nina Patel", "2026-05-29", "I'll update the release notes and send them to the customer by end of next week."],
        // A known duplicate since 0.7.0: the model now keeps the room's agreed need as well as Tom's
        // taking it five cues later (0.6.1 dropped the need). Joining the two by rule cost actions F1
        // out of fold (0.821 → 0.819), and narrowed to a bare "I'll take it" it dropped the real
        // unowned task of sv-styrgrupp above, so it is left as it is.
        [null, null, "The security review has to be done before launch. Everyone agrees?"],
        ["Tom Baker", "2026-05-29", "I'll handle it. Should be done by the 29th."],
      ],
    });
  });

  it("mixed-language stand-up with first-name labels", () => {
    const r = extractLocally(load("mixed-standup.txt"), { meetingDate: "2026-09-01" });
    expect(brief(r)).toEqual({
      decisions: ["Vi kör vidare med Jenkins i höst, det är bestämt.", "Då säger vi att demon hålls den 18 september."],
      actions: [
        ["Ali Haddad", "2026-09-01", "Yes, jag tittar på det i eftermiddag."],
        ["Maja Kask", "2026-09-18", "Maja, the customer demo, can you prepare it till vecka 38?"],
      ],
    });
  });

  it("quotes are exact substrings of the cited segment", () => {
    for (const [name, date] of [["sv-styrgrupp.vtt", "2026-03-10"], ["en-release.srt", "2026-05-20"], ["mixed-standup.txt", "2026-09-01"]] as const) {
      const t = load(name);
      const r = extractLocally(t, { meetingDate: date });
      for (const item of [...r.decisions, ...r.actionItems]) {
        const segment = t.segments[item.evidence.segment];
        expect(segment?.text).toContain(item.evidence.quote);
        expect(item.evidence.startMs).toBe(segment?.startMs);
        expect(item.confidence).toBeGreaterThan(0);
        expect(item.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it("is deterministic", () => {
    const a = JSON.stringify(extractLocally(load("sv-styrgrupp.vtt"), { meetingDate: "2026-03-10" }));
    const b = JSON.stringify(extractLocally(load("sv-styrgrupp.vtt"), { meetingDate: "2026-03-10" }));
    expect(a).toBe(b);
  });

  it("rejects a malformed meeting date", () => {
    expect(() => extractLocally(load("en-release.srt"), { meetingDate: "20/5" })).toThrow(RangeError);
  });
});

describe("extractLocally: single rules", () => {
  it("'jag tar det' belongs to the speaker; a request accepted with 'Ja.' belongs to the addressee", () => {
    const r = run("Anna Berg: Rapporten måste skickas in. Erik, kan du skicka in den?\nErik Lund: Ja.\nAnna Berg: Och budgeten?\nSara Holm: Jag tar det.\n", "2026-11-18");
    expect(r.actionItems.map((a) => a.owner)).toEqual(["Erik Lund", "Sara Holm"]);
  });

  it("never makes an absent person the owner", () => {
    const r = run("Anna Berg: Lotta, kan du skicka listan?\nErik Lund: Lotta är inte här idag.\n", "2026-11-18");
    expect(r.actionItems).toEqual([]);
  });

  it("ignores hypotheticals, proposals, deferrals and withdrawn proposals", () => {
    const r = run(
      "Anna Berg: Vi kanske borde byta leverantör.\nErik Lund: Jag föreslår att vi väntar.\nAnna Berg: Vi tar det nästa gång.\nSara Holm: We could move it. Okay, I withdraw that.\n",
      "2026-11-18",
    );
    expect(r.decisions).toEqual([]);
    expect(r.actionItems).toEqual([]);
  });

  it("does not count things already done or conditional offers", () => {
    const r = run("Anna Berg: Har vi mejlat dem?\nErik Lund: Jag har redan mejlat dem.\nSara Holm: Jag kan ringa också om det behövs.\nErik Lund: I sent it yesterday.\n", "2026-11-18");
    expect(r.actionItems).toEqual([]);
  });

  it("resolves a deadline given after a 'när?' question", () => {
    const r = run("Anna Berg: Vem skriver protokollet?\nErik Lund: Jag skriver protokollet.\nAnna Berg: När?\nErik Lund: Senast på fredag.\n", "2026-11-18");
    expect(r.actionItems.map((a) => [a.owner, a.due])).toEqual([["Erik Lund", "2026-11-20"]]);
  });

  it("takes 'alla överens?' answered with yes as a decision", () => {
    const r = run("Anna Berg: Vi flyttar mötet till tisdagar. Alla överens?\nErik Lund: Ja.\nSara Holm: Ja, absolut.\n", "2026-11-18");
    expect(r.decisions.map((d) => d.evidence.quote)).toEqual(["Vi flyttar mötet till tisdagar."]);
  });
});
