import { Migration } from '@mikro-orm/migrations';

/**
 * Tenant-leading indexes for every list the API serves: organization_id first, then the list's
 * filter columns, then its order columns, then id where the ORM breaks ties by id. With 20
 * neighbours of the same size, the lists walked global indexes (meetings.starts_at,
 * action_items.due_date, stakeholders.name) and threw away every other organisation's rows;
 * server/test/graphql/explain.test.ts checks the plans of every list query.
 *
 * The global indexes those walks used serve no other query and are dropped. The single-column
 * meeting_id indexes stay: ON DELETE CASCADE from meetings needs an index that leads with
 * meeting_id. Plain `create index` (not concurrently): migrations run in one transaction.
 */
export class Migration20261201120000 extends Migration {

  override async up(): Promise<void> {
    // meetings(filter: { from, to, status, search }, orderBy: STARTS_AT | TITLE) — the dashboard's upcoming meetings.
    this.addSql(`create index if not exists "meetings_organization_id_starts_at_id_index" on "meetings" ("organization_id", "starts_at", "id");`);
    this.addSql(`create index if not exists "meetings_organization_id_title_id_index" on "meetings" ("organization_id", "title", "id");`);
    this.addSql(`drop index if exists "meetings_starts_at_index";`);

    // actionItems(filter: { status, overdue }, orderBy: DUE_DATE) — the dashboard's open and overdue items.
    this.addSql(`create index if not exists "action_items_organization_id_status_due_date_id_index" on "action_items" ("organization_id", "status", "due_date", "id");`);
    // actionItems() without a status (the default order, and the owner filter on top of it).
    this.addSql(`create index if not exists "action_items_organization_id_due_date_id_index" on "action_items" ("organization_id", "due_date", "id");`);
    // actionItems(orderBy: UPDATED_AT).
    this.addSql(`create index if not exists "action_items_organization_id_updated_at_id_index" on "action_items" ("organization_id", "updated_at", "id");`);
    // Meeting.actionItems and actionItems(filter: { meetingId }): evidence order, then creation.
    this.addSql(`create index if not exists "action_items_organization_id_meeting_id_evidence_index" on "action_items" ("organization_id", "meeting_id", "evidence_start_ms", "created_at", "id");`);
    this.addSql(`drop index if exists "action_items_due_date_index";`);

    // Meeting.decisions, in the order they were made.
    this.addSql(`create index if not exists "decisions_organization_id_meeting_id_evidence_index" on "decisions" ("organization_id", "meeting_id", "evidence_start_ms", "created_at", "id");`);
    // Meeting.participants.
    this.addSql(`create index if not exists "participants_organization_id_meeting_id_created_at_id_index" on "participants" ("organization_id", "meeting_id", "created_at", "id");`);
    // Meeting.briefs (kind, newest version first) and the latest POST brief when generating one.
    this.addSql(`create index if not exists "briefs_organization_id_meeting_id_kind_version_index" on "briefs" ("organization_id", "meeting_id", "kind", "version");`);
    // Meeting.extractionRuns: the 20 most recent.
    this.addSql(`create index if not exists "extraction_runs_organization_id_meeting_id_created_at_id_index" on "extraction_runs" ("organization_id", "meeting_id", "created_at", "id");`);

    // stakeholders(filter: { search }), by name.
    this.addSql(`create index if not exists "stakeholders_organization_id_name_id_index" on "stakeholders" ("organization_id", "name", "id");`);
    this.addSql(`drop index if exists "stakeholders_name_index";`);

    // users(), by name (admins).
    this.addSql(`create index if not exists "users_organization_id_name_id_index" on "users" ("organization_id", "name", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index if not exists "stakeholders_name_index" on "stakeholders" ("name");`);
    this.addSql(`create index if not exists "action_items_due_date_index" on "action_items" ("due_date");`);
    this.addSql(`create index if not exists "meetings_starts_at_index" on "meetings" ("starts_at");`);
    this.addSql(`drop index if exists "users_organization_id_name_id_index";`);
    this.addSql(`drop index if exists "stakeholders_organization_id_name_id_index";`);
    this.addSql(`drop index if exists "extraction_runs_organization_id_meeting_id_created_at_id_index";`);
    this.addSql(`drop index if exists "briefs_organization_id_meeting_id_kind_version_index";`);
    this.addSql(`drop index if exists "participants_organization_id_meeting_id_created_at_id_index";`);
    this.addSql(`drop index if exists "decisions_organization_id_meeting_id_evidence_index";`);
    this.addSql(`drop index if exists "action_items_organization_id_meeting_id_evidence_index";`);
    this.addSql(`drop index if exists "action_items_organization_id_updated_at_id_index";`);
    this.addSql(`drop index if exists "action_items_organization_id_due_date_id_index";`);
    this.addSql(`drop index if exists "action_items_organization_id_status_due_date_id_index";`);
    this.addSql(`drop index if exists "meetings_organization_id_title_id_index";`);
    this.addSql(`drop index if exists "meetings_organization_id_starts_at_id_index";`);
  }

}
