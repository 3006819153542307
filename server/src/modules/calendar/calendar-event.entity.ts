import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { TenantEntity } from "../../platform/base.entity";
import { Meeting } from "../meetings/meeting.entity";
import { CalendarFeed } from "./calendar-feed.entity";

/**
 * Which meeting an iCalendar event (or one occurrence of a recurring one) became, and which
 * version of it we last applied: imports update by UID instead of duplicating.
 */
@Entity({ tableName: "calendar_events" })
@Unique({ properties: ["organization", "uid", "recurrenceId"] })
export class CalendarEvent extends TenantEntity<"feed"> {
  get typename(): string {
    return "CalendarEvent";
  }

  /** The subscribed feed it came from last; null when it was uploaded (or its feed was deleted). */
  @Index()
  @ManyToOne({ entity: () => CalendarFeed, nullable: true, deleteRule: "set null" })
  feed?: CalendarFeed | null;

  @Property({ type: "string", length: 500 })
  uid!: string;

  /** The occurrence's original start as ISO UTC; "" for an event that does not recur. */
  @Property({ type: "string", length: 30 })
  recurrenceId!: string;

  @Property({ type: "integer" })
  sequence!: number;

  /** LAST-MODIFIED (else DTSTAMP) of the version applied: a later one with the same SEQUENCE wins. */
  @Property({ type: "datetime", nullable: true })
  stampedAt?: Date | null;

  @Index()
  @ManyToOne({ entity: () => Meeting, deleteRule: "cascade" })
  meeting!: Meeting;

  /** The last import or poll that contained it: an event missing from its feed is cancelled. */
  @Property({ type: "datetime" })
  lastSeenAt!: Date;
}
