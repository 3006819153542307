import { describe, expect, it } from "vitest";
import { ConsentStatus } from "../meetings/participant.entity";
import { consentRefusalMessage, summarizeConsent } from "./consent";

const { GRANTED, PENDING, DECLINED } = ConsentStatus;

describe("consent gate", () => {
  it("passes only when there are participants and every one has GRANTED", () => {
    expect(summarizeConsent([GRANTED, GRANTED]).ok).toBe(true);
    expect(summarizeConsent([GRANTED, PENDING]).ok).toBe(false);
    expect(summarizeConsent([DECLINED, GRANTED]).ok).toBe(false);
    expect(summarizeConsent([]).ok).toBe(false);
  });

  it("counts what blocked it, for the error, the audit and the log", () => {
    expect(summarizeConsent([GRANTED, PENDING, DECLINED, PENDING])).toEqual({ ok: false, participants: 4, granted: 1, pending: 2, declined: 1 });
  });

  it("explains the refusal in Swedish first, then English, without names", () => {
    const message = consentRefusalMessage(summarizeConsent([DECLINED, PENDING]));
    expect(message).toMatch(/^Transkriberingen togs inte emot: .*1 har avböjt, 1 har inte svarat.*Ingen text har sparats\. \/ Transcript refused/);
    expect(consentRefusalMessage(summarizeConsent([]))).toMatch(/inga registrerade deltagare/);
  });
});
