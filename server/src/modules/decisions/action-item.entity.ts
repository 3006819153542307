import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../../platform/node.interface";
import { Meeting } from "../meetings/meeting.entity";
import { User } from "../../platform/identity/user.entity";
import { ExtractedEntity } from "./evidence";

export enum ActionItemStatus {
  OPEN = "OPEN",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
registerEnumType(ActionItemStatus, { name: "ActionItemStatus", description: "Whether an action item is still to be done." });

@Entity({ tableName: "action_items" })
@Index({ properties: ["organization", "status", "dueDate", "id"] })
@Index({ properties: ["organization", "dueDate", "id"] })
@Index({ properties: ["organization", "updatedAt", "id"] })
@Index({ name: "action_items_organization_id_owner_id_status_due_date_id_index", properties: ["organization", "owner", "status", "dueDate", "id"] })
@Index({ name: "action_items_owner_id_index", expression: 'create index "action_items_owner_id_index" on "action_items" ("owner_id") where "owner_id" is not null' })
// The nudge sweep's scan of stalled items (see modules/nudges): open, owned, by last change.
@Index({ name: "action_items_open_owned_updated_index", expression: `create index "action_items_open_owned_updated_index" on "action_items" ("organization_id", "updated_at") where "status" = 'OPEN' and "owner_id" is not null` })
@Index({ name: "action_items_organization_id_meeting_id_evidence_index", properties: ["organization", "meeting", "evidenceStartMs", "createdAt", "id"] })
@ObjectType({ implements: Node, description: "A task someone committed to in a meeting, with owner, due date and the words it came from." })
export class ActionItem extends ExtractedEntity<"status"> {
  get typename(): string {
    return "ActionItem";
  }

  @Index()
  @ManyToOne({ entity: () => Meeting, deleteRule: "cascade" })
  meeting!: Meeting;

  @Field(() => String, { description: "What is to be done." })
  @Property({ type: "text" })
  title!: string;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  owner?: User | null;

  @Field(() => String, { nullable: true, description: "The owner's name as said in the meeting, when no user is linked." })
  @Property({ type: "string", length: 200, nullable: true })
  ownerName?: string | null;

  @Field(() => String, { nullable: true, description: "Due date, YYYY-MM-DD (Europe/Stockholm)." })
  @Property({ type: "date", nullable: true })
  dueDate?: string | null;

  @Field(() => ActionItemStatus, { description: "Status." })
  @Enum({ items: () => ActionItemStatus, nativeEnumName: "action_item_status" })
  status: ActionItemStatus = ActionItemStatus.OPEN;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it was completed." })
  @Property({ type: "datetime", nullable: true })
  completedAt?: Date | null;
}
