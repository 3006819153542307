import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { z } from "zod";
import { TranscriptError, TranscriptErrorCode } from "../../ai/index";
import { globalIdOf, optionalText, text } from "../../platform/validation";
import { Participant } from "../meetings/participant.entity";
import { ExtractionRun } from "./extraction-run.entity";
import { Transcript, TranscriptFormat } from "./transcript.entity";

@InputType({ description: "A speaker label of the file that stands for one of the meeting's participants." })
export class SpeakerMappingInput {
  @Field(() => String, { description: "The label exactly as in the file (\"Talare 1\", \"Anna\")." }) speaker!: string;
  @Field(() => ID, { description: "The participant of this meeting who spoke under that label." }) participantId!: string;
}

@InputType({ description: "A transcript file's text to attach to a meeting." })
export class AttachTranscriptInput {
  @Field(() => [SpeakerMappingInput], {
    nullable: true,
    description: "Speaker labels mapped to participants (see transcriptSpeakers); the consent gate and the extraction then see the participants' names.",
  })
  speakerMap?: SpeakerMappingInput[];
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
  @Field(() => String, { description: "The file's text (WebVTT, SRT or plain text), at most TRANSCRIPT_MAX_BYTES bytes of UTF-8." }) content!: string;
  @Field(() => String, { nullable: true, description: "The file's name, for people." }) filename?: string;
  @Field(() => TranscriptFormat, { nullable: true, description: "The format; detected when omitted." }) format?: TranscriptFormat;
}

const BINARY = new TranscriptError(TranscriptErrorCode.BINARY);

export const speakerMapSchema = z
  .array(z.object({ speaker: z.string().trim().min(1).max(200), participantId: globalIdOf("Participant") }))
  .max(100, "at most 100 speakers")
  .refine((list) => new Set(list.map((m) => m.speaker)).size === list.length, "each speaker at most once");

@InputType({ description: "A transcript file to look at before attaching it: which speakers it has." })
export class TranscriptSpeakersInput {
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
  @Field(() => String, { description: "The file's text, as for attachTranscript." }) content!: string;
  @Field(() => TranscriptFormat, { nullable: true, description: "The format; detected when omitted." }) format?: TranscriptFormat;
}
export const transcriptSpeakersSchema = (maxBytes: number) => attachTranscriptSchema(maxBytes).pick({ meetingId: true, content: true, format: true });

@ObjectType({ description: "A speaker found in a transcript file, and the participant they match, if any. Nothing is stored." })
export class TranscriptSpeaker {
  @Field(() => String, { description: "The label as in the file." }) name!: string;
  @Field(() => Int, { description: "How many turns (cues or lines) they have." }) turns!: number;
  @Field(() => Participant, { nullable: true, description: "The participant it matches by name, as the consent gate matches; null when it needs mapping." })
  participant!: Participant | null;
}

/**
 * The cap is configuration, so the schema is built per limit. Content checks beyond size and
 * storable characters are the parser's.
 */
export const attachTranscriptSchema = (maxBytes: number) =>
  z.object({
    meetingId: globalIdOf("Meeting"),
    // A NUL anywhere means a binary file (the parser looks only at the start), never storable text.
    content: text({ nul: { message: BINARY.userMessage, reason: BINARY.code } }).refine(
      (s) => Buffer.byteLength(s, "utf8") <= maxBytes,
      new TranscriptError(TranscriptErrorCode.TOO_LARGE, { limitBytes: maxBytes }).userMessage,
    ),
    filename: optionalText(255),
    format: z.enum(TranscriptFormat).nullish(),
    speakerMap: speakerMapSchema.nullish(),
  });

@InputType({ description: "Run extraction again over the meeting's transcript." })
export class RerunExtractionInput {
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
}
export const rerunExtractionSchema = z.object({ meetingId: globalIdOf("Meeting") });

@InputType({ description: "New speaker mappings for the meeting's stored transcript." })
export class SetTranscriptSpeakerMapInput {
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
  @Field(() => [SpeakerMappingInput], { description: "Labels as in the file (see Transcript.speakers), each mapped to a participant; labels not given keep their mapping." })
  speakerMap!: SpeakerMappingInput[];
}
export const setTranscriptSpeakerMapSchema = z.object({ meetingId: globalIdOf("Meeting"), speakerMap: speakerMapSchema.refine((l) => l.length > 0, "map at least one speaker") });

@ObjectType({ description: "Result of attaching a transcript: the stored transcript and the extraction run it started." })
export class AttachTranscriptPayload {
  @Field(() => ExtractionRun, { nullable: true, description: "The queued run; poll `extractionRun` or subscribe to `extractionRunChanged`." })
  run!: ExtractionRun | null;
  @Field(() => Transcript, { nullable: true, description: "The stored transcript." })
  transcript!: Transcript | null;
}

@ObjectType({ description: "Result of requesting an extraction run." })
export class ExtractionRunPayload {
  @Field(() => ExtractionRun, { nullable: true, description: "The run (an already active one when a run was in progress)." })
  run!: ExtractionRun | null;
}

@ObjectType({ description: "One cue (or line) of a transcript, with the speaker map applied. Editors only, like the text." })
export class TranscriptSegment {
  @Field(() => Int, { description: "Zero-based position in the transcript; an item's evidence.segment points at this." }) index!: number;
  @Field(() => String, { description: "Who spoke: the participant's name when the label was mapped, else the label as in the file." }) speaker!: string;
  @Field(() => Int, { description: "Start, in milliseconds from the beginning of the meeting." }) startMs!: number;
  @Field(() => Int, { description: "End, in milliseconds from the beginning of the meeting." }) endMs!: number;
  @Field(() => String, { description: "What was said, markup removed and line breaks joined by a space." }) text!: string;
}

/** A viewer reads a 10,000-cue transcript in a few pages, not a hundred: pages are larger than elsewhere. */
export const MAX_SEGMENT_PAGE = 1000;

@ArgsType()
export class TranscriptSegmentsArgs {
  @Field(() => Int, { description: `Page size, 1–${MAX_SEGMENT_PAGE}.` }) first!: number;
  @Field(() => String, { nullable: true, description: "Cursor of the last edge seen." }) after?: string | null;
}
export const transcriptSegmentsSchema = z.object({
  first: z.number().int().min(1, "must be at least 1").max(MAX_SEGMENT_PAGE, `must be at most ${MAX_SEGMENT_PAGE}`),
  after: z.string().max(100).nullish(),
});
