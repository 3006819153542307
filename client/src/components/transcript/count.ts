import { t, type MessageKey } from "../../i18n";

const numbers = new Intl.NumberFormat("sv-SE");

/** "10 000" (a 3-hour transcript has numbers that want grouping). */
export const formatCount = (n: number): string => numbers.format(n);

/** Like `tn`, with the count grouped: "1 replik", "10 000 repliker". */
export function countText(base: "transcriptViewer.cueCount" | "transcriptViewer.matches", n: number): string {
  return t(`${base}.${n === 1 ? "one" : "other"}` as MessageKey, { count: formatCount(n) });
}
