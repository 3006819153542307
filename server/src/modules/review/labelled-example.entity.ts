import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { TenantEntity } from "../../platform/base.entity";
import { User } from "../../platform/identity/user.entity";
import { Meeting } from "../meetings/meeting.entity";

export enum ReviewItemKind {
  DECISION = "DECISION",
  ACTION_ITEM = "ACTION_ITEM",
}

/** What a person said about a suggestion: each is one labelled example for retraining. */
export enum ReviewVerdictLabel {
  ACCEPT = "ACCEPT",
  EDIT = "EDIT",
  REJECT = "REJECT",
}

/**
 * One reviewer verdict on one suggested item: a labelled example the organisation's own model
 * can be retrained from (`npm run train:extraction -- --org <slug>`) and that
 * `npm run -s export:labels -- --org <slug>` prints. Tenant-scoped and deleted with its meeting;
 * one row per item (a later verdict on the same item replaces it, an undo deletes it). `features`
 * are the local model's features of the evidence sentence, computed when the verdict was given,
 * so retraining needs neither the transcript nor the meeting afterwards.
 */
@Entity({ tableName: "labelled_examples" })
@Unique({ name: "labelled_examples_organization_id_item_id_unique", properties: ["organization", "itemId"] })
@Index({ name: "labelled_examples_organization_id_created_at_index", properties: ["organization", "createdAt"] })
export class LabelledExample extends TenantEntity<"features" | "finalText" | "reviewer"> {
  get typename(): string {
    return "LabelledExample";
  }

  @Index()
  @ManyToOne({ entity: () => Meeting, deleteRule: "cascade" })
  meeting!: Meeting;

  @Enum({ items: () => ReviewItemKind, nativeEnumName: "review_item_kind" })
  itemKind!: ReviewItemKind;

  /** The decision's or action item's uuid (no foreign key: the item may be replaced later). */
  @Property({ type: "uuid" })
  itemId!: string;

  @Enum({ items: () => ReviewVerdictLabel, nativeEnumName: "review_verdict" })
  verdict!: ReviewVerdictLabel;

  /** The extractor that made the suggestion (`local-heuristic@…` or a model name). */
  @Property({ type: "string", length: 100 })
  source!: string;

  @Property({ type: "double", nullable: true })
  confidence?: number | null;

  /** The sentence the model judged: segment index and exact quote of the evidence. */
  @Property({ type: "integer", nullable: true })
  segment?: number | null;

  @Property({ type: "text", nullable: true })
  quote?: string | null;

  /** The text the machine suggested. */
  @Property({ type: "text" })
  suggestedText!: string;

  /** The local model's features of the evidence sentence(s); null when the transcript was gone. */
  @Property({ type: "json", nullable: true })
  features?: string[] | null;

  /** For EDIT: the human's final wording. */
  @Property({ type: "text", nullable: true })
  finalText?: string | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  reviewer?: User | null;
}
