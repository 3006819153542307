import { RegwatchIdentifierKind } from "../regwatch.enums";

/** An SFS number: year 1700–2199, colon, running number ("2016:1145"). */
const SFS = /(?<![\d:])(1[7-9]\d{2}|2[01]\d{2}):(\d{1,4})(?![\d:])/g;
/** CELEX in an address or a text: "CELEX:32014L0024", "celex/32014L0024", "uri=CELEX%3A32014L0024". */
const CELEX_LABELLED = /celex(?::|%3a|\/|=)\s*([0-9][0-9]{4}[A-Z]{1,2}[0-9]{4}(?:\(\d{1,2}\))?)/i;
/** A bare CELEX of a legislative act: sector 3, year, act type (L directive, R regulation, D decision, H recommendation), number. */
const CELEX_ACT = /(?<![0-9A-Z])(3\d{4}[LRDH]\d{4})(?![0-9A-Z])/i;
const ELI = /\/(eli\/[a-z0-9][a-z0-9_\-./]*[a-z0-9])/i;

export interface ItemIdentifier {
  identifier: string;
  identifierKind: RegwatchIdentifierKind;
}

export function sfsNumbers(text: string): string[] {
  return [...text.matchAll(SFS)].map((m) => `${m[1]}:${Number(m[2])}`);
}

/**
 * An item's identifier from the candidates a format offers (most specific first: an id, a
 * link, a title): a CELEX, an ELI, an SFS number, else the first address or id as given.
 */
export function identifierOf(candidates: (string | null | undefined)[], fallback: string): ItemIdentifier {
  const present = candidates.filter((c): c is string => typeof c === "string" && c.trim().length > 0).map((c) => c.trim());
  for (const c of present) {
    const celex = CELEX_LABELLED.exec(c)?.[1] ?? CELEX_ACT.exec(c)?.[1];
    if (celex) return { identifier: celex.toUpperCase(), identifierKind: RegwatchIdentifierKind.CELEX };
  }
  for (const c of present) {
    const sfs = sfsNumbers(c)[0];
    if (sfs && (/\bsfs\b|\/sfs\/|rinfo|\(\d{4}:\d+\)/i.test(c) || /^\s*\d{4}:\d+\s*$/.test(c))) return { identifier: sfs, identifierKind: RegwatchIdentifierKind.SFS };
  }
  for (const c of present) {
    const eli = ELI.exec(c)?.[1];
    if (eli) return { identifier: eli.toLowerCase(), identifierKind: RegwatchIdentifierKind.ELI };
  }
  const first = present[0] ?? fallback;
  return { identifier: first.slice(0, 500), identifierKind: RegwatchIdentifierKind.URL };
}

/** SFS numbers a title says the act amends or repeals ("om ändring i lagen (2016:1145) …"), the act's own excluded. */
export function amendedActs(title: string, own: string): string[] {
  if (!/ändring|upphävande|upphör|upphävs/i.test(title)) return [];
  return [...new Set(sfsNumbers(title).filter((n) => n !== own))];
}

/** Identifiers a watch topic names: SFS numbers and CELEX ids of acts, and the query without them. */
export function topicIdentifiers(query: string): { identifiers: string[]; textQuery: string } {
  const identifiers: string[] = [];
  let rest = query.replace(/(?:\b(?:SFS|CELEX)\s*:?\s*)?((?:1[7-9]|2[01])\d{2}:\d{1,4}|3\d{4}[LRDHlrdh]\d{4})(?![\d:A-Za-z])/g, (_m, id: string) => {
    identifiers.push(/:/.test(id) ? id.replace(/:0+(\d)/, ":$1") : id.toUpperCase());
    return " ";
  });
  rest = rest.replace(/\s+/g, " ").trim();
  return { identifiers: [...new Set(identifiers)], textQuery: rest };
}
