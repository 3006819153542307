import { Migration } from '@mikro-orm/migrations';

/**
 * Calendar import: subscribed ICS feeds, and which meeting each iCalendar event (or occurrence of a
 * recurring one) became — unique per organisation, UID and recurrence id, so imports update instead
 * of duplicating. Deleting a meeting deletes its mapping; deleting a feed keeps its meetings.
 */
export class Migration20261201150000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "calendar_feed_status" as enum ('OK', 'NOT_MODIFIED', 'FAILED');`);

    this.addSql(`create table "calendar_feeds" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" varchar(200) not null, "url" varchar(2000) not null, "etag" varchar(500) null, "last_modified" varchar(100) null, "last_polled_at" timestamptz null, "last_status" "calendar_feed_status" null, "last_error_code" varchar(50) null, "consecutive_failures" int not null default 0, "created_by_id" uuid null, constraint "calendar_feeds_pkey" primary key ("id"));`);
    this.addSql(`create index "calendar_feeds_organization_id_index" on "calendar_feeds" ("organization_id");`);
    this.addSql(`create index "calendar_feeds_created_by_id_index" on "calendar_feeds" ("created_by_id");`);
    this.addSql(`alter table "calendar_feeds" add constraint "calendar_feeds_organization_id_url_unique" unique ("organization_id", "url");`);
    this.addSql(`alter table "calendar_feeds" add constraint "calendar_feeds_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "calendar_feeds" add constraint "calendar_feeds_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "calendar_events" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "feed_id" uuid null, "uid" varchar(500) not null, "recurrence_id" varchar(30) not null, "sequence" int not null, "stamped_at" timestamptz null, "meeting_id" uuid not null, "last_seen_at" timestamptz not null, constraint "calendar_events_pkey" primary key ("id"));`);
    this.addSql(`create index "calendar_events_organization_id_index" on "calendar_events" ("organization_id");`);
    this.addSql(`create index "calendar_events_feed_id_index" on "calendar_events" ("feed_id");`);
    this.addSql(`create index "calendar_events_meeting_id_index" on "calendar_events" ("meeting_id");`);
    this.addSql(`alter table "calendar_events" add constraint "calendar_events_organization_id_uid_recurrence_id_unique" unique ("organization_id", "uid", "recurrence_id");`);
    this.addSql(`alter table "calendar_events" add constraint "calendar_events_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "calendar_events" add constraint "calendar_events_feed_id_foreign" foreign key ("feed_id") references "calendar_feeds" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "calendar_events" add constraint "calendar_events_meeting_id_foreign" foreign key ("meeting_id") references "meetings" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "calendar_events" cascade;`);
    this.addSql(`drop table if exists "calendar_feeds" cascade;`);
    this.addSql(`drop type "calendar_feed_status";`);
  }

}
