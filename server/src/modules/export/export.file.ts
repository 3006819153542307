/**
 * What every export shares: the file's name, type and bytes. Names are Swedish and safe on every
 * file system a download lands on (no path separators, reserved or control characters, no
 * leading dot, bounded length); the Content-Disposition value carries the UTF-8 name (RFC 6266,
 * RFC 8187) and an ASCII fallback for old clients.
 */

export const CONTENT_TYPE = {
  md: "text/markdown; charset=utf-8",
  pdf: "application/pdf",
  csv: "text/csv; charset=utf-8",
} as const;

export type ExportExtension = keyof typeof CONTENT_TYPE;

export interface ExportedFile {
  fileName: string;
  contentType: (typeof CONTENT_TYPE)[ExportExtension];
  bytes: Buffer;
}

/** Longest name part taken from a title, in characters (the whole name stays well under 255 bytes). */
const MAX_TITLE = 80;

/** A title as a file-name part: "Styrgruppsmöte 12/3: budget?" → "Styrgruppsmöte 12 3 budget". */
export function fileNamePart(text: string): string {
  return (
    text
      .normalize("NFC")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^[.\s]+/, "")
      .slice(0, MAX_TITLE)
      .trim()
      .replace(/[.\s]+$/, "")
  );
}

/** "Beslut – Styrgruppsmöte 2026-11-18.pdf"; parts that come out empty are left out. */
export function fileName(parts: readonly (string | null | undefined)[], extension: ExportExtension): string {
  const kept = parts.map((p) => (p ? fileNamePart(p) : "")).filter((p) => p.length > 0);
  return `${kept.join(" – ") || "export"}.${extension}`;
}

/** "Åtgärder – Möte.csv" → "Atgarder - Mote.csv": letters without their marks, anything else non-ASCII as "_". */
export function asciiFileName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\%]/g, "_");
}

/** RFC 8187 ext-value: every byte outside attr-char percent-encoded. */
function extValue(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="Atgarder.csv"; filename*=UTF-8''%C3%85tg%C3%A4rder.csv` */
export function contentDisposition(name: string): string {
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${extValue(name)}`;
}

/** 2026-11-18, in Europe/Stockholm. */
const STOCKHOLM_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });
const STOCKHOLM_MINUTE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

export function stockholmDate(at: Date): string {
  return STOCKHOLM_DATE.format(at);
}

/** "2026-11-18 09:15", in Europe/Stockholm: what Swedish Excel reads as a date and time. */
export function stockholmMinute(at: Date): string {
  const p = STOCKHOLM_MINUTE.formatToParts(at);
  const part = (type: string) => p.find((x) => x.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}
