import type { ExtractionResult, ExtractOptions } from "../extraction/types";
import type { Transcript } from "../transcripts/types";

/** Anything that turns a transcript into decisions and action items. */
export interface ExtractionProvider {
  /** `local-heuristic@<semver>` or the remote model's name; stored as the items' source. */
  readonly name: string;
  /** True when no transcript text leaves the machine (the only kind allowed for SENSITIVE meetings). */
  readonly isLocal: boolean;
  extract(transcript: Transcript, options: ExtractOptions): Promise<ExtractionResult>;
}

/** What a remote extraction did, in counts: for the evaluation and the logs, never any text. */
export interface RemoteExtractionDiagnostics {
  /** HTTP requests sent, retries and a response-format fallback included. */
  requests: number;
  /** Parts the meeting was cut into (one request each when nothing fails). */
  chunks: number;
  /** Items dropped because their quote is not an exact substring of the cue they cite. */
  inventedQuotesDropped: number;
  /** Answers that were not JSON of the expected shape (each one retried, or the extraction failed). */
  invalidOutputs: number;
  /** Items that came twice (same kind, same cue, overlapping quotes) and were merged into one. */
  duplicatesMerged: number;
  /** Owners that named no participant (kept as null). */
  ownersUnmapped: number;
  /** Due dates that were not a real YYYY-MM-DD (kept as null). */
  invalidDueDates: number;
  /** The response_format the server accepted last. */
  responseFormat: "json_schema" | "json_object";
}

export interface RemoteExtractionResult extends ExtractionResult {
  diagnostics: RemoteExtractionDiagnostics;
}

/** A provider that talks to a server; `extract` adds counts of what it did. */
export interface RemoteExtractionProvider extends ExtractionProvider {
  readonly isLocal: false;
  extract(transcript: Transcript, options: ExtractOptions): Promise<RemoteExtractionResult>;
}
