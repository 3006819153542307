import { TranscriptError, TranscriptErrorCode } from "./errors";

const utf8 = new TextDecoder("utf-8", { fatal: true });
// Older Windows tools (and Notepad "ANSI") write Swedish text as Windows-1252.
const cp1252 = new TextDecoder("windows-1252");

/**
 * Bytes → text. UTF-8 (with or without BOM) first, UTF-16 when it has a BOM, and Windows-1252
 * when the bytes are not valid UTF-8. Rejects binary data before anyone tries to parse it.
 */
export function decodeTranscript(input: Uint8Array | string, maxBytes: number): string {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (bytes.byteLength > maxBytes) throw new TranscriptError(TranscriptErrorCode.TOO_LARGE, { limitBytes: maxBytes });

  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) throw new TranscriptError(TranscriptErrorCode.BINARY);
    try {
      text = utf8.decode(bytes);
    } catch {
      text = cp1252.decode(bytes);
    }
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
  if (text.trim() === "") throw new TranscriptError(TranscriptErrorCode.EMPTY);
  if (controlRatio(text) > 0.01) throw new TranscriptError(TranscriptErrorCode.BINARY);
  return text;
}

/** NUL bytes never occur in text encodings we accept without a BOM; images, PDFs and zips have many. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  for (const b of sample) if (b === 0) return true;
  return false;
}

function controlRatio(text: string): number {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12) || c === 0xfffd) control++;
  }
  return sample.length === 0 ? 0 : control / sample.length;
}
