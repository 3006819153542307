import { parseCueBlocks, isTimingLine } from "./cues";
import { decodeTranscript } from "./decode";
import { TranscriptError, TranscriptErrorCode } from "./errors";
import { resolveLabels } from "./speakers";
import { parsePlainText } from "./text";
import {
  DEFAULT_MAX_TRANSCRIPT_BYTES,
  type ParseOptions,
  type Transcript,
  type TranscriptFormat,
  type TranscriptSegment,
} from "./types";

interface Draft {
  startMs: number | null;
  endMs: number | null;
  label: string | null;
  text: string;
}

// `[^<>]` (not `[^>]`): every match attempt stops at the next "<", so a file of unclosed tags
// costs linear time instead of quadratic (a 1 MB "<v <v <v…" used to block for minutes).
const VOICE_TAG = /<v[\s.][^<>]*>/;
/** Format detection looks at the beginning only: a voice tag shows up in the first cues. */
const DETECT_WINDOW = 64 * 1024;
export const DEFAULT_MAX_SEGMENTS = 10_000;

/** Guesses the export format from the decoded text. */
export function detectFormat(text: string): TranscriptFormat {
  const head = text.trimStart().slice(0, DETECT_WINDOW);
  if (/^WEBVTT\b/.test(head)) return VOICE_TAG.test(head) ? "teams-vtt" : "zoom-vtt";
  const firstLines = head.split("\n", 40);
  if (firstLines.some(isTimingLine)) return VOICE_TAG.test(head) ? "teams-vtt" : "srt";
  return "text";
}

/**
 * Parses a transcript file (bytes or text) into one normalized shape. Throws TranscriptError for
 * input that cannot be a transcript; never throws anything else for any input.
 */
export function parseTranscript(input: Uint8Array | string, options: ParseOptions = {}): Transcript {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TRANSCRIPT_BYTES;
  const text = decodeTranscript(input, maxBytes);
  const format = options.format ?? detectFormat(text);

  let drafts: Draft[];
  let headerParticipants: string[] = [];
  let meetingDate: string | undefined;
  if (format === "text") {
    const parsed = parsePlainText(text);
    drafts = parsed.lines.map((l) => ({ startMs: l.startMs, endMs: null, label: l.label, text: l.text }));
    headerParticipants = parsed.headerParticipants;
    meetingDate = parsed.headerDate;
  } else {
    drafts = parseCueBlocks(text);
  }
  // Plain text that has words but no "Name: text" line has no speakers; subtitles without cues are empty.
  if (drafts.length === 0) throw new TranscriptError(format === "text" ? TranscriptErrorCode.NO_SPEAKERS : TranscriptErrorCode.EMPTY);

  // A cue without a label continues the previous speaker's turn (long turns split over cues).
  let current: string | null = null;
  for (const d of drafts) {
    if (d.label) current = d.label;
    else d.label = current;
  }
  const labelled = drafts.filter((d): d is Draft & { label: string } => d.label !== null && d.text !== "");
  if (labelled.length === 0) throw new TranscriptError(TranscriptErrorCode.NO_SPEAKERS);
  // Extraction runs on the event loop: bound its work (10,000 cues is a whole working day).
  const maxSegments = options.maxSegments ?? DEFAULT_MAX_SEGMENTS;
  if (labelled.length > maxSegments) throw new TranscriptError(TranscriptErrorCode.TOO_MANY_SEGMENTS, { limitCount: maxSegments });

  const labels = [...new Set(labelled.map((d) => d.label))];
  const names = resolveLabels(labels, headerParticipants);
  const segments: TranscriptSegment[] = labelled.map((d, index) => ({
    index,
    speaker: names.get(d.label) ?? d.label,
    startMs: d.startMs ?? 0,
    endMs: d.endMs ?? 0,
    text: d.text,
  }));
  fillMissingTimes(segments, labelled);

  const participants = [...new Set([...headerParticipants, ...segments.map((s) => s.speaker)])];
  return { format, participants, segments, ...(meetingDate ? { meetingDate } : {}) };
}

/** Plain text has start stamps at most: carry them forward and end each turn where the next starts. */
function fillMissingTimes(segments: TranscriptSegment[], drafts: readonly Draft[]): void {
  let last = 0;
  segments.forEach((s, i) => {
    const d = drafts[i];
    if (d?.startMs === null) s.startMs = last;
    last = s.startMs;
  });
  segments.forEach((s, i) => {
    if (drafts[i]?.endMs !== null) return;
    const next = segments[i + 1];
    s.endMs = Math.max(s.startMs, next ? next.startMs : s.startMs);
  });
}
