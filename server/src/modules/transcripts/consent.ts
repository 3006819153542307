import { ConsentStatus } from "../meetings/participant.entity";

/** Counts only: what the consent gate decided and why, safe to log, audit and return. */
export interface ConsentSummary {
  ok: boolean;
  participants: number;
  granted: number;
  pending: number;
  declined: number;
  /** Distinct speakers of the transcript that were checked (0 when no transcript was checked). */
  speakers: number;
  /** Speakers that map to no participant who has GRANTED consent. */
  unmatchedSpeakers: number;
}

/** A participant as the gate sees it: the consent and the stakeholder's full name (never logged). */
export interface GateParticipant {
  consent: ConsentStatus;
  name: string;
}

const fold = (s: string) => s.normalize("NFC").trim().replace(/\s+/gu, " ").toLocaleLowerCase("sv");
const firstName = (folded: string) => folded.split(" ")[0] ?? folded;

/**
 * How many speakers map to no GRANTED participant. A speaker matches a participant whose full
 * name is the same (case-insensitive); a one-word label (a first name) matches when exactly one
 * GRANTED participant has that first name. Everyone else spoke without consent on record.
 */
export function countUnmatchedSpeakers(speakers: readonly string[], grantedNames: readonly string[]): number {
  const full = new Set(grantedNames.map(fold));
  const firsts = new Map<string, number>();
  for (const name of full) firsts.set(firstName(name), (firsts.get(firstName(name)) ?? 0) + 1);
  let unmatched = 0;
  for (const speaker of new Set(speakers.map(fold))) {
    if (full.has(speaker)) continue;
    if (!speaker.includes(" ") && firsts.get(speaker) === 1) continue;
    unmatched++;
  }
  return unmatched;
}

/**
 * The consent gate: a transcript may be stored and processed only when the meeting has
 * participants, every one of them has GRANTED consent, and (when the transcript is known) every
 * speaker in it is one of those participants. No participants means nobody consented; a speaker
 * who is not a participant — someone removed after declining, say — never consented either.
 */
export function summarizeConsent(consents: readonly ConsentStatus[], speakerCheck: { speakers: number; unmatched: number } = { speakers: 0, unmatched: 0 }): ConsentSummary {
  const count = (status: ConsentStatus) => consents.filter((c) => c === status).length;
  const summary = {
    participants: consents.length,
    granted: count(ConsentStatus.GRANTED),
    pending: count(ConsentStatus.PENDING),
    declined: count(ConsentStatus.DECLINED),
    speakers: speakerCheck.speakers,
    unmatchedSpeakers: speakerCheck.unmatched,
  };
  return { ok: summary.participants > 0 && summary.granted === summary.participants && summary.unmatchedSpeakers === 0, ...summary };
}

/** The whole gate over participants and, when given, the transcript's speakers. */
export function checkConsent(participants: readonly GateParticipant[], speakers?: readonly string[]): ConsentSummary {
  const granted = participants.filter((p) => p.consent === ConsentStatus.GRANTED).map((p) => p.name);
  const speakerCheck = speakers ? { speakers: new Set(speakers.map(fold)).size, unmatched: countUnmatchedSpeakers(speakers, granted) } : undefined;
  return summarizeConsent(
    participants.map((p) => p.consent),
    speakerCheck,
  );
}

function swedishParts(summary: ConsentSummary): string {
  return [
    summary.declined ? `${summary.declined} har avböjt` : null,
    summary.pending ? `${summary.pending} har inte svarat` : null,
    summary.unmatchedSpeakers ? `${summary.unmatchedSpeakers} talare i transkriptet saknar samtycke` : null,
  ]
    .filter(Boolean)
    .join(", ");
}

/** Swedish first (shown to people), English after (for integrators reading logs of their own). */
export function consentRefusalMessage(summary: ConsentSummary): string {
  if (summary.participants === 0) {
    return (
      "Transkriberingen togs inte emot: mötet har inga registrerade deltagare, så ingen har samtyckt till inspelning och AI-behandling. Ingen text har sparats. " +
      "/ Transcript refused: the meeting has no participants, so nobody has consented to recording and AI processing. No text was stored."
    );
  }
  const speakersHint = summary.unmatchedSpeakers
    ? " Alla som talar i transkriptet måste vara deltagare i mötet och ha samtyckt."
    : "";
  return (
    `Transkriberingen togs inte emot: alla deltagare måste samtycka till inspelning och AI-behandling (${swedishParts(summary)}).${speakersHint} Ingen text har sparats. ` +
    `/ Transcript refused: every participant and every speaker must consent to recording and AI processing (declined: ${summary.declined}, pending: ${summary.pending}, speakers without consent: ${summary.unmatchedSpeakers}). No text was stored.`
  );
}

/** Why a queued run stopped at the consent gate: Swedish, counts only (fits ExtractionRun.failureReason). */
export function consentRunFailureReason(summary: ConsentSummary): string {
  const why = summary.participants === 0 ? "mötet har inga registrerade deltagare" : swedishParts(summary);
  return `Analysen stoppades innan något skickades: alla deltagare och alla som talar i transkriptet måste ha samtyckt till inspelning och AI-behandling (${why}). Registrera samtycket och kör analysen igen.`;
}
