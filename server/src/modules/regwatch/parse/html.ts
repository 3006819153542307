import { RegwatchIdentifierKind } from "../regwatch.enums";
import { clip, ParseProblem, type ParsedEntry } from "./types";
import { htmlToText } from "./text";

/**
 * A watched page is one item (keyed by its address) whose text is the region the selector picks
 * out (all matches, in document order; the whole body without a selector). Navigation, banners and
 * "last updated" stamps outside the region never make a version.
 */
export function parseHtmlPage(body: string, selector: string | null | undefined, url: string): ParsedEntry[] {
  if (!/<[a-z!]/i.test(body)) throw new ParseProblem("NOT_TEXT", "The body is not HTML");
  const { text, title, found } = htmlToText(body, selector);
  if (!found) throw new ParseProblem("SELECTOR_NOT_FOUND", "The selector matches nothing on the page");
  return [{ identifier: url.slice(0, 500), identifierKind: RegwatchIdentifierKind.URL, title: title || text.split("\n")[0]?.slice(0, 200) || url, url, publishedOn: null, text: clip(text), meta: [], repealed: false, inForceOn: null }];
}
