import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, Float, GraphQLISODateTime, ID, ObjectType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";
import { User } from "../../platform/identity/user.entity";
import { Node } from "../../platform/node.interface";
import { ActionItem } from "../decisions/action-item.entity";
import { RegwatchItem, RegwatchSource, RegwatchVersion } from "./regwatch-source.entity";
import { RegwatchAlertState, RegwatchChangeType, RegwatchSeverity } from "./regwatch.enums";

/**
 * What an organisation watches: free text, keywords, SFS numbers and CELEX ids. The identifiers
 * are kept apart (`identifiers`, matched exactly against item identifiers → HIGH); the rest
 * (`textQuery`) becomes the generated `tsq` column, `websearch_to_tsquery('swedish', text_query)`.
 */
@Entity({ tableName: "regwatch_topics" })
@Index({ properties: ["organization", "name", "id"] })
@ObjectType({ implements: Node, description: "A watch topic: versions whose text matches it (or whose act it names) become alerts for your organisation." })
export class RegwatchTopic extends TenantEntity<"identifiers"> {
  get typename(): string {
    return "RegwatchTopic";
  }

  @Field(() => String, { description: "A name for people." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { description: "What to look for: words (web-search syntax: \"exact phrase\", or, -word), SFS numbers (2016:1145), CELEX ids (32014L0024)." })
  @Property({ type: "string", length: 1000 })
  query!: string;

  /** The query without its identifiers: what full-text search matches. */
  @Property({ type: "string", length: 1000 })
  textQuery!: string;

  @Field(() => [String], { description: "The SFS numbers and CELEX ids found in the query: a change of one of these acts is HIGH." })
  @Property({ type: "array", columnType: "text[]", defaultRaw: "'{}'" })
  identifiers: string[] = [];

  @Field(() => RegwatchSeverity, { nullable: true, description: "Set by an admin: alerts matched through this topic get this severity instead of HIGH (act) or MEDIUM (words)." })
  @Enum({ items: () => RegwatchSeverity, nativeEnumName: "regwatch_severity", nullable: true })
  severity?: RegwatchSeverity | null;
}

@ObjectType({ description: "A topic an alert matched, as it was named then (the topic may since have changed or gone)." })
export class RegwatchTopicMatch {
  @Field(() => ID, { description: "The topic's global id." }) id!: string;
  @Field(() => String, { description: "The topic's name when it matched." }) name!: string;
}

/**
 * One relevant version for one organisation. The unique key (organization, version) is the
 * idempotency point: two workers, a replay or a re-poll never alert twice for the same version.
 */
@Entity({ tableName: "regwatch_alerts" })
@Unique({ name: "regwatch_alerts_organization_version_unique", properties: ["organization", "version"] })
@Index({ properties: ["organization", "createdAt", "id"] })
@Index({ properties: ["organization", "state", "createdAt", "id"] })
@Index({ properties: ["organization", "severity", "createdAt", "id"] })
@ObjectType({ implements: Node, description: "A regulatory change relevant to your organisation: what changed, why it matched, and what you did about it." })
export class RegwatchAlert extends TenantEntity<"state" | "rank" | "matchedTopics" | "matchedMeetingIds" | "matchedStakeholderIds"> {
  get typename(): string {
    return "RegwatchAlert";
  }

  /** Denormalised from the version (no foreign key of its own: the version's cascades). */
  @ManyToOne({ entity: () => RegwatchSource, deleteRule: "cascade" })
  source!: RegwatchSource;

  /** Denormalised from the version, like `source`. */
  @ManyToOne({ entity: () => RegwatchItem, deleteRule: "cascade" })
  item!: RegwatchItem;

  @Index()
  @ManyToOne({ entity: () => RegwatchVersion, deleteRule: "cascade" })
  version!: RegwatchVersion;

  @Field(() => String, { description: "The item's identifier (SFS number, CELEX, ELI, dok_id or address)." })
  @Property({ type: "string", length: 500 })
  identifier!: string;

  @Field(() => String, { description: "The version's title." })
  @Property({ type: "text" })
  title!: string;

  @Field(() => String, { nullable: true, description: "The document at the source: always the authoritative text." })
  @Property({ type: "text", nullable: true })
  link?: string | null;

  @Field(() => RegwatchChangeType, { description: "What kind of change." })
  @Enum({ items: () => RegwatchChangeType, nativeEnumName: "regwatch_change_type" })
  changeType!: RegwatchChangeType;

  @Field(() => String, { nullable: true, description: "Publication date, YYYY-MM-DD." })
  @Property({ type: "date", nullable: true })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: "Entry into force, YYYY-MM-DD, when the text states it." })
  @Property({ type: "date", nullable: true })
  inForceOn?: string | null;

  @Field(() => String, { description: "The section diff in words, e.g. \"2 paragrafer ändrade, 1 ny\"." })
  @Property({ type: "text" })
  diffSummary!: string;

  @Field(() => RegwatchSeverity, { description: "HIGH (a watched act), MEDIUM (a topic's words) or LOW (meetings, stakeholders), or a topic's override." })
  @Enum({ items: () => RegwatchSeverity, nativeEnumName: "regwatch_severity" })
  severity!: RegwatchSeverity;

  @Field(() => RegwatchAlertState, { description: "NEW, ACKNOWLEDGED, DISMISSED or ASSIGNED." })
  @Enum({ items: () => RegwatchAlertState, nativeEnumName: "regwatch_alert_state" })
  state: RegwatchAlertState = RegwatchAlertState.NEW;

  /** [{ id: uuid, name }] of the topics matched, as named then. */
  @Property({ type: "json" })
  matchedTopics: { id: string; name: string }[] = [];

  /** Upcoming meetings (next 60 days) whose title or agenda matched, earliest first. */
  @Property({ type: "json" })
  matchedMeetingIds: string[] = [];

  /** Stakeholders whose organisation the text names: ids only (names are personal data). */
  @Property({ type: "json" })
  matchedStakeholderIds: string[] = [];

  @Field(() => Float, { description: "Full-text rank of the best topic match (ts_rank); 0 without one." })
  @Property({ type: "double", default: 0 })
  rank: number = 0;

  @Field(() => String, { nullable: true, description: "Why it was dismissed." })
  @Property({ type: "text", nullable: true })
  dismissedReason?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When someone last acknowledged, dismissed or assigned it." })
  @Property({ type: "datetime", nullable: true })
  triagedAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  triagedBy?: User | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  assignedTo?: User | null;

  @ManyToOne({ entity: () => ActionItem, nullable: true, deleteRule: "set null" })
  actionItem?: ActionItem | null;
}
