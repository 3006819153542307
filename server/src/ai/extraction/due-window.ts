import type { Dialogue } from "./dialogue";
import { eventKey, findDueExpressions, SPEAKER_EVENT, THEN_EVENT, type DueExpression, type EventDates } from "./due-dates";
import { AFFIRMATIVE_START } from "./lexicon";
import { tokenCount, type Sentence } from "./sentences";

const WHEN = /(?:^|[^\p{L}])(?:när|till när|hur snart|when|by when|what date|vilket datum)(?![\p{L}])/u;

export interface DueContext {
  dialogue: Dialogue;
  meetingDate: string;
  events: EventDates;
  /** Utterances that start other items; the talk about this item's deadline ends there. */
  anchors: Pick<ReadonlySet<number>, "has">;
}

type Found = { date: string | null } | null;

// How far back the talk about an event may lie ("exercise" named, then "January 14th" agreed).
const EVENT_LOOKBACK = 60;
// Turns after the event is named in which its date may be settled.
const EVENT_TALK_TURNS = 3;

const datesIn = (text: string, ctx: DueContext) =>
  findDueExpressions(text, ctx.meetingDate, ctx.events).flatMap((e) => (e.kind === "date" ? [e.date] : []));

// Events are scheduled on calendar dates; "today" in "as it's built today" dates nothing.
const CALENDAR = /\d|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|(?:mån|tis|ons|tors|fre|lör|sön)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day/iu;
const calendarDatesIn = (text: string, ctx: DueContext) =>
  findDueExpressions(text, ctx.meetingDate, ctx.events).flatMap((e) =>
    e.kind === "date" && CALENDAR.test(e.text) && !/^(?:i ?dag|today|i ?morgon|tomorrow|i övermorgon)$/iu.test(e.text) ? [e.date] : [],
  );
// "innan övningen", "before the exercise" are about time; "till X" may as well send something to X,
// so it needs the event and its date in one sentence.
const TEMPORAL_LEAD = /^(?:innan|före|inför|senast till|before|ahead of|prior to|in time for)\s/iu;

/** "till dess", "by then": the last date said in the few turns before. */
function dateSaidBefore(at: number, ctx: DueContext): string | null {
  const { utterances } = ctx.dialogue;
  const turn = utterances[at]?.turn ?? 0;
  for (let i = at - 1; i >= 0; i--) {
    const u = utterances[i];
    if (!u || u.turn < turn - 3) break;
    const dates = datesIn(u.segment.text, ctx);
    if (dates.length > 0) return dates.at(-1) ?? null;
  }
  return null;
}

/** "innan den går dit" after "Ledningsgruppen har möte den 3 december.": the date earlier in the speaker's turn. */
function dateSaidInTurn(at: number, ctx: DueContext): string | null {
  const { utterances } = ctx.dialogue;
  const turn = utterances[at]?.turn;
  for (let i = at - 1; i >= 0 && utterances[i]?.turn === turn; i--) {
    const dates = datesIn(utterances[i]?.segment.text ?? "", ctx);
    if (dates.length > 0) return dates.at(-1) ?? null;
  }
  return null;
}

/**
 * "before the exercise" when the meeting never says "the exercise is on …": the date agreed in
 * the talk where the event was last named, up to the item itself (the latest date wins, as the
 * final word of that talk).
 */
function dateFromEventTalk(e: DueExpression & { kind: "event" }, at: number, ctx: DueContext): string | null {
  const { utterances } = ctx.dialogue;
  const names = (text: string) => text.toLowerCase().split(/[^\p{L}-]+/u).some((w) => w.length >= 4 && eventKey(w) === e.event);
  const temporal = TEMPORAL_LEAD.test(e.text);
  for (let i = at - 1; i >= Math.max(0, at - EVENT_LOOKBACK); i--) {
    const mention = utterances[i];
    if (!mention || !names(mention.segment.text)) continue;
    if (!temporal) return mention.sentences.filter((s) => names(s.text)).flatMap((s) => calendarDatesIn(s.text, ctx)).at(-1) ?? null;
    let last: string | null = null;
    for (let j = i; j < at; j++) {
      const u = utterances[j];
      if (!u || u.turn > mention.turn + EVENT_TALK_TURNS) break;
      last = calendarDatesIn(u.segment.text, ctx).at(-1) ?? last;
    }
    return last;
  }
  return null;
}

/** A concrete or vague time in the text first; a deadline tied to an event or to "then" after that. */
function scan(text: string, at: number, ctx: DueContext): Found {
  const found = findDueExpressions(text, ctx.meetingDate, ctx.events);
  const first = found.find((e) => e.kind !== "event");
  if (first) return { date: first.kind === "date" ? first.date : null };
  for (const e of found) {
    if (e.kind !== "event") continue;
    const date =
      e.event === THEN_EVENT ? dateSaidBefore(at, ctx) : e.event === SPEAKER_EVENT ? dateSaidInTurn(at, ctx) : dateFromEventTalk(e, at, ctx);
    if (date) return { date };
  }
  return null;
}

/** The item's own sentence first, then what follows it in the cue, then what precedes it. */
function scanUtterance(at: number, focus: readonly Sentence[], ctx: DueContext): Found {
  const u = ctx.dialogue.utterances[at];
  if (!u) return null;
  const focusStart = focus.length > 0 ? Math.min(...focus.map((s) => s.start)) : -1;
  const ordered = [
    ...focus,
    ...u.sentences.filter((s) => s.start > focusStart && !focus.includes(s)),
    ...u.sentences.filter((s) => s.start < focusStart && !focus.includes(s)).reverse(),
  ];
  for (const s of ordered) {
    const found = scan(s.text, at, ctx);
    if (found) return found;
  }
  return null;
}

export interface DueScope {
  /** Look at the scheduling talk after the item ("När?" – "Senast fredag."). */
  followUp: boolean;
  /** The item refers back ("I'll take that one", "det måste göras"): its deadline may precede it. */
  lookBack: boolean;
}

/**
 * Resolves an item's deadline: its own words first, then the rest of the speaker's turn (a turn
 * split over cues), then the exchange it came from, then the scheduling talk right after it
 * ("När kan du ha den klar?" – "Senast fredag."), and for an item that refers back, the turns
 * before it. A vague time ("efter nyår") settles it as null; an event without a date is skipped.
 */
export function resolveItemDue(
  evidence: { utterance: number; sentences: readonly Sentence[] },
  related: readonly number[],
  ctx: DueContext,
  scope: DueScope,
): string | null {
  const { utterances } = ctx.dialogue;
  const own = scanUtterance(evidence.utterance, evidence.sentences, ctx);
  if (own) return own.date;
  const turn = utterances[evidence.utterance]?.turn;
  for (let i = evidence.utterance + 1; i < utterances.length && utterances[i]?.turn === turn && !ctx.anchors.has(i); i++) {
    const found = scanUtterance(i, [], ctx);
    if (found) return found.date;
  }
  for (const index of related) {
    if (index === evidence.utterance) continue;
    const found = scanUtterance(index, [], ctx);
    if (found) return found.date;
  }
  const ahead = scope.followUp ? followUpDate(evidence.utterance, related, ctx) : null;
  if (ahead) return ahead.date;
  return scope.lookBack ? lookBackDate(Math.min(evidence.utterance, ...related), ctx)?.date ?? null : null;
}

const TOPIC_SHIFT = /^(?:(?:okej|okay|ok|bra|good|great)[\s,.]+)?(?:then|next|now|nästa|och så|moving on|over to|vidare till|över till)(?![\p{L}])[^?]*[.:]?$/u;
const NEXT_REQUEST = /(?:^|[^\p{L}])(?:who|vem|can you|could you|kan du|kan ni|skulle du|kunde du)(?![\p{L}])[^?]*\?/u;

function followUpDate(at: number, related: readonly number[], ctx: DueContext): Found {
  const { utterances } = ctx.dialogue;
  const last = Math.max(at, ...related);
  const lastTurn = utterances[last]?.turn ?? 0;
  for (let i = last + 1; i < utterances.length; i++) {
    const u = utterances[i];
    if (!u || u.turn > lastTurn + 3 || u.recap.some(Boolean) || ctx.anchors.has(i)) break;
    // "And Omar is off this week, so who can update the register?" asks for the next task.
    const text = u.segment.text.toLowerCase();
    if (NEXT_REQUEST.test(text) && !WHEN.test(text)) break;
    // "Bra. Then the newsletter. Oscar, before Christmas?": the chair moves on; later dates are the next item's.
    const shift = u.sentences.findIndex((x) => TOPIC_SHIFT.test(x.lower) && tokenCount(x.text) <= 4);
    if (shift >= 0) {
      const before = shift > 0 ? scan(u.sentences.slice(0, shift).map((x) => x.text).join(" "), i, ctx) : null;
      return before;
    }
    const found = scan(u.segment.text, i, ctx);
    if (found) return found;
    const first = u.sentences[0]?.lower ?? "";
    // "Tack, Rahul." or "Ja." keeps the scheduling talk open; "Eduroam. Viktor, certifikatet." moves on.
    const ack = AFFIRMATIVE_START.test(first) || /^(?:tack|thanks|thank you|toppen|perfekt|great|härligt|super)(?![\p{L}])/u.test(first);
    const shortAck = ack && tokenCount(u.segment.text) <= 6;
    if (!(WHEN.test(u.segment.text.toLowerCase()) || shortAck)) break;
  }
  return null;
}

/** The two turns before an item that refers back, where its task (and deadline) was stated. */
function lookBackDate(first: number, ctx: DueContext): Found {
  const { utterances } = ctx.dialogue;
  const turn = utterances[first]?.turn ?? 0;
  for (let i = first - 1; i >= 0; i--) {
    const u = utterances[i];
    if (!u || u.turn < turn - 2 || ctx.anchors.has(i)) break;
    const found = scanUtterance(i, [], ctx);
    if (found) return found;
  }
  return null;
}
