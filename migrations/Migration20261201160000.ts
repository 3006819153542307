import { Migration } from '@mikro-orm/migrations';

/**
 * Pre-meeting briefs: the start a PRE brief was written for (a moved meeting needs a new one), the
 * organisation's brief settings, and a partial index on scheduled meetings' starts for the sweep,
 * which looks across organisations for meetings starting within the next hours.
 */
export class Migration20261201160000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "briefs" add column "for_starts_at" timestamptz null;`);
    this.addSql(`create table "brief_settings" ("organization_id" uuid not null, "pre_brief_lead_hours" smallint not null default 24, "pre_brief_email" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "brief_settings_pkey" primary key ("organization_id"), constraint "brief_settings_pre_brief_lead_hours_check" check ("pre_brief_lead_hours" between 1 and 168));`);
    this.addSql(`alter table "brief_settings" add constraint "brief_settings_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "meetings_scheduled_starts_at_index" on "meetings" ("starts_at") where "status" = 'SCHEDULED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "meetings_scheduled_starts_at_index";`);
    this.addSql(`drop table if exists "brief_settings";`);
    this.addSql(`alter table "briefs" drop column "for_starts_at";`);
  }

}
