import type { EntityManager } from "@mikro-orm/postgresql";
import { parseTranscript, parseTranscriptOffThread, type Transcript as ParsedTranscript } from "../../ai/index";
import { Participant } from "../meetings/participant.entity";
import { checkConsent, type ConsentSummary, type GateParticipant } from "./consent";
import type { Transcript } from "./transcript.entity";

/** The meeting's participants as the gate sees them, read afresh (never from a stale identity map). */
export async function gateParticipants(em: EntityManager, meetingId: string): Promise<GateParticipant[]> {
  const rows = await em.find(Participant, { meeting: meetingId }, { populate: ["stakeholder"], refresh: true });
  return rows.map((p) => ({ consent: p.consent, name: p.stakeholder.name }));
}

/** The gate over the meeting's current participants and, when given, the transcript's speakers. */
export async function consentNow(em: EntityManager, meetingId: string, speakers?: readonly string[]): Promise<ConsentSummary> {
  return checkConsent(await gateParticipants(em, meetingId), speakers);
}

/** Distinct speaker names (the parser has already expanded first names it could resolve). */
export const speakersOf = (parsed: ParsedTranscript): string[] => [...new Set(parsed.segments.map((s) => s.speaker))];

/** Stored text passed the size cap when it was attached; parse it as it was parsed then. */
export const parseStored = (transcript: Pick<Transcript, "text" | "format">): ParsedTranscript =>
  parseTranscript(transcript.text, { format: transcript.format, maxBytes: Number.MAX_SAFE_INTEGER });

/** `parseStored` for request handlers: on the parser thread, off the API's event loop. */
export const parseStoredOffThread = (transcript: Pick<Transcript, "text" | "format">): Promise<ParsedTranscript> =>
  parseTranscriptOffThread(transcript.text, { format: transcript.format, maxBytes: Number.MAX_SAFE_INTEGER });
