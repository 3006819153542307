import { Migration } from '@mikro-orm/migrations';

/**
 * Finding past meetings: a generated Swedish tsvector over a meeting's title, agenda and place
 * (`meetings.search`), matched with prefix terms by `meetings(filter: { search })`. No GIN index:
 * an organisation's meetings are reached through its tenant-leading (organization_id, starts_at)
 * index and the stored vector is checked on those rows (a few thousand at most per organisation),
 * which keeps the plan tenant-led. A participant filter reads participants by (organization_id,
 * stakeholder_id, meeting_id), which this also indexes. And a transcript's speaker map: labels of
 * the file an editor mapped to participants when attaching it (applied whenever the text is parsed).
 */
export class Migration20261201190000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "meetings" add column "search" tsvector generated always as (to_tsvector('swedish'::regconfig, coalesce("title", '') || ' ' || coalesce("agenda_items"::text, '') || ' ' || coalesce("location", ''))) stored;`);
    this.addSql(`alter table "transcripts" add column "speaker_map" jsonb null;`);
    this.addSql(`create index if not exists "participants_organization_id_stakeholder_id_meeting_id_index" on "participants" ("organization_id", "stakeholder_id", "meeting_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "participants_organization_id_stakeholder_id_meeting_id_index";`);
    this.addSql(`alter table "meetings" drop column "search";`);
    this.addSql(`alter table "transcripts" drop column "speaker_map";`);
  }

}
