import { Migration } from '@mikro-orm/migrations';

export class Migration20261121235550 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "extraction_run_status" as enum ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create table "audit_events" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "action" varchar(60) not null, "actor_user_id" uuid null, "actor_token_id" uuid null, "meeting_id" uuid null, "target_type" varchar(40) null, "target_id" uuid null, "details" jsonb not null, constraint "audit_events_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_events_organization_id_index" on "audit_events" ("organization_id");`);
    this.addSql(`create index "audit_events_meeting_id_index" on "audit_events" ("meeting_id");`);
    this.addSql(`create index "audit_events_organization_id_created_at_index" on "audit_events" ("organization_id", "created_at");`);

    this.addSql(`create table "transcripts" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "meeting_id" uuid not null, "format" varchar(20) not null, "text" text not null, "filename" varchar(255) null, "byte_size" int not null, "segment_count" int not null, "speaker_count" int not null, "uploaded_by_id" uuid null, constraint "transcripts_pkey" primary key ("id"));`);
    this.addSql(`create index "transcripts_organization_id_index" on "transcripts" ("organization_id");`);
    this.addSql(`create index "transcripts_meeting_id_index" on "transcripts" ("meeting_id");`);

    this.addSql(`create table "extraction_runs" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "meeting_id" uuid not null, "transcript_id" uuid null, "status" "extraction_run_status" not null default 'QUEUED', "progress" smallint not null, "source" varchar(100) null, "failure_code" varchar(60) null, "failure_reason" varchar(500) null, "decision_count" int null, "action_item_count" int null, "started_at" timestamptz null, "finished_at" timestamptz null, "requested_by_id" uuid null, constraint "extraction_runs_pkey" primary key ("id"));`);
    this.addSql(`create index "extraction_runs_organization_id_index" on "extraction_runs" ("organization_id");`);
    this.addSql(`create index "extraction_runs_meeting_id_created_at_index" on "extraction_runs" ("meeting_id", "created_at");`);

    this.addSql(`alter table "audit_events" add constraint "audit_events_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "transcripts" add constraint "transcripts_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "transcripts" add constraint "transcripts_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "transcripts" add constraint "transcripts_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "extraction_runs" add constraint "extraction_runs_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "extraction_runs" add constraint "extraction_runs_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "extraction_runs" add constraint "extraction_runs_transcript_id_foreign" foreign key ("transcript_id") references "transcripts" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "extraction_runs" add constraint "extraction_runs_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "extraction_runs" drop constraint "extraction_runs_transcript_id_foreign";`);

    this.addSql(`drop table if exists "audit_events" cascade;`);

    this.addSql(`drop table if exists "transcripts" cascade;`);

    this.addSql(`drop table if exists "extraction_runs" cascade;`);

    this.addSql(`drop type "extraction_run_status";`);
  }

}
