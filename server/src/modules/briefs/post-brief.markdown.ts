/**
 * The post-meeting brief as Markdown, in Swedish. A pure function of its input: no clock, no
 * locale-dependent formatting, every list sorted by stable keys — the same items give the same
 * bytes, which is what lets brief versions be compared and deduplicated.
 */
import { byText, byTime, due, inline, swedishDateTime } from "./brief.markdown";

export interface BriefDecision {
  text: string;
  evidenceStartMs: number | null;
}

export interface BriefAction {
  title: string;
  /** The linked user's name, else the name said in the meeting, else null. */
  owner: string | null;
  dueDate: string | null;
  status: "OPEN" | "DONE" | "CANCELLED";
  evidenceStartMs: number | null;
}

export interface PostBriefInput {
  title: string;
  startsAt: Date;
  decisions: BriefDecision[];
  actions: BriefAction[];
}

export function renderPostBrief(input: PostBriefInput): string {
  const decisions = [...input.decisions].sort((a, b) => byTime(a.evidenceStartMs, b.evidenceStartMs) || byText(a.text, b.text));
  const actions = input.actions
    .filter((a) => a.status !== "CANCELLED")
    .sort((a, b) => byText(a.dueDate ?? "9999", b.dueDate ?? "9999") || byTime(a.evidenceStartMs, b.evidenceStartMs) || byText(a.title, b.title));
  const owners = [...new Set(actions.flatMap((a) => (a.owner ? [a.owner] : [])))].sort(byText);
  const open = actions.filter((a) => !a.owner || !a.dueDate);

  const lines: string[] = [`# Efter mötet: ${inline(input.title)}`, "", `**Datum:** ${swedishDateTime(input.startsAt)}`, ""];
  lines.push("## Beslut", "");
  if (decisions.length) decisions.forEach((d, i) => lines.push(`${i + 1}. ${inline(d.text)}`));
  else lines.push("Inga beslut registrerades.");
  lines.push("", "## Åtgärder per ansvarig", "");
  if (!owners.length) lines.push("Inga åtgärder har en ansvarig.", "");
  for (const owner of owners) {
    lines.push(`### ${inline(owner)}`, "");
    for (const a of actions.filter((x) => x.owner === owner)) lines.push(`- [${a.status === "DONE" ? "x" : " "}] ${inline(a.title)} — ${due(a.dueDate)}`);
    lines.push("");
  }
  lines.push("## Öppna frågor", "");
  if (!open.length) lines.push("Alla åtgärder har en ansvarig och ett datum.");
  for (const a of open) {
    const missing = [!a.owner ? "ansvarig" : null, !a.dueDate ? "datum" : null].filter(Boolean).join(" och ");
    lines.push(`- ${inline(a.title)}${a.owner ? ` (${inline(a.owner)})` : ""} — saknar ${missing}`);
  }
  return `${lines.join("\n")}\n`;
}
