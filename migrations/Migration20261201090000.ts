import { Migration } from '@mikro-orm/migrations';

/**
 * Background jobs: agenda's own table (the schema of @agendajs/postgres-backend 3.0.6, created here
 * so that one migration history owns every table), our per-key bookkeeping and the dead letters.
 */
export class Migration20261201090000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "agenda_jobs" (
      id uuid primary key default gen_random_uuid(),
      name varchar(255) not null,
      priority integer not null default 0,
      next_run_at timestamptz,
      type varchar(10) not null default 'normal' check (type in ('normal', 'single')),
      locked_at timestamptz,
      last_finished_at timestamptz,
      failed_at timestamptz,
      fail_count integer default null,
      fail_reason text,
      repeat_timezone varchar(100),
      last_run_at timestamptz,
      repeat_interval varchar(255),
      data jsonb default '{}'::jsonb,
      repeat_at varchar(255),
      disabled boolean default false,
      progress real,
      fork boolean default false,
      last_modified_by varchar(255),
      debounce_started_at timestamptz,
      start_date timestamptz,
      end_date timestamptz,
      skip_days jsonb,
      created_at timestamptz default now(),
      updated_at timestamptz default now()
    );`);
    this.addSql(`create index if not exists "agenda_jobs_find_and_lock_idx" on "agenda_jobs" (name, next_run_at, priority desc, locked_at, disabled) where disabled = false;`);
    this.addSql(`create unique index if not exists "agenda_jobs_single_job_idx" on "agenda_jobs" (name) where type = 'single';`);
    this.addSql(`create index if not exists "agenda_jobs_locked_at_idx" on "agenda_jobs" (locked_at) where locked_at is not null;`);
    this.addSql(`create index if not exists "agenda_jobs_next_run_at_idx" on "agenda_jobs" (next_run_at) where next_run_at is not null;`);
    this.addSql(`create or replace function update_agenda_jobs_updated_at() returns trigger as $$ begin new.updated_at = now(); return new; end; $$ language plpgsql;`);
    this.addSql(`create trigger "agenda_jobs_updated_at_trigger" before update on "agenda_jobs" for each row execute function update_agenda_jobs_updated_at();`);

    this.addSql(`create table "job_runs" (
      "queue" varchar(100) not null,
      "key" varchar(300) not null,
      "job_name" varchar(100) not null,
      "organization_id" uuid null references "organizations" ("id") on delete cascade,
      "status" varchar(20) not null check ("status" in ('queued', 'running', 'retrying', 'succeeded', 'dead')),
      "attempts" integer not null default 0,
      "data" jsonb not null default '{}'::jsonb,
      "agenda_id" uuid null,
      "last_error_code" varchar(60) null,
      "first_failed_at" timestamptz null,
      "started_at" timestamptz null,
      "finished_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      primary key ("queue", "key")
    );`);
    this.addSql(`create index "job_runs_org_name_status_idx" on "job_runs" ("organization_id", "job_name", "status");`);
    this.addSql(`create index "job_runs_queue_status_updated_idx" on "job_runs" ("queue", "status", "updated_at");`);

    this.addSql(`create table "job_dead_letters" (
      "id" uuid primary key default gen_random_uuid(),
      "queue" varchar(100) not null,
      "job_name" varchar(100) not null,
      "job_key" varchar(300) not null,
      "organization_id" uuid null references "organizations" ("id") on delete cascade,
      "data" jsonb not null default '{}'::jsonb,
      "error_code" varchar(60) not null,
      "error_message" varchar(300) not null,
      "attempts" integer not null,
      "first_failed_at" timestamptz not null,
      "last_failed_at" timestamptz not null,
      "status" varchar(20) not null default 'dead' check ("status" in ('dead', 'replayed', 'discarded')),
      "resolved_at" timestamptz null,
      "created_at" timestamptz not null default now()
    );`);
    this.addSql(`create index "job_dead_letters_org_idx" on "job_dead_letters" ("queue", "organization_id", "status", "last_failed_at" desc, "id" desc);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "job_dead_letters";`);
    this.addSql(`drop table if exists "job_runs";`);
    this.addSql(`drop table if exists "agenda_jobs" cascade;`);
    this.addSql(`drop function if exists update_agenda_jobs_updated_at();`);
  }

}
