export const TranscriptErrorCode = {
  EMPTY: "TRANSCRIPT_EMPTY",
  BINARY: "TRANSCRIPT_BINARY",
  TOO_LARGE: "TRANSCRIPT_TOO_LARGE",
  TOO_MANY_SEGMENTS: "TRANSCRIPT_TOO_MANY_SEGMENTS",
  NO_SPEAKERS: "TRANSCRIPT_NO_SPEAKERS",
} as const;
export type TranscriptErrorCode = (typeof TranscriptErrorCode)[keyof typeof TranscriptErrorCode];

// User-facing text is Swedish: it is shown to the person who uploaded the file.
const USER_MESSAGES: Record<TranscriptErrorCode, string> = {
  TRANSCRIPT_EMPTY: "Transkriberingen är tom. Ladda upp en fil med innehåll.",
  TRANSCRIPT_BINARY:
    "Filen ser inte ut att vara en textfil. Ladda upp en transkribering som WebVTT (.vtt), SRT (.srt) eller vanlig text (.txt).",
  TRANSCRIPT_TOO_LARGE: "Transkriberingen är för stor. Den största tillåtna storleken är {limit}.",
  TRANSCRIPT_TOO_MANY_SEGMENTS: "Transkriberingen har för många repliker. Dela upp mötet i flera filer (högst {count} repliker per fil).",
  TRANSCRIPT_NO_SPEAKERS:
    "Vi hittade inga talare i transkriberingen. Varje replik behöver ett namn, till exempel ”Anna Berg: Hej allihopa”.",
};

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** A transcript that cannot be used, with a stable code for APIs and a Swedish message for people. */
export class TranscriptError extends Error {
  readonly code: TranscriptErrorCode;
  readonly userMessage: string;
  readonly detail: { limitBytes?: number; limitCount?: number } | undefined;

  constructor(code: TranscriptErrorCode, detail?: { limitBytes?: number; limitCount?: number }) {
    const userMessage = USER_MESSAGES[code]
      .replace("{limit}", formatBytes(detail?.limitBytes ?? 0))
      .replace("{count}", String(detail?.limitCount ?? 0));
    super(`${code}: ${userMessage}`);
    this.name = "TranscriptError";
    this.code = code;
    this.userMessage = userMessage;
    this.detail = detail;
  }
}

export function isTranscriptError(value: unknown): value is TranscriptError {
  return value instanceof TranscriptError;
}
