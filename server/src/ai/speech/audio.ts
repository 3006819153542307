/**
 * Audio formats accepted for speech-to-text, recognised by their first bytes (the declared
 * content type must agree): a file that says it is WAV but is not is refused before it is stored.
 */
export const AUDIO_TYPES = {
  WAV: { contentTypes: ["audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"], extension: "wav" },
  MP3: { contentTypes: ["audio/mpeg", "audio/mp3"], extension: "mp3" },
  M4A: { contentTypes: ["audio/mp4", "audio/x-m4a", "audio/m4a", "audio/aac"], extension: "m4a" },
  OGG: { contentTypes: ["audio/ogg", "audio/opus", "application/ogg"], extension: "ogg" },
} as const;
export type AudioKind = keyof typeof AUDIO_TYPES;

/** The kind a content type declares (parameters such as `; codecs=opus` ignored), or null. */
export function kindOfContentType(contentType: string): AudioKind | null {
  const base = contentType.split(";")[0]!.trim().toLowerCase();
  for (const [kind, spec] of Object.entries(AUDIO_TYPES) as [AudioKind, (typeof AUDIO_TYPES)[AudioKind]][]) {
    if ((spec.contentTypes as readonly string[]).includes(base)) return kind;
  }
  return null;
}

const ascii = (bytes: Uint8Array, at: number, text: string) => bytes.length >= at + text.length && [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/**
 * The kind the bytes are: RIFF….WAVE, an ID3 tag or an MPEG audio frame sync (11 set bits, a
 * valid layer), an ISO-BMFF `ftyp` box at offset 4, or an `OggS` page. Null when none fits.
 */
export function sniffAudio(bytes: Uint8Array): AudioKind | null {
  if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WAVE")) return "WAV";
  if (ascii(bytes, 0, "ID3")) return "MP3";
  if (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0 && (bytes[1]! & 0x06) !== 0) return "MP3";
  if (ascii(bytes, 4, "ftyp")) return "M4A";
  if (ascii(bytes, 0, "OggS")) return "OGG";
  return null;
}
