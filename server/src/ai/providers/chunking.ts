import type { TranscriptSegment } from "../transcripts/types";

export interface ChunkingOptions {
  /**
   * Budget per request for the cues, in characters of the prompt (about four per token for
   * Swedish and English); the system prompt (~5,500 characters) and the answer come on top.
   */
  maxChars: number;
  /** Cues repeated at the start of the next part, so an exchange cut by a boundary is seen whole. */
  overlapCues: number;
}

export const DEFAULT_CHUNKING: ChunkingOptions = { maxChars: 12_000, overlapCues: 3 };

/** A run of consecutive cues sent in one request: `segments[start…end)`. */
export interface Chunk {
  start: number;
  end: number;
  /** How many of the first cues were also the previous chunk's last cues. */
  repeated: number;
}

/**
 * Cuts a meeting into parts of consecutive cues within `maxChars` (a single cue over the budget
 * still travels, alone), each part starting with the previous part's last `overlapCues` cues. The
 * overlap never swallows a whole part: every part brings at least one new cue.
 */
export function chunkCues(segments: readonly TranscriptSegment[], cost: (s: TranscriptSegment) => number, options: ChunkingOptions): Chunk[] {
  const overlap = Math.max(0, Math.floor(options.overlapCues));
  const chunks: Chunk[] = [];
  let start = 0;
  let repeated = 0;
  while (start < segments.length) {
    let end = start;
    let size = 0;
    while (end < segments.length) {
      const c = cost(segments[end] as TranscriptSegment);
      // The repeated cues plus at least one new one always fit, whatever the budget.
      if (end > start + repeated && size + c > options.maxChars) break;
      size += c;
      end++;
    }
    chunks.push({ start, end, repeated });
    if (end >= segments.length) break;
    const next = Math.max(end - overlap, start + repeated + 1);
    repeated = end - next;
    start = next;
  }
  return chunks;
}
