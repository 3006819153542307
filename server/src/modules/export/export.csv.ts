/**
 * CSV as Swedish Excel opens it: UTF-8 with a byte-order mark (else åäö come out as mojibake),
 * `;` between fields (the list separator of the Swedish locale, where `,` is the decimal comma),
 * CRLF line ends and RFC 4180 quoting. A cell that a spreadsheet would run as a formula (= + - @,
 * and tab or CR which some spreadsheets skip before looking) is prefixed with `'` (OWASP's advice),
 * so an action item titled `=HYPERLINK(…)` stays text.
 */

const BOM = "\ufeff";
export const CSV_SEPARATOR = ";";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";\r\n]|^\s|\s$/;

export function csvCell(value: string | null | undefined): string {
  let text = value ?? "";
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | null | undefined)[])[]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return Buffer.from(`${BOM}${lines.join("\r\n")}\r\n`, "utf8");
}
