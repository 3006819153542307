import type { EntityManager } from "@mikro-orm/postgresql";

/**
 * An organisation's meeting-intelligence settings, one row per organisation (`review_settings`,
 * keyed by the organisation), read and written in SQL that names the organisation, like
 * brief_settings: a setting of the organisation itself, not an object it owns. No row: defaults.
 */
export const DEFAULT_SUGGESTION_THRESHOLD = 0.6;

export interface ReviewSettingsValues {
  /** Extracted items with a confidence below this are stored as suggestions (SUGGESTED). */
  suggestionThreshold: number;
  /** Null while the organisation uses the defaults. */
  updatedAt: Date | null;
}

type Row = { suggestion_threshold: number | string; updated_at: Date | string };
const values = (row: Row | undefined): ReviewSettingsValues =>
  row ? { suggestionThreshold: Number(row.suggestion_threshold), updatedAt: new Date(row.updated_at) } : { suggestionThreshold: DEFAULT_SUGGESTION_THRESHOLD, updatedAt: null };

export async function readReviewSettings(em: EntityManager, orgId: string): Promise<ReviewSettingsValues> {
  const rows = await em.execute<Row[]>(`select suggestion_threshold, updated_at from review_settings where organization_id = ?`, [orgId]);
  return values(rows[0]);
}

/** Upsert; a field left out keeps its value (or its default). */
export async function writeReviewSettings(em: EntityManager, orgId: string, patch: { suggestionThreshold?: number }): Promise<ReviewSettingsValues> {
  const threshold = patch.suggestionThreshold ?? null;
  const rows = await em.execute<Row[]>(
    `insert into review_settings (organization_id, suggestion_threshold)
     values (?, coalesce(?::double precision, ${DEFAULT_SUGGESTION_THRESHOLD}))
     on conflict (organization_id) do update
       set suggestion_threshold = coalesce(?::double precision, review_settings.suggestion_threshold),
           updated_at = now()
     returning suggestion_threshold, updated_at`,
    [orgId, threshold, threshold],
  );
  return values(rows[0]);
}
