import type { ExtractedActionItem, ExtractedDecision } from "../extraction/types";
import type { Transcript } from "../transcripts/types";
import type { ModelOutput } from "./openai-schema";

/** Counts of what was thrown away or changed while grounding a model's answer: never any text. */
export interface GroundingCounts {
  /** Items whose quote is not an exact substring of the cue they cite (or cite a cue outside their part). */
  inventedQuotesDropped: number;
  /** Owners that are no participant of the meeting: the item is kept with owner null. */
  ownersUnmapped: number;
  /** Due dates that are not a real YYYY-MM-DD date: the item is kept with due null. */
  invalidDueDates: number;
}

export const emptyCounts = (): GroundingCounts => ({ inventedQuotesDropped: 0, ownersUnmapped: 0, invalidDueDates: 0 });

/** The confidence we give an item when the model gives none. */
export const DEFAULT_CONFIDENCE = 0.7;

/**
 * The only normalisation a quote gets: whitespace runs become one space and the ends are trimmed,
 * as the transcript parser does to every cue's text. Case, punctuation and quotation marks must
 * match exactly.
 */
export const normalizeQuote = (quote: string) => quote.replace(/\s+/g, " ").trim();

/** YYYY-MM-DD that names a real calendar day. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const fold = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

/** A participant's full name for what the model wrote: the full name, or a first or last name only one participant has. */
export function mapOwner(name: string, participants: readonly string[]): string | null {
  const wanted = fold(name);
  if (!wanted) return null;
  const exact = participants.find((p) => fold(p) === wanted);
  if (exact) return exact;
  const parts = (p: string) => fold(p).split(" ");
  for (const pick of [(p: string) => parts(p)[0], (p: string) => parts(p).at(-1)]) {
    const hits = participants.filter((p) => pick(p) === wanted);
    if (hits.length === 1) return hits[0] ?? null;
  }
  return null;
}

const clamp = (c: number | null | undefined) => (typeof c === "number" && Number.isFinite(c) ? Math.min(1, Math.max(0, c)) : DEFAULT_CONFIDENCE);

export interface Grounded {
  decisions: ExtractedDecision[];
  actionItems: ExtractedActionItem[];
}

/**
 * Keeps what the transcript supports. A quote must be an exact substring of the cue it cites
 * (after `normalizeQuote`, nothing looser), and that cue must be one the model was shown
 * (`allowed`); anything else is an invented quote: the item is dropped and counted. Owners are
 * mapped to participants, due dates must be real ISO dates.
 */
export function groundOutput(output: ModelOutput, transcript: Transcript, allowed: { start: number; end: number }, counts: GroundingCounts): Grounded {
  const evidence = (quote: string, segment: number) => {
    const q = normalizeQuote(quote);
    const cue = segment >= allowed.start && segment < allowed.end ? transcript.segments[segment] : undefined;
    if (!q || !cue || !cue.text.includes(q)) {
      counts.inventedQuotesDropped++;
      return null;
    }
    return { quote: q, segment: cue.index, startMs: cue.startMs };
  };
  const decisions = output.decisions.flatMap((d): ExtractedDecision[] => {
    const ev = evidence(d.quote, d.segment);
    const text = d.text.trim();
    return ev && text ? [{ text, evidence: ev, confidence: clamp(d.confidence) }] : [];
  });
  const actionItems = output.actionItems.flatMap((a): ExtractedActionItem[] => {
    const ev = evidence(a.quote, a.segment);
    const text = a.text.trim();
    if (!ev || !text) return [];
    let owner: string | null = null;
    if (a.owner !== null && a.owner.trim() !== "") {
      owner = mapOwner(a.owner, transcript.participants);
      if (!owner) counts.ownersUnmapped++;
    }
    let due: string | null = null;
    if (a.due !== null && a.due.trim() !== "") {
      due = isIsoDate(a.due.trim()) ? a.due.trim() : null;
      if (!due) counts.invalidDueDates++;
    }
    return [{ text, owner, due, evidence: ev, confidence: clamp(a.confidence) }];
  });
  return { decisions, actionItems };
}

type Item = ExtractedDecision | ExtractedActionItem;

/** Where a quote sits in its cue's text, as [start, end). */
function span(item: Item, transcript: Transcript): [number, number] {
  const text = transcript.segments[item.evidence.segment]?.text ?? "";
  const at = Math.max(0, text.indexOf(item.evidence.quote));
  return [at, at + item.evidence.quote.length];
}

/**
 * One item per piece of evidence: items of the same kind that cite the same cue with overlapping
 * quotes (as the overlap between parts produces, or a model repeating itself) become one, the one
 * with the higher confidence (the earlier on a tie). Returns the survivors in transcript order.
 */
export function mergeItems<T extends Item>(items: readonly T[], transcript: Transcript): { items: T[]; merged: number } {
  const kept: { item: T; span: [number, number] }[] = [];
  let merged = 0;
  for (const item of items) {
    const s = span(item, transcript);
    const twin = kept.find((k) => k.item.evidence.segment === item.evidence.segment && k.span[0] < s[1] && s[0] < k.span[1]);
    if (!twin) {
      kept.push({ item, span: s });
      continue;
    }
    merged++;
    if (item.confidence > twin.item.confidence) {
      twin.item = item;
      twin.span = s;
    }
  }
  kept.sort((a, b) => a.item.evidence.segment - b.item.evidence.segment || a.span[0] - b.span[0]);
  return { items: kept.map((k) => k.item), merged };
}
