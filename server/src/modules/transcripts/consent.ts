import { ConsentStatus } from "../meetings/participant.entity";

/** Counts only: what the consent gate decided and why, safe to log, audit and return. */
export interface ConsentSummary {
  ok: boolean;
  participants: number;
  granted: number;
  pending: number;
  declined: number;
}

/**
 * The consent gate: a transcript may be stored and processed only when the meeting has
 * participants and every one of them has GRANTED consent. No participants means nobody consented.
 */
export function summarizeConsent(consents: readonly ConsentStatus[]): ConsentSummary {
  const count = (status: ConsentStatus) => consents.filter((c) => c === status).length;
  const summary = {
    participants: consents.length,
    granted: count(ConsentStatus.GRANTED),
    pending: count(ConsentStatus.PENDING),
    declined: count(ConsentStatus.DECLINED),
  };
  return { ok: summary.participants > 0 && summary.granted === summary.participants, ...summary };
}

/** Swedish first (shown to people), English after (for integrators reading logs of their own). */
export function consentRefusalMessage(summary: ConsentSummary): string {
  if (summary.participants === 0) {
    return (
      "Transkriberingen togs inte emot: mötet har inga registrerade deltagare, så ingen har samtyckt till inspelning och AI-behandling. Ingen text har sparats. " +
      "/ Transcript refused: the meeting has no participants, so nobody has consented to recording and AI processing. No text was stored."
    );
  }
  const parts = [
    summary.declined ? `${summary.declined} har avböjt` : null,
    summary.pending ? `${summary.pending} har inte svarat` : null,
  ].filter(Boolean);
  return (
    `Transkriberingen togs inte emot: alla deltagare måste samtycka till inspelning och AI-behandling (${parts.join(", ")}). Ingen text har sparats. ` +
    `/ Transcript refused: every participant must consent to recording and AI processing (declined: ${summary.declined}, pending: ${summary.pending}). No text was stored.`
  );
}
