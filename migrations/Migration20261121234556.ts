import { Migration } from '@mikro-orm/migrations';

export class Migration20261121234556 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "procurement_scenarios" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "organization_id" uuid not null, "name" varchar(200) not null, "scenario" jsonb not null, "created_by_id" uuid null, constraint "procurement_scenarios_pkey" primary key ("id"));`);
    this.addSql(`create index "procurement_scenarios_organization_id_index" on "procurement_scenarios" ("organization_id");`);
    this.addSql(`create index "procurement_scenarios_organization_id_updated_at_index" on "procurement_scenarios" ("organization_id", "updated_at");`);

    this.addSql(`alter table "procurement_scenarios" add constraint "procurement_scenarios_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "procurement_scenarios" add constraint "procurement_scenarios_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "procurement_scenarios" cascade;`);
  }

}
