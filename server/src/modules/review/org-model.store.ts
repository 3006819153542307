import type { EntityManager } from "@mikro-orm/postgresql";
import type { ExtractionModel } from "../../ai/index";

/**
 * An organisation's own extraction model (`organization_extraction_models`, one row per
 * organisation): trained offline by `npm run train:extraction -- --org <slug>` from the committed
 * corpus plus the organisation's labelled examples. The extraction job hands it to the local
 * extractor as data; without a row the shipped model (learn/model.json) is used.
 */
export interface OrgModelRow {
  model: ExtractionModel;
  hash: string;
  examples: number;
  trainedAt: Date;
}

type Row = { model: ExtractionModel | string; model_hash: string; examples: number; trained_at: Date | string };

export async function readOrgModel(em: EntityManager, orgId: string): Promise<OrgModelRow | null> {
  const rows = await em.getConnection().execute<Row[]>(`select model, model_hash, examples, trained_at from organization_extraction_models where organization_id = ?`, [orgId]);
  const row = rows[0];
  if (!row) return null;
  return { model: typeof row.model === "string" ? (JSON.parse(row.model) as ExtractionModel) : row.model, hash: row.model_hash, examples: Number(row.examples), trainedAt: new Date(row.trained_at) };
}

export async function writeOrgModel(em: EntityManager, orgId: string, model: ExtractionModel, hash: string, examples: number): Promise<void> {
  await em.getConnection().execute(
    `insert into organization_extraction_models (organization_id, model, model_hash, examples)
     values (?, ?::jsonb, ?, ?)
     on conflict (organization_id) do update set model = excluded.model, model_hash = excluded.model_hash, examples = excluded.examples, trained_at = now()`,
    [orgId, JSON.stringify(model), hash, examples],
  );
}
