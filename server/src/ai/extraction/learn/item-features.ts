import type { Transcript } from "../../transcripts/types";
import { analyse } from "../extract";

/**
 * The local model's features of the sentences an item's evidence quotes (the union over the
 * sentences it overlaps), as the classifier saw them in this meeting: what a reviewer's verdict
 * labels when it becomes a training example. Null when the quote is not in that segment.
 */
export function featuresOfEvidence(transcript: Transcript, meetingDate: string, evidence: { segment: number; quote: string }): string[] | null {
  const a = analyse(transcript, meetingDate);
  const u = a.dialogue.utterances[evidence.segment];
  if (!u) return null;
  const start = u.segment.text.indexOf(evidence.quote);
  if (start < 0) return null;
  const end = start + evidence.quote.length;
  const features = new Set<string>();
  for (const r of a.rows) if (r.utterance === evidence.segment && r.sentence.start < end && r.sentence.end > start) for (const f of r.features) features.add(f);
  return features.size ? [...features].sort() : null;
}
