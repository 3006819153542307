import { sfsNumbers } from "../parse/identifiers";
import { RegwatchChangeType } from "../regwatch.enums";

const MONTHS: Record<string, string> = {
  januari: "01", februari: "02", mars: "03", april: "04", maj: "05", juni: "06",
  juli: "07", augusti: "08", september: "09", oktober: "10", november: "11", december: "12",
};
const IN_FORCE = /träder\s+i\s+kraft\s+(?:den\s+)?(\d{1,2})\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(\d{4})|träder\s+i\s+kraft\s+I:(\d{4}-\d{2}-\d{2})/gi;

const realDay = (d: string) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

/**
 * Every entry into force the text states, in text order, ISO: "träder i kraft den 1 juli 2027",
 * "träder i kraft 1 januari 2028", and consolidated texts' markers "/Träder i kraft I:2027-07-01/".
 */
export function inForceDates(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IN_FORCE)) {
    const day = m[4] ?? `${m[3]}-${MONTHS[m[2]!.toLowerCase()]}-${m[1]!.padStart(2, "0")}`;
    if (realDay(day) && !out.includes(day)) out.push(day);
  }
  return out;
}

/** The first entry into force the text states, or null. */
export const inForceDate = (text: string): string | null => inForceDates(text)[0] ?? null;

/**
 * The entry into force a change brings: the first date stated in an added section, or newly
 * stated in a changed one (a consolidated text keeps its old dates; the new one is the change's).
 */
export function inForceOfChange(diff: readonly { change: string; before?: string; after?: string }[]): string | null {
  for (const d of diff) {
    if (!d.after) continue;
    const old = new Set(d.before ? inForceDates(d.before) : []);
    const fresh = inForceDates(d.after).find((day) => !old.has(day));
    if (fresh) return fresh;
  }
  return null;
}

const REPEAL = /\bupphävs\b|\bupphör\s+att\s+gälla\b|\bska\s+upphöra\s+att\s+gälla\b|\bhar\s+upphävts\b/i;
const REPEAL_TITLE = /\bom\s+upphävande\s+av\b/i;

/** Sentences (or lines) of a text. */
const sentences = (text: string) => text.split(/\n|(?<=[.!?;])\s+/).filter(Boolean);

export interface RepealReading {
  /** The act itself is repealed. */
  repealed: boolean;
  /** Other acts this text repeals ("Genom lagen upphävs lagen (2007:1091) …"). */
  repeals: string[];
}

/**
 * Whether a text repeals its own act. A repeal sentence that names a paragraph or a chapter is a
 * partial repeal (an amendment); one that names another SFS number repeals that act instead.
 */
export function readRepeal(title: string, text: string, own: string): RepealReading {
  const repeals = new Set<string>();
  let repealed = false;
  // "Förordning (2027:600) om upphävande av förordningen (2011:1030)": its repeal sentences are about the other act.
  const repealsOthers = REPEAL_TITLE.test(title) && sfsNumbers(title).some((s) => s !== own);
  if (REPEAL_TITLE.test(title)) {
    if (repealsOthers) sfsNumbers(title).filter((s) => s !== own).forEach((s) => repeals.add(s));
    else repealed = true;
  }
  for (const sentence of sentences(text)) {
    if (!REPEAL.test(sentence)) continue;
    // "3 § Har upphävts genom lag (2027:512)": a paragraph or a chapter goes, not the act.
    if (/§|\bkap\./.test(sentence)) continue;
    // The act that does the repealing ("genom lag (2027:512)") is not the one repealed.
    const others = sfsNumbers(sentence.replace(/genom\s+(?:lag|förordning)(?:en)?\s*\(\d{4}:\d+\)/gi, "")).filter((s) => s !== own);
    if (others.length) others.forEach((s) => repeals.add(s));
    else if (!repealsOthers) repealed = true;
  }
  return { repealed, repeals: [...repeals] };
}

const CORRECTION = /\brättelse(?:blad)?\b/i;
/** Letters and digits only: equal means only punctuation or spacing changed. */
const skeleton = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase();

export interface VersionFacts {
  contentHash: string;
  title: string;
  text: string;
  identifier: string;
  /** The feed says so (category, an `upphavd` date). */
  feedSaysRepealed: boolean;
}

/** The change type of `next` after `prev` (null: the first version). */
export function classifyChange(prev: (Pick<VersionFacts, "contentHash" | "text" | "title"> & { repealed?: boolean }) | null, next: VersionFacts): RegwatchChangeType {
  const nowRepealed = next.feedSaysRepealed || readRepeal(next.title, next.text, next.identifier).repealed;
  if (!prev) return nowRepealed ? RegwatchChangeType.REPEALED : RegwatchChangeType.NEW;
  const wasRepealed = prev.repealed ?? readRepeal(prev.title, prev.text, next.identifier).repealed;
  if (nowRepealed && !wasRepealed) return RegwatchChangeType.REPEALED;
  if (prev.contentHash === next.contentHash) return RegwatchChangeType.METADATA_ONLY;
  if (CORRECTION.test(next.text) && !CORRECTION.test(prev.text)) return RegwatchChangeType.CORRECTION;
  if (CORRECTION.test(next.title) && !CORRECTION.test(prev.title)) return RegwatchChangeType.CORRECTION;
  if (skeleton(prev.text) === skeleton(next.text)) return RegwatchChangeType.CORRECTION;
  return RegwatchChangeType.AMENDED;
}
