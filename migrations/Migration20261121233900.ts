import { Migration } from '@mikro-orm/migrations';

export class Migration20261121233900 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "meeting_status" as enum ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create type "sensitivity" as enum ('NORMAL', 'SENSITIVE');`);
    this.addSql(`create type "brief_kind" as enum ('PRE', 'POST');`);
    this.addSql(`create type "user_role" as enum ('VIEWER', 'EDITOR', 'ADMIN');`);
    this.addSql(`create type "consent_status" as enum ('PENDING', 'GRANTED', 'DECLINED');`);
    this.addSql(`create type "action_item_status" as enum ('OPEN', 'DONE', 'CANCELLED');`);
    this.addSql(`create table "organizations" ("id" uuid not null, "name" varchar(200) not null, "slug" varchar(100) not null, "created_at" timestamptz not null default now(), constraint "organizations_pkey" primary key ("id"));`);
    this.addSql(`alter table "organizations" add constraint "organizations_slug_unique" unique ("slug");`);

    this.addSql(`create table "meetings" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "title" varchar(300) not null, "starts_at" timestamptz not null, "ends_at" timestamptz null, "status" "meeting_status" not null default 'SCHEDULED', "sensitivity" "sensitivity" not null default 'NORMAL', "location" varchar(300) null, "agenda_items" jsonb not null, constraint "meetings_pkey" primary key ("id"));`);
    this.addSql(`create index "meetings_organization_id_index" on "meetings" ("organization_id");`);
    this.addSql(`create index "meetings_starts_at_index" on "meetings" ("starts_at");`);

    this.addSql(`create table "decisions" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "evidence_quote" text null, "evidence_segment" int null, "evidence_start_ms" int null, "source" varchar(100) not null default 'manual', "confidence" double precision null, "edited_by_human" boolean not null default false, "meeting_id" uuid not null, "text" text not null, "decided_at" timestamptz null, constraint "decisions_pkey" primary key ("id"));`);
    this.addSql(`create index "decisions_organization_id_index" on "decisions" ("organization_id");`);
    this.addSql(`create index "decisions_meeting_id_index" on "decisions" ("meeting_id");`);

    this.addSql(`create table "briefs" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "meeting_id" uuid not null, "kind" "brief_kind" not null, "body" text not null, "version" int not null, constraint "briefs_pkey" primary key ("id"));`);
    this.addSql(`create index "briefs_organization_id_index" on "briefs" ("organization_id");`);
    this.addSql(`create index "briefs_meeting_id_index" on "briefs" ("meeting_id");`);
    this.addSql(`alter table "briefs" add constraint "briefs_meeting_id_kind_version_unique" unique ("meeting_id", "kind", "version");`);

    this.addSql(`create table "stakeholders" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" varchar(200) not null, "title" varchar(200) null, "organization_name" varchar(200) null, "email" varchar(320) null, "phone" varchar(50) null, "influence" smallint null, "interest" smallint null, "notes" text null, constraint "stakeholders_pkey" primary key ("id"));`);
    this.addSql(`create index "stakeholders_organization_id_index" on "stakeholders" ("organization_id");`);
    this.addSql(`create index "stakeholders_name_index" on "stakeholders" ("name");`);

    this.addSql(`create table "users" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" varchar(200) not null, "email" varchar(320) not null, "role" "user_role" not null default 'VIEWER', "external_subject" varchar(300) null, "active" boolean not null default true, constraint "users_pkey" primary key ("id"));`);
    this.addSql(`create index "users_organization_id_index" on "users" ("organization_id");`);
    this.addSql(`create index "users_external_subject_index" on "users" ("external_subject");`);
    this.addSql(`alter table "users" add constraint "users_organization_id_email_unique" unique ("organization_id", "email");`);

    this.addSql(`create table "participants" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "meeting_id" uuid not null, "stakeholder_id" uuid not null, "role" varchar(100) null, "consent" "consent_status" not null default 'PENDING', "consent_updated_at" timestamptz null, "consent_updated_by_id" uuid null, constraint "participants_pkey" primary key ("id"));`);
    this.addSql(`create index "participants_organization_id_index" on "participants" ("organization_id");`);
    this.addSql(`create index "participants_meeting_id_index" on "participants" ("meeting_id");`);
    this.addSql(`alter table "participants" add constraint "participants_meeting_id_stakeholder_id_unique" unique ("meeting_id", "stakeholder_id");`);

    this.addSql(`create table "api_tokens" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "label" varchar(200) not null, "prefix" varchar(20) not null, "token_hash" varchar(64) not null, "scopes" jsonb not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by_id" uuid not null, constraint "api_tokens_pkey" primary key ("id"));`);
    this.addSql(`create index "api_tokens_organization_id_index" on "api_tokens" ("organization_id");`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "action_items" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "evidence_quote" text null, "evidence_segment" int null, "evidence_start_ms" int null, "source" varchar(100) not null default 'manual', "confidence" double precision null, "edited_by_human" boolean not null default false, "meeting_id" uuid not null, "title" text not null, "owner_id" uuid null, "owner_name" varchar(200) null, "due_date" date null, "status" "action_item_status" not null default 'OPEN', "completed_at" timestamptz null, constraint "action_items_pkey" primary key ("id"));`);
    this.addSql(`create index "action_items_organization_id_index" on "action_items" ("organization_id");`);
    this.addSql(`create index "action_items_meeting_id_index" on "action_items" ("meeting_id");`);
    this.addSql(`create index "action_items_due_date_index" on "action_items" ("due_date");`);

    this.addSql(`alter table "meetings" add constraint "meetings_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "decisions" add constraint "decisions_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "decisions" add constraint "decisions_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "briefs" add constraint "briefs_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "briefs" add constraint "briefs_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stakeholders" add constraint "stakeholders_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "users" add constraint "users_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "participants" add constraint "participants_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "participants" add constraint "participants_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "participants" add constraint "participants_stakeholder_id_foreign" foreign key ("stakeholder_id") references "stakeholders" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "participants" add constraint "participants_consent_updated_by_id_foreign" foreign key ("consent_updated_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_tokens" add constraint "api_tokens_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "action_items" add constraint "action_items_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action_items" add constraint "action_items_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action_items" add constraint "action_items_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on update cascade on delete set null;`);
  }

}
