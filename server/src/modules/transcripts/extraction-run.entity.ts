import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";
import { Node } from "../../platform/node.interface";
import { Meeting } from "../meetings/meeting.entity";
import { User } from "../../platform/identity/user.entity";
import { Transcript } from "./transcript.entity";

export enum ExtractionRunStatus {
  QUEUED = "QUEUED",
  RUNNING = "RUNNING",
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
}
registerEnumType(ExtractionRunStatus, { name: "ExtractionRunStatus", description: "Where an extraction run is." });

/** One pass of a provider over a transcript. Holds ids, counts and codes — never text. */
@Entity({ tableName: "extraction_runs" })
@Index({ properties: ["meeting", "createdAt"] })
@Index({ properties: ["organization", "meeting", "createdAt", "id"] })
// The requeue sweep's runs left QUEUED (Migration20261202000000).
@Index({ name: "extraction_runs_queued_created_at_id_index", expression: `create index "extraction_runs_queued_created_at_id_index" on "extraction_runs" ("created_at", "id") where "status" = 'QUEUED'` })
@ObjectType({ implements: Node, description: "One extraction of decisions and action items from a meeting's transcript." })
export class ExtractionRun extends TenantEntity<"status"> {
  get typename(): string {
    return "ExtractionRun";
  }

  @ManyToOne({ entity: () => Meeting, deleteRule: "cascade" })
  meeting!: Meeting;

  /** Null once the transcript was replaced or deleted. */
  @ManyToOne({ entity: () => Transcript, nullable: true, deleteRule: "set null" })
  transcript?: Transcript | null;

  @Field(() => ExtractionRunStatus, { description: "QUEUED, RUNNING, SUCCEEDED or FAILED." })
  @Enum({ items: () => ExtractionRunStatus, nativeEnumName: "extraction_run_status" })
  status: ExtractionRunStatus = ExtractionRunStatus.QUEUED;

  @Field(() => Int, { description: "Progress, 0–100." })
  @Property({ type: "smallint" })
  progress!: number;

  @Field(() => String, { nullable: true, description: "The provider that ran: `local-heuristic@<version>` or a model's name." })
  @Property({ type: "string", length: 100, nullable: true })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why it failed: SENSITIVE_REQUIRES_LOCAL, CONSENT_REQUIRED, TRANSCRIPT_MISSING, INTERRUPTED, PROVIDER_UNAVAILABLE, PROVIDER_REJECTED, PROVIDER_INVALID_OUTPUT, PROVIDER_TIMEOUT, PROVIDER_NETWORK or EXTRACTION_FAILED.",
  })
  @Property({ type: "string", length: 60, nullable: true })
  failureCode?: string | null;

  @Field(() => String, { nullable: true, description: "The reason in Swedish, for people." })
  @Property({ type: "string", length: 500, nullable: true })
  failureReason?: string | null;

  @Field(() => Int, { nullable: true, description: "Decisions stored by this run." })
  @Property({ type: "integer", nullable: true })
  decisionCount?: number | null;

  @Field(() => Int, { nullable: true, description: "Action items stored by this run." })
  @Property({ type: "integer", nullable: true })
  actionItemCount?: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When the run started working." })
  @Property({ type: "datetime", nullable: true })
  startedAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it succeeded or failed." })
  @Property({ type: "datetime", nullable: true })
  finishedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  requestedBy?: User | null;
}
