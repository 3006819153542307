import { Migration } from '@mikro-orm/migrations';

/**
 * The requeue sweep (`transcripts.requeue-runs`) looks for runs left QUEUED past a cutoff across
 * organisations, oldest first: a partial index holds only those, so the sweep no longer reads the
 * whole table (found by the EXPLAIN test when the sweep ran during it: a sequential scan of
 * 8,443 rows).
 */
export class Migration20261202000000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index if not exists "extraction_runs_queued_created_at_id_index" on "extraction_runs" ("created_at", "id") where "status" = 'QUEUED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "extraction_runs_queued_created_at_id_index";`);
  }

}
