import type { EntityManager } from "@mikro-orm/postgresql";
import type { OrgExample } from "../../ai/extraction/learn/org-train";
import { toGlobalId } from "../../platform/ids";

/** One labelled example as `npm run -s export:labels` prints it (one JSON object per line). */
export interface ExportedLabel {
  id: string;
  meetingId: string;
  itemKind: "DECISION" | "ACTION_ITEM";
  itemId: string;
  verdict: "ACCEPT" | "EDIT" | "REJECT";
  source: string;
  confidence: number | null;
  segment: number | null;
  quote: string | null;
  suggestedText: string;
  finalText: string | null;
  features: string[] | null;
  createdAt: string;
}

type Row = {
  id: string;
  meeting_id: string;
  item_kind: ExportedLabel["itemKind"];
  item_id: string;
  verdict: ExportedLabel["verdict"];
  source: string;
  confidence: number | null;
  segment: number | null;
  quote: string | null;
  suggested_text: string;
  final_text: string | null;
  features: string[] | null;
  created_at: Date | string;
};

const PAGE = 1000;

/**
 * The organisation's labelled examples, oldest first (created_at, then id: a stable order, so
 * training on them is reproducible), a page at a time by keyset.
 */
export async function* labelledExamples(em: EntityManager, orgId: string): AsyncGenerator<ExportedLabel> {
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const rows: Row[] = await em.getConnection().execute<Row[]>(
      `select id, meeting_id, item_kind, item_id, verdict, source, confidence, segment, quote, suggested_text, final_text, features, created_at
         from labelled_examples
        where organization_id = ? ${after ? `and (created_at, id) > (?::timestamptz, ?::uuid)` : ""}
        order by created_at, id
        limit ${PAGE}`,
      after ? [orgId, after.at, after.id] : [orgId],
    );
    for (const r of rows)
      yield {
        id: r.id,
        meetingId: toGlobalId("Meeting", r.meeting_id),
        itemKind: r.item_kind,
        itemId: toGlobalId(r.item_kind === "DECISION" ? "Decision" : "ActionItem", r.item_id),
        verdict: r.verdict,
        source: r.source,
        confidence: r.confidence == null ? null : Number(r.confidence),
        segment: r.segment == null ? null : Number(r.segment),
        quote: r.quote,
        suggestedText: r.suggested_text,
        finalText: r.final_text,
        features: r.features,
        createdAt: new Date(r.created_at).toISOString(),
      };
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1] as Row;
    after = { at: new Date(last.created_at).toISOString(), id: last.id };
  }
}

/** The examples training can use: those with features, as the trainer's rows. */
export async function trainingExamples(em: EntityManager, orgId: string): Promise<OrgExample[]> {
  const out: OrgExample[] = [];
  for await (const e of labelledExamples(em, orgId)) {
    if (!e.features?.length) continue;
    out.push({ kind: e.itemKind === "DECISION" ? "decision" : "action", features: e.features, label: e.verdict === "REJECT" ? 0 : 1 });
  }
  return out;
}
