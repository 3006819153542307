import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";
import { Node } from "../../platform/node.interface";
import { User } from "../../platform/identity/user.entity";

export enum CalendarFeedStatus {
  OK = "OK",
  NOT_MODIFIED = "NOT_MODIFIED",
  FAILED = "FAILED",
}
registerEnumType(CalendarFeedStatus, {
  name: "CalendarFeedStatus",
  description: "How a calendar feed's last poll went.",
  valuesConfig: {
    OK: { description: "Fetched and imported." },
    NOT_MODIFIED: { description: "The server answered 304 Not Modified: nothing to import." },
    FAILED: { description: "Not fetched or not imported; `lastErrorCode` says why." },
  },
});

/** A subscribed ICS address, polled every 15 minutes by the job `calendar-poll`. */
@Entity({ tableName: "calendar_feeds" })
@Unique({ properties: ["organization", "url"] })
@ObjectType({ implements: Node, description: "A subscribed calendar (ICS address) whose events become meetings. Admins only." })
export class CalendarFeed extends TenantEntity<"consecutiveFailures"> {
  get typename(): string {
    return "CalendarFeed";
  }

  @Field(() => String, { description: "A name for people, e.g. the calendar's owner." })
  @Property({ type: "string", length: 200 })
  name!: string;

  /** May carry a secret (Google's private addresses do): shown to admins, never logged. */
  @Field(() => String, { description: "The http(s) address polled (webcal:// is stored as https://)." })
  @Property({ type: "string", length: 2000 })
  url!: string;

  /** The last response's ETag, sent back as If-None-Match. */
  @Property({ type: "string", length: 500, nullable: true })
  etag?: string | null;

  /** The last response's Last-Modified, sent back as If-Modified-Since. */
  @Property({ type: "string", length: 100, nullable: true })
  lastModified?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When the feed was last polled." })
  @Property({ type: "datetime", nullable: true })
  lastPolledAt?: Date | null;

  @Field(() => CalendarFeedStatus, { nullable: true, description: "How the last poll went; null before the first." })
  @Enum({ items: () => CalendarFeedStatus, nativeEnumName: "calendar_feed_status", nullable: true })
  lastStatus?: CalendarFeedStatus | null;

  @Field(() => String, { nullable: true, description: "Why the last poll failed: BLOCKED_ADDRESS, TIMEOUT, HTTP_404, INVALID_ICALENDAR, …" })
  @Property({ type: "string", length: 50, nullable: true })
  lastErrorCode?: string | null;

  @Field(() => Int, { description: "Failed polls in a row; polls back off while it grows." })
  @Property({ type: "integer", default: 0 })
  consecutiveFailures: number = 0;

  /** Polls act as this user (meetings' default organizer). */
  @Index()
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  createdBy?: User | null;
}
