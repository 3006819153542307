import { Entity, Enum, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";
import { Node } from "../../platform/node.interface";
import { User } from "../../platform/identity/user.entity";

export enum MeetingStatus {
  SCHEDULED = "SCHEDULED",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}
registerEnumType(MeetingStatus, { name: "MeetingStatus", description: "Where a meeting is in its life." });

export enum Sensitivity {
  NORMAL = "NORMAL",
  SENSITIVE = "SENSITIVE",
}
registerEnumType(Sensitivity, {
  name: "Sensitivity",
  description: "SENSITIVE meetings (\"Fort Knox\") are processed by local AI only, or not at all.",
});

@Entity({ tableName: "meetings" })
@Index({ properties: ["organization", "startsAt", "id"] })
@Index({ properties: ["organization", "title", "id"] })
// The pre-brief sweep's scan across organisations: scheduled meetings by start (see modules/briefs).
@Index({ name: "meetings_scheduled_starts_at_index", expression: `create index "meetings_scheduled_starts_at_index" on "meetings" ("starts_at") where "status" = 'SCHEDULED'` })
@Index({ name: "meetings_organizer_id_index", expression: 'create index "meetings_organizer_id_index" on "meetings" ("organizer_id") where "organizer_id" is not null' })
@ObjectType({ implements: Node, description: "A meeting of the organisation, with its agenda, participants, decisions and action items." })
export class Meeting extends TenantEntity<"status" | "sensitivity" | "agendaItems"> {
  get typename(): string {
    return "Meeting";
  }

  @Field(() => String, { description: "The meeting's title." })
  @Property({ type: "string", length: 300 })
  title!: string;

  @Field(() => GraphQLISODateTime, { description: "When the meeting starts." })
  @Property({ type: "datetime" })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When the meeting ends." })
  @Property({ type: "datetime", nullable: true })
  endsAt?: Date | null;

  @Field(() => MeetingStatus, { description: "Status." })
  @Enum({ items: () => MeetingStatus, nativeEnumName: "meeting_status" })
  status: MeetingStatus = MeetingStatus.SCHEDULED;

  @Field(() => Sensitivity, { description: "NORMAL or SENSITIVE (local AI only)." })
  @Enum({ items: () => Sensitivity, nativeEnumName: "sensitivity" })
  sensitivity: Sensitivity = Sensitivity.NORMAL;

  @Field(() => String, { nullable: true, description: "Where the meeting takes place (room or link)." })
  @Property({ type: "string", length: 300, nullable: true })
  location?: string | null;

  @Field(() => [String], { description: "Agenda items, in order." })
  @Property({ type: "json" })
  agendaItems: string[] = [];

  /** Who called the meeting: the user who created it, or the calendar event's ORGANIZER. Escalations go here. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  organizer?: User | null;
}
