import { Migration } from '@mikro-orm/migrations';

/** Nudges: reminders per action item and recipient, their deliveries, owners' answers, settings and preferences. */
export class Migration20261201140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "nudge_kind" as enum ('STALLED', 'DUE_SOON', 'OVERDUE', 'ESCALATION', 'BLOCKED');`);
    this.addSql(`create type "nudge_channel" as enum ('EMAIL', 'SLACK', 'TEAMS');`);
    this.addSql(`create type "nudge_delivery_status" as enum ('PENDING', 'SENT', 'FAILED', 'SKIPPED');`);

    this.addSql(`create table "nudges" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "recipient_id" uuid not null, "action_item_id" uuid not null, "kind" "nudge_kind" not null, "window_key" varchar(100) not null, "read_at" timestamptz null, "answered_at" timestamptz null, "deliver_after" timestamptz not null, constraint "nudges_pkey" primary key ("id"));`);
    this.addSql(`create index "nudges_organization_id_index" on "nudges" ("organization_id");`);
    this.addSql(`create index "nudges_action_item_id_index" on "nudges" ("action_item_id");`);
    this.addSql(`create index "nudges_organization_id_recipient_id_created_at_id_index" on "nudges" ("organization_id", "recipient_id", "created_at", "id");`);
    this.addSql(`create index "nudges_unread_index" on "nudges" ("organization_id", "recipient_id") where "read_at" is null;`);
    this.addSql(`alter table "nudges" add constraint "nudges_item_kind_window_recipient_unique" unique ("action_item_id", "kind", "window_key", "recipient_id");`);
    this.addSql(`alter table "nudges" add constraint "nudges_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nudges" add constraint "nudges_recipient_id_foreign" foreign key ("recipient_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nudges" add constraint "nudges_action_item_id_foreign" foreign key ("action_item_id") references "action_items" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "nudge_deliveries" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "nudge_id" uuid not null, "channel" "nudge_channel" not null, "status" "nudge_delivery_status" not null default 'PENDING', "attempts" int not null default 0, "sent_at" timestamptz null, "error_code" varchar(40) null, constraint "nudge_deliveries_pkey" primary key ("id"));`);
    this.addSql(`create index "nudge_deliveries_organization_id_index" on "nudge_deliveries" ("organization_id");`);
    this.addSql(`alter table "nudge_deliveries" add constraint "nudge_deliveries_nudge_id_channel_unique" unique ("nudge_id", "channel");`);
    this.addSql(`alter table "nudge_deliveries" add constraint "nudge_deliveries_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nudge_deliveries" add constraint "nudge_deliveries_nudge_id_foreign" foreign key ("nudge_id") references "nudges" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "nudge_item_states" ("id" uuid not null, "created_at" timestamptz not null default now(), "organization_id" uuid not null, "snoozed_until" timestamptz null, "blocked_reason" text null, "blocked_at" timestamptz null, "blocked_by_id" uuid null, "answered_at" timestamptz null, "updated_at" timestamptz not null default now(), constraint "nudge_item_states_pkey" primary key ("id"));`);
    this.addSql(`create index "nudge_item_states_organization_id_index" on "nudge_item_states" ("organization_id");`);
    this.addSql(`alter table "nudge_item_states" add constraint "nudge_item_states_id_foreign" foreign key ("id") references "action_items" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nudge_item_states" add constraint "nudge_item_states_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nudge_item_states" add constraint "nudge_item_states_blocked_by_id_foreign" foreign key ("blocked_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "nudge_settings" ("organization_id" uuid not null, "stalled_hours" int not null default 48, "quiet_start" varchar(5) not null default '18:00', "quiet_end" varchar(5) not null default '08:00', "due_soon" boolean not null default true, "overdue" boolean not null default true, "escalate" boolean not null default true, "updated_at" timestamptz not null default now(), constraint "nudge_settings_pkey" primary key ("organization_id"));`);
    this.addSql(`alter table "nudge_settings" add constraint "nudge_settings_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "notification_preferences" ("id" uuid not null, "created_at" timestamptz not null default now(), "organization_id" uuid not null, "email" boolean not null default true, "slack_webhook_url" text null, "teams_webhook_url" text null, "quiet_start" varchar(5) null, "quiet_end" varchar(5) null, "unsubscribe_token" varchar(64) null, "updated_at" timestamptz not null default now(), constraint "notification_preferences_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_preferences" add constraint "notification_preferences_unsubscribe_token_unique" unique ("unsubscribe_token");`);
    this.addSql(`create index "notification_preferences_organization_id_index" on "notification_preferences" ("organization_id");`);
    this.addSql(`alter table "notification_preferences" add constraint "notification_preferences_id_foreign" foreign key ("id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification_preferences" add constraint "notification_preferences_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);

    // The sweep's stalled-items scan: open items with an owner, per organisation, by last change.
    this.addSql(`create index "action_items_open_owned_updated_index" on "action_items" ("organization_id", "updated_at") where "status" = 'OPEN' and "owner_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "action_items_open_owned_updated_index";`);
    this.addSql(`drop table if exists "notification_preferences" cascade;`);
    this.addSql(`drop table if exists "nudge_settings" cascade;`);
    this.addSql(`drop table if exists "nudge_item_states" cascade;`);
    this.addSql(`drop table if exists "nudge_deliveries" cascade;`);
    this.addSql(`drop table if exists "nudges" cascade;`);
    this.addSql(`drop type if exists "nudge_delivery_status";`);
    this.addSql(`drop type if exists "nudge_channel";`);
    this.addSql(`drop type if exists "nudge_kind";`);
  }

}
