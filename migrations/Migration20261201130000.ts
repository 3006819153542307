import { Migration } from '@mikro-orm/migrations';

/**
 * A person's own action items ("Mina åtgärder", nudges per owner) ordered by due date, and the
 * owner foreign key (deleting a user sets owners to null without scanning the table).
 */
export class Migration20261201130000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index if not exists "action_items_organization_id_owner_id_status_due_date_id_index" on "action_items" ("organization_id", "owner_id", "status", "due_date", "id");`);
    this.addSql(`create index if not exists "action_items_owner_id_index" on "action_items" ("owner_id") where "owner_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "action_items_owner_id_index";`);
    this.addSql(`drop index if exists "action_items_organization_id_owner_id_status_due_date_id_index";`);
  }

}
