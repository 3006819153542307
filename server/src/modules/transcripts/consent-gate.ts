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

/** The parsed transcript with mapped speaker labels replaced by the participants' names. */
export function applySpeakerMap(parsed: ParsedTranscript, map: Record<string, string> | null | undefined): ParsedTranscript {
  if (!map || Object.keys(map).length === 0) return parsed;
  return { ...parsed, segments: parsed.segments.map((s) => (Object.hasOwn(map, s.speaker) ? { ...s, speaker: map[s.speaker]! } : s)) };
}

type Stored = Pick<Transcript, "text" | "format"> & { speakerMap?: Record<string, string> | null };

/** Stored text passed the size cap when it was attached; parse it as it was parsed then. */
export const parseStored = (transcript: Stored): ParsedTranscript =>
  applySpeakerMap(parseTranscript(transcript.text, { format: transcript.format, maxBytes: Number.MAX_SAFE_INTEGER }), transcript.speakerMap);

/** `parseStored` for request handlers: on the parser thread, off the API's event loop. */
export const parseStoredOffThread = async (transcript: Stored): Promise<ParsedTranscript> =>
  applySpeakerMap(await parseTranscriptOffThread(transcript.text, { format: transcript.format, maxBytes: Number.MAX_SAFE_INTEGER }), transcript.speakerMap);

/**
 * The participant a speaker label stands for, by the gate's rule (the same full name, ignoring
 * case and spacing, or a first name that exactly one participant has), or null.
 */
export function matchSpeaker<P extends { name: string }>(speaker: string, participants: readonly P[]): P | null {
  const fold = (s: string) => s.normalize("NFC").trim().replace(/\s+/gu, " ").toLocaleLowerCase("sv");
  const label = fold(speaker);
  const full = participants.find((p) => fold(p.name) === label);
  if (full) return full;
  if (label.includes(" ")) return null;
  const byFirst = participants.filter((p) => fold(p.name).split(" ")[0] === label);
  return byFirst.length === 1 ? byFirst[0]! : null;
}
