import { parseParticipantList, parseRosterLine, splitSpeakerLabel } from "./speakers";

export interface RawLine {
  startMs: number | null;
  label: string | null;
  text: string;
}

export interface PlainTextParse {
  lines: RawLine[];
  headerParticipants: string[];
  headerDate?: string;
}

// "[00:01:02]", "(1:02)", "00:01:02 -" or "[00:01:02.500]" in front of a turn.
const STAMP = /^\s*[[(]?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,]\d{1,3})?[\])]?\s*(?:[-–]\s*)?/;
const PARTICIPANT_KEYS = /^(?:deltagare|närvarande|participants|attendees|present)\s*:\s*(.*)$/iu;
// At most this many "Key: value" lines (each key once) above a participant list count as header.
const HEADER_FIELDS_MAX = 4;
const DATE_KEYS = /^(?:datum|date|mötesdatum|meeting date)\s*:\s*(\d{4}-\d{2}-\d{2})\b/iu;

/**
 * Plain text: one turn per line as "Name: text", optionally stamped. Lines before the first turn
 * are a header (title, date, participant list); later lines without a label continue the turn.
 */
export function parsePlainText(text: string): PlainTextParse {
  const lines: RawLine[] = [];
  const headerParticipants: string[] = [];
  let headerDate: string | undefined;
  // An empty "Deltagare:" opens a roster: one participant per header line until the first turn.
  let inRoster = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const stamp = STAMP.exec(line);
    const startMs =
      stamp && stamp[0].trim() !== ""
        ? ((Number(stamp[1] ?? 0) * 60 + Number(stamp[2] ?? 0)) * 60 + Number(stamp[3] ?? 0)) * 1000
        : null;
    const rest = startMs === null ? line : line.slice(stamp?.[0].length ?? 0);
    // A participant list is header, never speech: "Fields: like this" above it were header too.
    if (PARTICIPANT_KEYS.test(rest) && lines.length > 0 && lines.length <= HEADER_FIELDS_MAX) {
      if (new Set(lines.map((l) => l.label)).size === lines.length) lines.length = 0;
    }
    const labelled = splitSpeakerLabel(rest);
    if (labelled && labelled.text !== "") {
      lines.push({ startMs, label: labelled.label, text: labelled.text });
      continue;
    }
    if (lines.length === 0) {
      const participants = PARTICIPANT_KEYS.exec(line);
      if (participants) {
        const value = participants[1]?.trim() ?? "";
        inRoster = value === "";
        headerParticipants.push(...parseParticipantList(value));
        continue;
      }
      const rosterName = inRoster ? parseRosterLine(line) : null;
      if (rosterName) headerParticipants.push(rosterName);
      else inRoster = false;
      const date = DATE_KEYS.exec(line);
      if (date?.[1]) headerDate = date[1];
      continue;
    }
    const previous = lines[lines.length - 1];
    if (previous) previous.text = `${previous.text} ${rest}`.trim();
  }
  return { lines, headerParticipants, headerDate };
}
