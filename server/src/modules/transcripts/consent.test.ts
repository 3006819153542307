import { describe, expect, it } from "vitest";
import { ConsentStatus } from "../meetings/participant.entity";
import { checkConsent, consentRefusalMessage, consentRunFailureReason, countUnmatchedSpeakers, summarizeConsent } from "./consent";

const { GRANTED, PENDING, DECLINED } = ConsentStatus;

describe("consent gate", () => {
  it("passes only when there are participants and every one has GRANTED", () => {
    expect(summarizeConsent([GRANTED, GRANTED]).ok).toBe(true);
    expect(summarizeConsent([GRANTED, PENDING]).ok).toBe(false);
    expect(summarizeConsent([DECLINED, GRANTED]).ok).toBe(false);
    expect(summarizeConsent([]).ok).toBe(false);
  });

  it("counts what blocked it, for the error, the audit and the log", () => {
    expect(summarizeConsent([GRANTED, PENDING, DECLINED, PENDING])).toEqual({ ok: false, participants: 4, granted: 1, pending: 2, declined: 1, speakers: 0, unmatchedSpeakers: 0 });
  });

  it("explains the refusal in Swedish first, then English, without names", () => {
    const message = consentRefusalMessage(summarizeConsent([DECLINED, PENDING]));
    expect(message).toMatch(/^Transkriberingen togs inte emot: .*1 har avböjt, 1 har inte svarat.*Ingen text har sparats\. \/ Transcript refused/);
    expect(consentRefusalMessage(summarizeConsent([]))).toMatch(/inga registrerade deltagare/);
  });

  it("requires every speaker to be a GRANTED participant: full names case-insensitively, a first name when it is unambiguous", () => {
    const granted = ["Stina Stakeholder", "Erik Berg", "Anna Lind", "Anna Holm"];
    expect(countUnmatchedSpeakers(["stina  stakeholder", "ERIK BERG"], granted)).toBe(0);
    expect(countUnmatchedSpeakers(["Erik"], granted)).toBe(0);
    expect(countUnmatchedSpeakers(["Anna"], granted)).toBe(1);
    expect(countUnmatchedSpeakers(["Olle Objektor", "Olle Objektor", "Stina Stakeholder", "Talare 1"], granted)).toBe(2);
    expect(countUnmatchedSpeakers(["Erik Lind"], granted)).toBe(1);
  });

  it("counts only GRANTED participants as speakers' consent and refuses with a count, never a name", () => {
    const people = [
      { consent: GRANTED, name: "Stina Stakeholder" },
      { consent: GRANTED, name: "Gustav Granted" },
    ];
    expect(checkConsent(people, ["Stina Stakeholder", "Gustav"]).ok).toBe(true);
    expect(checkConsent(people).ok).toBe(true);
    const refused = checkConsent(people, ["Stina Stakeholder", "Olle Objektor", "Vera Okänd"]);
    expect(refused).toMatchObject({ ok: false, participants: 2, granted: 2, speakers: 3, unmatchedSpeakers: 2 });
    const message = consentRefusalMessage(refused);
    expect(message).toContain("2 talare i transkriptet saknar samtycke");
    expect(message).not.toMatch(/Olle|Vera/);
    expect(consentRunFailureReason(refused)).toContain("2 talare i transkriptet saknar samtycke");
    expect(consentRunFailureReason(refused).length).toBeLessThanOrEqual(500);
  });
});
