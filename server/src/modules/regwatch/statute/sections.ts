/** One section of a text: a paragraph ("2 kap. 3 §", "3 a §"), a chapter heading ("2 kap."), "Ingress" or "Övergångsbestämmelser". */
export interface Section {
  section: string;
  text: string;
}

/** "2 kap. Upphandlingsförfaranden", "2 a kap.", "2 kap. 3 § Text…" at the start of a line. */
const CHAPTER = /^(\d{1,3})(?:\s?([a-z]))?\s?kap\.(?:\s+(.*))?$/i;
/** "3 § Text…", "3 a § Text…", "3a §" at the start of a line. */
const PARAGRAPH = /^(\d{1,4})(?:\s?([a-z]))?\s?§(?:\s+(.*)|$)/i;
const TRANSITIONAL = /^Övergångsbestämmelser\b/i;
const PREAMBLE = "Ingress";

/**
 * Splits a Swedish statute text into sections by chapter and paragraph. Only a line that starts
 * with the marker opens a section (a reference inside a sentence, "enligt 2 kap. 3 §", does not);
 * paragraphs without chapters are "5 §"; a repeated name (a paragraph in two temporal versions)
 * gets " (2)". Text before the first marker is "Ingress"; everything from "Övergångsbestämmelser"
 * on is one section. Linear in the text.
 */
export function parseSections(text: string): Section[] {
  const sections: Section[] = [];
  const seen = new Map<string, number>();
  let chapter: string | null = null;
  let current: Section | null = null;
  let transitional = false;
  const open = (name: string, first: string) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    current = { section: count === 1 ? name : `${name} (${count})`, text: first };
    sections.push(current);
  };
  const add = (line: string) => {
    if (!current) open(PREAMBLE, line);
    else current.text = current.text ? `${current.text}\n${line}` : line;
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const ch = CHAPTER.exec(line);
    if (ch) {
      chapter = `${ch[1]}${ch[2] ? ` ${ch[2].toLowerCase()}` : ""}`;
      transitional = false;
      const rest = (ch[3] ?? "").trim();
      const para = PARAGRAPH.exec(rest);
      if (para) open(`${chapter} kap. ${paragraphNumber(para)} §`, (para[3] ?? "").trim());
      else open(`${chapter} kap.`, rest);
      continue;
    }
    if (!transitional && TRANSITIONAL.test(line)) {
      transitional = true;
      open("Övergångsbestämmelser", line.replace(TRANSITIONAL, "").trim());
      continue;
    }
    const para = transitional ? null : PARAGRAPH.exec(line);
    if (para) {
      open(`${chapter ? `${chapter} kap. ` : ""}${paragraphNumber(para)} §`, (para[3] ?? "").trim());
      continue;
    }
    add(line);
  }
  return sections;
}

const paragraphNumber = (m: RegExpExecArray) => `${Number(m[1])}${m[2] ? ` ${m[2].toLowerCase()}` : ""}`;

/** A paragraph (has "§"), as opposed to a heading, the preamble or the transitional provisions. */
export const isParagraph = (name: string) => name.includes("§");
