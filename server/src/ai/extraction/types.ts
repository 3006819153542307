import type { ExtractionModel } from "./learn/model";

/** Where an item comes from: an exact quote from one segment's text. */
export interface Evidence {
  quote: string;
  segment: number;
  startMs: number;
}

export interface ExtractedDecision {
  text: string;
  evidence: Evidence;
  confidence: number;
}

export interface ExtractedActionItem {
  text: string;
  /** A participant's full name; null for an agreed task that nobody took. */
  owner: string | null;
  /** YYYY-MM-DD, or null when no concrete deadline was given. */
  due: string | null;
  evidence: Evidence;
  confidence: number;
}

export interface ExtractionResult {
  /** `local-heuristic@<semver>` or the remote model's name. */
  source: string;
  participants: string[];
  decisions: ExtractedDecision[];
  actionItems: ExtractedActionItem[];
}

export interface ExtractOptions {
  /** YYYY-MM-DD in Europe/Stockholm; relative deadlines resolve against it. */
  meetingDate: string;
  /**
   * The organisation's own classifier weights (trained from its reviewers' verdicts), handed in as
   * data by the caller; the local extractor uses them instead of the shipped learn/model.json.
   * Remote providers ignore it.
   */
  model?: ExtractionModel | null;
}
