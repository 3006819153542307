import { Entity, Enum, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, Int, ObjectType } from "type-graphql";
import { BaseEntity } from "../../platform/base.entity";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import { Node } from "../../platform/node.interface";
import { RegwatchChangeType, RegwatchIdentifierKind, RegwatchPollStatus, RegwatchSectionChange, RegwatchSourceKind, UNHEALTHY_AFTER_FAILURES } from "./regwatch.enums";

/**
 * Where regulatory changes come from. `ownerOrg` null: a system-wide source, readable by every
 * organisation and managed by the operator; otherwise one organisation's own. Not a TenantEntity
 * (the tenant filter would hide the system-wide rows): every query says which rows it may see.
 */
@Entity({ tableName: "regwatch_sources" })
@Index({ name: "regwatch_sources_due_index", expression: `create index "regwatch_sources_due_index" on "regwatch_sources" ("next_poll_at") where "enabled"` })
@ObjectType({ implements: Node, description: "A feed, API or web page watched for regulatory changes: system-wide (read-only) or your organisation's own." })
export class RegwatchSource extends BaseEntity<"enabled" | "healthy" | "consecutiveFailures" | "timeoutSeconds" | "systemWide"> {
  get typename(): string {
    return "RegwatchSource";
  }

  @Index()
  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: "cascade", fieldName: "organization_id" })
  ownerOrg?: Organization | null;

  /** Seeded sources (migrations, the demo) carry a stable key so seeding twice changes nothing. */
  @Property({ type: "string", length: 100, nullable: true, unique: true })
  seedKey?: string | null;

  @Field(() => String, { description: "A name for people." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => RegwatchSourceKind, { description: "The format." })
  @Enum({ items: () => RegwatchSourceKind, nativeEnumName: "regwatch_source_kind" })
  kind!: RegwatchSourceKind;

  @Field(() => String, { nullable: true, description: "The address polled (admins only: an address may carry a key)." })
  @Property({ type: "string", length: 2000 })
  url!: string;

  /** Lower-case host name, for per-host politeness. */
  @Property({ type: "string", length: 255 })
  host!: string;

  @Field(() => String, { nullable: true, description: "HTML sources: the CSS selector of the content region; changes outside it are ignored." })
  @Property({ type: "string", length: 500, nullable: true })
  selector?: string | null;

  @Field(() => Int, { nullable: true, description: "Minutes between polls while healthy (1–10080)." })
  @Property({ type: "integer" })
  intervalMinutes!: number;

  @Field(() => Int, { nullable: true, description: "Seconds a fetch may take before it fails with TIMEOUT (1–60, default 20)." })
  @Property({ type: "integer", default: 20 })
  timeoutSeconds: number = 20;

  @Field(() => Boolean, { nullable: true, description: "Whether the schedule polls it." })
  @Property({ type: "boolean", default: true })
  enabled: boolean = true;

  @Property({ type: "string", length: 500, nullable: true })
  etag?: string | null;

  @Property({ type: "string", length: 100, nullable: true })
  lastModified?: string | null;

  @Field(() => Boolean, { nullable: true, description: `False after ${UNHEALTHY_AFTER_FAILURES} consecutive failed polls, until one succeeds.` })
  @Property({ type: "boolean", default: true })
  healthy: boolean = true;

  @Field(() => RegwatchPollStatus, { nullable: true, description: "How the last poll went; null before the first." })
  @Enum({ items: () => RegwatchPollStatus, nativeEnumName: "regwatch_poll_status", nullable: true })
  lastStatus?: RegwatchPollStatus | null;

  @Field(() => String, { nullable: true, description: "Why the last poll failed (a code: TIMEOUT, TOO_LARGE, BLOCKED_ADDRESS, HTTP_503, MALFORMED_XML, …); null after a success." })
  @Property({ type: "string", length: 50, nullable: true })
  lastErrorCode?: string | null;

  @Field(() => Int, { nullable: true, description: "Failed polls in a row; the next poll waits interval × 2^failures (at most 24 h)." })
  @Property({ type: "integer", default: 0 })
  consecutiveFailures: number = 0;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it was last polled." })
  @Property({ type: "datetime", nullable: true })
  lastPolledAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When the schedule polls it next (if enabled)." })
  @Property({ type: "datetime", nullable: true })
  nextPollAt?: Date | null;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  createdBy?: User | null;

  @Field(() => Boolean, { description: "True for system-wide sources: every organisation reads them, nobody's admin changes them." })
  get systemWide(): boolean {
    return !this.ownerOrg;
  }
}

@ObjectType({ description: "One section of a statute version: a paragraph (`2 kap. 3 §`, `3 a §`), a chapter heading, the preamble or the transitional provisions." })
export class RegwatchSection {
  @Field(() => String, { description: "The section's name, e.g. \"2 kap. 3 §\", \"5 §\", \"Ingress\", \"Övergångsbestämmelser\"." }) section!: string;
  @Field(() => String, { description: "Its text." }) text!: string;
}

@ObjectType({ description: "A run of words in a word-level diff." })
export class RegwatchWordChange {
  @Field(() => String, { description: "The words (with their spacing)." }) value!: string;
  @Field(() => Boolean, { description: "Only in the new text." }) added!: boolean;
  @Field(() => Boolean, { description: "Only in the old text." }) removed!: boolean;
}

@ObjectType({ description: "How one section changed from the previous version." })
export class RegwatchSectionDiff {
  @Field(() => String, { description: "The section, e.g. \"2 kap. 3 §\"." }) section!: string;
  @Field(() => RegwatchSectionChange, { description: "ADDED, REMOVED or CHANGED." }) change!: RegwatchSectionChange;
  @Field(() => String, { nullable: true, description: "The old text (REMOVED, CHANGED)." }) before?: string | null;
  @Field(() => String, { nullable: true, description: "The new text (ADDED, CHANGED)." }) after?: string | null;
  @Field(() => [RegwatchWordChange], { description: "CHANGED: the word-level diff of before and after; empty otherwise." }) words!: RegwatchWordChange[];
}

/** One regulatory document of a source, keyed by its identifier. */
@Entity({ tableName: "regwatch_items" })
@Unique({ name: "regwatch_items_source_identifier_unique", properties: ["source", "identifier"] })
@ObjectType({ implements: Node, description: "A regulatory document (an act, a directive, a guidance page) as a source lists it, with its versions." })
export class RegwatchItem extends BaseEntity<"currentSeq"> {
  get typename(): string {
    return "RegwatchItem";
  }

  @ManyToOne({ entity: () => RegwatchSource, deleteRule: "cascade" })
  source!: RegwatchSource;

  /** The source's organisation (null: system-wide), copied so visibility needs no join. */
  @Index()
  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: "cascade", fieldName: "organization_id" })
  ownerOrg?: Organization | null;

  @Field(() => String, { description: "CELEX, ELI, SFS number (e.g. 2016:1145), Riksdagen dok_id, or else its address." })
  @Property({ type: "string", length: 500 })
  identifier!: string;

  @Field(() => RegwatchIdentifierKind, { description: "What the identifier is." })
  @Enum({ items: () => RegwatchIdentifierKind, nativeEnumName: "regwatch_identifier_kind" })
  identifierKind!: RegwatchIdentifierKind;

  @Field(() => String, { description: "The latest title." })
  @Property({ type: "text" })
  title!: string;

  @Field(() => String, { nullable: true, description: "The document at the source (the authoritative text)." })
  @Property({ type: "text", nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "Publication date, YYYY-MM-DD." })
  @Property({ type: "date", nullable: true })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: "Entry into force as the latest text states it, YYYY-MM-DD." })
  @Property({ type: "date", nullable: true })
  inForceOn?: string | null;

  @Field(() => RegwatchChangeType, { nullable: true, description: "The latest version's change type." })
  @Enum({ items: () => RegwatchChangeType, nativeEnumName: "regwatch_change_type", nullable: true })
  latestChangeType?: RegwatchChangeType | null;

  @Field(() => Int, { description: "How many versions there are (the latest version's number)." })
  @Property({ type: "integer", default: 0 })
  currentSeq: number = 0;

  @Property({ type: "string", length: 64, nullable: true })
  currentHash?: string | null;

  @Property({ type: "string", length: 64, nullable: true })
  currentMetaHash?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When a poll last saw it in the source." })
  @Property({ type: "datetime", nullable: true })
  lastSeenAt?: Date | null;
}

/**
 * One fetched state of an item, immutable: a new row only when the normalised text's sha256 (or the
 * metadata's) changed. The `search` tsvector column (title + text, Swedish) is generated by the
 * database and indexed with GIN; it is not mapped here.
 */
@Entity({ tableName: "regwatch_versions" })
@Unique({ name: "regwatch_versions_item_seq_unique", properties: ["item", "seq"] })
@ObjectType({ implements: Node, description: "One version of a regulatory document, with its sections and the diff from the version before." })
export class RegwatchVersion extends BaseEntity {
  get typename(): string {
    return "RegwatchVersion";
  }

  @ManyToOne({ entity: () => RegwatchItem, deleteRule: "cascade" })
  item!: RegwatchItem;

  @Index()
  @ManyToOne({ entity: () => RegwatchSource, deleteRule: "cascade" })
  source!: RegwatchSource;

  @Index()
  @ManyToOne({ entity: () => Organization, nullable: true, deleteRule: "cascade", fieldName: "organization_id" })
  ownerOrg?: Organization | null;

  @Field(() => Int, { description: "1 for the first version, then 2, 3, …" })
  @Property({ type: "integer" })
  seq!: number;

  @Field(() => String, { description: "sha256 (hex) of the normalised text." })
  @Property({ type: "string", length: 64 })
  contentHash!: string;

  @Property({ type: "string", length: 64 })
  metaHash!: string;

  @Field(() => String, { description: "The title in this version." })
  @Property({ type: "text" })
  title!: string;

  @Field(() => String, { description: "The normalised text (one line per paragraph of the source)." })
  @Property({ type: "text" })
  text!: string;

  @Field(() => String, { nullable: true, description: "The document at the source: the authoritative text." })
  @Property({ type: "text", nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "Publication date, YYYY-MM-DD." })
  @Property({ type: "date", nullable: true })
  publishedOn?: string | null;

  @Field(() => String, { nullable: true, description: "Entry into force as the text states it (\"träder i kraft den 1 juli 2027\"), YYYY-MM-DD." })
  @Property({ type: "date", nullable: true })
  inForceOn?: string | null;

  @Field(() => GraphQLISODateTime, { description: "When it was fetched." })
  @Property({ type: "datetime" })
  fetchedAt!: Date;

  @Field(() => String, { nullable: true, description: "The response's ETag." })
  @Property({ type: "string", length: 500, nullable: true })
  etag?: string | null;

  @Field(() => String, { nullable: true, description: "The response's Last-Modified." })
  @Property({ type: "string", length: 100, nullable: true })
  lastModified?: string | null;

  @Field(() => RegwatchChangeType, { description: "What kind of change this is." })
  @Enum({ items: () => RegwatchChangeType, nativeEnumName: "regwatch_change_type" })
  changeType!: RegwatchChangeType;

  @Field(() => [RegwatchSection], { description: "The text's sections, in order." })
  @Property({ type: "json" })
  sections!: RegwatchSection[];

  @Field(() => [RegwatchSectionDiff], { description: "Sections added, removed and changed since the previous version (empty for the first)." })
  @Property({ type: "json" })
  diff!: RegwatchSectionDiff[];

  @Field(() => String, { description: "The diff in words, e.g. \"2 paragrafer ändrade, 1 ny\"." })
  @Property({ type: "text" })
  diffSummary!: string;

  /** SFS numbers this version says it amends or repeals (from its title and repeal sentences). */
  @Property({ type: "array", columnType: "text[]", defaultRaw: "'{}'" })
  amends: string[] = [];
}

