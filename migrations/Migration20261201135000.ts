import { Migration } from '@mikro-orm/migrations';

/** Who called a meeting (escalated nudges go to them); existing meetings have none. */
export class Migration20261201135000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "meetings" add column "organizer_id" uuid null;`);
    this.addSql(`alter table "meetings" add constraint "meetings_organizer_id_foreign" foreign key ("organizer_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "meetings_organizer_id_index" on "meetings" ("organizer_id") where "organizer_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meetings" drop constraint "meetings_organizer_id_foreign";`);
    this.addSql(`alter table "meetings" drop column "organizer_id";`);
  }

}
