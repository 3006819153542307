import type { Transcript } from "../transcripts/types";
import { extractActionItems } from "./actions";
import { parseIsoDate } from "./calendar";
import { extractDecisions } from "./decisions";
import { buildDialogue, People } from "./dialogue";
import { findEventDates } from "./due-dates";
import type { ExtractionResult, ExtractOptions } from "./types";

/** Bump on any rule change: stored items record which rules produced them. */
export const LOCAL_EXTRACTOR_VERSION = "0.5.0";
export const LOCAL_EXTRACTOR_SOURCE = `local-heuristic@${LOCAL_EXTRACTOR_VERSION}`;

/**
 * Deterministic, offline extraction of decisions and action items from a parsed transcript.
 * Same transcript and meeting date → same result, byte for byte.
 */
export function extractLocally(transcript: Transcript, options: ExtractOptions): ExtractionResult {
  if (!parseIsoDate(options.meetingDate)) throw new RangeError(`meetingDate must be YYYY-MM-DD, got "${options.meetingDate}"`);
  const dialogue = buildDialogue(transcript);
  const people = new People(transcript.participants);
  const events = findEventDates(
    dialogue.utterances.flatMap((u) => u.sentences.map((s) => s.text)),
    options.meetingDate,
  );
  return {
    source: LOCAL_EXTRACTOR_SOURCE,
    participants: [...transcript.participants],
    decisions: extractDecisions(dialogue, people, options.meetingDate),
    actionItems: extractActionItems(dialogue, people, { dialogue, meetingDate: options.meetingDate, events }),
  };
}
