import { Entity, Enum, ManyToOne, Property } from "@mikro-orm/core";
import { TenantEntity } from "../../platform/base.entity";
import { User } from "../../platform/identity/user.entity";
import { Field, GraphQLISODateTime, Int, ObjectType } from "type-graphql";
import { ReviewState } from "./review-state";

/** Where a machine-made item came from: the exact words, their segment and time. */
@ObjectType({ description: "The exact words in the transcript that an item was taken from." })
export class Evidence {
  @Field(() => String, { description: "The exact quote." })
  quote!: string;

  @Field(() => Int, { description: "Index of the transcript segment." })
  segment!: number;

  @Field(() => Int, { description: "Start time of the segment in milliseconds." })
  startMs!: number;
}

/** Columns shared by decisions and action items (machine-made or human-written). */
@Entity({ abstract: true })
@ObjectType()
export abstract class ExtractedEntity<Optional extends string = never> extends TenantEntity<"source" | "editedByHuman" | "reviewState" | Optional> {
  @Property({ type: "text", nullable: true })
  evidenceQuote?: string | null;

  @Property({ type: "integer", nullable: true })
  evidenceSegment?: number | null;

  @Property({ type: "integer", nullable: true })
  evidenceStartMs?: number | null;

  /** "manual", "local-heuristic@x.y.z" or a model name. */
  @Field(() => String, { description: "Who made the item: `manual`, `local-heuristic@<version>` or a model's name." })
  @Property({ type: "string", length: 100, default: "manual" })
  source: string = "manual";

  @Field(() => Number, { nullable: true, description: "The extractor's confidence, 0–1; null for manual items." })
  @Property({ type: "double", nullable: true })
  confidence?: number | null;

  /** Set when a person edited a machine-made item; re-extraction keeps such items. */
  @Field(() => Boolean, { description: "A person changed this machine-made item; extracting again keeps it as they left it." })
  @Property({ type: "boolean", default: false })
  editedByHuman: boolean = false;

  @Field(() => ReviewState, { description: "Suggestion or fact: items below the organisation's confidence threshold are SUGGESTED until a person reviews them." })
  @Enum({ items: () => ReviewState, nativeEnumName: "review_state", default: ReviewState.ACCEPTED })
  reviewState: ReviewState = ReviewState.ACCEPTED;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When a person accepted, corrected or rejected the suggestion; null when nobody reviewed it." })
  @Property({ type: "datetime", nullable: true })
  reviewedAt?: Date | null;

  /** Who reviewed it (see reviewedAt); the GraphQL field `reviewedBy` resolves it. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  reviewedBy?: User | null;
}

export function evidenceOf(row: ExtractedEntity<string>): Evidence | null {
  if (row.evidenceQuote == null || row.evidenceSegment == null || row.evidenceStartMs == null) return null;
  return Object.assign(new Evidence(), { quote: row.evidenceQuote, segment: row.evidenceSegment, startMs: row.evidenceStartMs });
}
