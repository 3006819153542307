/**
 * The post-meeting brief as Markdown, in Swedish. A pure function of its input: no clock, no
 * locale-dependent formatting, every list sorted by stable keys — the same items give the same
 * bytes, which is what lets brief versions be compared and deduplicated.
 */

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

const WEEKDAYS = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];
const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const STOCKHOLM = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "onsdag 18 november 2026 kl. 09:00", in Europe/Stockholm. */
export function swedishDateTime(at: Date): string {
  const part = (type: string) => STOCKHOLM.formatToParts(at).find((p) => p.type === type)?.value ?? "";
  const [y, m, d] = [Number(part("year")), Number(part("month")), Number(part("day"))];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${d} ${MONTHS[m - 1]} ${y} kl. ${part("hour")}:${part("minute")}`;
}

// Swedish collation (… Z Å Ä Ö) with a code-point tie-break, so the order is total and stable.
const SWEDISH = new Intl.Collator("sv", { sensitivity: "variant" });
const byText = (a: string, b: string) => SWEDISH.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
const byTime = (a: number | null, b: number | null) => (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER);
/** Markdown-significant characters at line level are neutralised so an item cannot restructure the brief. */
const inline = (s: string) => s.replace(/\s+/g, " ").trim().replace(/([\\`*_[\]<>#|])/g, "\\$1");
const due = (d: string | null) => (d ? `senast ${d}` : "inget datum");

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
