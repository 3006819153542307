import { RegwatchSourceKind } from "../regwatch.enums";
import { parseAtom, parseRss } from "./feeds";
import { parseHtmlPage } from "./html";
import { parseOpenData, parseRiksdagen } from "./json";
import type { ParsedEntry } from "./types";

export { ParseProblem, type ParsedEntry } from "./types";

/** Reads one response body as the source's kind; throws ParseProblem with a code. */
export function parseBody(kind: RegwatchSourceKind, body: string, opts: { selector?: string | null; url: string }): ParsedEntry[] {
  switch (kind) {
    case RegwatchSourceKind.RSS:
      return parseRss(body);
    case RegwatchSourceKind.ATOM:
      return parseAtom(body);
    case RegwatchSourceKind.RIKSDAGEN_JSON:
      return parseRiksdagen(body);
    case RegwatchSourceKind.OPENDATA_JSON:
      return parseOpenData(body);
    case RegwatchSourceKind.HTML:
      return parseHtmlPage(body, opts.selector, opts.url);
  }
}
