/** Transcript formats we can read. */
export const TRANSCRIPT_FORMATS = ["teams-vtt", "zoom-vtt", "srt", "text"] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/** One cue (or one line of a plain-text transcript), attributed to a participant's full name. */
export interface TranscriptSegment {
  /** Zero-based position in the transcript; evidence points at this. */
  index: number;
  speaker: string;
  startMs: number;
  endMs: number;
  /** Cue text with markup removed and line breaks joined by a space. */
  text: string;
}

export interface Transcript {
  format: TranscriptFormat;
  /** Full names: the header's participant list when there is one, then every speaker. */
  participants: string[];
  segments: TranscriptSegment[];
  /** A meeting date found in a plain-text header ("Datum: 2026-11-30"), if any. */
  meetingDate?: string;
}

export interface ParseOptions {
  /** Reject inputs larger than this many bytes (default 5 MiB). */
  maxBytes?: number;
  /** Skip auto-detection. */
  format?: TranscriptFormat;
  /** Reject transcripts with more segments than this (default 10,000). */
  maxSegments?: number;
}

export const DEFAULT_MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024;
