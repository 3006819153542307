import { XMLParser, XMLValidator } from "fast-xml-parser";
import { identifierOf } from "./identifiers";
import { clip, MAX_ENTRIES, ParseProblem, type ParsedEntry } from "./types";
import { maybeHtmlToText, normalizeLine, toIsoDate } from "./text";

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  // `content:encoded`, `dc:date`, `at:deleted-entry`: read by local name.
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ["item", "entry", "link", "category"].includes(name),
  processEntities: true,
  htmlEntities: true,
});

/** Element text whether the parser gave a string or an object with attributes. */
function textOf(value: unknown): string {
  if (value == null) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(" ");
  if (typeof value === "object") {
    const node = value as Node;
    if ("#text" in node) return textOf(node["#text"]);
    // XHTML content: the element tree flattened.
    return Object.entries(node)
      .filter(([k]) => !k.startsWith("@_"))
      .map(([, v]) => textOf(v))
      .join(" ");
  }
  return "";
}

const REPEALED_CATEGORY = /upphävd|upphävande|upphävs|repeal|no longer in force|upphört/i;

export function parseXml(body: string): Node {
  if (!/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*</.test(body)) throw new ParseProblem("MALFORMED_XML", "The body is not XML");
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new ParseProblem("MALFORMED_XML", "The body is not well-formed XML");
  try {
    return parser.parse(body) as Node;
  } catch {
    throw new ParseProblem("MALFORMED_XML", "The body is not well-formed XML");
  }
}

const asArray = (value: unknown): Node[] => (Array.isArray(value) ? value : value ? [value] : []).filter((v): v is Node => typeof v === "object" && v !== null);

/** RSS 2.0: `rss > channel > item` (title, link, guid, description or content:encoded, pubDate, category). */
export function parseRss(body: string): ParsedEntry[] {
  const doc = parseXml(body);
  const channel = (doc.rss as Node | undefined)?.channel as Node | undefined;
  if (!channel) throw new ParseProblem("UNEXPECTED_FORMAT", "Not an RSS 2.0 document (no rss > channel)");
  return asArray(channel.item)
    .slice(0, MAX_ENTRIES)
    .map((item) => {
      const link = normalizeLine(textOf(item.link));
      const guid = normalizeLine(textOf(item.guid));
      const title = normalizeLine(textOf(item.title));
      const categories = (Array.isArray(item.category) ? item.category : []).map(textOf);
      const text = clip(maybeHtmlToText(textOf(item.encoded) || textOf(item.description)));
      const id = identifierOf([guid, link, title], link || title);
      return {
        ...id,
        title: title || id.identifier,
        url: /^https?:\/\//i.test(link) ? link : /^https?:\/\//i.test(guid) ? guid : null,
        publishedOn: toIsoDate(textOf(item.pubDate)) ?? toIsoDate(textOf(item.date)),
        text,
        meta: [textOf(item.pubDate), categories.join("|")],
        repealed: categories.some((c) => REPEALED_CATEGORY.test(c)),
        inForceOn: null,
      };
    });
}

/** Atom: `feed > entry` (id, title, link rel=alternate, published/updated, summary, content, category@term). */
export function parseAtom(body: string): ParsedEntry[] {
  const doc = parseXml(body);
  const feed = doc.feed as Node | undefined;
  if (!feed) throw new ParseProblem("UNEXPECTED_FORMAT", "Not an Atom document (no feed)");
  return asArray(feed.entry)
    .slice(0, MAX_ENTRIES)
    .map((entry) => {
      const links = asArray(entry.link);
      const alternate = links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0];
      const href = typeof alternate?.["@_href"] === "string" ? alternate["@_href"].trim() : "";
      const contentSrc = typeof (entry.content as Node | undefined)?.["@_src"] === "string" ? String((entry.content as Node)["@_src"]) : "";
      const id = normalizeLine(textOf(entry.id));
      const title = normalizeLine(textOf(entry.title));
      const categories = asArray(entry.category).map((c) => `${String(c["@_term"] ?? "")} ${String(c["@_label"] ?? "")}`.trim());
      const text = clip(maybeHtmlToText(textOf(entry.content) || textOf(entry.summary)));
      const ident = identifierOf([id, href, contentSrc, title], href || id || title);
      const url = [href, contentSrc, id].find((u) => /^https?:\/\//i.test(u)) ?? null;
      return {
        ...ident,
        title: title || ident.identifier,
        url,
        publishedOn: toIsoDate(textOf(entry.published)) ?? toIsoDate(textOf(entry.updated)),
        text,
        meta: [textOf(entry.published), categories.join("|")],
        repealed: categories.some((c) => REPEALED_CATEGORY.test(c)),
        inForceOn: null,
      };
    });
}
