import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";
import { Node } from "../../platform/node.interface";
import { Meeting } from "../meetings/meeting.entity";
import { User } from "../../platform/identity/user.entity";

/** GraphQL names for the parser's formats; the values are what the parser and the table use. */
export enum TranscriptFormat {
  TEAMS_VTT = "teams-vtt",
  ZOOM_VTT = "zoom-vtt",
  SRT = "srt",
  TEXT = "text",
}
registerEnumType(TranscriptFormat, {
  name: "TranscriptFormat",
  description: "A transcript export format.",
  valuesConfig: {
    TEAMS_VTT: { description: "Microsoft Teams WebVTT (`<v Full Name>` voice tags)." },
    ZOOM_VTT: { description: "Zoom WebVTT (`Name: text` cues)." },
    SRT: { description: "SubRip subtitles." },
    TEXT: { description: "Plain text, `Name: text` lines with optional `[hh:mm:ss]`." },
  },
});

/**
 * A meeting's transcript. Exists only when every participant had consented when it was attached
 * and every speaker in it was one of those participants; withdrawing consent deletes the row and
 * everything extracted from it.
 */
@Entity({ tableName: "transcripts" })
@ObjectType({ implements: Node, description: "A meeting's transcript: its format and size. The text itself is for editors." })
export class Transcript extends TenantEntity<"sensitiveAtAttach"> {
  get typename(): string {
    return "Transcript";
  }

  @Index()
  @ManyToOne({ entity: () => Meeting, deleteRule: "cascade" })
  meeting!: Meeting;

  @Field(() => TranscriptFormat, { description: "The detected (or given) format." })
  @Property({ type: "string", length: 20 })
  format!: TranscriptFormat;

  /** Lazy: 5 MiB of text is loaded only by the extraction job and the editor-only `text` field. */
  @Property({ type: "text", lazy: true })
  text!: string;

  @Field(() => String, { nullable: true, description: "The uploaded file's name, if given." })
  @Property({ type: "string", length: 255, nullable: true })
  filename?: string | null;

  @Field(() => Int, { description: "Size of the text in bytes (UTF-8)." })
  @Property({ type: "integer" })
  byteSize!: number;

  @Field(() => Int, { description: "Number of segments (cues or lines) after parsing." })
  @Property({ type: "integer" })
  segmentCount!: number;

  @Field(() => Int, { description: "Number of distinct speakers." })
  @Property({ type: "integer" })
  speakerCount!: number;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  uploadedBy?: User | null;

  /**
   * Fort Knox: the meeting was SENSITIVE when this text was attached. Such a transcript is only
   * ever processed locally, even if the meeting is later reclassified NORMAL (re-attach to change that).
   */
  @Property({ type: "boolean", default: false })
  sensitiveAtAttach: boolean = false;

  /**
   * Speaker labels of the file an editor mapped to participants when attaching ("Talare 1" →
   * "Anna Berg"): applied every time the text is parsed, so the gate, the extractor and owners see
   * the participants' names while the text stays as it was uploaded.
   */
  @Property({ type: "json", nullable: true })
  speakerMap?: Record<string, string> | null;
}
