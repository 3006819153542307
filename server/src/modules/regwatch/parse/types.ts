import type { RegwatchIdentifierKind } from "../regwatch.enums";

/** One document as a source lists it, before versioning. */
export interface ParsedEntry {
  identifier: string;
  identifierKind: RegwatchIdentifierKind;
  title: string;
  url: string | null;
  publishedOn: string | null;
  /** Normalised text (see normalizeText): what the content hash is taken of. */
  text: string;
  /** Metadata that makes a METADATA_ONLY version when it changes (dates, "t.o.m. SFS …"). */
  meta: string[];
  /** The feed itself says the act is repealed (a category, an `upphavd` date). */
  repealed: boolean;
  /** Entry into force given by the source as data (JSON), preferred over the text's sentence. */
  inForceOn: string | null;
}

/** Why a body could not be read as its kind: a code stored on the source, never its content. */
export class ParseProblem extends Error {
  override name = "ParseProblem";
  constructor(
    readonly code: "MALFORMED_XML" | "MALFORMED_JSON" | "UNEXPECTED_FORMAT" | "SELECTOR_NOT_FOUND" | "NOT_TEXT",
    message: string,
  ) {
    super(message);
  }
}

/** Entries read from one response at most; a longer list keeps its first (newest) entries. */
export const MAX_ENTRIES = 2_000;
/** Characters of text kept per entry. */
export const MAX_TEXT_CHARS = 500_000;

export const clip = (text: string) => (text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text);
