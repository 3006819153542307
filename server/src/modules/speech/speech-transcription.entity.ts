import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";
import { Node } from "../../platform/node.interface";
import { User } from "../../platform/identity/user.entity";
import { Meeting } from "../meetings/meeting.entity";
import { ExtractionRun } from "../transcripts/extraction-run.entity";

export enum SpeechTranscriptionStatus {
  QUEUED = "QUEUED",
  RUNNING = "RUNNING",
  /** Transcribed, but some speakers are not participants: an editor maps them (the text is held until then). */
  NEEDS_SPEAKERS = "NEEDS_SPEAKERS",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
}
registerEnumType(SpeechTranscriptionStatus, {
  name: "SpeechTranscriptionStatus",
  description: "Where an audio upload is on its way to a transcript.",
  valuesConfig: {
    QUEUED: { description: "Stored, waiting for a worker." },
    RUNNING: { description: "Being transcribed." },
    NEEDS_SPEAKERS: { description: "Transcribed; speakers that are not participants must be mapped (completeSpeechTranscription) before the transcript is attached." },
    SUCCEEDED: { description: "The transcript is attached and its extraction run started (see `run`)." },
    FAILED: { description: "Stopped; see failureCode and failureReason. The audio is deleted." },
  },
});

/**
 * One audio upload on its way to a transcript. The audio is held only until the job has run (then
 * deleted, success or failure: data minimisation); a transcription whose speakers need mapping
 * holds the WebVTT text instead, until an editor maps them or it expires.
 */
@Entity({ tableName: "speech_transcriptions" })
@Index({ properties: ["organization", "meeting", "createdAt"] })
@ObjectType({ implements: Node, description: "An audio upload turned into a transcript by the configured speech-to-text server." })
export class SpeechTranscription extends TenantEntity<"status"> {
  get typename(): string {
    return "SpeechTranscription";
  }

  @ManyToOne({ entity: () => Meeting, deleteRule: "cascade" })
  meeting!: Meeting;

  @Field(() => SpeechTranscriptionStatus, { description: "QUEUED, RUNNING, NEEDS_SPEAKERS, SUCCEEDED or FAILED." })
  @Enum({ items: () => SpeechTranscriptionStatus, nativeEnumName: "speech_transcription_status" })
  status: SpeechTranscriptionStatus = SpeechTranscriptionStatus.QUEUED;

  /** Lazy: megabytes, read only by the job. Null once transcribed or failed. */
  @Property({ type: "blob", lazy: true, nullable: true })
  audio?: Buffer | null;

  @Field(() => String, { description: "The declared content type (audio/wav, audio/mpeg, audio/mp4, audio/ogg)." })
  @Property({ type: "string", length: 100 })
  contentType!: string;

  @Field(() => String, { description: "The uploaded file's name, for people." })
  @Property({ type: "string", length: 255 })
  fileName!: string;

  @Field(() => Int, { description: "Size of the audio in bytes." })
  @Property({ type: "integer" })
  byteSize!: number;

  /** The editor's speaker labels → participant ids, given with the upload. */
  @Property({ type: "json", nullable: true })
  speakerMap?: { speaker: string; participantId: string }[] | null;

  /** WebVTT held while NEEDS_SPEAKERS only (never exposed as such; `speakers` lists its labels). */
  @Property({ type: "text", lazy: true, nullable: true })
  pendingText?: string | null;

  @Field(() => Int, { nullable: true, description: "Length of the recording in milliseconds, as the server reported it." })
  @Property({ type: "integer", nullable: true })
  durationMs?: number | null;

  @Field(() => Int, { nullable: true, description: "Segments the server returned." })
  @Property({ type: "integer", nullable: true })
  segmentCount?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the server told speakers apart (diarisation)." })
  @Property({ type: "boolean", nullable: true })
  diarised?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why it failed: STT_NOT_CONFIGURED, SENSITIVE_REQUIRES_LOCAL, CONSENT_REQUIRED, STT_UNAVAILABLE, STT_REJECTED, STT_TIMEOUT, STT_NETWORK, STT_INVALID_OUTPUT, REQUESTER_GONE, EXPIRED, SUPERSEDED or TRANSCRIPTION_FAILED.",
  })
  @Property({ type: "string", length: 60, nullable: true })
  failureCode?: string | null;

  @Field(() => String, { nullable: true, description: "The reason in Swedish, for people." })
  @Property({ type: "string", length: 500, nullable: true })
  failureReason?: string | null;

  /** The extraction run the attached transcript started. */
  @ManyToOne({ entity: () => ExtractionRun, nullable: true, deleteRule: "set null" })
  run?: ExtractionRun | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  requestedBy?: User | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it succeeded or failed." })
  @Property({ type: "datetime", nullable: true })
  finishedAt?: Date | null;
}
