import type { EntityManager } from "@mikro-orm/postgresql";

/**
 * An organisation's brief settings, one row per organisation (`brief_settings`, keyed by the
 * organisation), read and written in SQL that names the organisation: the row is a setting of the
 * organisation itself, not an object it owns, and the sweep joins it across organisations.
 * No row means the defaults.
 */
export const DEFAULT_PRE_BRIEF_LEAD_HOURS = 24;
export const MIN_PRE_BRIEF_LEAD_HOURS = 1;
export const MAX_PRE_BRIEF_LEAD_HOURS = 168;

export interface BriefSettingsValues {
  preBriefLeadHours: number;
  preBriefEmail: boolean;
  /** Null while the organisation uses the defaults. */
  updatedAt: Date | null;
}

type Row = { pre_brief_lead_hours: number; pre_brief_email: boolean; updated_at: Date | string };
const values = (row: Row | undefined): BriefSettingsValues =>
  row
    ? { preBriefLeadHours: Number(row.pre_brief_lead_hours), preBriefEmail: !!row.pre_brief_email, updatedAt: new Date(row.updated_at) }
    : { preBriefLeadHours: DEFAULT_PRE_BRIEF_LEAD_HOURS, preBriefEmail: false, updatedAt: null };

export async function readBriefSettings(em: EntityManager, orgId: string): Promise<BriefSettingsValues> {
  const rows = await em.execute<Row[]>(`select pre_brief_lead_hours, pre_brief_email, updated_at from brief_settings where organization_id = ?`, [orgId]);
  return values(rows[0]);
}

/** Upsert; a field left out keeps its value (or its default). */
export async function writeBriefSettings(em: EntityManager, orgId: string, patch: { preBriefLeadHours?: number; preBriefEmail?: boolean }): Promise<BriefSettingsValues> {
  const hours = patch.preBriefLeadHours ?? null;
  const email = patch.preBriefEmail ?? null;
  const rows = await em.execute<Row[]>(
    `insert into brief_settings (organization_id, pre_brief_lead_hours, pre_brief_email)
     values (?, coalesce(?::smallint, ${DEFAULT_PRE_BRIEF_LEAD_HOURS}), coalesce(?::boolean, false))
     on conflict (organization_id) do update
       set pre_brief_lead_hours = coalesce(?::smallint, brief_settings.pre_brief_lead_hours),
           pre_brief_email = coalesce(?::boolean, brief_settings.pre_brief_email),
           updated_at = now()
     returning pre_brief_lead_hours, pre_brief_email, updated_at`,
    [orgId, hours, email, hours, email],
  );
  return values(rows[0]);
}
