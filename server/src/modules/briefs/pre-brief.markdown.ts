/**
 * The pre-meeting brief as Markdown, in Swedish. A pure function of its input, like the post-brief:
 * every list is sorted by stable keys, so the same data gives the same bytes (versions compare).
 *
 * What it may show is decided before it gets here: participants carry only the profile fields every
 * member of the organisation may read, and anything from another SENSITIVE meeting arrives without
 * its text (`title`/`text` null) and is only counted.
 */
import { byText, byTime, due, inline, swedishDate, swedishDateTime, swedishTime } from "./brief.markdown";

export interface PreBriefMeetingRef {
  /** Stable key for grouping and order (the meeting's id); never printed. */
  key: string;
  /** The meeting's global id, for links. */
  globalId: string;
  /** Null when the meeting is another SENSITIVE meeting: nothing of it is shown. */
  title: string | null;
  startsAt: Date;
}

export interface PreBriefOpenItem {
  /** Stable key (the item's id); never printed. */
  key: string;
  /** Null when withheld (from another SENSITIVE meeting). */
  title: string | null;
  /** The linked user's name, else the name said in the meeting. */
  owner: string | null;
  dueDate: string | null;
  meeting: PreBriefMeetingRef;
}

export interface PreBriefDecision {
  key: string;
  /** The decision's global id: the anchor on the meeting page. */
  globalId: string;
  /** Null when withheld (from another SENSITIVE meeting). */
  text: string | null;
  evidenceStartMs: number | null;
  meeting: PreBriefMeetingRef;
}

/** The profile line: only what the Stakeholder field rules give every VIEWER. */
export interface PreBriefParticipant {
  key: string;
  name: string;
  title: string | null;
  organization: string | null;
  influence: number | null;
  interest: number | null;
  /** Role in this meeting (ordförande, sekreterare, …). */
  role: string | null;
  openItems: PreBriefOpenItem[];
}

/** What one registered contributor rendered (see pre-brief.sections.ts); null: nothing to add. */
export interface PreBriefSectionOutput {
  key: string;
  order: number;
  lines: string[] | null;
}

export interface PreBriefInput {
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  location: string | null;
  agendaItems: string[];
  sensitive: boolean;
  participants: PreBriefParticipant[];
  /** Open items of earlier meetings on the same matter (not already listed under a participant). */
  earlierItems: PreBriefOpenItem[];
  earlierDecisions: PreBriefDecision[];
  sections: PreBriefSectionOutput[];
}

/** A participant's list stops here; the rest is counted. */
export const MAX_ITEMS_PER_PARTICIPANT = 10;
export const VISIBILITY_NOTE = "Briefen visar bara uppgifter som alla i organisationen får se.";
export const NO_MONITORING = "Ingen omvärldsbevakning är kopplad till mötet ännu.";

const withheld = (x: { meeting: PreBriefMeetingRef }, text: string | null) => text === null || x.meeting.title === null;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const from = (m: PreBriefMeetingRef) => `${inline(m.title ?? "")}, ${swedishDate(m.startsAt)}`;
const total = (...orders: number[]) => orders.find((o) => o !== 0) ?? 0;

function when(startsAt: Date, endsAt: Date | null): string {
  const start = swedishDateTime(startsAt);
  if (!endsAt) return start;
  return swedishDate(endsAt) === swedishDate(startsAt) ? `${start}–${swedishTime(endsAt)}` : `${start} – ${swedishDateTime(endsAt)}`;
}

function profile(p: PreBriefParticipant): string {
  const who = [p.title, p.organization].filter((s): s is string => !!s?.trim()).map(inline);
  const scores = [p.influence != null ? `inflytande ${p.influence}/5` : null, p.interest != null ? `intresse ${p.interest}/5` : null].filter(Boolean);
  return [`**${inline(p.name)}**`, ...who].join(", ") + (scores.length ? ` — ${scores.join(", ")}` : "") + (p.role?.trim() ? ` (${inline(p.role)})` : "");
}

const itemOrder = (a: PreBriefOpenItem, b: PreBriefOpenItem) =>
  total(
    byText(a.dueDate ?? "9999", b.dueDate ?? "9999"),
    a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime(),
    byText(a.meeting.key, b.meeting.key),
    byText(a.title ?? "", b.title ?? ""),
    byText(a.owner ?? "", b.owner ?? ""),
    byText(a.key, b.key),
  );

/** "N åtgärder från ett känsligt möte", one line per such meeting, oldest meeting first. */
function withheldLines(entries: { meeting: PreBriefMeetingRef }[], one: string, many: string): string[] {
  const perMeeting = new Map<string, { startsAt: number; count: number }>();
  for (const e of entries) {
    const seen = perMeeting.get(e.meeting.key) ?? { startsAt: e.meeting.startsAt.getTime(), count: 0 };
    seen.count += 1;
    perMeeting.set(e.meeting.key, seen);
  }
  return [...perMeeting.entries()]
    .sort(([ka, a], [kb, b]) => total(a.startsAt - b.startsAt, byText(ka, kb)))
    .map(([, m]) => `- ${plural(m.count, one, many)} från ett känsligt möte`);
}

function itemLines(items: PreBriefOpenItem[], withOwner: boolean, max = Number.POSITIVE_INFINITY): string[] {
  const visible = items.filter((i) => !withheld(i, i.title)).sort(itemOrder);
  const lines = visible.slice(0, max).map((i) => `- [ ] ${inline(i.title ?? "")}${withOwner && i.owner ? ` (${inline(i.owner)})` : ""} — ${due(i.dueDate)} — från ${from(i.meeting)}`);
  if (visible.length > max) lines.push(`- … och ${plural(visible.length - max, "öppen åtgärd till", "öppna åtgärder till")}`);
  return [...lines, ...withheldLines(items.filter((i) => withheld(i, i.title)), "åtgärd", "åtgärder")];
}

export function renderPreBrief(input: PreBriefInput): string {
  const lines: string[] = [`# Inför mötet: ${inline(input.title)}`, "", `**Datum:** ${when(input.startsAt, input.endsAt)}`];
  lines.push(`**Plats:** ${input.location?.trim() ? inline(input.location) : "ingen plats angiven"}`);
  if (input.sensitive) lines.push("**Klassning:** känsligt möte");
  lines.push("", "## Dagordning", "");
  const agenda = input.agendaItems.filter((a) => a.trim());
  if (agenda.length) agenda.forEach((a, i) => lines.push(`${i + 1}. ${inline(a)}`));
  else lines.push("Ingen dagordning är angiven.");

  const participants = [...input.participants].sort((a, b) => total(byText(a.name, b.name), byText(profile(a), profile(b)), byText(a.key, b.key)));
  lines.push("", "## Deltagare", "");
  if (participants.length) participants.forEach((p) => lines.push(`- ${profile(p)}`));
  else lines.push("Inga deltagare är tillagda ännu.");

  lines.push("", "## Öppna åtgärder hos deltagarna", "");
  const owing = participants.filter((p) => p.openItems.length);
  if (!owing.length) lines.push("Deltagarna har inga öppna åtgärder.", "");
  for (const p of owing) lines.push(`### ${inline(p.name)}`, "", ...itemLines(p.openItems, false, MAX_ITEMS_PER_PARTICIPANT), "");

  lines.push("## Öppna åtgärder från tidigare möten i samma fråga eller med samma deltagare", "");
  if (input.earlierItems.length) lines.push(...itemLines(input.earlierItems, true));
  else lines.push("Inga öppna åtgärder från tidigare möten i samma fråga eller med samma deltagare.");

  lines.push("", "## Tidigare beslut i samma fråga eller med samma deltagare", "");
  const decisions = input.earlierDecisions.filter((d) => !withheld(d, d.text));
  const decisionOrder = (a: PreBriefDecision, b: PreBriefDecision) =>
    total(
      b.meeting.startsAt.getTime() - a.meeting.startsAt.getTime(),
      byText(a.meeting.key, b.meeting.key),
      byTime(a.evidenceStartMs, b.evidenceStartMs),
      byText(a.text ?? "", b.text ?? ""),
      byText(a.key, b.key),
    );
  for (const d of decisions.sort(decisionOrder)) {
    const link = `/moten/${encodeURIComponent(d.meeting.globalId)}#beslut-${encodeURIComponent(d.globalId)}`;
    lines.push(`- ${inline(d.text ?? "")} — ${from(d.meeting)} [Se underlag](${link})`);
  }
  lines.push(...withheldLines(input.earlierDecisions.filter((d) => withheld(d, d.text)), "beslut", "beslut"));
  if (!input.earlierDecisions.length) lines.push("Inga tidigare beslut i samma fråga eller med samma deltagare.");

  lines.push("", "## Omvärldsbevakning", "");
  const contributed = [...input.sections]
    .sort((a, b) => total(a.order - b.order, byText(a.key, b.key)))
    .flatMap((s) => (s.lines?.length ? [s.lines.map((l) => l.replace(/[\r\n]+/g, " "))] : []));
  if (!contributed.length) lines.push(NO_MONITORING);
  contributed.forEach((block, i) => lines.push(...(i ? [""] : []), ...block));

  lines.push("", VISIBILITY_NOTE);
  return `${lines.join("\n")}\n`;
}
