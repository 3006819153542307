/**
 * A meeting's decisions as Markdown, in Swedish: each decision with when it was decided and the
 * words it was taken from. Item text goes through the briefs' `inline()`, so a decision cannot
 * restructure the document.
 */
import { inline, swedishDateTime } from "../briefs/brief.markdown";

export interface ExportDecision {
  text: string;
  decidedAt: Date | null;
  createdAt: Date;
  quote: string | null;
  startMs: number | null;
}

export interface DecisionsDocument {
  title: string;
  startsAt: Date;
  sensitive: boolean;
  link: string;
  decisions: ExportDecision[];
}

/** 754_000 → "12:34"; an hour or more → "1:02:03". */
export function timecode(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export function renderDecisionsMarkdown(doc: DecisionsDocument): string {
  const lines = [`# Beslut: ${inline(doc.title)}`, "", `**Möte:** ${swedishDateTime(doc.startsAt)}`];
  if (doc.sensitive) lines.push("**Klassning:** känsligt möte");
  lines.push(`**I Postboxen:** [${inline(doc.title)}](${doc.link})`, "");
  if (!doc.decisions.length) lines.push("Inga beslut är registrerade för mötet.");
  doc.decisions.forEach((d, i) => {
    lines.push(`## ${i + 1}. ${inline(d.text)}`, "");
    lines.push(d.decidedAt ? `**Beslutat:** ${swedishDateTime(d.decidedAt)}` : `**Beslutat:** tidpunkt inte angiven (registrerat ${swedishDateTime(d.createdAt)})`);
    if (d.quote) {
      lines.push("", `> ”${inline(d.quote)}”${d.startMs != null ? ` (${timecode(d.startMs)} in i inspelningen)` : ""}`);
    } else {
      lines.push("", "*Registrerat för hand, utan citat ur transkriptet.*");
    }
    lines.push("");
  });
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}
