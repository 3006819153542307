/**
 * The Markdown our briefs and exports are written in, read into blocks for the PDF: ATX headings,
 * paragraphs (each source line its own line, as the client shows `**Datum:**` and `**Plats:**`),
 * bullet, numbered and task lists (indent by two spaces per level), block quotes and rules; inline
 * `**bold**`, `*italic*`/`_italic_`, `` `code` ``, `[text](url)` and backslash escapes. Not a full
 * CommonMark parser: the renderers escape everything else (`inline()` in briefs), so this is all
 * that occurs.
 */

export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  link?: string;
}

export type Block =
  | { kind: "heading"; level: number; spans: Span[] }
  | { kind: "paragraph"; lines: Span[][] }
  | { kind: "item"; depth: number; marker: { type: "bullet" } | { type: "number"; n: string } | { type: "task"; done: boolean }; spans: Span[] }
  | { kind: "quote"; lines: Span[][] }
  | { kind: "rule" };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const TASK = /^(\s*)[-*+]\s+\[( |x|X)\]\s+(.*)$/;
const BULLET = /^(\s*)[-*+]\s+(.*)$/;
const NUMBER = /^(\s*)(\d{1,9})[.)]\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;

const depthOf = (indent: string) => Math.min(Math.floor(indent.replace(/\t/g, "  ").length / 2), 4);

export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: Span[][] | null = null;
  let quote: Span[][] | null = null;
  const close = () => {
    paragraph = null;
    quote = null;
  };
  for (const raw of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.replace(/\s+$/, "");
    if (!line.trim()) {
      close();
      continue;
    }
    let m: RegExpExecArray | null;
    if ((m = QUOTE.exec(line))) {
      paragraph = null;
      if (!quote) blocks.push({ kind: "quote", lines: (quote = []) });
      quote.push(parseInline(m[1] ?? ""));
      continue;
    }
    quote = null;
    if (RULE.test(line)) {
      paragraph = null;
      blocks.push({ kind: "rule" });
    } else if ((m = HEADING.exec(line))) {
      paragraph = null;
      blocks.push({ kind: "heading", level: m[1]!.length, spans: parseInline(m[2] ?? "") });
    } else if ((m = TASK.exec(line))) {
      paragraph = null;
      blocks.push({ kind: "item", depth: depthOf(m[1] ?? ""), marker: { type: "task", done: m[2] !== " " }, spans: parseInline(m[3] ?? "") });
    } else if ((m = BULLET.exec(line))) {
      paragraph = null;
      blocks.push({ kind: "item", depth: depthOf(m[1] ?? ""), marker: { type: "bullet" }, spans: parseInline(m[2] ?? "") });
    } else if ((m = NUMBER.exec(line))) {
      paragraph = null;
      blocks.push({ kind: "item", depth: depthOf(m[1] ?? ""), marker: { type: "number", n: m[2]! }, spans: parseInline(m[3] ?? "") });
    } else {
      if (!paragraph) blocks.push({ kind: "paragraph", lines: (paragraph = []) });
      paragraph.push(parseInline(line.trim()));
    }
  }
  return blocks;
}

/** Inline Markdown to styled spans. Linear: one pass, each delimiter looked up once. */
export function parseInline(source: string): Span[] {
  const spans: Span[] = [];
  let bold = false;
  let italic = false;
  let text = "";
  const flush = () => {
    if (text) spans.push({ text, ...(bold && { bold }), ...(italic && { italic }) });
    text = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\" && i + 1 < source.length && /[\\`*_[\]{}()<>#+\-.!|~]/.test(source[i + 1]!)) {
      text += source[++i];
    } else if (c === "`") {
      const end = source.indexOf("`", i + 1);
      if (end < 0) {
        text += c;
        continue;
      }
      flush();
      spans.push({ text: source.slice(i + 1, end), code: true });
      i = end;
    } else if ((c === "*" || c === "_") && source[i + 1] === c) {
      flush();
      bold = !bold;
      i++;
    } else if (c === "*" || (c === "_" && !/\w/.test(source[i - 1] ?? "") !== !/\w/.test(source[i + 1] ?? ""))) {
      flush();
      italic = !italic;
    } else if (c === "[") {
      const link = /^\[([^\]\\]*(?:\\.[^\]\\]*)*)\]\(([^()\s]+)\)/.exec(source.slice(i));
      if (!link) {
        text += c;
        continue;
      }
      flush();
      for (const inner of parseInline(link[1]!)) spans.push({ ...inner, ...(bold && { bold }), ...(italic && { italic }), link: link[2]! });
      i += link[0].length - 1;
    } else {
      text += c;
    }
  }
  flush();
  return spans;
}

/** The spans' text without styles. */
export const plain = (spans: readonly Span[]) => spans.map((s) => s.text).join("");
