import { RegwatchIdentifierKind } from "../regwatch.enums";
import { identifierOf } from "./identifiers";
import { clip, MAX_ENTRIES, ParseProblem, type ParsedEntry } from "./types";
import { maybeHtmlToText, normalizeLine, toIsoDate } from "./text";

type Row = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");
const isRow = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body.replace(/^\uFEFF/, ""));
  } catch {
    throw new ParseProblem("MALFORMED_JSON", "The body is not JSON");
  }
}

/** Riksdagen gives protocol-relative links ("//data.riksdagen.se/…"). */
function absolute(url: string): string | null {
  const u = url.trim();
  if (/^https?:\/\//i.test(u)) return u;
  if (u.startsWith("//")) return `https:${u}`;
  return null;
}

/**
 * Riksdagen's `dokumentlista` (utformat=json): `dokumentlista.dokument` is a list, a single object
 * for one hit, or absent for none. SFS documents are keyed by their SFS number (`beteckning`),
 * others by `dok_id`; the running "t.o.m. SFS …" subtitle is metadata.
 */
export function parseRiksdagen(body: string): ParsedEntry[] {
  const doc = parseJson(body);
  const list = isRow(doc) ? doc.dokumentlista : undefined;
  if (!isRow(list)) throw new ParseProblem("UNEXPECTED_FORMAT", "No dokumentlista in the answer");
  const raw = list.dokument;
  const docs = (Array.isArray(raw) ? raw : isRow(raw) ? [raw] : []).filter(isRow).slice(0, MAX_ENTRIES);
  return docs.map((d) => {
    const doktyp = str(d.doktyp) || str(d.typ);
    const beteckning = str(d.beteckning).trim();
    const dokId = str(d.dok_id).trim() || str(d.id).trim();
    const title = normalizeLine(str(d.titel)) || normalizeLine(str(d.notisrubrik)) || dokId;
    const sfs = doktyp.toLowerCase() === "sfs" && /^\d{4}:\d+$/.test(beteckning);
    const id = sfs ? { identifier: beteckning, identifierKind: RegwatchIdentifierKind.SFS } : dokId ? { identifier: dokId, identifierKind: RegwatchIdentifierKind.RIKSDAGEN_DOK_ID } : identifierOf([title], title);
    return {
      ...id,
      title,
      url: absolute(str(d.dokument_url_html)) ?? absolute(str(d.dokument_url_text)),
      publishedOn: toIsoDate(str(d.publicerad)) ?? toIsoDate(str(d.datum)),
      text: clip(maybeHtmlToText(str(d.summary) || str(d.notis))),
      meta: [str(d.undertitel), str(d.datum), str(d.subtyp)],
      repealed: false,
      inForceOn: null,
    };
  });
}

/** Rows of an open-data answer: Elasticsearch (`hits.hits[]._source`), OData v4 (`value`), v2 (`d.results`) or a bare list. */
function rowsOf(doc: unknown): Row[] | null {
  if (Array.isArray(doc)) return doc.filter(isRow);
  if (!isRow(doc)) return null;
  const hits = isRow(doc.hits) ? doc.hits.hits : undefined;
  if (Array.isArray(hits)) return hits.filter(isRow).map((h) => (isRow(h._source) ? h._source : h));
  if (Array.isArray(doc.value)) return doc.value.filter(isRow);
  if (isRow(doc.d) && Array.isArray(doc.d.results)) return doc.d.results.filter(isRow);
  if (Array.isArray(doc.results)) return doc.results.filter(isRow);
  return null;
}

/**
 * Statute records as Regeringskansliet's rättsdatabaser (SFS) give them — `beteckning`, `rubrik`,
 * `fulltext.forfattningstext`, `ikraftDateTime`, `publiceradDateTime`, `upphavdDateTime` — or as
 * generic OData rows (`identifier`/`id`, `title`, `text`, `published`).
 */
export function parseOpenData(body: string): ParsedEntry[] {
  const rows = rowsOf(parseJson(body));
  if (!rows) throw new ParseProblem("UNEXPECTED_FORMAT", "No list of records in the answer (hits.hits, value, d.results)");
  return rows.slice(0, MAX_ENTRIES).map((r) => {
    const fulltext = isRow(r.fulltext) ? r.fulltext : {};
    const beteckning = str(r.beteckning).trim();
    const title = normalizeLine(str(r.rubrik) || str(r.title) || str(r.titel)) || beteckning || str(r.id);
    const sfs = /^\d{4}:\d+$/.test(beteckning);
    const id = sfs
      ? { identifier: beteckning, identifierKind: RegwatchIdentifierKind.SFS }
      : identifierOf([str(r.identifier), str(r.celex), str(r.eli), str(r.id), str(r.url), title], title || "okänd");
    const link = absolute(str(r.url)) ?? (sfs ? `https://beta.rkrattsbaser.gov.se/sfs/item?bet=${encodeURIComponent(beteckning)}&tab=forfattningstext` : null);
    return {
      ...id,
      title,
      url: link,
      publishedOn: toIsoDate(str(r.publiceradDateTime) || str(r.published) || str(r.publicerad) || str(fulltext.utfardadDateTime)),
      text: clip(maybeHtmlToText(str(fulltext.forfattningstext) || str(r.forfattningstext) || str(r.text) || str(r.content))),
      meta: [str(fulltext.andringInford), str(r.ikraftDateTime), str(r.upphavdDateTime)],
      repealed: !!str(r.upphavdDateTime) || r.upphavd === true,
      inForceOn: toIsoDate(str(r.ikraftDateTime) || str(r.inForce)),
    };
  });
}
