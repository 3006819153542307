import { createHash } from "node:crypto";
import * as cheerio from "cheerio";

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const INLINE_SPACE = /[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * The text a version's hash is taken of: NFC, one line per source line, runs of spaces collapsed,
 * lines trimmed, empty lines dropped. Re-indenting, re-wrapping CRLF or trailing spaces in the
 * source therefore never make a new version; any change of words does.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFC")
    // No column can store NUL or a lone surrogate; zero-width characters mark nothing.
    .replaceAll("\u0000", " ")
    .replace(/\p{Surrogate}/gu, "\ufffd")
    .replace(ZERO_WIDTH, "")
    .replace(/\r\n?|\u2028|\u2029/g, "\n")
    .split("\n")
    .map((line) => line.replace(INLINE_SPACE, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/** One line: a title, a date, a name. */
export const normalizeLine = (raw: string | null | undefined): string => normalizeText(raw ?? "").replace(/\n/g, " ");

export const sha256 = (value: string): string => createHash("sha256").update(value, "utf8").digest("hex");

const BLOCKS = "p, div, li, ul, ol, h1, h2, h3, h4, h5, h6, tr, table, section, article, header, footer, blockquote, pre, dt, dd, dl, main, aside, nav, figure, figcaption, address";

/** Visible text of an HTML fragment or document, a line per block element. */
export function htmlToText(html: string, selector?: string | null): { text: string; title: string; found: boolean } {
  const $ = cheerio.load(html);
  $("script, style, noscript, template, iframe, svg").remove();
  const region = selector ? $(selector) : $("body").length ? $("body") : $.root();
  // With a selector nothing outside the region counts, the page title included: the region's first heading is the title.
  const title = selector ? normalizeLine(region.find("h1, h2, h3").first().text()) : normalizeLine($("title").first().text()) || normalizeLine($("h1").first().text());
  if (!region.length) return { text: "", title, found: false };
  region.find("br").replaceWith("\n");
  region.find(BLOCKS).each((_, el) => {
    $(el).prepend("\n").append("\n");
  });
  const text = normalizeText(region.map((_, el) => $(el).text()).get().join("\n"));
  return { text, title, found: true };
}

/** Feed fields often carry escaped HTML: read it as HTML only when it looks like some. */
export function maybeHtmlToText(value: string): string {
  return /<\/?[a-z][a-z0-9]*[\s>/]/i.test(value) ? htmlToText(value).text : normalizeText(value);
}

/** Whether a CSS selector is one cheerio can apply. */
export function isValidSelector(selector: string): boolean {
  try {
    cheerio.load("<p></p>")(selector);
    return true;
  } catch {
    return false;
  }
}

const STOCKHOLM_DATE = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** A feed's date (RFC 822, ISO 8601, "2023-05-10 00:00:00") as a Swedish calendar date, or null. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== "string" || !value.trim()) return null;
  const s = value.trim();
  const plain = /^(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$/.exec(s);
  if (plain) return validDay(plain[1]!);
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  return validDay(STOCKHOLM_DATE.format(new Date(ms)));
}

function validDay(day: string): string | null {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms) || !new Date(ms).toISOString().startsWith(day)) return null;
  return day >= "1900-01-01" && day <= "2200-12-31" ? day : null;
}
