import { Migration } from '@mikro-orm/migrations';

export class Migration20261122002637 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "transcripts" add column "sensitive_at_attach" boolean not null default false;`);

    this.addSql(`alter table "participants" add column "consent_updated_by_token_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "participants" drop column "consent_updated_by_token_id";`);

    this.addSql(`alter table "transcripts" drop column "sensitive_at_attach";`);
  }

}
