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
