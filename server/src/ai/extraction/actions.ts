import {
  detectAssignment,
  detectCommitment,
  detectOffer,
  detectRequest,
  type Commitment,
  type Request,
} from "./commitments";
import { People, type Dialogue, type Utterance } from "./dialogue";
import { findDueExpressions } from "./due-dates";
import { resolveItemDue, type DueContext } from "./due-window";
import { quoteSentences, summarize } from "./evidence";
import { AFFIRMATIVE_START, NEGATIVE_START } from "./lexicon";
import { tokenCount, type Sentence } from "./sentences";
import type { ExtractedActionItem } from "./types";
import { CONFIDENCE, commitmentsIn, live, stems, type Candidate, type Item, type Kind } from "./candidates";
import { unowned } from "./unowned";
import { acceptsCommission, acceptsConditional, isProcedure, takenOver } from "./action-filters";

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
  if (!reply) return;
  const verdict = answer(d, r, ctx, req.when);
  if (verdict === "decline") volunteer(d, index, r, out);
  if (verdict !== "accept" || takenOver(d, r)) return;
  const specific = commitmentsIn(reply).filter((c) => !c.commitment.generic || c.commitment.delivery);
  // The reply is the better quote when it says what will be done, or promises delivery by a date
  // ("Det tar jag. Du får den senast fredag."); "Ja, jag gör det" says nothing new.
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

// Stepping in for someone who declined: "I can go.", "Jag kan åka istället." On its own "I can go"
// is no task; after "Could you present it in Tallinn?" – "I can't", it takes the task over.
const STEPS_IN =
  /^(?:(?:okej|okay|ok|well|men|but|ja|yes|fast|alltså)[,.\s]+)?(?:i can (?:go|be there|do that one|step in|cover for (?:him|her|them))|i'll go|jag kan (?:gå|åka|vara där|hoppa in|ställa upp)|jag går|jag åker)(?![\p{L}])/u;

/** After a declined request, a third participant who steps in owns the task. */
function volunteer(d: Dialogue, request: number, decline: number, out: Candidate[]): void {
  const asker = d.utterances[request]?.segment.speaker;
  const decliner = d.utterances[decline]?.segment.speaker;
  const turn = d.utterances[decline]?.turn ?? 0;
  const next = d.utterances.findIndex((x, i) => i > decline && x.turn > turn && x.segment.speaker !== decliner);
  const u = d.utterances[next];
  const first = u?.sentences[0];
  if (!u || !first || u.turn > turn + 2 || u.segment.speaker === asker || !STEPS_IN.test(first.lower)) return;
  // A stated commitment in the same cue ("Jag kan ta det.") is already read as one.
  if (commitmentsIn(u).length > 0) return;
  out.push({ kind: "self", owner: u.segment.speaker, anchor: next, evidence: { utterance: next, sentences: [first] }, related: [next, request], generic: true, confidence: CONFIDENCE.self - 0.1 });
}

// "Jag kan göra en karta. Om ingen annan hinner, alltså.": a condition added as a sentence of its
// own still makes the offer conditional.
function conditionFollows(u: Utterance, s: Sentence): boolean {
  const next = u.sentences[s.position + 1];
  return next !== undefined && /^(?:om|if|unless|såvida|bara om|only if)(?![\p{L}])/u.test(next.lower) && tokenCount(next.text) <= 8 && !detectCommitment(next);
}

// A stated need becomes a task when the next speaker asks when it will be done or agrees to it;
// "I can't publish until it's approved" only explains why it matters.
function takenUp(d: Dialogue, index: number, ctx: DueContext): boolean {
  const speaker = d.utterances[index]?.segment.speaker ?? "";
  const r = replyFrom(d, index, null, speaker);
  const first = r === null ? undefined : d.utterances[r]?.sentences[0];
  if (!first) return false;
  return detectRequest(first, speaker, new People([]))?.when === true || (AFFIRMATIVE_START.test(first.lower) && answer(d, r as number, ctx, false) !== "decline");
}

function candidatesFrom(d: Dialogue, people: People, ctx: DueContext): Candidate[] {
  const out: Candidate[] = [];
  d.utterances.forEach((u, index) => {
    let cueVocative: string | null = null;
    const self: { sentence: Sentence; commitment: Commitment }[] = [];
    for (const s of live(u)) {
      if (isProcedure(s)) continue;
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
        const commitment = detectCommitment(s) ?? (acceptsCommission(d, index, s) && hasDate(s, ctx) ? { generic: false } : null);
        if (commitment && !conditionFollows(u, s) && (!commitment.uptake || takenUp(d, index, ctx))) self.push({ sentence: s, commitment });
      }
      cueVocative = people.mentioned(s.text).filter((m) => m.vocative).at(-1)?.name ?? cueVocative;
    }
    const specific = self.filter((c) => !c.commitment.generic);
    // "Det gör jag." after "Om X händer vill jag bli uppringd": only a standing instruction.
    // "Det kan jag. Men…" – "Okej, då skriver jag det själv.": a bare yes to a task taken back.
    if (specific.length === 0 && self.length > 0 && (takenOver(d, index) || (acceptsConditional(d, index) && !self.some((c) => findDueExpressions(c.sentence.text, ctx.meetingDate, ctx.events).length > 0)))) return;
    if (self.length > 0) {
      out.push({
        kind: "self",
        owner: u.segment.speaker,
        anchor: index,
        evidence: { utterance: index, sentences: self.map((c) => c.sentence) },
        related: [index],
        generic: specific.length === 0,
        soft: self.every((c) => c.commitment.soft === true),
        delivery: self.every((c) => c.commitment.delivery === true),
        confidence: CONFIDENCE.self - (specific.length === 0 ? 0.1 : 0),
      });
    }
  });
  return out.sort((a, b) => a.anchor - b.anchor || order(a.kind) - order(b.kind));
}

// Requests and assignments come before the self-commitments in the same reply, so they own the quote.
const order = (k: Kind) => ["request", "when", "offer", "assignment", "self", "unowned"].indexOf(k);

const hasDate = (s: Sentence, ctx: DueContext) => findDueExpressions(s.text, ctx.meetingDate, ctx.events).some((e) => e.kind === "date");
const hasDue = (c: Candidate, ctx: DueContext) => c.evidence.sentences.some((s) => hasDate(s, ctx));

const sharesStems = (a: Candidate, b: Candidate) => {
  const words = stems(a.evidence.sentences);
  return [...stems(b.evidence.sentences)].some((w) => words.has(w));
};

// How many turns later a firm "jag räknar på det" may still replace an earlier "det kan jag räkna på".
const SUPERSEDE_TURNS = 6;
// How many turns later a delivery promise may still date a task taken without a deadline.
const DELIVERY_TURNS = 10;

const ADDS_TO = /(?<![\p{L}])(?:(?:skriver|lägger|för|tar) (?:jag )?(?:in|med|till)(?: (?:det|den|dem|detta))? (?:i|på)|(?:add|put|write|include) (?:it|that|this|them) (?:in|into|to))(?![\p{L}])/u;

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
    // "Ja, jag kan ta den." … "Då har du ett utkast senast den 20 november.": the promise dates the
    // task the speaker took a little earlier, after some talk about its scope.
    const dates = (i: Item) => c.delivery === true && turn - i.lastTurn <= DELIVERY_TURNS && hasDue(c, ctx) && !hasDue(i, ctx);
    // "Jag skriver ihop ett tilläggsavtal…" … "Det skriver jag in i tilläggsavtalet också.": adding
    // to a document the speaker already took on is a sub-step of that task.
    const adds = (i: Item) => c.kind === "self" && !hasDue(c, ctx) && turn - i.lastTurn <= DELIVERY_TURNS && c.evidence.sentences.some((s) => ADDS_TO.test(s.lower)) && sharesStems(i, c);
    const target = items.findLast((i) => {
      if (i.owner !== c.owner) return false;
      if (sameTurn(i) || supersedes(i) || dates(i) || adds(i)) return true;
      if (turn - i.lastTurn > 3) return false;
      if (i.related.includes(c.anchor) || i.evidence.utterance === c.evidence.utterance) return true;
      if (c.generic || c.kind === "when" || c.kind === "assignment") return true;
      // "Ska jag be dem om ett yttrande?" – "Ja, gör det." – "Då skickar jag en förfrågan.": the
      // offerer's next words after the yes carry the offer out; they are not a second task.
      const accepted = d.utterances[Math.max(...i.related)]?.turn ?? i.lastTurn;
      if (i.kind === "offer" && c.kind === "self" && turn - accepted === 1) return true;
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
      (dates(target) && !sameTurn(target)) ||
      // …but not the answer to "Hinner du i tid?" about it: that dates the task, it does not name it.
      (c.kind === "self" && !sameTurn(target) && !c.generic && hasDue(c, ctx) && !hasDue(target, ctx) && c.evidence.utterance !== target.evidence.utterance && !target.related.includes(c.anchor));
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
      // Every other item's cues, without copying the set for each item (quadratic on a long meeting).
      { ...ctx, anchors: { has: (i: number) => anchors.has(i) && !item.related.includes(i) } },
      { followUp: item.kind !== "unowned", lookBack: refersBack(item) },
    );
    const evidence = quoteSentences(u, item.evidence.sentences, true);
    const focus = item.evidence.sentences.map((s) => s.text).join(" ");
    return [{ text: summarize(focus), owner: item.owner, due, evidence, confidence: item.confidence }];
  });
}
