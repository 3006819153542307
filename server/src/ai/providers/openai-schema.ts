import { z } from "zod";
import type { TranscriptSegment } from "../transcripts/types";
import { LABELLING_RULES } from "./labelling-rules";

/**
 * What the model must return; evidence is a quote plus the number of the cue it comes from.
 * Deliberately lenient on `owner`, `due` and `confidence`: those are checked item by item after
 * parsing (a participant, an ISO date, 0…1), so one odd date does not throw away a whole answer.
 */
const confidence = z.number().finite().nullable().optional();
export const modelOutputSchema = z.object({
  decisions: z.array(
    z.object({
      text: z.string().min(1),
      quote: z.string().min(1),
      segment: z.number().int().nonnegative(),
      confidence,
    }),
  ),
  actionItems: z.array(
    z.object({
      text: z.string().min(1),
      owner: z.string().nullable(),
      due: z.string().nullable(),
      quote: z.string().min(1),
      segment: z.number().int().nonnegative(),
      confidence,
    }),
  ),
});
export type ModelOutput = z.infer<typeof modelOutputSchema>;

// Written out by hand: OpenAI's strict mode wants every property required and no extras.
const evidenceProps = {
  quote: { type: "string", description: "Exact words copied from the text of ONE cue." },
  segment: { type: "integer", description: "The number (index) of the cue the quote comes from." },
  confidence: { type: ["number", "null"], description: "How sure you are that this item is right, 0 to 1." },
};
export const RESPONSE_JSON_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["decisions", "actionItems"],
  properties: {
    decisions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["text", "quote", "segment", "confidence"],
        properties: { text: { type: "string", description: "A normalised statement of what was settled." }, ...evidenceProps },
      },
    },
    actionItems: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["text", "owner", "due", "quote", "segment", "confidence"],
        properties: {
          text: { type: "string", description: "A short task title as a person would write it in the minutes." },
          owner: { type: ["string", "null"], description: "A participant's full name, or null." },
          due: { type: ["string", "null"], description: "YYYY-MM-DD or null." },
          ...evidenceProps,
        },
      },
    },
  },
} as const;

/** The response_format values we send: structured outputs where the server has them, else JSON mode. */
export type ResponseFormatKind = "json_schema" | "json_object";
export function responseFormat(kind: ResponseFormatKind) {
  return kind === "json_schema"
    ? { type: "json_schema", json_schema: { name: "meeting_extraction", strict: true, schema: RESPONSE_JSON_SCHEMA } }
    : { type: "json_object" };
}

/**
 * The system message: the task, the answer's shape (spelled out, since JSON mode has no schema),
 * the gold schema's guidance on text and evidence, and the corpus labelling rules verbatim.
 */
export const SYSTEM_PROMPT = [
  "You extract decisions and action items from a meeting transcript (Swedish, English or mixed), labelling exactly as",
  "the labelling rules below say. The user message is JSON: meetingDate (YYYY-MM-DD, Europe/Stockholm) with its",
  "weekday and ISO week, the participants' full names, and numbered cues (segments: index, speaker, text). Long",
  "meetings come in parts; the first cues of a part repeat the end of the previous part so that an exchange split",
  "between parts is seen whole: label what you find there as usual (duplicates are merged).",
  "",
  "Answer with one JSON object and nothing else:",
  '{"decisions":[{"text":string,"quote":string,"segment":integer,"confidence":number}],',
  ' "actionItems":[{"text":string,"owner":string|null,"due":"YYYY-MM-DD"|null,"quote":string,"segment":integer,"confidence":number}]}',
  "",
  "* quote: the sentence that carries the decision or commitment, copied character for character from the text of ONE",
  "  cue (never across cues, never paraphrased); segment: that cue's index. For an assigned task the quote may be the",
  '  request ("Per, kan du dubbelkolla summorna?"). An item repeated in a closing recap is labelled once.',
  "* text: for an action item, a short task title in the meeting's main language, as a person would write it in the",
  '  minutes ("Ringa Lena Sjöberg om pilotstarten", "Write the rollback plan"), at most about twelve words; for a',
  "  decision, a normalised statement of what was settled.",
  "* owner: one of the participants' full names exactly as listed, or null; due: resolved as the due-date table says.",
  "* confidence: your probability that the item is right.",
  "* No items: empty arrays.",
  "",
  "# Labelling rules",
  "",
  LABELLING_RULES,
].join("\n");

/** One part of a meeting as the model sees it. */
export interface PromptPart {
  number: number;
  of: number;
  /** Cues at the start of this part that were also the end of the previous part. */
  repeatedFromPreviousPart: number;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** ISO 8601 week number of a YYYY-MM-DD date. */
function isoWeek(date: Date): number {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** The user message: the meeting's date, its participants and the numbered cues of one part. */
export function userPrompt(meetingDate: string, participants: readonly string[], segments: readonly TranscriptSegment[], part: PromptPart): string {
  const date = new Date(`${meetingDate}T12:00:00Z`);
  const valid = !Number.isNaN(date.getTime());
  return JSON.stringify({
    meetingDate,
    ...(valid ? { meetingWeekday: WEEKDAYS[date.getUTCDay()], meetingIsoWeek: isoWeek(date) } : {}),
    timeZone: "Europe/Stockholm",
    participants,
    ...(part.of > 1 ? { part } : {}),
    segments: segments.map((s) => ({ index: s.index, speaker: s.speaker, text: s.text })),
  });
}

/** What one cue costs in the prompt, in characters: the budget a part is cut to. */
export function cueCost(segment: TranscriptSegment): number {
  return JSON.stringify({ index: segment.index, speaker: segment.speaker, text: segment.text }).length + 1;
}
