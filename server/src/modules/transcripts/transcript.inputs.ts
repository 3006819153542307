import { Field, ID, InputType, ObjectType } from "type-graphql";
import { z } from "zod";
import { TranscriptError, TranscriptErrorCode } from "../../ai/index";
import { globalIdOf, optionalText, text } from "../../platform/validation";
import { ExtractionRun } from "./extraction-run.entity";
import { Transcript, TranscriptFormat } from "./transcript.entity";

@InputType({ description: "A transcript file's text to attach to a meeting." })
export class AttachTranscriptInput {
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
  @Field(() => String, { description: "The file's text (WebVTT, SRT or plain text), at most TRANSCRIPT_MAX_BYTES bytes of UTF-8." }) content!: string;
  @Field(() => String, { nullable: true, description: "The file's name, for people." }) filename?: string;
  @Field(() => TranscriptFormat, { nullable: true, description: "The format; detected when omitted." }) format?: TranscriptFormat;
}

const BINARY = new TranscriptError(TranscriptErrorCode.BINARY);

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
  });

@InputType({ description: "Run extraction again over the meeting's transcript." })
export class RerunExtractionInput {
  @Field(() => ID, { description: "The meeting." }) meetingId!: string;
}
export const rerunExtractionSchema = z.object({ meetingId: globalIdOf("Meeting") });

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
