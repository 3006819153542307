import type { SttSegment } from "./stt-client";

/** Speaker label for a segment without diarisation: one voice, one label the editor maps. */
export const UNDIARISED_SPEAKER = "Talare 1";

const clock = (seconds: number) => {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
};

/** Markup the VTT parser would read as tags, and line breaks that would end the cue. */
const cueText = (text: string) => text.replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").trim();
const voiceName = (name: string) => name.replace(/[\r\n<>]+/g, " ").trim() || UNDIARISED_SPEAKER;

/**
 * Segments as WebVTT with `<v Speaker>` voice tags (the Teams shape the transcript parser reads):
 * the diarised label when the server gave one, else UNDIARISED_SPEAKER. Empty segments are dropped.
 */
export function segmentsToWebVtt(segments: readonly SttSegment[]): string {
  const cues = segments
    .map((s) => ({ ...s, text: cueText(s.text) }))
    .filter((s) => s.text.length > 0)
    .map((s, i) => `${i + 1}\n${clock(s.start)} --> ${clock(Math.max(s.end, s.start))}\n<v ${voiceName(s.speaker ?? UNDIARISED_SPEAKER)}>${s.text}</v>\n`);
  return `WEBVTT\n\n${cues.join("\n")}`;
}
