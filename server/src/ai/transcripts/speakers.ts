/**
 * Speaker labels ("Anna Berg: text") and how labels map to participants' full names.
 */

// A label is one to four name words: capitalised, or a lowercase particle such as "von" or "af".
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const PARTICLE = "(?:von|van|der|de|af|al|el|bin|ibn|da|di|du|la|le)";
const LABEL = `${NAME_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?${NAME_WORD}){0,3}`;
// What speech-to-text diarisation writes for people it cannot name: "Talare 2", "Speaker 1", "SPEAKER_00".
const NUMBERED = "(?:[Tt]alare|[Ss]peaker|SPEAKER|[Dd]eltagare|[Pp]erson|[Gg]äst|[Gg]uest|[Rr]öst|[Vv]oice|[Pp]articipant|[Oo]känd|[Uu]nknown)[ _]?\\d{1,3}";
const LABELLED = new RegExp(`^(${NUMBERED}|${LABEL})[ \\t]*:[ \\t]*(.*)$`, "u");

// Words that start header fields or notes, never speakers ("Beslut: ...", "Datum: ...").
const NOT_SPEAKERS = new Set(
  [
    "ämne", "datum", "deltagare", "närvarande", "frånvarande", "plats", "tid", "mötet", "möte", "rubrik",
    "titel", "protokoll", "protokollförare", "ordförande", "sekreterare", "justerare", "dagordning",
    "beslut", "åtgärd", "åtgärder", "notering", "obs", "anteckning", "kommentar", "fråga", "svar", "punkt",
    "transkribering", "inspelning", "källa", "version", "kl", "klockan",
    "subject", "date", "participants", "attendees", "present", "absent", "location", "time", "title",
    "meeting", "agenda", "minutes", "chair", "decision", "decisions", "action", "actions", "note", "notes",
    "question", "answer", "item", "recording", "transcript", "source", "re", "fw", "fwd", "https", "http",
    "webvtt", "kind", "language",
  ],
);

export interface LabelledText {
  label: string;
  text: string;
}

/** Splits "Full Name: text"; returns null when the line does not start with a plausible speaker label. */
export function splitSpeakerLabel(line: string): LabelledText | null {
  const m = LABELLED.exec(line.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return null;
  const label = m[1].trim();
  if (label.length > 60 || NOT_SPEAKERS.has(label.toLowerCase())) return null;
  return { label, text: m[2].trim() };
}

/** "Cecilia Wahlström (dataskyddsombud), Peter Gustafsson – enhetschef och Nadia Rahimi" → names. */
export function parseParticipantList(value: string): string[] {
  return value
    .replace(/\([^)]*\)/g, "")
    .split(/[,;]|\s+(?:och|and|&)\s+/u)
    .map((part) => part.split(/\s+[–—-]\s+/u)[0]?.trim() ?? "")
    .filter((name) => /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 5);
}

/**
 * One roster line under an empty "Deltagare:" header: "Lena – Lena Forsgren, projektledare",
 * "- Anna Berg (jurist)" or "Anna Berg, enhetschef". A short call name before a dash is only an
 * alias, so the full name after it wins. Returns null when the line is no name (ends the roster).
 */
export function parseRosterLine(line: string): string | null {
  const body = line.replace(/^[-–—*•]\s*/u, "").replace(/\([^)]*\)/g, "");
  const head = (body.split(/[,;]/u)[0] ?? "").trim();
  const parts = head.split(/\s+[–—-]\s+/u).map((p) => p.trim());
  const named = parts.filter((p) => new RegExp(`^${LABEL}$`, "u").test(p));
  const full = named.find((p) => p.includes(" ")) ?? named[0];
  return full && !NOT_SPEAKERS.has(full.toLowerCase()) ? full : null;
}

const firstName = (full: string) => full.split(/\s+/)[0] ?? full;

/**
 * Maps labels to full names. Labels that already are full names stay; a first name (or a
 * shortened name) that points at exactly one known full name is expanded.
 */
export function resolveLabels(labels: readonly string[], knownFullNames: readonly string[]): Map<string, string> {
  const full = [...knownFullNames, ...labels.filter((l) => l.includes(" "))];
  const unique = [...new Set(full)];
  const map = new Map<string, string>();
  for (const label of labels) {
    if (unique.includes(label)) {
      map.set(label, label);
      continue;
    }
    const lower = label.toLowerCase();
    const candidates = unique.filter(
      (name) => firstName(name).toLowerCase() === lower || name.toLowerCase().startsWith(`${lower} `),
    );
    map.set(label, candidates.length === 1 && candidates[0] !== undefined ? candidates[0] : label);
  }
  return map;
}
