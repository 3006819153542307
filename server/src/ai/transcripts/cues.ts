import { splitSpeakerLabel } from "./speakers";

/** A cue from a WebVTT or SRT file before speakers are resolved. */
export interface RawCue {
  startMs: number;
  endMs: number;
  /** Speaker from a voice tag or a "Name:" label; null when the cue has none (a continuation). */
  label: string | null;
  text: string;
}

const TIME = "(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})[.,](\\d{1,3})";
const TIMING = new RegExp(`^\\s*${TIME}\\s*-->\\s*${TIME}`);

function toMs(h: string | undefined, m: string | undefined, s: string | undefined, f: string | undefined): number {
  const frac = (f ?? "0").padEnd(3, "0");
  return ((Number(h ?? 0) * 60 + Number(m ?? 0)) * 60 + Number(s ?? 0)) * 1000 + Number(frac);
}

export function isTimingLine(line: string): boolean {
  return TIMING.test(line);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const clean = (text: string) =>
  decodeEntities(text.replace(/<[^<>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();

/**
 * Parses the cue blocks of WebVTT or SRT: optional id, timing line, payload lines. Blocks without a
 * timing line (WEBVTT header, NOTE, STYLE, stray numbers) are skipped. A payload with several voice
 * tags becomes several cues so that each keeps its own speaker.
 */
export function parseCueBlocks(text: string): RawCue[] {
  const cues: RawCue[] = [];
  const lines = text.split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    const timing = TIMING.exec(line);
    if (!timing) {
      i++;
      continue;
    }
    const startMs = toMs(timing[1], timing[2], timing[3], timing[4]);
    const endMs = toMs(timing[5], timing[6], timing[7], timing[8]);
    const payload: string[] = [];
    i++;
    while (i < lines.length && (lines[i] ?? "").trim() !== "" && !isTimingLine(lines[i] ?? "")) {
      payload.push((lines[i] ?? "").trim());
      i++;
    }
    // SRT without blank lines between cues: a trailing cue number belongs to the next cue.
    if (i < lines.length && isTimingLine(lines[i] ?? "") && /^\d+$/.test(payload.at(-1) ?? "")) payload.pop();
    cues.push(...payloadToCues(payload.join("\n"), startMs, endMs));
  }
  return cues;
}

function payloadToCues(payload: string, startMs: number, endMs: number): RawCue[] {
  const voices = [...payload.matchAll(/<v(?:\.[^\s<>]*)?\s+([^<>]+)>([\s\S]*?)(?=<v[\s.]|$)/g)];
  if (voices.length > 0) {
    return voices
      .map((v) => ({ startMs, endMs, label: (v[1] ?? "").trim(), text: clean(v[2] ?? "") }))
      .filter((c) => c.text !== "");
  }
  const joined = clean(payload);
  if (joined === "") return [];
  const labelled = splitSpeakerLabel(joined);
  if (labelled) return [{ startMs, endMs, label: labelled.label, text: labelled.text }];
  // "- Anna: ..." dialogue dashes are used by some subtitle tools.
  const dashed = splitSpeakerLabel(joined.replace(/^[-–]\s*/, ""));
  if (dashed) return [{ startMs, endMs, label: dashed.label, text: dashed.text }];
  return [{ startMs, endMs, label: null, text: joined }];
}
