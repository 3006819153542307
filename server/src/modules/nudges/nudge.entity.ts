import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";
import { User } from "../../platform/identity/user.entity";
import { Node } from "../../platform/node.interface";
import { ActionItem } from "../decisions/action-item.entity";

export enum NudgeKind {
  STALLED = "STALLED",
  DUE_SOON = "DUE_SOON",
  OVERDUE = "OVERDUE",
  ESCALATION = "ESCALATION",
  BLOCKED = "BLOCKED",
}
registerEnumType(NudgeKind, {
  name: "NudgeKind",
  description: "Why a nudge was sent.",
  valuesConfig: {
    STALLED: { description: "The owner's open item has seen no progress for the organisation's window (default 48 working hours)." },
    DUE_SOON: { description: "The item is due on the next working day (or today)." },
    OVERDUE: { description: "The item is past its due date." },
    ESCALATION: { description: "To the meeting's organiser: the owner left a second nudge unanswered." },
    BLOCKED: { description: "To the meeting's organiser: the owner marked the item blocked, with a reason." },
  },
});

export enum NudgeChannel {
  EMAIL = "EMAIL",
  SLACK = "SLACK",
  TEAMS = "TEAMS",
}
registerEnumType(NudgeChannel, { name: "NudgeChannel", description: "Where a nudge is delivered besides the app." });

export enum DeliveryStatus {
  PENDING = "PENDING",
  SENT = "SENT",
  FAILED = "FAILED",
  SKIPPED = "SKIPPED",
}
registerEnumType(DeliveryStatus, { name: "NudgeDeliveryStatus", description: "Where one channel's delivery of a nudge stands." });

/**
 * One reminder to one person about one action item. The unique key (item, kind, window, recipient)
 * is the idempotency key: a sweep run twice, by two workers or after a replay, inserts it once.
 */
@Entity({ tableName: "nudges" })
@Unique({ name: "nudges_item_kind_window_recipient_unique", properties: ["actionItem", "kind", "windowKey", "recipient"] })
@Index({ properties: ["organization", "recipient", "createdAt", "id"] })
@Index({ name: "nudges_unread_index", expression: 'create index "nudges_unread_index" on "nudges" ("organization_id", "recipient_id") where "read_at" is null' })
@ObjectType({ implements: Node, description: "A reminder to you about an action item: stalled, due soon, overdue, or escalated to you as organiser." })
export class Nudge extends TenantEntity {
  get typename(): string {
    return "Nudge";
  }

  @ManyToOne({ entity: () => User, deleteRule: "cascade" })
  recipient!: User;

  @Index()
  @ManyToOne({ entity: () => ActionItem, deleteRule: "cascade" })
  actionItem!: ActionItem;

  @Field(() => NudgeKind, { description: "Why it was sent." })
  @Enum({ items: () => NudgeKind, nativeEnumName: "nudge_kind" })
  kind!: NudgeKind;

  /** Which window of the rule it belongs to (the progress anchor and round, or the due date). */
  @Property({ type: "string", length: 100 })
  windowKey!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When you read it; null while unread." })
  @Property({ type: "datetime", nullable: true })
  readAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When you acted on it (done, blocked, snoozed, reassigned)." })
  @Property({ type: "datetime", nullable: true })
  answeredAt?: Date | null;

  /** E-mail and chat wait for this instant (the end of the recipient's quiet hours). */
  @Field(() => GraphQLISODateTime, { description: "When e-mail and chat delivery may happen (quiet hours hold them back)." })
  @Property({ type: "datetime" })
  deliverAfter!: Date;
}

/** One channel's delivery of one nudge: ids, status and an error code only. */
@Entity({ tableName: "nudge_deliveries" })
@Unique({ properties: ["nudge", "channel"] })
@ObjectType({ description: "How a nudge went out on one channel." })
export class NudgeDelivery extends TenantEntity<"attempts" | "status"> {
  get typename(): string {
    return "NudgeDelivery";
  }

  @ManyToOne({ entity: () => Nudge, deleteRule: "cascade" })
  nudge!: Nudge;

  @Field(() => NudgeChannel, { description: "The channel." })
  @Enum({ items: () => NudgeChannel, nativeEnumName: "nudge_channel" })
  channel!: NudgeChannel;

  @Field(() => DeliveryStatus, { description: "SENT, FAILED, SKIPPED or PENDING (waiting for quiet hours or a retry)." })
  @Enum({ items: () => DeliveryStatus, nativeEnumName: "nudge_delivery_status" })
  status: DeliveryStatus = DeliveryStatus.PENDING;

  @Field(() => Int, { description: "Attempts so far." })
  @Property({ type: "integer", default: 0 })
  attempts: number = 0;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When the receiver accepted it." })
  @Property({ type: "datetime", nullable: true })
  sentAt?: Date | null;

  @Field(() => String, { nullable: true, description: "Why it failed or was skipped (a code, e.g. SMTP_REJECTED)." })
  @Property({ type: "string", length: 40, nullable: true })
  errorCode?: string | null;
}

/** The owner's answers that are not edits of the item itself: snoozed until, blocked with a reason. `id` is the action item's id. */
@Entity({ tableName: "nudge_item_states" })
export class NudgeItemState extends TenantEntity {
  get typename(): string {
    return "NudgeItemState";
  }

  @Property({ type: "datetime", nullable: true })
  snoozedUntil?: Date | null;

  @Property({ type: "text", nullable: true })
  blockedReason?: string | null;

  @Property({ type: "datetime", nullable: true })
  blockedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  blockedBy?: User | null;

  /** The last time the owner answered a nudge in a way that counts as progress (blocked, unblocked). */
  @Property({ type: "datetime", nullable: true })
  answeredAt?: Date | null;
}

export const NUDGE_DEFAULTS = {
  stalledHours: 48,
  quietStart: "18:00",
  quietEnd: "08:00",
  dueSoon: true,
  overdue: true,
  escalate: true,
} as const;

/** The organisation's nudge rules (admin). Absent row: every default. */
@Entity({ tableName: "nudge_settings" })
@ObjectType({ description: "How nudges work in your organisation. Every rule has a default." })
export class NudgeSettings {
  [OptionalProps]?: "stalledHours" | "quietStart" | "quietEnd" | "dueSoon" | "overdue" | "escalate" | "updatedAt";

  @PrimaryKey({ type: "uuid" })
  organizationId!: string;

  @Field(() => Int, { description: "Working hours without progress before the owner is nudged (default 48; weekends and Swedish public holidays do not count)." })
  @Property({ type: "integer", default: NUDGE_DEFAULTS.stalledHours })
  stalledHours: number = NUDGE_DEFAULTS.stalledHours;

  @Field(() => String, { description: "Quiet hours start, HH:MM Europe/Stockholm (default 18:00): e-mail and chat wait until they end." })
  @Property({ type: "string", length: 5, default: NUDGE_DEFAULTS.quietStart })
  quietStart: string = NUDGE_DEFAULTS.quietStart;

  @Field(() => String, { description: "Quiet hours end, HH:MM (default 08:00)." })
  @Property({ type: "string", length: 5, default: NUDGE_DEFAULTS.quietEnd })
  quietEnd: string = NUDGE_DEFAULTS.quietEnd;

  @Field(() => Boolean, { description: "Remind the owner the working day before the due date (default on)." })
  @Property({ type: "boolean", default: true })
  dueSoon: boolean = true;

  @Field(() => Boolean, { description: "Remind the owner when an item becomes overdue (default on)." })
  @Property({ type: "boolean", default: true })
  overdue: boolean = true;

  @Field(() => Boolean, { description: "Tell the meeting's organiser when a second nudge goes unanswered (default on)." })
  @Property({ type: "boolean", default: true })
  escalate: boolean = true;

  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** A person's own choices: channels and quiet hours. `id` is the user's id. Absent row: e-mail on, no chat, the organisation's quiet hours. */
@Entity({ tableName: "notification_preferences" })
export class NotificationPreference extends TenantEntity<"email"> {
  get typename(): string {
    return "NotificationPreference";
  }

  @Property({ type: "boolean", default: true })
  email: boolean = true;

  /** Secret (it lets anyone post): never returned, never logged. */
  @Property({ type: "text", nullable: true })
  slackWebhookUrl?: string | null;

  @Property({ type: "text", nullable: true })
  teamsWebhookUrl?: string | null;

  @Property({ type: "string", length: 5, nullable: true })
  quietStart?: string | null;

  @Property({ type: "string", length: 5, nullable: true })
  quietEnd?: string | null;

  /** Random, made with the first e-mail: the one-click unsubscribe link carries it (it can only switch e-mail off). */
  @Property({ type: "string", length: 64, nullable: true, unique: true })
  unsubscribeToken?: string | null;
}
