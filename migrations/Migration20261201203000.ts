import { Migration } from '@mikro-orm/migrations';

/**
 * Speech-to-text: an audio upload on its way to a transcript. `audio` (bytea) is held only until
 * the job has run and `pending_text` only while speakers wait to be mapped (both deleted after,
 * and by the hourly `speech.prune`).
 */
export class Migration20261201203000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "speech_transcription_status" as enum ('QUEUED', 'RUNNING', 'NEEDS_SPEAKERS', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create table "speech_transcriptions" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "meeting_id" uuid not null, "status" "speech_transcription_status" not null default 'QUEUED', "audio" bytea null, "content_type" varchar(100) not null, "file_name" varchar(255) not null, "byte_size" int not null, "speaker_map" jsonb null, "pending_text" text null, "duration_ms" int null, "segment_count" int null, "diarised" boolean null, "failure_code" varchar(60) null, "failure_reason" varchar(500) null, "run_id" uuid null, "requested_by_id" uuid null, "finished_at" timestamptz null, constraint "speech_transcriptions_pkey" primary key ("id"));`);
    this.addSql(`create index "speech_transcriptions_organization_id_index" on "speech_transcriptions" ("organization_id");`);
    this.addSql(`create index "speech_transcriptions_organization_id_meeting_id_created_at_index" on "speech_transcriptions" ("organization_id", "meeting_id", "created_at");`);
    this.addSql(`alter table "speech_transcriptions" add constraint "speech_transcriptions_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "speech_transcriptions" add constraint "speech_transcriptions_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "speech_transcriptions" add constraint "speech_transcriptions_run_id_foreign" foreign key ("run_id") references "extraction_runs" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "speech_transcriptions" add constraint "speech_transcriptions_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "speech_transcriptions" cascade;`);
    this.addSql(`drop type if exists "speech_transcription_status";`);
  }

}
