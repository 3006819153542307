import { z } from "zod";

/** What the model must return; evidence is a quote plus the index of the segment it comes from. */
export const modelOutputSchema = z.object({
  decisions: z.array(
    z.object({
      text: z.string().min(1),
      quote: z.string().min(1),
      segment: z.number().int().nonnegative(),
    }),
  ),
  actionItems: z.array(
    z.object({
      text: z.string().min(1),
      owner: z.string().nullable(),
      due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
      quote: z.string().min(1),
      segment: z.number().int().nonnegative(),
    }),
  ),
});
export type ModelOutput = z.infer<typeof modelOutputSchema>;

// Written out by hand: OpenAI's strict mode wants every property required and no extras.
const evidenceProps = {
  quote: { type: "string", description: "Exact substring of the segment's text." },
  segment: { type: "integer", description: "Index of the segment the quote comes from." },
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
        required: ["text", "quote", "segment"],
        properties: { text: { type: "string" }, ...evidenceProps },
      },
    },
    actionItems: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["text", "owner", "due", "quote", "segment"],
        properties: {
          text: { type: "string" },
          owner: { type: ["string", "null"], description: "A participant's full name, or null." },
          due: { type: ["string", "null"], description: "YYYY-MM-DD or null." },
          ...evidenceProps,
        },
      },
    },
  },
} as const;

export const SYSTEM_PROMPT = [
  "You extract decisions and action items from a meeting transcript (Swedish, English or mixed).",
  "Decisions: what the group settled or the chair ruled without objection. Not proposals, opinions,",
  "hypotheticals, deferrals, withdrawn proposals, routine or law, or decisions of another body.",
  "Action items: concrete tasks someone committed to or accepted. owner is the participant's full name",
  "(resolve 'jag'/'I' to the speaker and first names to full names; the person who finally accepts a",
  "reassigned task). owner is null only for a task the group agreed must be done that nobody took.",
  "People who are not participants are never owners. Conditional offers and declined requests are not items.",
  "due: resolve against meetingDate (weekday = next such day after the meeting, 'nästa vecka' = Friday of",
  "next ISO week, 'vecka N' = Friday of that ISO week, 'innan jul' = Dec 23, vague times = null).",
  "quote: copy exact words from ONE segment's text; segment: that segment's index. Label recaps once.",
  "Write text in the meeting's main language.",
].join(" ");
