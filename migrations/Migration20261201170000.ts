import { Migration } from '@mikro-orm/migrations';

/**
 * Regwatch: sources (system-wide with organization_id null, or an organisation's own), per-host
 * politeness, items unique per (source, identifier), immutable versions with a generated Swedish
 * tsvector (GIN) for matching, watch topics with a generated tsquery, and alerts unique per
 * (organisation, version). Seeds the real-world sources as system-wide and disabled: an operator
 * enables the ones the installation may reach.
 */
export class Migration20261201170000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "regwatch_source_kind" as enum ('RSS', 'ATOM', 'RIKSDAGEN_JSON', 'OPENDATA_JSON', 'HTML');`);
    this.addSql(`create type "regwatch_poll_status" as enum ('OK', 'NOT_MODIFIED', 'FAILED');`);
    this.addSql(`create type "regwatch_change_type" as enum ('NEW', 'AMENDED', 'REPEALED', 'CORRECTION', 'METADATA_ONLY');`);
    this.addSql(`create type "regwatch_severity" as enum ('LOW', 'MEDIUM', 'HIGH');`);
    this.addSql(`create type "regwatch_alert_state" as enum ('NEW', 'ACKNOWLEDGED', 'DISMISSED', 'ASSIGNED');`);
    this.addSql(`create type "regwatch_identifier_kind" as enum ('CELEX', 'ELI', 'SFS', 'RIKSDAGEN_DOK_ID', 'URL');`);

    this.addSql(`create table "regwatch_sources" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid null, "seed_key" varchar(100) null, "name" varchar(200) not null, "kind" "regwatch_source_kind" not null, "url" varchar(2000) not null, "host" varchar(255) not null, "selector" varchar(500) null, "interval_minutes" int not null, "timeout_seconds" int not null default 20, "enabled" boolean not null default true, "etag" varchar(500) null, "last_modified" varchar(100) null, "healthy" boolean not null default true, "last_status" "regwatch_poll_status" null, "last_error_code" varchar(50) null, "consecutive_failures" int not null default 0, "last_polled_at" timestamptz null, "next_poll_at" timestamptz null, "created_by_id" uuid null, constraint "regwatch_sources_pkey" primary key ("id"), constraint "regwatch_sources_interval_check" check ("interval_minutes" between 1 and 10080), constraint "regwatch_sources_timeout_check" check ("timeout_seconds" between 1 and 60));`);
    this.addSql(`create index "regwatch_sources_organization_id_index" on "regwatch_sources" ("organization_id");`);
    this.addSql(`alter table "regwatch_sources" add constraint "regwatch_sources_seed_key_unique" unique ("seed_key");`);
    this.addSql(`create index "regwatch_sources_due_index" on "regwatch_sources" ("next_poll_at") where "enabled";`);
    this.addSql(`alter table "regwatch_sources" add constraint "regwatch_sources_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "regwatch_sources" add constraint "regwatch_sources_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "regwatch_hosts" ("host" varchar(255) not null, "next_fetch_at" timestamptz not null, constraint "regwatch_hosts_pkey" primary key ("host"));`);

    this.addSql(`create table "regwatch_items" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "source_id" uuid not null, "organization_id" uuid null, "identifier" varchar(500) not null, "identifier_kind" "regwatch_identifier_kind" not null, "title" text not null, "url" text null, "published_on" date null, "in_force_on" date null, "latest_change_type" "regwatch_change_type" null, "current_seq" int not null default 0, "current_hash" varchar(64) null, "current_meta_hash" varchar(64) null, "last_seen_at" timestamptz null, constraint "regwatch_items_pkey" primary key ("id"));`);
    this.addSql(`create index "regwatch_items_organization_id_index" on "regwatch_items" ("organization_id");`);
    this.addSql(`alter table "regwatch_items" add constraint "regwatch_items_source_identifier_unique" unique ("source_id", "identifier");`);
    this.addSql(`alter table "regwatch_items" add constraint "regwatch_items_source_id_foreign" foreign key ("source_id") references "regwatch_sources" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "regwatch_items" add constraint "regwatch_items_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "regwatch_versions" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "item_id" uuid not null, "source_id" uuid not null, "organization_id" uuid null, "seq" int not null, "content_hash" varchar(64) not null, "meta_hash" varchar(64) not null, "title" text not null, "text" text not null, "url" text null, "published_on" date null, "in_force_on" date null, "fetched_at" timestamptz not null, "etag" varchar(500) null, "last_modified" varchar(100) null, "change_type" "regwatch_change_type" not null, "sections" jsonb not null, "diff" jsonb not null, "diff_summary" text not null, "amends" text[] not null default '{}', "search" tsvector generated always as (to_tsvector('swedish'::regconfig, left(coalesce("title", '') || ' ' || coalesce("text", ''), 200000))) stored, constraint "regwatch_versions_pkey" primary key ("id"));`);
    this.addSql(`create index "regwatch_versions_source_id_index" on "regwatch_versions" ("source_id");`);
    this.addSql(`create index "regwatch_versions_organization_id_index" on "regwatch_versions" ("organization_id");`);
    this.addSql(`create index "regwatch_versions_search_index" on "regwatch_versions" using gin ("search");`);
    this.addSql(`alter table "regwatch_versions" add constraint "regwatch_versions_item_seq_unique" unique ("item_id", "seq");`);
    this.addSql(`alter table "regwatch_versions" add constraint "regwatch_versions_item_id_foreign" foreign key ("item_id") references "regwatch_items" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "regwatch_versions" add constraint "regwatch_versions_source_id_foreign" foreign key ("source_id") references "regwatch_sources" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "regwatch_versions" add constraint "regwatch_versions_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "regwatch_topics" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" varchar(200) not null, "query" varchar(1000) not null, "text_query" varchar(1000) not null, "identifiers" text[] not null default '{}', "severity" "regwatch_severity" null, "tsq" tsquery generated always as (websearch_to_tsquery('swedish'::regconfig, "text_query")) stored, constraint "regwatch_topics_pkey" primary key ("id"));`);
    this.addSql(`create index "regwatch_topics_organization_id_index" on "regwatch_topics" ("organization_id");`);
    this.addSql(`create index "regwatch_topics_organization_id_name_id_index" on "regwatch_topics" ("organization_id", "name", "id");`);
    this.addSql(`alter table "regwatch_topics" add constraint "regwatch_topics_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "regwatch_alerts" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "source_id" uuid not null, "item_id" uuid not null, "version_id" uuid not null, "identifier" varchar(500) not null, "title" text not null, "link" text null, "change_type" "regwatch_change_type" not null, "published_on" date null, "in_force_on" date null, "diff_summary" text not null, "severity" "regwatch_severity" not null, "state" "regwatch_alert_state" not null default 'NEW', "matched_topics" jsonb not null default '[]', "matched_meeting_ids" jsonb not null default '[]', "matched_stakeholder_ids" jsonb not null default '[]', "rank" double precision not null default 0, "dismissed_reason" text null, "triaged_at" timestamptz null, "triaged_by_id" uuid null, "assigned_to_id" uuid null, "action_item_id" uuid null, constraint "regwatch_alerts_pkey" primary key ("id"));`);
    this.addSql(`create index "regwatch_alerts_organization_id_index" on "regwatch_alerts" ("organization_id");`);
    this.addSql(`create index "regwatch_alerts_version_id_index" on "regwatch_alerts" ("version_id");`);
    this.addSql(`create index "regwatch_alerts_organization_id_created_at_id_index" on "regwatch_alerts" ("organization_id", "created_at", "id");`);
    this.addSql(`create index "regwatch_alerts_organization_id_state_created_at_id_index" on "regwatch_alerts" ("organization_id", "state", "created_at", "id");`);
    this.addSql(`create index "regwatch_alerts_organization_id_severity_created_at_id_index" on "regwatch_alerts" ("organization_id", "severity", "created_at", "id");`);
    this.addSql(`alter table "regwatch_alerts" add constraint "regwatch_alerts_organization_version_unique" unique ("organization_id", "version_id");`);
    this.addSql(`alter table "regwatch_alerts" add constraint "regwatch_alerts_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    // source_id and item_id follow from the version (whose deletion cascades here): no foreign keys
    // of their own, so inserting thousands of alerts checks one parent per row, not three.
    this.addSql(`alter table "regwatch_alerts" add constraint "regwatch_alerts_version_id_foreign" foreign key ("version_id") references "regwatch_versions" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "regwatch_alerts" add constraint "regwatch_alerts_triaged_by_id_foreign" foreign key ("triaged_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "regwatch_alerts" add constraint "regwatch_alerts_assigned_to_id_foreign" foreign key ("assigned_to_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "regwatch_alerts" add constraint "regwatch_alerts_action_item_id_foreign" foreign key ("action_item_id") references "action_items" ("id") on update cascade on delete set null;`);

    // Real-world sources, system-wide and disabled: the installation decides what it may reach.
    this.addSql(`insert into "regwatch_sources" ("id", "seed_key", "name", "kind", "url", "host", "selector", "interval_minutes", "enabled") values
      (gen_random_uuid(), 'system:riksdagen-sfs', 'Riksdagen – nya SFS (dokumentlista)', 'RIKSDAGEN_JSON', 'https://data.riksdagen.se/dokumentlista/?doktyp=sfs&utformat=json&sort=datum&sortorder=desc', 'data.riksdagen.se', null, 360, false),
      (gen_random_uuid(), 'system:eurlex-legislation', 'EUR-Lex – Europaparlamentets och rådets lagstiftning (RSS)', 'RSS', 'https://eur-lex.europa.eu/EN/display-feed.rss?rssId=162', 'eur-lex.europa.eu', null, 360, false),
      (gen_random_uuid(), 'system:lagrummet', 'Lagrummet – rättsinformation (Atom)', 'ATOM', 'https://rinfo.lagrummet.se/feed/current', 'rinfo.lagrummet.se', null, 720, false),
      (gen_random_uuid(), 'system:upphandlingsmyndigheten-regler', 'Upphandlingsmyndigheten – regler och lagar', 'HTML', 'https://www.upphandlingsmyndigheten.se/regler-och-lagar/', 'www.upphandlingsmyndigheten.se', 'main', 1440, false);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "regwatch_alerts" cascade;`);
    this.addSql(`drop table if exists "regwatch_topics" cascade;`);
    this.addSql(`drop table if exists "regwatch_versions" cascade;`);
    this.addSql(`drop table if exists "regwatch_items" cascade;`);
    this.addSql(`drop table if exists "regwatch_hosts" cascade;`);
    this.addSql(`drop table if exists "regwatch_sources" cascade;`);
    this.addSql(`drop type "regwatch_identifier_kind";`);
    this.addSql(`drop type "regwatch_alert_state";`);
    this.addSql(`drop type "regwatch_severity";`);
    this.addSql(`drop type "regwatch_change_type";`);
    this.addSql(`drop type "regwatch_poll_status";`);
    this.addSql(`drop type "regwatch_source_kind";`);
  }

}
