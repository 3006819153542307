import type { ReactNode } from "react";

/** Lower-cased for matching; Swedish rules so "Å" finds "å". */
export const fold = (s: string) => s.toLocaleLowerCase("sv");

export interface Needle {
  text: string | null | undefined;
  className: string;
}

/**
 * `text` with every occurrence of each needle wrapped in <mark class=…> (case-insensitive). Needles
 * are plain strings, never patterns; where matches overlap, the earlier needle's mark wins.
 */
export function highlight(text: string, needles: readonly Needle[]): ReactNode {
  const folded = fold(text);
  const ranges: { from: number; to: number; className: string }[] = [];
  for (const { text: raw, className } of needles) {
    const n = raw ? fold(raw.trim()) : "";
    if (!n) continue;
    for (let at = folded.indexOf(n); at !== -1; at = folded.indexOf(n, at + n.length)) {
      if (!ranges.some((r) => at < r.to && at + n.length > r.from)) ranges.push({ from: at, to: at + n.length, className });
    }
  }
  if (!ranges.length) return text;
  ranges.sort((a, b) => a.from - b.from);
  const parts: ReactNode[] = [];
  let pos = 0;
  ranges.forEach(({ from, to, className }, i) => {
    if (from > pos) parts.push(text.slice(pos, from));
    parts.push(
      <mark key={i} className={className}>
        {text.slice(from, to)}
      </mark>,
    );
    pos = to;
  });
  if (pos < text.length) parts.push(text.slice(pos));
  return parts;
}
