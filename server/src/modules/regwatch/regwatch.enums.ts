import { registerEnumType } from "type-graphql";

export enum RegwatchSourceKind {
  RSS = "RSS",
  ATOM = "ATOM",
  RIKSDAGEN_JSON = "RIKSDAGEN_JSON",
  OPENDATA_JSON = "OPENDATA_JSON",
  HTML = "HTML",
}
registerEnumType(RegwatchSourceKind, {
  name: "RegwatchSourceKind",
  description: "The format a regwatch source speaks.",
  valuesConfig: {
    RSS: { description: "RSS 2.0 (e.g. EUR-Lex's RSS feeds): one item per regulatory document." },
    ATOM: { description: "Atom (EUR-Lex/CELLAR notifications, Lagrummet): one entry per document." },
    RIKSDAGEN_JSON: { description: "Riksdagen's open data `dokumentlista` with `utformat=json`." },
    OPENDATA_JSON: { description: "A JSON list of statutes: Regeringskansliet's rättsdatabaser search answer (`hits.hits[]._source`) or OData (`value[]`, `d.results[]`)." },
    HTML: { description: "A web page watched for change inside the region a CSS selector picks out." },
  },
});

export enum RegwatchPollStatus {
  OK = "OK",
  NOT_MODIFIED = "NOT_MODIFIED",
  FAILED = "FAILED",
}
registerEnumType(RegwatchPollStatus, {
  name: "RegwatchPollStatus",
  description: "How a poll of a source went.",
  valuesConfig: {
    OK: { description: "Fetched and read; new items and versions stored, if any." },
    NOT_MODIFIED: { description: "The server answered 304 to the conditional request: nothing fetched, nothing stored." },
    FAILED: { description: "The fetch or the format failed; `errorCode` says why. The source backs off." },
  },
});

export enum RegwatchChangeType {
  NEW = "NEW",
  AMENDED = "AMENDED",
  REPEALED = "REPEALED",
  CORRECTION = "CORRECTION",
  METADATA_ONLY = "METADATA_ONLY",
}
registerEnumType(RegwatchChangeType, {
  name: "RegwatchChangeType",
  description: "What kind of change a version is, compared with the one before it.",
  valuesConfig: {
    NEW: { description: "The first version seen of this item." },
    AMENDED: { description: "The text changed." },
    REPEALED: { description: "The act is repealed (the text says \"upphävs\"/\"upphör att gälla\", or the feed says so)." },
    CORRECTION: { description: "A correction (\"rättelse\", \"rättelseblad\") or a change of punctuation and spacing only." },
    METADATA_ONLY: { description: "Title or dates changed; the text is the same." },
  },
});

export enum RegwatchSeverity {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
}
registerEnumType(RegwatchSeverity, {
  name: "RegwatchSeverity",
  description: "How much an alert matters to the organisation.",
  valuesConfig: {
    LOW: { description: "Matched upcoming meetings or stakeholders only." },
    MEDIUM: { description: "Matched a watch topic's words." },
    HIGH: { description: "A watched act itself changed (its SFS number or CELEX id is in a topic)." },
  },
});

export enum RegwatchAlertState {
  NEW = "NEW",
  ACKNOWLEDGED = "ACKNOWLEDGED",
  DISMISSED = "DISMISSED",
  ASSIGNED = "ASSIGNED",
}
registerEnumType(RegwatchAlertState, {
  name: "RegwatchAlertState",
  description: "Where the organisation stands on an alert.",
  valuesConfig: {
    NEW: { description: "Nobody has looked at it yet." },
    ACKNOWLEDGED: { description: "Seen; nothing more to do." },
    DISMISSED: { description: "Not relevant, with a reason." },
    ASSIGNED: { description: "Given to a person to follow up (optionally as an action item)." },
  },
});

export enum RegwatchSectionChange {
  ADDED = "ADDED",
  REMOVED = "REMOVED",
  CHANGED = "CHANGED",
}
registerEnumType(RegwatchSectionChange, { name: "RegwatchSectionChange", description: "How one section (chapter and paragraph) changed between two versions." });

export enum RegwatchIdentifierKind {
  CELEX = "CELEX",
  ELI = "ELI",
  SFS = "SFS",
  RIKSDAGEN_DOK_ID = "RIKSDAGEN_DOK_ID",
  URL = "URL",
}
registerEnumType(RegwatchIdentifierKind, {
  name: "RegwatchIdentifierKind",
  description: "What an item's identifier is.",
  valuesConfig: {
    CELEX: { description: "An EU CELEX number, e.g. 32014L0024." },
    ELI: { description: "A European Legislation Identifier path, e.g. eli/dir/2014/24/oj." },
    SFS: { description: "A number in Svensk författningssamling, e.g. 2016:1145." },
    RIKSDAGEN_DOK_ID: { description: "Riksdagen's document id (`dok_id`)." },
    URL: { description: "No registry identifier: the item's address." },
  },
});

/** Consecutive failures after which a source counts as unhealthy. */
export const UNHEALTHY_AFTER_FAILURES = 3;
/** Backoff ceiling: a failing source is polled at least once a day. */
export const MAX_BACKOFF_MINUTES = 24 * 60;
