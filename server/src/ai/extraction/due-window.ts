import type { Dialogue, Utterance } from "./dialogue";
import { findDueExpressions, type EventDates } from "./due-dates";
import { AFFIRMATIVE_START } from "./lexicon";
import { tokenCount, type Sentence } from "./sentences";

const WHEN = /(?:^|[^\p{L}])(?:när|till när|hur snart|when|by when|what date|vilket datum)(?![\p{L}])/u;

export interface DueContext {
  dialogue: Dialogue;
  meetingDate: string;
  events: EventDates;
  /** Utterances that start other items; the talk about this item's deadline ends there. */
  anchors: ReadonlySet<number>;
}

type Found = { date: string | null } | null;

function scan(text: string, ctx: DueContext): Found {
  const first = findDueExpressions(text, ctx.meetingDate, ctx.events).find((e) => e.kind !== "event");
  if (!first) return null;
  return { date: first.kind === "date" ? first.date : null };
}

/** The item's own sentence first, then what follows it in the cue, then what precedes it. */
function scanUtterance(u: Utterance, focus: readonly Sentence[], ctx: DueContext): Found {
  const focusStart = focus.length > 0 ? Math.min(...focus.map((s) => s.start)) : -1;
  const ordered = [
    ...focus,
    ...u.sentences.filter((s) => s.start > focusStart && !focus.includes(s)),
    ...u.sentences.filter((s) => s.start < focusStart && !focus.includes(s)).reverse(),
  ];
  for (const s of ordered) {
    const found = scan(s.text, ctx);
    if (found) return found;
  }
  return null;
}

/**
 * Resolves an item's deadline: its own words first, then the exchange it came from, then the
 * scheduling talk right after it ("När kan du ha den klar?" – "Senast fredag."). A vague time
 * ("efter nyår") settles it as null; an event without a stated date is skipped.
 */
export function resolveItemDue(
  evidence: { utterance: number; sentences: readonly Sentence[] },
  related: readonly number[],
  ctx: DueContext,
  followUp: boolean,
): string | null {
  const { utterances } = ctx.dialogue;
  const main = utterances[evidence.utterance];
  if (main) {
    const found = scanUtterance(main, evidence.sentences, ctx);
    if (found) return found.date;
  }
  for (const index of related) {
    const u = utterances[index];
    if (!u || index === evidence.utterance) continue;
    const found = scanUtterance(u, [], ctx);
    if (found) return found.date;
  }
  if (!followUp) return null;

  const last = Math.max(evidence.utterance, ...related);
  const lastTurn = utterances[last]?.turn ?? 0;
  for (let i = last + 1; i < utterances.length; i++) {
    const u = utterances[i];
    if (!u || u.turn > lastTurn + 3 || u.recap.some(Boolean) || ctx.anchors.has(i)) break;
    const found = scan(u.segment.text, ctx);
    if (found) return found.date;
    const first = u.sentences[0]?.lower ?? "";
    const shortAck = tokenCount(u.segment.text) <= 4 || (AFFIRMATIVE_START.test(first) && tokenCount(u.segment.text) <= 6);
    if (!(WHEN.test(u.segment.text.toLowerCase()) || shortAck)) break;
  }
  return null;
}
