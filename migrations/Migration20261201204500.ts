import { Migration } from '@mikro-orm/migrations';

/**
 * The review loop (issue 12, item 5): a review state on decisions and action items (existing rows
 * are facts: ACCEPTED), who reviewed them and when; reviewers' verdicts as labelled examples per
 * organisation (deleted with the meeting); the organisation's suggestion threshold; and its own
 * retrained extraction model.
 */
export class Migration20261201204500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "review_item_kind" as enum ('DECISION', 'ACTION_ITEM');`);
    this.addSql(`create type "review_verdict" as enum ('ACCEPT', 'EDIT', 'REJECT');`);
    this.addSql(`create type "review_state" as enum ('SUGGESTED', 'ACCEPTED', 'EDITED', 'REJECTED');`);

    this.addSql(`alter table "decisions" add column "review_state" "review_state" not null default 'ACCEPTED', add column "reviewed_at" timestamptz null, add column "reviewed_by_id" uuid null;`);
    this.addSql(`alter table "decisions" add constraint "decisions_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action_items" add column "review_state" "review_state" not null default 'ACCEPTED', add column "reviewed_at" timestamptz null, add column "reviewed_by_id" uuid null;`);
    this.addSql(`alter table "action_items" add constraint "action_items_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "labelled_examples" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "meeting_id" uuid not null, "item_kind" "review_item_kind" not null, "item_id" uuid not null, "verdict" "review_verdict" not null, "source" varchar(100) not null, "confidence" double precision null, "segment" int null, "quote" text null, "suggested_text" text not null, "features" jsonb null, "final_text" text null, "reviewer_id" uuid null, constraint "labelled_examples_pkey" primary key ("id"));`);
    this.addSql(`create index "labelled_examples_organization_id_index" on "labelled_examples" ("organization_id");`);
    this.addSql(`create index "labelled_examples_meeting_id_index" on "labelled_examples" ("meeting_id");`);
    this.addSql(`create index "labelled_examples_organization_id_created_at_index" on "labelled_examples" ("organization_id", "created_at");`);
    this.addSql(`alter table "labelled_examples" add constraint "labelled_examples_organization_id_item_id_unique" unique ("organization_id", "item_id");`);
    this.addSql(`alter table "labelled_examples" add constraint "labelled_examples_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "labelled_examples" add constraint "labelled_examples_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "labelled_examples" add constraint "labelled_examples_reviewer_id_foreign" foreign key ("reviewer_id") references "users" ("id") on update cascade on delete set null;`);

    // Settings of the organisation itself, like brief_settings: no row means the defaults.
    this.addSql(`create table "review_settings" ("organization_id" uuid not null, "suggestion_threshold" double precision not null default 0.6, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "review_settings_pkey" primary key ("organization_id"), constraint "review_settings_suggestion_threshold_check" check ("suggestion_threshold" between 0 and 1));`);
    this.addSql(`alter table "review_settings" add constraint "review_settings_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "organization_extraction_models" ("organization_id" uuid not null, "model" jsonb not null, "model_hash" varchar(64) not null, "examples" int not null, "trained_at" timestamptz not null default now(), constraint "organization_extraction_models_pkey" primary key ("organization_id"));`);
    this.addSql(`alter table "organization_extraction_models" add constraint "organization_extraction_models_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organization_extraction_models";`);
    this.addSql(`drop table if exists "review_settings";`);
    this.addSql(`drop table if exists "labelled_examples";`);
    this.addSql(`alter table "decisions" drop constraint "decisions_reviewed_by_id_foreign";`);
    this.addSql(`alter table "decisions" drop column "review_state", drop column "reviewed_at", drop column "reviewed_by_id";`);
    this.addSql(`alter table "action_items" drop constraint "action_items_reviewed_by_id_foreign";`);
    this.addSql(`alter table "action_items" drop column "review_state", drop column "reviewed_at", drop column "reviewed_by_id";`);
    this.addSql(`drop type "review_state";`);
    this.addSql(`drop type "review_verdict";`);
    this.addSql(`drop type "review_item_kind";`);
  }

}
