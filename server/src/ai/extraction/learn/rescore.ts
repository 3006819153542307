import { detectAssignment, detectObligation, detectRequest } from "../commitments";
import { CONDITIONAL_OFFER, DEFERRAL, HEDGE, NOT_OURS, WITHDRAWAL } from "../lexicon";
import { isBlocked, isConsensusQuestion } from "../rulings";
import { stems } from "../candidates";
import { isQuestion, splitSentences, type Sentence } from "../sentences";
import type { Dialogue, People } from "../dialogue";
import { resolveItemDue, type DueContext } from "../due-window";
import { quoteSentences } from "../evidence";
import type { Evidence, ExtractedActionItem, ExtractedDecision } from "../types";
import type { SentenceRow } from "./features";
import type { Scorer, Thresholds } from "./model";

export interface Scored<T> {
  item: T;
  probability: number;
}

/** The rules' items with the model's probability, and the sentences the model would add. */
export interface Prepared {
  /** Too short for the model to judge (see MIN_CUES): the rules' items stand as they are. */
  rulesOnly: boolean;
  ruleDecisions: Scored<ExtractedDecision>[];
  addedDecisions: Scored<ExtractedDecision>[];
  ruleActions: Scored<ExtractedActionItem>[];
  addedActions: Scored<ExtractedActionItem>[];
}

// The model learned from meetings of 20–200 turns: its context (position in the meeting, the end
// zone, the talk around a sentence) says little about a handful of cues, where it adds proposals,
// reports and background as decisions. Below this many cues the rules' reading stands alone.
export const MIN_CUES = 15;
// How far apart (in cues) an added item and a rule's item may be and still be one matter or one task.
const SAME_TALK = 3;
// How much likelier another sentence of a rule decision's cue must be to carry it instead of the rule's quote.
const WITHIN_MARGIN = 0.1;
// A sentence that only confirms: its content words, if any, say that something is agreed ("Ja, det är
// vi överens om.", "Då bestämmer vi det."), or it has at most one and ends on what was said before
// ("Då kör vi det.", "Vi ändrar den.", "Then we do that."). The decision is carried by the proposal
// or question it answers. ("Vi förlänger med ett år." says what.)
const CONFIRMING = new Set(["övere", "bestä", "beslu", "noter", "vidar", "agree", "settl", "decid"]);
const ANAPHORIC_END = /(?<![\p{L}])(?:det|den|dem|så|då|inte|om|that|it|this|then|so)[\s.!,]*$/u;
const onlyConfirms = (sentences: readonly Sentence[]) => {
  const own = [...stems(sentences)];
  return own.every((w) => CONFIRMING.has(w)) || (own.length <= 1 && sentences.every((s) => ANAPHORIC_END.test(s.lower)));
};

const FIRST_PERSON = /(?<![\p{L}])(?:jag|i|i'll|i'm)(?![\p{L}'])/u;

function probabilityOf(e: Evidence, rows: readonly SentenceRow[] | undefined, d: Dialogue, kind: 0 | 1, probs: Map<SentenceRow, [number, number]>): number {
  const u = d.utterances[e.segment];
  if (!u || !rows) return 0;
  const start = u.segment.text.indexOf(e.quote);
  const end = start + e.quote.length;
  let best = 0;
  for (const r of rows) if (r.sentence.start < end && r.sentence.end > start) best = Math.max(best, probs.get(r)?.[kind] ?? 0);
  return best;
}

/** Owner of a task the rules missed, by the rules' own readings of the sentence and its reply. */
function ownerOf(d: Dialogue, people: People, row: SentenceRow): { owner: string | null; reply: number | null } {
  const u = d.utterances[row.utterance];
  const speaker = u?.segment.speaker ?? null;
  // The first cue by someone else, if it comes within three cues.
  let reply: number | null = null;
  for (let i = row.utterance + 1; i <= row.utterance + 3 && i < d.utterances.length; i++) {
    if (d.utterances[i]?.segment.speaker !== speaker) {
      reply = i;
      break;
    }
  }
  const s = row.sentence;
  const request = detectRequest(s, null, people);
  if (request) return { owner: request.addressee ?? (reply === null ? null : d.utterances[reply]?.segment.speaker ?? null), reply };
  const assignee = detectAssignment(s, people);
  if (assignee) return { owner: assignee, reply };
  if (!FIRST_PERSON.test(s.lower) && detectObligation(s)) return { owner: null, reply };
  return { owner: speaker, reply };
}

export function prepare(
  d: Dialogue,
  people: People,
  ctx: Omit<DueContext, "anchors">,
  rows: readonly SentenceRow[],
  scorer: Scorer,
  decisions: readonly ExtractedDecision[],
  actions: readonly ExtractedActionItem[],
): Prepared {
  const probs = new Map<SentenceRow, [number, number]>();
  const byUtterance = new Map<number, SentenceRow[]>();
  for (const r of rows) {
    probs.set(r, scorer.score(r.features));
    const list = byUtterance.get(r.utterance) ?? [];
    list.push(r);
    byUtterance.set(r.utterance, list);
  }
  const rulesOnly = d.utterances.length < MIN_CUES;
  // Span selection within a rule decision's cue: the rule found the cue ("Okej, jag bestämmer så här:",
  // "Ja, då kör vi på det."), the model says which of its sentences carries the decision. A sentence
  // that only confirms, or a question other than "alla överens om…?", never does.
  const moved = new Set<SentenceRow>();
  const withinCue = (item: ExtractedDecision, probability: number): Scored<ExtractedDecision> | null => {
    const u = d.utterances[item.evidence.segment];
    let best: SentenceRow | null = null;
    for (const r of byUtterance.get(item.evidence.segment) ?? []) {
      const p = probs.get(r)?.[0] ?? 0;
      if (p <= probability + WITHIN_MARGIN || moved.has(r) || onlyConfirms([r.sentence]) || (isQuestion(r.sentence) && !isConsensusQuestion(r.sentence))) continue;
      if (!best || p > (probs.get(best)?.[0] ?? 0)) best = r;
    }
    if (!best || !u) return null;
    moved.add(best);
    const evidence = quoteSentences(u, [best.sentence], false);
    return { item: { ...item, evidence, text: evidence.quote }, probability: probs.get(best)?.[0] ?? 0 };
  };
  // A rule's decision that (still) quotes only the room's confirmation does not point at the sentence
  // that carries the decision (the labelling rules' evidence): out of fold, nearly all such decisions
  // (the rules' and the model's) matched no labelled decision, the matter itself being quoted
  // elsewhere or not a decision. Its probability is 0, so every drop threshold above 0 removes it
  // (and none is added, below).
  const ruleDecisions = decisions.map((item) => {
    const probability = probabilityOf(item.evidence, byUtterance.get(item.evidence.segment), d, 0, probs);
    if (rulesOnly) return { item, probability };
    const within = withinCue(item, probability);
    if (within) return within;
    return { item, probability: onlyConfirms(splitSentences(item.evidence.quote, item.evidence.segment)) ? 0 : probability };
  });
  const ruleActions = actions.map((item) => ({ item, probability: probabilityOf(item.evidence, byUtterance.get(item.evidence.segment), d, 1, probs) }));
  const decisionStems = decisions.map((x) => ({ cue: x.evidence.segment, stems: stems(splitSentences(x.evidence.quote, x.evidence.segment)) }));
  // One matter, one decision: a sentence a few cues from a rule's decision that shares its content
  // words is the proposal, the framing or the short version of that decision ("Jag föreslår att vi
  // fryser…" before "Då är det beslutat: vi fryser…"); one with no content words of its own ("Då
  // säger vi så.") only confirms it. The rule's quote is the one that carries the decision.
  const settledNearby = (utterance: number, s: Sentence) => {
    const own = stems([s]);
    return decisionStems.some(
      (x) => Math.abs(x.cue - utterance) <= SAME_TALK && (own.size === 0 ? x.cue < utterance : [...own].some((w) => x.stems.has(w))),
    );
  };
  // The rules' action items by cue: each added sentence looks only at the few cues around it.
  const actionsByCue = new Map<number, ExtractedActionItem[]>();
  for (const a of actions) actionsByCue.set(a.evidence.segment, [...(actionsByCue.get(a.evidence.segment) ?? []), a]);
  const near = (from: number, to: number, test: (a: ExtractedActionItem) => boolean) => {
    for (let cue = from; cue <= to; cue++) if (actionsByCue.get(cue)?.some(test)) return true;
    return false;
  };
  const addedDecisions: Scored<ExtractedDecision>[] = [];
  const addedActions: Scored<ExtractedActionItem>[] = [];
  // Cues with a rule's item end the talk about an added item's deadline; none is this cue, which no rule took.
  const anchors: ReadonlySet<number> = new Set(actionsByCue.keys());
  // Cross-validation prepares every sentence from 0.3 up and the grid starts there.
  const floor = Math.min(scorer.thresholds.addDecision, scorer.thresholds.addAction, 0.3);
  for (const [utterance, list] of byUtterance) {
    const u = d.utterances[utterance];
    if (!u) continue;
    if (rulesOnly) continue;
    // A cue may carry more than one decision: its sentences that no rule decision quotes are open to the model.
    const quoted = ruleDecisions.filter((x) => x.item.evidence.segment === utterance).map((x) => x.item.evidence);
    const open = quoted.length === 0 ? list : list.filter((r) => !quoted.some((e) => overlapsRow(e, d, r)));
    if (open.length > 0) {
      const best = open.reduce((a, b) => ((probs.get(b)?.[0] ?? 0) > (probs.get(a)?.[0] ?? 0) ? b : a));
      const p = probs.get(best)?.[0] ?? 0;
      if (p >= floor && !vetoedDecision(best.sentence) && !onlyConfirms([best.sentence]) && !settledNearby(utterance, best.sentence)) {
        const evidence = quoteSentences(u, [best.sentence], false);
        addedDecisions.push({ item: { text: evidence.quote, evidence, confidence: round(p) }, probability: p });
      }
    }
    if (!actionsByCue.has(utterance)) {
      const best = list.reduce((a, b) => ((probs.get(b)?.[1] ?? 0) > (probs.get(a)?.[1] ?? 0) ? b : a));
      const p = probs.get(best)?.[1] ?? 0;
      if (p < floor || vetoedAction(best.sentence)) continue;
      const { owner, reply } = ownerOf(d, people, best);
      // A rule's item by the same owner in the cue before or after is this task, quoted elsewhere;
      // an unowned need right before someone's "I'll take that one" is that one.
      if (near(utterance - 1, utterance + 1, (a) => a.owner === owner)) continue;
      if (owner === null && near(utterance + 1, utterance + SAME_TALK, () => true)) continue;
      const related = reply === null ? [utterance] : [utterance, reply];
      const due = resolveItemDue(
        { utterance, sentences: [best.sentence] },
        related,
        { ...ctx, anchors },
        { followUp: true, lookBack: false },
      );
      const evidence = quoteSentences(u, [best.sentence], true);
      addedActions.push({ item: { text: best.sentence.text, owner, due, evidence, confidence: round(p) }, probability: p });
    }
  }
  return { rulesOnly, ruleDecisions, addedDecisions, ruleActions, addedActions };
}

// Where the rules are precise in saying no (a deferral, another body's call, a hedge), the model may not add.
const vetoedDecision = (s: Sentence) => isQuestion(s) || isBlocked(s) || DEFERRAL.test(s.lower) || NOT_OURS.test(s.lower) || HEDGE.test(s.lower) || WITHDRAWAL.test(s.lower) || detectObligation(s);
const vetoedAction = (s: Sentence) => CONDITIONAL_OFFER.test(s.lower) || DEFERRAL.test(s.lower) || WITHDRAWAL.test(s.lower);

const overlapsRow = (e: Evidence, d: Dialogue, r: SentenceRow) => {
  const start = d.utterances[e.segment]?.segment.text.indexOf(e.quote) ?? -1;
  return start >= 0 && r.sentence.start < start + e.quote.length && r.sentence.end > start;
};

const round = (p: number) => Math.round(p * 1000) / 1000;
const bySegment = (a: { item: { evidence: Evidence } }, b: { item: { evidence: Evidence } }) => a.item.evidence.segment - b.item.evidence.segment;

/** The final items: rule items the model keeps, and the sentences it adds, in meeting order. */
export function assemble(p: Prepared, t: Thresholds): { decisions: ExtractedDecision[]; actionItems: ExtractedActionItem[] } {
  if (p.rulesOnly) t = { dropDecision: 0, addDecision: Infinity, dropAction: 0, addAction: Infinity };
  // A short meeting is the rules' reading alone: the probabilities that choose between two quotes do not apply.
  const once = <T,>(f: (xs: T[]) => T[], xs: T[]) => (p.rulesOnly ? xs : f(xs));
  const decisions = once(oneMatterOnce, [...p.ruleDecisions.filter((x) => x.probability >= t.dropDecision), ...p.addedDecisions.filter((x) => x.probability >= t.addDecision)].sort(bySegment));
  const actionItems = once(oneTaskOnce, [...p.ruleActions.filter((x) => x.probability >= t.dropAction), ...p.addedActions.filter((x) => x.probability >= t.addAction)].sort(bySegment));
  return { decisions: decisions.map((x) => x.item), actionItems: actionItems.map((x) => x.item) };
}

interface Pair<T> {
  a: Scored<T>;
  b: Scored<T>;
  /** Cues from a to b (b is never earlier). */
  apart: number;
  /** They share a content word, or one has at most one of its own ("Då kör vi det."). */
  same: boolean;
}

/**
 * Keeps one item of each pair that `oneOf` says is one matter or one task, within `window` cues;
 * `oneOf` answers which of the two stays ("a" or "b"), or null for two separate items.
 */
function keepOne<T extends { evidence: Evidence }>(items: Scored<T>[], window: number, oneOf: (p: Pair<T>) => "a" | "b" | null): Scored<T>[] {
  const content = items.map((x) => stems(splitSentences(x.item.evidence.quote, x.item.evidence.segment)));
  const gone = new Set<number>();
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i] as Scored<T>;
      const b = items[j] as Scored<T>;
      const apart = b.item.evidence.segment - a.item.evidence.segment;
      if (apart > window) break;
      if (gone.has(i) || gone.has(j)) continue;
      const ca = content[i] as Set<string>;
      const cb = content[j] as Set<string>;
      const same = [...ca].some((w) => cb.has(w)) || ca.size <= 1 || cb.size <= 1;
      const stays = oneOf({ a, b, apart, same });
      if (stays) gone.add(stays === "a" ? j : i);
    }
  return items.filter((_, i) => !gone.has(i));
}

// How many cues apart the same owner's two items may be and still be one task.
const ONE_TASK_CUES = 2;
/**
 * One task, one item: the same owner saying it twice within a few cues ("Jag kan klippa." … "Ja,
 * jag klipper det till sena sändningen ikväll.", "Då bokar jag studion." … "Jag har studion bokad
 * senast fredag nästa vecka.") or a sub-step of a task just taken ("Jag skriver in kraven i
 * avropsunderlaget" after "Jag tar fram avropsunderlaget") is one item. The labelling rules quote
 * the sentence that carries the commitment, and label sub-steps of a labelled task not at all: the
 * one with a due date is kept, else the likelier. Within one cue two tasks are common ("Jag skickar
 * protokollet och bokar lokalen"): there only shared words make them one. (Out of fold on the train
 * slice: actions F1 0.805 → 0.816; a third of the false positives were the same owner's task quoted twice.)
 */
const oneTaskOnce = (items: Scored<ExtractedActionItem>[]) =>
  keepOne(items, ONE_TASK_CUES, ({ a, b, apart, same }) => {
    if (a.item.owner === null || a.item.owner !== b.item.owner || (apart === 0 && !same)) return null;
    const weight = (x: Scored<ExtractedActionItem>) => (x.item.due ? 1 : 0) + x.probability / 2;
    return weight(b) > weight(a) ? "b" : "a";
  });

// How many cues apart two decisions on the same words may be and still be one matter.
const ONE_MATTER_CUES = 6;
/**
 * One matter, one decision: of two kept decisions within a few cues that share content words (the
 * proposal restated as a ruling, the ruling confirmed in other words), or where one has no content
 * of its own, the likelier stands. Out of fold on the train slice, 28 of 70 false positives were
 * such a second quote of a matched decision; this took decisions F1 0.775 → 0.795 (6 cues; 2: 0.781,
 * 12: 0.790).
 */
const oneMatterOnce = (items: Scored<ExtractedDecision>[]) =>
  keepOne(items, ONE_MATTER_CUES, ({ a, b, same }) => (same ? (b.probability > a.probability ? "b" : "a") : null));
