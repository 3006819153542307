import type { EntityManager } from "@mikro-orm/postgresql";
import { pgArray } from "../../platform/read-path";
import { amendedActs } from "./parse/identifiers";
import { sha256 } from "./parse/text";
import type { ParsedEntry } from "./parse/types";
import { RegwatchChangeType } from "./regwatch.enums";
import { classifyChange, inForceDate, inForceOfChange, readRepeal } from "./statute/change";
import { diffSections, diffSummary, type SectionDiff } from "./statute/diff";
import { isParagraph, parseSections, type Section } from "./statute/sections";
import { matchVersions, type CreatedAlert } from "./regwatch-match";

export interface SourceScope {
  id: string;
  organizationId: string | null;
}

export interface Fetched {
  now: Date;
  etag: string | null;
  lastModified: string | null;
}

export interface StoreResult {
  newItems: number;
  newVersions: number;
  versions: { id: string; changeType: RegwatchChangeType }[];
  alerts: CreatedAlert[];
  /** SQL statements this store ran (constant in the number of entries). */
  statements: number;
}

interface ItemRow {
  id: string;
  identifier: string;
  current_seq: number;
  current_hash: string | null;
  current_meta_hash: string | null;
  inserted: boolean;
}

interface PrevRow {
  item_id: string;
  content_hash: string;
  title: string;
  text: string;
  sections: Section[];
  change_type: string;
}

const metaHashOf = (e: ParsedEntry) => sha256(JSON.stringify([e.title, e.publishedOn, e.url, ...e.meta]));

function summaryFor(changeType: RegwatchChangeType, sections: Section[], diff: SectionDiff[]): string {
  if (changeType === RegwatchChangeType.METADATA_ONLY) return "Endast titel eller datum ändrade";
  const paragraphs = sections.filter((s) => isParagraph(s.section)).length;
  if (changeType === RegwatchChangeType.NEW) return paragraphs ? `Ny, ${paragraphs} ${paragraphs === 1 ? "paragraf" : "paragrafer"}` : "Ny";
  const counts = diffSummary(diff);
  if (changeType === RegwatchChangeType.REPEALED) return diff.length ? `Upphävd; ${counts}` : "Upphävd";
  return counts;
}

/**
 * Stores one poll's entries in one transaction, in a constant number of statements: upserts the
 * items (the upsert locks each item row, so two polls of the same source at once serialise per
 * item and the second finds the first one's hash), reads the previous versions of the changed
 * ones, inserts the new versions (a version only when the text's or the metadata's hash changed),
 * moves the items on, and matches the new versions against every organisation's topics, meetings
 * and stakeholders (one statement, see regwatch-match.ts).
 */
export async function storeEntries(tx: EntityManager, source: SourceScope, entries: readonly ParsedEntry[], fetched: Fetched): Promise<StoreResult> {
  const unique = [...new Map(entries.map((e) => [e.identifier, e])).values()].sort((a, b) => (a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0));
  if (!unique.length) return { newItems: 0, newVersions: 0, versions: [], alerts: [], statements: 0 };
  let statements = 0;
  const q = async <T>(sql: string, params: unknown[]) => {
    statements += 1;
    return tx.execute<T[]>(sql, params);
  };

  const items = await q<ItemRow>(
    `insert into regwatch_items (id, source_id, organization_id, identifier, identifier_kind, title, url, published_on, last_seen_at, created_at, updated_at)
     select gen_random_uuid(), ?::uuid, ?::uuid, x.identifier, x.kind::regwatch_identifier_kind, x.title, x.url, x.published_on::date, ?, ?, ?
     from jsonb_to_recordset(?::jsonb) as x(identifier text, kind text, title text, url text, published_on text)
     order by x.identifier
     on conflict (source_id, identifier) do update set last_seen_at = excluded.last_seen_at
     returning id, identifier, current_seq, current_hash, current_meta_hash, (xmax = 0) as inserted`,
    [source.id, source.organizationId, fetched.now, fetched.now, fetched.now, JSON.stringify(unique.map((e) => ({ identifier: e.identifier, kind: e.identifierKind, title: e.title, url: e.url, published_on: e.publishedOn })))],
  );
  const byIdentifier = new Map(items.map((r) => [r.identifier, r]));
  const changed = unique
    .map((entry) => ({ entry, item: byIdentifier.get(entry.identifier)!, hash: sha256(entry.text), metaHash: metaHashOf(entry) }))
    .filter(({ item, hash, metaHash }) => item && (item.current_hash !== hash || item.current_meta_hash !== metaHash));
  const newItems = items.filter((r) => r.inserted).length;
  if (!changed.length) return { newItems, newVersions: 0, versions: [], alerts: [], statements };

  const withPrevious = changed.filter((c) => c.item.current_seq > 0);
  const previous = new Map<string, PrevRow>();
  if (withPrevious.length) {
    const rows = await q<PrevRow>(
      `select v.item_id, v.content_hash, v.title, v.text, v.sections, v.change_type::text as change_type
       from regwatch_versions v join unnest(?::uuid[], ?::int[]) as x(item_id, seq) on v.item_id = x.item_id and v.seq = x.seq`,
      [pgArray(withPrevious.map((c) => c.item.id)), pgArray(withPrevious.map((c) => String(c.item.current_seq)))],
    );
    for (const r of rows) previous.set(r.item_id, r);
  }

  const planned = changed.map(({ entry, item, hash, metaHash }) => {
    const prev = previous.get(item.id) ?? null;
    const sections = parseSections(entry.text);
    const changeType = classifyChange(prev && { contentHash: prev.content_hash, text: prev.text, title: prev.title, repealed: prev.change_type === RegwatchChangeType.REPEALED }, {
      contentHash: hash,
      title: entry.title,
      text: entry.text,
      identifier: entry.identifier,
      feedSaysRepealed: entry.repealed,
    });
    const diff = prev && prev.content_hash !== hash ? diffSections(prev.sections, sections) : [];
    const amends = [...new Set([...amendedActs(entry.title, entry.identifier), ...readRepeal(entry.title, entry.text, entry.identifier).repeals])];
    return {
      item_id: item.id,
      seq: item.current_seq + 1,
      content_hash: hash,
      meta_hash: metaHash,
      title: entry.title,
      text: entry.text,
      url: entry.url,
      published_on: entry.publishedOn,
      in_force_on: entry.inForceOn ?? (prev ? inForceOfChange(diff) : inForceDate(entry.text)),
      change_type: changeType,
      sections,
      diff,
      diff_summary: summaryFor(changeType, sections, diff),
      amends,
    };
  });

  const inserted = await q<{ id: string; change_type: RegwatchChangeType }>(
    `insert into regwatch_versions (id, item_id, source_id, organization_id, seq, content_hash, meta_hash, title, text, url, published_on, in_force_on, fetched_at, etag, last_modified, change_type, sections, diff, diff_summary, amends, created_at, updated_at)
     select gen_random_uuid(), x.item_id, ?::uuid, ?::uuid, x.seq, x.content_hash, x.meta_hash, x.title, x.text, x.url, x.published_on::date, x.in_force_on::date, ?, ?, ?,
            x.change_type::regwatch_change_type, x.sections, x.diff, x.diff_summary, x.amends, ?, ?
     from jsonb_to_recordset(?::jsonb) as x(item_id uuid, seq int, content_hash text, meta_hash text, title text, text text, url text, published_on text, in_force_on text, change_type text, sections jsonb, diff jsonb, diff_summary text, amends text[])
     order by x.item_id
     returning id, change_type::text as change_type`,
    [source.id, source.organizationId, fetched.now, fetched.etag, fetched.lastModified, fetched.now, fetched.now, JSON.stringify(planned)],
  );

  await q(
    `update regwatch_items i set current_seq = x.seq, current_hash = x.content_hash, current_meta_hash = x.meta_hash, title = x.title, url = coalesce(x.url, i.url),
       published_on = coalesce(x.published_on::date, i.published_on), in_force_on = coalesce(x.in_force_on::date, i.in_force_on),
       latest_change_type = x.change_type::regwatch_change_type, updated_at = ?
     from jsonb_to_recordset(?::jsonb) as x(item_id uuid, seq int, content_hash text, meta_hash text, title text, url text, published_on text, in_force_on text, change_type text)
     where i.id = x.item_id`,
    [fetched.now, JSON.stringify(planned.map(({ text: _t, sections: _s, diff: _d, diff_summary: _ds, amends: _a, ...rest }) => rest))],
  );

  const alerts = await matchVersions(tx, inserted.map((v) => v.id), fetched.now);
  statements += 1;
  return { newItems, newVersions: inserted.length, versions: inserted.map((v) => ({ id: v.id, changeType: v.change_type })), alerts, statements };
}
