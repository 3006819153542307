import { diffWords } from "diff";
import { RegwatchSectionChange } from "../regwatch.enums";
import { isParagraph, type Section } from "./sections";

export interface WordChange {
  value: string;
  added: boolean;
  removed: boolean;
}

export interface SectionDiff {
  section: string;
  change: RegwatchSectionChange;
  before?: string;
  after?: string;
  words: WordChange[];
}

/** Beyond this many edits the word diff gives up and shows the old and the new text whole. */
const MAX_EDIT_LENGTH = 2_000;

export function wordDiff(before: string, after: string): WordChange[] {
  const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) return [{ value: before, added: false, removed: true }, { value: after, added: true, removed: false }];
  return changes.map((c) => ({ value: c.value, added: c.added, removed: c.removed }));
}

/**
 * Sections added, removed and changed from `before` to `after`, in the new text's order with
 * removed sections where they stood. A CHANGED section carries its word-level diff.
 */
export function diffSections(before: readonly Section[], after: readonly Section[]): SectionDiff[] {
  const oldIndex = new Map(before.map((s, i) => [s.section, i]));
  const newNames = new Set(after.map((s) => s.section));
  const out: SectionDiff[] = [];
  let next = 0;
  const flushRemoved = (upTo: number) => {
    for (; next < upTo; next++) {
      const old = before[next]!;
      if (!newNames.has(old.section)) out.push({ section: old.section, change: RegwatchSectionChange.REMOVED, before: old.text, words: [] });
    }
  };
  for (const s of after) {
    const j = oldIndex.get(s.section);
    if (j === undefined) {
      out.push({ section: s.section, change: RegwatchSectionChange.ADDED, after: s.text, words: [] });
      continue;
    }
    if (j >= next) flushRemoved(j + 1);
    const old = before[j]!;
    if (old.text !== s.text) out.push({ section: s.section, change: RegwatchSectionChange.CHANGED, before: old.text, after: s.text, words: wordDiff(old.text, s.text) });
  }
  flushRemoved(before.length);
  return out;
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "2 paragrafer ändrade, 1 ny" — counts paragraphs; other sections only when no paragraph changed. */
export function diffSummary(diff: readonly SectionDiff[]): string {
  const paragraphs = diff.filter((d) => isParagraph(d.section));
  const count = (c: RegwatchSectionChange) => paragraphs.filter((d) => d.change === c).length;
  const parts: string[] = [];
  const changed = count(RegwatchSectionChange.CHANGED);
  const added = count(RegwatchSectionChange.ADDED);
  const removed = count(RegwatchSectionChange.REMOVED);
  if (changed) parts.push(`${n(changed, "paragraf", "paragrafer")} ${changed === 1 ? "ändrad" : "ändrade"}`);
  if (added) parts.push(n(added, "ny", "nya"));
  if (removed) parts.push(n(removed, "borttagen", "borttagna"));
  if (parts.length) return parts.join(", ");
  if (diff.length) return diff.some((d) => d.section === "Övergångsbestämmelser") ? "Övergångsbestämmelserna ändrade" : "Text ändrad utanför paragraferna";
  return "Inga ändringar i texten";
}
