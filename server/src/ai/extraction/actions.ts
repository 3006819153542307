import {
  detectAssignment,
  detectCommitment,
  detectObligation,
  detectOffer,
  detectRequest,
  type Commitment,
  type Request,
} from "./commitments";
import type { Dialogue, People, Utterance } from "./dialogue";
import { findDueExpressions } from "./due-dates";
import { resolveItemDue, type DueContext } from "./due-window";
import { quoteSentences, summarize } from "./evidence";
import { AFFIRMATIVE_START, DEFERRAL, NEGATIVE_START, words } from "./lexicon";
import { tokenCount, type Sentence } from "./sentences";
import type { ExtractedActionItem } from "./types";

type Kind = "self" | "request" | "when" | "offer" | "assignment" | "unowned";

/** One way of reading an exchange as a task, before candidates for the same task are merged. */
interface Candidate {
  kind: Kind;
  owner: string | null;
  /** Where the task was agreed: orders candidates and measures distance between them. */
  anchor: number;
  evidence: { utterance: number; sentences: Sentence[] };
  related: number[];
  generic: boolean;
  /** Every commitment in it only offers capacity ("jag kan ta fram…"): a later firm one to the same task takes the quote. */
  soft?: boolean;
  confidence: number;
}

interface Item extends Candidate {
  lastTurn: number;
}

const CONFIDENCE: Record<Kind, number> = { self: 0.75, request: 0.85, when: 0.8, offer: 0.75, assignment: 0.8, unowned: 0.55 };

const live = (u: Utterance) => u.sentences.filter((_, i) => !u.recap[i]);
const commitmentsIn = (u: Utterance) =>
  live(u).flatMap((s) => {
    const c = detectCommitment(s);
    return c ? [{ sentence: s, commitment: c }] : [];
  });

/** The reply to an utterance from a given person (or from anyone else) within two turns. */
function replyFrom(d: Dialogue, index: number, who: string | null, notFrom: string): number | null {
  const u = d.utterances[index];
  if (!u) return null;
  for (let i = index + 1; i < d.utterances.length; i++) {
    const x = d.utterances[i];
    if (!x || x.turn > u.turn + 2) break;
    if (x.turn === u.turn) continue;
    if (who ? x.segment.speaker === who : x.segment.speaker !== notFrom) return i;
    if (!who) return null;
  }
  return null;
}

type Answer = "accept" | "decline" | "none";

function answer(d: Dialogue, index: number, ctx: DueContext, when: boolean): Answer {
  const u = d.utterances[index];
  const first = u?.sentences[0];
  if (!u || !first) return "none";
  if (NEGATIVE_START.test(first.lower) || /(?:^|[^\p{L}])(?:men|but)(?![\p{L}])/u.test(first.lower)) return "decline";
  const hasDue = findDueExpressions(u.segment.text, ctx.meetingDate, ctx.events).some((e) => e.kind !== "event");
  const committed = commitmentsIn(u).length > 0;
  if (when) return hasDue ? "accept" : "none";
  if (AFFIRMATIVE_START.test(first.lower) && (tokenCount(u.segment.text) <= 12 || committed || hasDue)) return "accept";
  return committed ? "accept" : "none";
}

/** The request sentence, with the sentence before it when the request itself is only "kan du göra det?". */
function requestSentences(u: Utterance, s: Sentence): Sentence[] {
  const previous = u.sentences[s.position - 1];
  return tokenCount(s.text) <= 5 && previous ? [previous, s] : [s];
}

function fromRequest(d: Dialogue, index: number, s: Sentence, req: Request, ctx: DueContext, out: Candidate[]): void {
  const u = d.utterances[index];
  if (!u) return;
  const r = replyFrom(d, index, req.addressee, u.segment.speaker);
  if (r === null) return;
  const reply = d.utterances[r];
  if (!reply || answer(d, r, ctx, req.when) !== "accept") return;
  const specific = commitmentsIn(reply).filter((c) => !c.commitment.generic);
  // The reply is the better quote when it says what will be done; "Ja, jag gör det" says nothing new.
  const useReply = req.when || specific.length > 0;
  out.push({
    kind: req.when ? "when" : "request",
    owner: reply.segment.speaker,
    anchor: r,
    evidence: useReply
      ? { utterance: r, sentences: specific.length > 0 ? specific.map((c) => c.sentence) : live(reply).slice(0, 1) }
      : { utterance: index, sentences: requestSentences(u, s) },
    related: useReply ? [r, index] : [index, r],
    generic: req.when || specific.length === 0,
    confidence: CONFIDENCE[req.when ? "when" : "request"],
  });
}

function candidatesFrom(d: Dialogue, people: People, ctx: DueContext): Candidate[] {
  const out: Candidate[] = [];
  d.utterances.forEach((u, index) => {
    let cueVocative: string | null = null;
    const self: { sentence: Sentence; commitment: Commitment }[] = [];
    for (const s of live(u)) {
      const request = detectRequest(s, cueVocative, people);
      const assignee = request ? null : detectAssignment(s, people);
      if (request) fromRequest(d, index, s, request, ctx, out);
      else if (assignee && assignee !== u.segment.speaker) {
        const r = replyFrom(d, index, assignee, u.segment.speaker);
        const reply = r === null ? undefined : d.utterances[r];
        if (r === null || answer(d, r, ctx, false) !== "decline") {
          // "So Linnea publishes on Friday" – "I'll publish Friday": the owner's own words are the quote.
          const own = reply ? commitmentsIn(reply).filter((c) => !c.commitment.generic) : [];
          out.push({
            kind: "assignment",
            owner: assignee,
            anchor: index,
            evidence: own.length > 0 && r !== null ? { utterance: r, sentences: own.map((c) => c.sentence) } : { utterance: index, sentences: [s] },
            related: r === null ? [index] : [index, r],
            generic: false,
            confidence: CONFIDENCE.assignment,
          });
        }
      } else if (detectOffer(s)) {
        const r = replyFrom(d, index, null, u.segment.speaker);
        const reply = r === null ? undefined : d.utterances[r];
        if (r !== null && reply && AFFIRMATIVE_START.test(reply.sentences[0]?.lower ?? "")) {
          out.push({ kind: "offer", owner: u.segment.speaker, anchor: index, evidence: { utterance: index, sentences: [s] }, related: [index, r], generic: false, confidence: CONFIDENCE.offer });
        }
      } else {
        const commitment = detectCommitment(s);
        if (commitment) self.push({ sentence: s, commitment });
      }
      cueVocative = people.mentioned(s.text).filter((m) => m.vocative).at(-1)?.name ?? cueVocative;
    }
    if (self.length > 0) {
      const specific = self.filter((c) => !c.commitment.generic);
      out.push({
        kind: "self",
        owner: u.segment.speaker,
        anchor: index,
        evidence: { utterance: index, sentences: self.map((c) => c.sentence) },
        related: [index],
        generic: specific.length === 0,
        soft: self.every((c) => c.commitment.soft === true),
        confidence: CONFIDENCE.self - (specific.length === 0 ? 0.1 : 0),
      });
    }
  });
  return out.sort((a, b) => a.anchor - b.anchor || order(a.kind) - order(b.kind));
}

// Requests and assignments come before the self-commitments in the same reply, so they own the quote.
const order = (k: Kind) => ["request", "when", "offer", "assignment", "self", "unowned"].indexOf(k);

const STOP = new Set(["det", "den", "som", "och", "att", "för", "till", "med", "jag", "the", "and", "that", "this", "with", "from", "have", "kan", "ska", "will"]);
const stems = (sentences: readonly Sentence[]) =>
  new Set(
    sentences
      .flatMap((s) => s.lower.split(/[^\p{L}]+/u))
      .filter((w) => w.length >= 5 && !STOP.has(w))
      .map((w) => w.slice(0, 5)),
  );

function hasDue(c: Candidate, ctx: DueContext): boolean {
  return c.evidence.sentences.some((s) => findDueExpressions(s.text, ctx.meetingDate, ctx.events).some((e) => e.kind === "date"));
}

const sharesStems = (a: Candidate, b: Candidate) => {
  const words = stems(a.evidence.sentences);
  return [...stems(b.evidence.sentences)].some((w) => words.has(w));
};

// How many turns later a firm "jag räknar på det" may still replace an earlier "det kan jag räkna på".
const SUPERSEDE_TURNS = 6;

/** Folds candidates that describe one task (same owner, close in time) into items. */
function merge(candidates: readonly Candidate[], d: Dialogue, ctx: DueContext): Item[] {
  const items: Item[] = [];
  for (const c of candidates) {
    const turn = d.utterances[c.anchor]?.turn ?? 0;
    // A turn split over several cues is one turn: "Jag kan ta det." + "Jag kan ha ett utkast klart v. 48."
    // Two different tasks in one turn stay apart: only a vague or overlapping continuation merges.
    const sameTurn = (i: Item) =>
      c.kind === "self" && i.kind === "self" && d.utterances[i.evidence.utterance]?.turn === turn && (i.generic || c.generic || sharesStems(i, c));
    const supersedes = (i: Item) => i.soft === true && c.kind === "self" && !c.soft && !c.generic && turn - i.lastTurn <= SUPERSEDE_TURNS && sharesStems(i, c);
    const target = items.findLast((i) => {
      if (i.owner !== c.owner) return false;
      if (sameTurn(i) || supersedes(i)) return true;
      if (turn - i.lastTurn > 3) return false;
      if (i.related.includes(c.anchor) || i.evidence.utterance === c.evidence.utterance) return true;
      if (c.generic || c.kind === "when" || c.kind === "assignment") return true;
      return sharesStems(i, c);
    });
    if (!target) {
      items.push({ ...c, related: [...c.related], lastTurn: turn });
      continue;
    }
    // A later statement that names the task or its deadline is the better quote; the rest of a
    // split turn only continues the first cue, which stays the quote.
    const betterQuote =
      (c.kind === "assignment" && hasDue(c, ctx) && !hasDue(target, ctx)) ||
      supersedes(target) ||
      (c.kind === "self" && !sameTurn(target) && !c.generic && hasDue(c, ctx) && !hasDue(target, ctx) && c.evidence.utterance !== target.evidence.utterance);
    if (betterQuote) {
      target.evidence = c.evidence;
      target.soft = c.soft;
    }
    target.related.push(...c.related.filter((r) => !target.related.includes(r)));
    target.lastTurn = Math.max(target.lastTurn, turn);
    target.confidence = Math.max(target.confidence, c.confidence);
  }
  return items;
}

/** Agreed tasks that nobody takes ("det måste göras" – "Absolut." – "Vem gör det?"). */
function unowned(d: Dialogue, items: readonly Item[]): Candidate[] {
  const out: Candidate[] = [];
  d.utterances.forEach((u, index) => {
    const s = live(u).find((x) => detectObligation(x));
    if (!s) return;
    const next = d.utterances.slice(index + 1).find((x) => x.turn === u.turn + 1);
    const agreed = words("överens|eniga|håller (?:alla |vi |ni )?med(?: om)?|alla håller med|agree|agreed|agrees").test(s.lower) || (next !== undefined && AFFIRMATIVE_START.test(next.sentences[0]?.lower ?? "") && !NEGATIVE_START.test(next.sentences[0]?.lower ?? ""));
    if (!agreed) return;
    // Someone may still take it a few turns later, after a decline ("Nina, can you?" – "I can't" – "I'll handle it").
    const horizon = u.turn + 5;
    const window = d.utterances.slice(index + 1).filter((x) => x.turn <= horizon);
    if (window.some((x) => x.sentences.some((y) => DEFERRAL.test(y.lower) && words("parkera|park").test(y.lower)))) return;
    // Taken when an item comes from this exchange, or a later item refers back to it ("jag fixar
    // det") or names the same thing; an unrelated task a few turns on does not count.
    const own = stems([s]);
    const owned = items.some(
      (i) =>
        i.related.includes(index) ||
        (i.related.some((r) => r > index && (d.utterances[r]?.turn ?? 0) <= horizon) &&
          (i.generic || [...stems(i.evidence.sentences)].some((w) => own.has(w)))),
    );
    if (!owned) {
      out.push({ kind: "unowned", owner: null, anchor: index, evidence: { utterance: index, sentences: [s] }, related: [index], generic: false, confidence: CONFIDENCE.unowned });
    }
  });
  return out;
}

// "I'll take that one", "det måste göras": the task, and its deadline, were named just before.
const ANAPHORIC = /^(?:(?:ja|yes|okej|okay|ok|bra|good|absolut|precis|then|då|så|so)[\s,.!]+)*(?:det|den|detta|that|this|it)(?: one)? (?:måste|behöver|has to|needs to|must)(?![\p{L}])/u;
const refersBack = (item: Candidate) => (item.kind === "self" && item.generic) || (item.kind === "unowned" && item.evidence.sentences.some((s) => ANAPHORIC.test(s.lower)));

export function extractActionItems(d: Dialogue, people: People, ctx: Omit<DueContext, "anchors">): ExtractedActionItem[] {
  const preliminary: DueContext = { ...ctx, anchors: new Set() };
  const items = merge(candidatesFrom(d, people, preliminary), d, preliminary);
  const all = [...items, ...unowned(d, items).map((c) => ({ ...c, lastTurn: d.utterances[c.anchor]?.turn ?? 0 }))].sort((a, b) => a.anchor - b.anchor);
  const anchors = new Set(all.flatMap((i) => i.related));
  return all.flatMap((item) => {
    const u = d.utterances[item.evidence.utterance];
    if (!u) return [];
    const due = resolveItemDue(
      item.evidence,
      item.related,
      { ...ctx, anchors: new Set([...anchors].filter((a) => !item.related.includes(a))) },
      { followUp: item.kind !== "unowned", lookBack: refersBack(item) },
    );
    const evidence = quoteSentences(u, item.evidence.sentences, true);
    const focus = item.evidence.sentences.map((s) => s.text).join(" ");
    return [{ text: summarize(focus), owner: item.owner, due, evidence, confidence: item.confidence }];
  });
}
