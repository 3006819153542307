import { createElement, Fragment, type ReactNode } from "react";
import { Link } from "react-router";
import { useI18n } from "../i18n";

/**
 * A deliberately tiny Markdown renderer for briefs: ATX headings, paragraphs (a line break stays
 * one), ordered and unordered lists (with `[ ]`/`[x]` task items), **bold**, *emphasis*, `code`,
 * backslash escapes and links to the app's own meeting pages (`[Se underlag](/moten/<id>#beslut-<id>)`). It builds
 * React elements, so the text is always escaped by React; raw HTML, images and every other link
 * are shown as plain text, never interpreted.
 */

export type MarkdownBlock =
  | { type: "heading"; level: number; text: string }
  | { type: "paragraph"; text: string }
  | { type: "list"; ordered: boolean; start: number; items: MarkdownListItem[] };

export interface MarkdownListItem {
  text: string;
  /** null: not a task item; otherwise whether it is checked. */
  done: boolean | null;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const TASK = /^\[([ xX])\][ \t]+(.*)$/;
const CONTINUATION = /^(?: {2,}|\t)(\S.*)$/;

export function parseMarkdown(source: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  type ListBlock = Extract<MarkdownBlock, { type: "list" }>;
  let paragraph: string[] = [];
  // In an object so TypeScript does not narrow it across the closures below.
  const open: { list: ListBlock | null } = { list: null };

  const closeParagraph = () => {
    // Each line of a brief is meant as a line ("**Datum:** …" then "**Plats:** …"): kept as a break.
    if (paragraph.length) blocks.push({ type: "paragraph", text: paragraph.join("\n") });
    paragraph = [];
  };
  const closeList = () => {
    if (open.list) blocks.push(open.list);
    open.list = null;
  };
  const addItem = (ordered: boolean, start: number, text: string) => {
    closeParagraph();
    if (!open.list || open.list.ordered !== ordered) {
      closeList();
      open.list = { type: "list", ordered, start, items: [] };
    }
    const task = TASK.exec(text);
    open.list.items.push(task ? { text: task[2] ?? "", done: task[1] !== " " } : { text, done: null });
  };

  for (const line of source.replace(/\r\n?/g, "\n").split("\n")) {
    if (!line.trim()) {
      closeParagraph();
      closeList();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      closeParagraph();
      closeList();
      // An optional closing sequence of #s (preceded by a space; an escaped \# stays).
      const text = (heading[2] ?? "").replace(/(^|[ \t])#+[ \t]*$/, "").trim();
      blocks.push({ type: "heading", level: heading[1]!.length, text });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      addItem(false, 1, bullet[1] ?? "");
      continue;
    }
    const ordered = ORDERED.exec(line);
    if (ordered) {
      addItem(true, Number(ordered[1]), ordered[2] ?? "");
      continue;
    }
    const continuation = CONTINUATION.exec(line);
    if (open.list && continuation) {
      const last = open.list.items[open.list.items.length - 1];
      if (last) last.text = `${last.text} ${continuation[1]}`;
      continue;
    }
    closeList();
    paragraph.push(line.trim());
  }
  closeParagraph();
  closeList();
  return blocks;
}

/**
 * The only link targets followed: a meeting page, optionally one of its decisions. Ids are
 * base64url (what encodeURIComponent leaves as they are), so nothing else can hide in them.
 */
const APP_LINK = /^\/moten\/[A-Za-z0-9_-]{1,200}(?:#beslut-[A-Za-z0-9_-]{1,200})?$/;

export function isAppLink(href: string): boolean {
  return APP_LINK.test(href);
}

/** `[text](href)` starting at `start` (on the `[`): its parts and where it ends; null if none. */
function linkAt(text: string, start: number): { label: string; href: string; end: number } | null {
  const close = findClosing(text, "]", start + 1);
  if (close <= start + 1 || text[close + 1] !== "(") return null;
  const hrefEnd = text.indexOf(")", close + 2);
  if (hrefEnd < 0) return null;
  const href = text.slice(close + 2, hrefEnd);
  if (!isAppLink(href)) return null;
  return { label: text.slice(start + 1, close), href, end: hrefEnd };
}

const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
const WORD = /[\p{L}\p{N}]/u;

/** Index of the closing delimiter at or after `from`, skipping backslash escapes; -1 if none. */
function findClosing(text: string, delimiter: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text.startsWith(delimiter, i)) return i;
  }
  return -1;
}

/** Inline Markdown → React nodes (links to the app's own pages become router links). */
export function renderInline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let buffer = "";
  const flush = () => {
    if (buffer) nodes.push(buffer);
    buffer = "";
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char === "\\" && next !== undefined && ESCAPABLE.test(next)) {
      buffer += next;
      i++;
      continue;
    }
    if (char === "[") {
      const link = linkAt(text, i);
      if (link) {
        flush();
        nodes.push(
          <Link key={nodes.length} to={link.href}>
            {renderInline(link.label)}
          </Link>,
        );
        i = link.end;
        continue;
      }
    }
    if (char === "`") {
      const end = findClosing(text, "`", i + 1);
      if (end > i + 1) {
        flush();
        nodes.push(<code key={nodes.length}>{text.slice(i + 1, end)}</code>);
        i = end;
        continue;
      }
    }
    if ((char === "*" || char === "_") && next === char) {
      const end = findClosing(text, char + char, i + 2);
      if (end > i + 2) {
        flush();
        nodes.push(<strong key={nodes.length}>{renderInline(text.slice(i + 2, end))}</strong>);
        i = end + 1;
        continue;
      }
    }
    if (char === "*" || char === "_") {
      // `_` inside a word (snake_case) is not emphasis.
      const intraword = char === "_" && i > 0 && WORD.test(text[i - 1]!);
      const end = intraword ? -1 : findClosing(text, char, i + 1);
      const closesInWord = char === "_" && end >= 0 && WORD.test(text[end + 1] ?? "");
      if (end > i + 1 && next !== " " && !closesInWord) {
        flush();
        nodes.push(<em key={nodes.length}>{renderInline(text.slice(i + 1, end))}</em>);
        i = end;
        continue;
      }
    }
    buffer += char;
  }
  flush();
  return nodes;
}

export interface MarkdownProps {
  source: string;
  /** Added to heading levels so a brief's `#` fits under the page's own headings. */
  headingOffset?: number;
  className?: string;
}

export function Markdown({ source, headingOffset = 0, className }: MarkdownProps) {
  const { t } = useI18n();
  const blocks = parseMarkdown(source);
  return (
    <div className={className ? `markdown ${className}` : "markdown"}>
      {blocks.map((block, index) => {
        switch (block.type) {
          case "heading": {
            const level = Math.min(6, Math.max(1, block.level + headingOffset));
            return createElement(`h${level}`, { key: index }, renderInline(block.text));
          }
          case "paragraph":
            return (
              <p key={index}>
                {block.text.split("\n").map((line, lineIndex) => (
                  <Fragment key={lineIndex}>
                    {lineIndex > 0 ? <br /> : null}
                    {renderInline(line)}
                  </Fragment>
                ))}
              </p>
            );
          case "list": {
            const items = block.items.map((item, itemIndex) =>
              item.done === null ? (
                <li key={itemIndex}>{renderInline(item.text)}</li>
              ) : (
                <li key={itemIndex} className={`markdown-task${item.done ? " is-done" : ""}`}>
                  <span className="markdown-checkbox" aria-hidden="true">
                    {item.done ? "☑" : "☐"}
                  </span>
                  <span className="visually-hidden">{t(item.done ? "markdown.taskDone" : "markdown.taskOpen")} </span>
                  {renderInline(item.text)}
                </li>
              ),
            );
            const isTaskList = block.items.some((item) => item.done !== null);
            return block.ordered ? (
              <ol key={index} start={block.start === 1 ? undefined : block.start}>
                {items}
              </ol>
            ) : (
              <ul key={index} className={isTaskList ? "markdown-tasks" : undefined}>
                {items}
              </ul>
            );
          }
        }
      })}
    </div>
  );
}
