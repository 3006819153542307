/** A sentence inside one segment, with offsets into the segment text so quotes stay exact. */
export interface Sentence {
  segment: number;
  /** Position of this sentence within its segment. */
  position: number;
  start: number;
  end: number;
  text: string;
  /** Lowercased text with typographic apostrophes folded, for pattern matching. */
  lower: string;
}

// Abbreviations whose period does not end a sentence ("v. 50", "t.ex. Erik", "ca. 10").
const ABBREVIATIONS = /(?:^|[\s(])(?:v|t\.ex|bl\.a|ca|kl|nr|dvs|osv|resp|jfr|e\.g|i\.e|mr|ms|mrs|dr|st|vs|etc|inkl|exkl)\.$/i;

export function normalizeForMatching(text: string): string {
  return text.toLowerCase().replace(/[’‘`´]/g, "'").replace(/[”“„]/g, '"');
}

/**
 * Splits a segment's text at sentence ends: . ! ? … followed by a space and an upper-case letter
 * (or a quote or digit after ! and ?). "Eh... senast fredag" stays one sentence.
 */
export function splitSentences(text: string, segment: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /([.!?…]+)(["”’)]*)(\s+)(?=["“„(]?[\p{Lu}\d])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    const candidate = text.slice(start, end);
    if (m[1] === "." && ABBREVIATIONS.test(candidate)) continue;
    // "Eh... Ja" style hesitation before a capital still starts a new sentence; that is fine.
    pushSentence(out, text, start, end, segment);
    start = end + (m[3]?.length ?? 0);
  }
  pushSentence(out, text, start, text.length, segment);
  return out;
}

function pushSentence(out: Sentence[], text: string, start: number, end: number, segment: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed === "") return;
  const s = start + lead;
  out.push({
    segment,
    position: out.length,
    start: s,
    end: s + trimmed.length,
    text: trimmed,
    lower: normalizeForMatching(trimmed),
  });
}

/** Word tokens as the evaluation counts them: letters and digits only. */
export function tokenCount(text: string): number {
  return text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean).length;
}

export function isQuestion(sentence: Sentence): boolean {
  return /\?["”’)]*$/.test(sentence.text);
}
