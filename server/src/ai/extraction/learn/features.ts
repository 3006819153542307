import { stems } from "../candidates";
import { detectAssignment, detectCommitment, detectObligation, detectOffer, detectRequest } from "../commitments";
import { markerAt } from "../decisions";
import type { Dialogue, People } from "../dialogue";
import { findDueExpressions, type EventDates } from "../due-dates";
import { AFFIRMATIVE_START, DEFERRAL, HEDGE, NEGATIVE_START, OPINION, WITHDRAWAL } from "../lexicon";
import { isConsensusQuestion } from "../rulings";
import { isQuestion, tokenCount, type Sentence } from "../sentences";
import type { Evidence } from "../types";

/** One sentence of the meeting as the classifier sees it. */
export interface SentenceRow {
  utterance: number;
  sentence: Sentence;
  features: string[];
}

/** Which sentences the hand rules quoted: their signal is a feature, not the final word. */
export interface RuleSignals {
  decisions: readonly Evidence[];
  actions: readonly Evidence[];
}

const wordsOf = (lower: string) => lower.split(/[^\p{L}\p{N}']+/u).filter(Boolean);

// Words of a short reply that confirm what was just said ("Ja.", "Absolut.", "Yes, agreed.").
const CONFIRMATION = /^(?:ja|japp|jo|absolut|precis|exakt|yes|yeah|agreed|överens|instämmer|håller med|bra|good|okej|okay|ok|visst|självklart|kör|fine|sure|definitely|absolutely|låter bra|sounds good|perfekt|perfect|great|toppen|utmärkt)(?![\p{L}])/u;

function coveredBy(evidence: readonly Evidence[], d: Dialogue): Map<number, [number, number][]> {
  const bySegment = new Map<number, [number, number][]>();
  for (const e of evidence) {
    const u = d.utterances[e.segment];
    if (!u) continue;
    const start = u.segment.text.indexOf(e.quote);
    if (start < 0) continue;
    const spans = bySegment.get(e.segment) ?? [];
    spans.push([start, start + e.quote.length]);
    bySegment.set(e.segment, spans);
  }
  return bySegment;
}

const inSpans = (spans: [number, number][] | undefined, s: Sentence) => spans?.some(([a, b]) => s.start < b && s.end > a) === true;

// A ruling in the first person by whoever holds the question ("Okej, jag bestämmer så här:", "Sex
// masker nu, det godkänner jag.", "Då säger jag ja till…", "I've decided…"): the rules read "jag"
// plus a verb as a commitment, so the model needs its own signal for it.
const FIRST_PERSON_RULING =
  /(?<![\p{L}])(?:jag (?:har )?(?:bestämmer|bestämt|beslutar|beslutat|godkänner|godkänt|avslår)|(?:säger|svarar) jag (?:ja|nej)|jag säger (?:ja|nej)|det (?:godkänner|köper|beslutar|bestämmer|avslår) jag|(?:det är )?mitt beslut|i(?:'ve| have)? decided|i decide|i approve|i'm approving|my decision is|i rule)(?![\p{L}])/u;

// A reply that takes a ruling on board rather than discussing it: "Uppfattat.", "Okej, det är rimligt.",
// "Fair enough. I understand.", "Det kan jag köpa.", "Ingen invändning." Not when negated: "Jag
// förstår inte…", "det är inte rimligt", "det funkar inte".
const ACKNOWLEDGES =
  /(?<![\p{L}])(?<!inte |not )(?:uppfattat|förstått|jag förstår|jag fattar|det är rimligt|rimligt|det kan jag (?:köpa|ställa mig bakom|leva med)|jag köper det|ingen invändning|inga invändningar|det funkar|det låter (?:bra|rimligt|klokt)|understood|i understand|fair enough|makes sense|that's (?:fine|reasonable|fair)|very reasonable|no objection|got it|noted|i can live with that)(?![\p{L}])(?!\s+(?:inte|not)(?![\p{L}]))/u;

// Auxiliaries and modals: "vi kan…", "we should…" plan or speculate, "vi har…" reports; a plain
// present tense after "vi" ("vi stoppar", "vi publicerar inte") says what will be done.
const AUXILIARY = new Set(["kan", "ska", "måste", "borde", "skulle", "kanske", "har", "hade", "var", "är", "vill", "får", "fick", "behöver", "brukar", "tror", "tycker", "hoppas", "could", "should", "would", "might", "may", "can", "must", "need", "have", "had", "were", "are", "think", "hope", "want", "did", "do"]);
const PERFECT = new Set(["har", "hade", "had", "have"]);
const SWEDISH_PRESENT = /(?:ar|er|ir|or|år|ör)$/u;

/**
 * The shape of a statement, so that what the words of one meeting teach carries to another: how
 * "vi"/"we" goes on (present, past, perfect, modal, negated), Swedish inverted order ("Bilderna
 * publicerar vi inte"), negation, a "Då…"/"So…" opening, "blir"/"gäller" statements, conditions,
 * proposals and contrasts ("fem, inte tre"). Said by the mandate holder each also counts on its own.
 */
function shapeFeatures(lower: string, mandate: boolean): string[] {
  const f: string[] = [];
  const w = wordsOf(lower);
  w.forEach((x, k) => {
    const n = w[k + 1];
    if ((x === "vi" || x === "we") && n) {
      if (AUXILIARY.has(n)) f.push(PERFECT.has(n) ? "g:we_perf" : "g:we_aux");
      else if (/^(?:inte|not|don't|won't)$/u.test(n)) f.push("g:we_neg");
      else if (x === "vi" && SWEDISH_PRESENT.test(n)) f.push("g:we_pres");
      else if (x === "vi" && /(?:de|te)$/u.test(n)) f.push("g:we_past");
      else if (x === "we" && !n.endsWith("ed")) f.push("g:we_base");
      else f.push("g:we_other");
    }
    const before = w[k - 1];
    if (x === "vi" && before !== undefined && SWEDISH_PRESENT.test(before) && !AUXILIARY.has(before)) f.push("g:inverted_vi");
  });
  if (/(?<![\p{L}])(?:inte|not|don't|ingen|inget|inga|no)(?![\p{L}])/u.test(lower)) f.push("g:neg");
  if (/^(?:då|så|so|then|okej,? då|okay,? then|bra,? då|good,? then)(?![\p{L}])/u.test(lower)) f.push("g:so_then");
  if (/(?<![\p{L}])(?:blir|går|gäller|ligger kvar|stays|goes|will be|is not used|are not)(?![\p{L}])/u.test(lower)) f.push("g:copula_future");
  if (/(?<![\p{L}])(?:förutsatt|under förutsättning|om det|provided|as long as|så länge|on condition)(?![\p{L}])/u.test(lower)) f.push("g:condition");
  if (/(?<![\p{L}])(?:föreslår|förslag|förslaget|propose|proposal|suggest|suggestion)(?![\p{L}])/u.test(lower)) f.push("g:proposal");
  if (/(?<![\p{L}])(?:inte|not|ingen|no)(?![\p{L}])[^.]*?(?<![\p{L}])(?:utan|but|men)(?![\p{L}])/u.test(lower) || /,\s*(?:inte|not)\s+\p{L}+[.!]?$/u.test(lower)) f.push("g:contrast");
  return mandate ? [...f, ...f.map((x) => `M${x}`)] : f;
}

const bucket = (n: number, edges: readonly number[]) => edges.findIndex((e) => n <= e);

/** How the next cue by someone else (within three cues) answers a cue: the same for each of its sentences. */
interface Reply {
  shortConfirmation: boolean;
  affirmative: boolean;
  negative: boolean;
}

function repliesTo(d: Dialogue): (Reply | null)[] {
  return d.utterances.map((u, utterance) => {
    const reply = d.utterances.slice(utterance + 1, utterance + 4).find((x) => x.segment.speaker !== u.segment.speaker);
    const first = reply?.sentences[0];
    if (!reply || !first) return null;
    return {
      shortConfirmation: tokenCount(reply.segment.text) <= 5 && CONFIRMATION.test(first.lower),
      affirmative: AFFIRMATIVE_START.test(first.lower),
      negative: NEGATIVE_START.test(first.lower),
    };
  });
}

/** The last cue by someone else among the three before. */
const previousByOther = (d: Dialogue, utterance: number) => {
  const speaker = d.utterances[utterance]?.segment.speaker;
  for (let k = utterance - 1; k >= Math.max(0, utterance - 3); k--) if (d.utterances[k]?.segment.speaker !== speaker) return d.utterances[k];
  return undefined;
};

/** Share of a sentence's content stems that `has`, in quarters: "0" none … "3" (nearly) all. */
const shareOf = (own: ReadonlySet<string>, has: (stem: string) => boolean) => {
  let n = 0;
  for (const w of own) if (has(w)) n++;
  return Math.round((3 * n) / own.size);
};

/** What the talk around a cue says, the same for each of its sentences (see talkFeatures). */
interface CueTalk {
  before: Set<string>;
  after: Set<string>;
  inTail: (stem: string) => boolean;
  inRecap: ((stem: string) => boolean) | null;
  /** Confirmations, the reply, the discussion before. */
  heard: string[];
  /** The request or question it answers, and what the reply does. */
  answered: string[];
}

/**
 * How a sentence sits in the talk around it, the signals that carry across writers and topics: a
 * decision restates what others argued in the cues before ("o:b") and is taken up by others after
 * ("o:a"), comes back in the closing recap ("rc:"), is answered by confirmations ("cn:") after a
 * discussion among several speakers ("ds:"), and the reply's first words say how it was received
 * ("rf:"). Said by whoever holds the mandate, each signal also counts on its own ("M…"): a chair's
 * restatement after a discussion is a ruling, anyone else's a proposal. The talk is read once per cue.
 */
function talkFeatures(d: Dialogue, people: People, meetingDate: string, events: EventDates): (utterance: number, s: Sentence) => string[] {
  const cueStems = d.utterances.map((u) => stems(u.sentences));
  // In how many recap cues, and how many cues of the last 15 %, each stem occurs: a sentence's own
  // cue is taken out again, so that only a restatement elsewhere counts.
  const recap = new Map<string, number>();
  const tail = new Map<string, number>();
  const isRecap = (k: number) => d.utterances[k]?.recap.some(Boolean) === true;
  const isTail = (k: number) => k >= d.utterances.length * 0.85;
  d.utterances.forEach((_, k) => {
    for (const w of cueStems[k] ?? []) {
      if (isRecap(k)) recap.set(w, (recap.get(w) ?? 0) + 1);
      if (isTail(k)) tail.set(w, (tail.get(w) ?? 0) + 1);
    }
  });
  const elsewhere = (counts: ReadonlyMap<string, number>, own: boolean, cue: number) => {
    const mine = cueStems[cue];
    return (w: string) => (counts.get(w) ?? 0) - (own && mine?.has(w) ? 1 : 0) > 0;
  };
  const cues = new Map<number, CueTalk>();
  const cueTalk = (utterance: number, speaker: string): CueTalk => {
    let c = cues.get(utterance);
    if (c) return c;
    const before = new Set<string>();
    for (let k = Math.max(0, utterance - 6); k < utterance; k++) if (d.utterances[k]?.segment.speaker !== speaker) for (const w of cueStems[k] ?? []) before.add(w);
    const after = new Set<string>();
    for (let k = utterance + 1; k < Math.min(d.utterances.length, utterance + 4); k++) if (d.utterances[k]?.segment.speaker !== speaker) for (const w of cueStems[k] ?? []) after.add(w);
    let confirmations = 0;
    let reply: Dialogue["utterances"][number] | undefined;
    for (let k = utterance + 1; k < Math.min(d.utterances.length, utterance + 4); k++) {
      const x = d.utterances[k];
      if (!x || x.segment.speaker === speaker) continue;
      reply ??= x;
      if (CONFIRMATION.test(x.sentences[0]?.lower ?? "")) confirmations++;
    }
    const heard = [`cn:${Math.min(2, confirmations)}`];
    const first = reply ? wordsOf(reply.sentences[0]?.lower ?? "") : [];
    if (!reply) heard.push("rf:none");
    else {
      heard.push(`rf:${first[0] ?? ""}`, `rf2:${first[0] ?? ""}_${first[1] ?? ""}`, ...(reply.sentences.length === 1 && first.length <= 4 ? ["rf:short"] : []));
      if (reply.sentences.slice(0, 2).some((x) => ACKNOWLEDGES.test(x.lower))) heard.push("rf:acknowledges");
    }
    const others = new Set(d.utterances.slice(Math.max(0, utterance - 6), utterance).map((x) => x.segment.speaker).filter((x) => x !== speaker));
    heard.push(`ds:${Math.min(3, others.size)}`);
    // An answer to someone else's request or question; whether the reply commits or sets a date.
    const answered: string[] = [];
    const asked = previousByOther(d, utterance);
    if (asked?.sentences.some((x) => detectRequest(x, null, people))) answered.push("a:prev_request");
    if (asked?.sentences.some(isQuestion)) answered.push("a:prev_q");
    if (reply) {
      if (reply.sentences.some((x) => detectCommitment(x))) answered.push("a:reply_commit");
      if (reply.sentences.some((x) => findDueExpressions(x.text, meetingDate, events).length > 0)) answered.push("a:reply_due");
      answered.push(`a:reply_content${Math.min(3, stems(reply.sentences).size)}`);
    }
    const inTail = elsewhere(tail, isTail(utterance), utterance);
    const inRecap = recap.size > 0 ? elsewhere(recap, isRecap(utterance), utterance) : null;
    c = { before, after, inTail, inRecap, heard, answered };
    cues.set(utterance, c);
    return c;
  };
  return (utterance, s) => {
    const u = d.utterances[utterance];
    if (!u) return [];
    const speaker = u.segment.speaker;
    const c = cueTalk(utterance, speaker);
    const f: string[] = [];
    const own = stems([s]);
    if (own.size === 0) f.push("o:none");
    else f.push(`o:b${shareOf(own, (w) => c.before.has(w))}`, `o:a${shareOf(own, (w) => c.after.has(w))}`);
    if (u.recap[s.position]) f.push("rc:in");
    else if (own.size > 0) {
      f.push(`rc:t${shareOf(own, c.inTail)}`);
      if (c.inRecap) f.push(`rc:r${shareOf(own, c.inRecap)}`);
    }
    // How much of its own it says ("Ja, det gör jag." says nothing the request did not).
    f.push(...c.heard, `a:content${Math.min(3, own.size)}`, ...c.answered);
    return d.mandate.has(speaker) ? [...f, ...f.map((x) => `M${x}`)] : f;
  };
}

/**
 * Features of every sentence: its words and bigrams, the words of the sentences around it, who says
 * it and how the room answers, where it falls in the meeting, and which rule (if any) fired on it.
 * Feature order is part of the model's arithmetic (weights are summed in this order), so keep it.
 */
export function sentenceRows(d: Dialogue, people: People, meetingDate: string, events: EventDates, rules: RuleSignals): SentenceRow[] {
  const dec = coveredBy(rules.decisions, d);
  const act = coveredBy(rules.actions, d);
  const flat: { utterance: number; sentence: Sentence }[] = [];
  d.utterances.forEach((u, utterance) => u.sentences.forEach((sentence) => flat.push({ utterance, sentence })));
  // Each sentence is read once: its own words, and again as a neighbour's context.
  const words = flat.map(({ sentence }) => wordsOf(sentence.lower));
  const questions = flat.map(({ sentence }) => isQuestion(sentence));
  const consensus = flat.map(({ sentence }) => isConsensusQuestion(sentence));
  const replies = repliesTo(d);
  const total = Math.max(1, d.utterances.length);
  const talk = talkFeatures(d, people, meetingDate, events);
  const rows: SentenceRow[] = [];
  flat.forEach(({ utterance, sentence: s }, k) => {
    const u = d.utterances[utterance];
    if (!u) return;
    const f: string[] = ["bias"];
    const w = words[k] ?? [];
    for (const t of w) f.push(`w:${t}`);
    for (let i = 0; i + 1 < w.length; i++) f.push(`b:${w[i]}_${w[i + 1]}`);
    f.push(`f:${w[0] ?? ""}`, `f2:${w[0] ?? ""}_${w[1] ?? ""}`);
    const prev = flat[k - 1];
    const next = flat[k + 1];
    if (prev) for (const t of new Set(words[k - 1])) f.push(`p:${t}`);
    if (next) for (const t of new Set(words[k + 1])) f.push(`n:${t}`);
    const speaker = u.segment.speaker;
    const prevU = d.utterances[utterance - 1];
    const reply = replies[utterance];
    const last = s.position === u.sentences.length - 1;
    const prevQuestion = prev !== undefined && questions[k - 1] === true;
    if (prevU && prevU.segment.speaker === speaker) f.push("d:same_speaker_prev");
    if (prevQuestion) f.push("d:prev_question");
    if (prevQuestion && prev.utterance !== utterance) f.push("d:prev_cue_question");
    if (last && reply?.shortConfirmation) f.push("d:next_short_confirm");
    if (last && reply?.affirmative) f.push("d:next_affirmative");
    if (last && reply?.negative) f.push("d:next_negative");
    if (speaker === d.chair) f.push("d:chair");
    if (d.mandate.has(speaker)) f.push("d:mandate");
    if (d.declared.has(speaker)) f.push("d:declared");
    f.push(`d:pos${Math.min(9, Math.floor((10 * utterance) / total))}`);
    if (u.recap[s.position]) f.push("d:recap");
    if (utterance >= total * 0.85) f.push("d:end_zone");
    f.push(`d:len${bucket(tokenCount(s.text), [2, 4, 7, 12, 20, 1e9])}`);
    if (s.position === 0) f.push("d:first_in_cue");
    if (last) f.push("d:last_in_cue");
    if (questions[k]) f.push("s:question");
    const mentions = people.mentioned(s.text);
    if (mentions.some((m) => m.vocative)) f.push("s:vocative");
    else if (mentions.length > 0) f.push("s:mention");
    const dues = findDueExpressions(s.text, meetingDate, events);
    if (dues.some((e) => e.kind === "date")) f.push("s:due_date");
    else if (dues.length > 0) f.push("s:due_vague");
    const commitment = detectCommitment(s);
    if (commitment) f.push(commitment.generic ? "r:commit_generic" : "r:commit", ...(commitment.soft ? ["r:commit_soft"] : []), ...(commitment.delivery ? ["r:delivery"] : []));
    if (detectRequest(s, null, people)) f.push("r:request");
    if (detectAssignment(s, people)) f.push("r:assignment");
    if (detectOffer(s)) f.push("r:offer");
    if (detectObligation(s)) f.push("r:obligation");
    if (markerAt(s) >= 0) f.push("r:decision_marker");
    if (FIRST_PERSON_RULING.test(s.lower)) f.push("r:first_person_ruling", ...(d.mandate.has(speaker) ? ["r:first_person_ruling_mandate"] : []));
    if (d.mandate.has(speaker) && !questions[k]) {
      // The one who rules speaks after others have argued: the talk before is a discussion.
      const others = new Set(d.utterances.slice(Math.max(0, utterance - 4), utterance).map((x) => x.segment.speaker).filter((x) => x !== speaker));
      if (others.size >= 2) f.push("d:ruling_after_discussion");
    }
    if (consensus[k]) f.push("r:consensus_question");
    if (next && consensus[k + 1]) f.push("r:next_consensus_question");
    if (HEDGE.test(s.lower)) f.push("r:hedge");
    if (OPINION.test(s.lower)) f.push("r:opinion");
    if (DEFERRAL.test(s.lower)) f.push("r:deferral");
    if (WITHDRAWAL.test(s.lower)) f.push("r:withdrawal");
    if (inSpans(dec.get(utterance), s)) f.push("r:rule_decision");
    else if (dec.has(utterance)) f.push("r:rule_decision_cue");
    if (inSpans(act.get(utterance), s)) f.push("r:rule_action");
    else if (act.has(utterance)) f.push("r:rule_action_cue");
    f.push(...talk(utterance, s), ...shapeFeatures(s.lower, d.mandate.has(speaker)));
    rows.push({ utterance, sentence: s, features: f });
  });
  return rows;
}
