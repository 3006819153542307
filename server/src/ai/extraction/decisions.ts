import { detectAssignment, detectCommitment, detectObligation } from "./commitments";
import { MANDATE, type Dialogue, type People, type Utterance } from "./dialogue";
import { quoteSentences, summarize } from "./evidence";
import { HEDGE, LEADING_FILLER, OPINION, words } from "./lexicon";
import { chairRuling, isBlocked, isConsensusQuestion, roomAgrees } from "./rulings";
import { embeddedProposal, tagQuestion, untagged } from "./tag-questions";
import { isQuestion, tokenCount, type Sentence } from "./sentences";
import type { ExtractedDecision } from "./types";

/** Phrases by which a group settles something ("då bestämmer vi det", "let's go with"). */
const DECISION_MARKERS = words(
  [
    "då bestämmer vi|vi bestämmer (?:att|oss för)|vi har bestämt|(?:då |så )?har vi (?:bestämt|beslutat|kommit överens)|det är bestämt|då är det bestämt|bestämt då",
    "det är beslutat|då är det beslutat|vi beslutar|vi har beslutat|beslut:|beslutet är|jag beslutar|mitt beslut är|det är mitt beslut",
    "då kör vi (?!igång|i gång|nu\\b)\\p{L}+|vi kör på (?:det|den|\\p{L}+)|då säger vi|då gör vi (?:så|det)|vi gör så",
    // "Svaret är nej": the chair answers a request put to the group; that settles it either way.
    "svaret är (?:ja|nej)|the answer is (?:yes|no)",
    // "Vi landar i att…", "Så här gör vi: …": the speaker states where the discussion ends up.
    "då är vi överens|vi är överens om|det är vi överens om|jag landar i att|vi landar i att|landar vi i att|så här gör vi|here's what we(?:'ll)? do",
    // "Det blir alternativ två": choosing between options that were laid out.
    "^(?:(?:då|så|okej|okay|bra|ja)[\\s,]+)*det blir (?:alternativ|förslag|variant|option)|vi går vidare med|vi godkänner|det är godkänt|klubbat|då klubbar vi|vi säger (?:ja|nej) till",
    // "Jag fattar beslut om att…": the one with the mandate rules in so many words.
    "(?:jag |vi )?fattar (?:jag |vi )?beslut(?:et)? (?:om|att)|så blir det(?= ?[:.!]|$)|då blir det så",
    "let's do (?:that|it|this)|we(?:'ve| have)? decided|it's decided|that's decided|decided[,:]|the decision is|we're going with|we'll go with|let's go with|that's what we go with|we go with|we go ahead with|we're going ahead|that's settled|it's settled|we're doing it|we(?:'ve| have)? agreed|we agree (?:that|to|on)|so agreed|we approve",
  ].join("|"),
  "gu",
);

// What is left of a marker-only sentence ("Det är bestämt.", "Agreed.") must be content to stand alone.
const MARKER_ONLY = /^(?:(?:det är|då är det|då|so|okay|okej|bra|good|ja|yes)[\s,]*)*(?:bestämt|beslutat|agreed|decided|settled|det är mitt beslut|mitt beslut|kör på det|vi kör på det|då säger vi så|då gör vi så|då kör vi så|då kör vi)[\s.!,]*$/u;

// "jag tänker så här: vi säger ja…" frames a proposal; the marker after it is not yet a ruling.
// "Jag vill att vi landar i…" states what the meeting should settle, not what it settled.
const FRAMING = words("jag tänker så här|jag tänker att|tänker jag|mitt förslag är|jag vill att|i'd say|my proposal is|i want us to");

// Turns within which two rulings on the same matter are one exchange, whose last word counts.
const EXCHANGE_TURNS = 4;

interface Candidate {
  utterance: number;
  sentences: Sentence[];
  confidence: number;
  /**
   * A marker-only "Det är beslutat." confirms a ruling: after an elliptical line, one made a little
   * earlier ("exchange"); otherwise one made earlier in the same turn, if there was one ("turn").
   */
  confirms?: "exchange" | "turn";
}

/** Index of the first decision marker in the sentence, or -1. A bare "Okay, agreed." is one too. */
export function markerAt(s: Sentence): number {
  DECISION_MARKERS.lastIndex = 0;
  return DECISION_MARKERS.exec(s.lower)?.index ?? (MARKER_ONLY.test(s.lower.trim()) ? 0 : -1);
}

// Markers that report a settlement ("Då är det bestämt.", "Agreed."), unlike "Då kör vi." that
// may only open the meeting.
const SETTLED = words("bestämt|beslutat|agreed|decided|settled|säger vi så|gör vi så|kör vi på det|kör på det");

// "Invändningar? Nej." between a statement and "Då är det bestämt": the chair's own round of
// objections, which the confirmation looks past to find what was settled.
const pollOrAnswer = (s: Sentence) => isConsensusQuestion(s) || (tokenCount(s.text) <= 2 && !substantive(s));

/** The statement a marker-only confirmation refers back to, within the same cue. */
function statementBefore(u: Utterance, i: number): Sentence | undefined {
  let j = i - 1;
  while (j > 0 && u.sentences[j] && pollOrAnswer(u.sentences[j] as Sentence)) j--;
  const s = u.sentences[j];
  return s && substantive(s) && !isQuestion(s) && !isBlocked(s) ? s : undefined;
}

/**
 * "Då är det bestämt. Det blir alternativ två.", "Okay, agreed. We drop the export.": the marker
 * comes first and the next sentence says what was settled. Not a task the speaker takes ("Agreed.
 * I'll send it"), nor a new question or a musing.
 */
function statementAfter(u: Utterance, i: number): Sentence | undefined {
  const s = u.sentences[i + 1];
  if (!s || !SETTLED.test(u.sentences[i]?.lower ?? "") || tokenCount(s.text) < 4) return undefined;
  // "…, Område 3 då.", "And the registration needs a campaign": the next item, or a point of one's own.
  if (/(?:^|\s)(?:och|and|men|but|also|också)(?![\p{L}])/u.test(s.lower.slice(0, 5)) || /(?<![\p{L}])(?:då|then)[.?!]*$/u.test(s.lower)) return undefined;
  if (!substantive(s) || isQuestion(s) || isBlocked(s) || HEDGE.test(s.lower) || OPINION.test(s.lower)) return undefined;
  return detectObligation(s) || /^(?:jag|i)(?![\p{L}])/u.test(s.lower.replace(LEADING_FILLER, "")) ? undefined : s;
}

/** The cue just before this one, when the same speaker said it (one turn split over cues). */
function previousCueOfTurn(d: Dialogue, index: number): Utterance | undefined {
  const before = d.utterances[index - 1];
  return before && before.turn === d.utterances[index]?.turn ? before : undefined;
}

// "Jag är ansvarig utgivare, så det är mitt beslut." states who decides, not what.
const MANDATE_ALL = new RegExp(MANDATE.source, "gu");

function substantive(s: Sentence): boolean {
  if (MANDATE.test(s.lower) && tokenCount(s.lower.replace(MANDATE_ALL, " ")) <= 3) return false;
  return !MARKER_ONLY.test(s.lower.trim()) && tokenCount(s.text) >= 3;
}

// "Samma sak, inga undantag.": too short, and without a verb, to carry a ruling of its own.
const elliptical = (s: Sentence) => tokenCount(s.text) <= 4;

const CONDITIONAL = /^(?:(?:och|and|men|but|okej|okay|ok)[\s,]+)*(?:om|if|ifall)(?![\p{L}])/u;
const CONCLUSION = /^(?:(?:okej|okay|ok|bra|good|fine|right)[\s,]+)?(?:så|so|då|then)[\s,:]/u;

/** "Okay, so the conference is in May. Marta?": a conclusion put to a named person for consent. */
function askedByName(s: Sentence, previous: Sentence | undefined, people: People): boolean {
  if (!isQuestion(s) || tokenCount(s.text) > 2 || !previous || !CONCLUSION.test(previous.lower)) return false;
  return people.resolve(s.text.replace(/[?!.,\s]+$/u, "").trim()) !== null;
}

/**
 * "En kort retro då, på onsdag." – "Bra." – "Funkar för mig." – "Då säger vi så.": a bare
 * confirmation by the chair settles the chair's own last statement, which the room just accepted.
 */
function proposalConfirmed(d: Dialogue, people: People, index: number): Pick<Candidate, "utterance" | "sentences"> | undefined {
  const u = d.utterances[index];
  if (!u) return undefined;
  for (let j = index - 1; j >= 0; j--) {
    const x = d.utterances[j];
    if (!x || x.turn < u.turn - EXCHANGE_TURNS) return undefined;
    if (x.segment.speaker !== u.segment.speaker) continue;
    const last = x.sentences.at(-1);
    // A recap of who does what is tasks, and a statement with a marker of its own is found anyway.
    if (!last || x.recap[last.position] || x.sentences.some((y) => markerAt(y) >= 0) || detectAssignment(last, people) || detectCommitment(last)) return undefined;
    const fit = substantive(last) && !isQuestion(last) && !isBlocked(last) && !HEDGE.test(last.lower) && !detectObligation(last);
    return fit && roomAgrees(d, j) ? { utterance: j, sentences: [last] } : undefined;
  }
  return undefined;
}

function candidatesIn(d: Dialogue, people: People, meetingDate: string): Candidate[] {
  const candidates: Candidate[] = [];
  d.utterances.forEach((u, index) => {
    const mandated = d.mandate.has(u.segment.speaker);
    u.sentences.forEach((s, i) => {
      if (u.recap[i] || detectObligation(s)) return;
      const previous = u.sentences[i - 1];
      const marker = markerAt(s);
      // "Om vi är överens om resten.": agreement on a condition, not yet a settlement.
      if (marker >= 0 && CONDITIONAL.test(s.lower)) return;
      if (marker >= 0 && !isQuestion(s) && !isBlocked(s)) {
        const framing = FRAMING.exec(s.lower) ?? OPINION.exec(s.lower);
        if (framing && framing.index < marker) return;
        if (substantive(s)) {
          candidates.push({ utterance: index, sentences: [s], confidence: 0.9 });
          return;
        }
        const before = statementBefore(u, i);
        // Only the one who rules announces a settlement and then states it; a participant's
        // "Agreed." answers someone else, and what follows is a point of their own.
        const after = before || !mandated ? undefined : statementAfter(u, i);
        if (before) candidates.push({ utterance: index, sentences: [before, s], confidence: 0.85, confirms: elliptical(before) ? "exchange" : "turn" });
        else if (after) candidates.push({ utterance: index, sentences: [s, after], confidence: 0.85 });
        else if (mandated) {
          const earlier = proposalConfirmed(d, people, index);
          if (earlier) candidates.push({ ...earlier, confidence: 0.8, confirms: "exchange" });
        }
        return;
      }
      // A turn split over cues is one turn: "Then I'd say yes to X." / "Everyone okay with that?"
      // asks about the last sentence of the previous cue.
      // "X, det är vi överens om, va?" carries its own proposal: a tag question, not a look back.
      // So does "Är alla eniga om att vi säger upp avtalet?".
      const own = tagQuestion(s) || embeddedProposal(s);
      const proposal = own ? s : previous ?? (i === 0 ? previousCueOfTurn(d, index)?.sentences.at(-1) : undefined);
      if ((isConsensusQuestion(s) || askedByName(s, previous, people)) && proposal && substantive(proposal)) {
        // An agreed "det måste göras" is an (unowned) task, not a decision.
        const statement = untagged(proposal);
        if ((own || !isQuestion(statement)) && !isBlocked(statement) && !HEDGE.test(statement.lower) && !detectObligation(statement) && roomAgrees(d, index)) {
          const where = proposal.segment === u.segment.index ? index : index - 1;
          candidates.push({ utterance: where, sentences: [proposal], confidence: 0.8 });
        }
        return;
      }
      if (mandated) {
        const confidence = chairRuling(s, u, d, people, index, meetingDate);
        if (confidence > 0) candidates.push({ utterance: index, sentences: [s], confidence });
      }
    });
  });
  return candidates;
}

// Words shared by any two sentences on one topic in these meetings say nothing about the topic.
const COMMON = new Set(["under", "efter", "förut", "inte", "bara", "alla", "there", "their", "about", "which", "condi", "först", "sedan"]);
const topicStems = (sentences: readonly Sentence[]) =>
  new Set(
    sentences
      .flatMap((s) => s.lower.split(/[^\p{L}\d]+/u))
      .filter((w) => w.length >= 5)
      .map((w) => w.slice(0, 5))
      .filter((w) => !COMMON.has(w)),
  );

/**
 * One decision per exchange: a proposal the chair frames and then rules on, or a ruling followed
 * by "Det är beslutat.", is quoted once, from the final ruling (or the ruling the confirmation
 * refers to).
 */
function lastWordPerExchange(d: Dialogue, candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const turn = d.utterances[c.utterance]?.turn ?? 0;
    const recent = kept.filter((k) => turn - (d.utterances[k.utterance]?.turn ?? 0) <= EXCHANGE_TURNS && k.utterance !== c.utterance);
    const sameTurn = recent.filter((k) => d.utterances[k.utterance]?.turn === turn);
    if (c.confirms) {
      if ((c.confirms === "exchange" ? recent : sameTurn).length === 0) kept.push(c);
      continue;
    }
    // "…så vi namnger honom." / "Men vi publicerar inte förrän han har svarat.": a "men"/"but"
    // in the same turn qualifies the ruling just made; it is not a second decision.
    if (sameTurn.length > 0 && /^(?:men|but)(?![\p{L}])/u.test(c.sentences[0]?.lower ?? "")) continue;
    const mine = topicStems(c.sentences);
    const speaker = d.utterances[c.utterance]?.segment.speaker;
    // Two shared content words: "avbryter område 3" and "avbryter … område 3" are one matter,
    // "område 1 till X" and "område 3 avbryts" two. A short ruling whose every content word the
    // same speaker repeats in a fuller one ("Let's go with quarterly." … "So that's decided:
    // quarterly releases from next year") is the same matter, too.
    const earlier = recent.find((k) => {
      const theirs = [...topicStems(k.sentences)];
      const shared = theirs.filter((w) => mine.has(w)).length;
      return shared >= 2 || (shared > 0 && shared === theirs.length && d.utterances[k.utterance]?.segment.speaker === speaker);
    });
    if (earlier) kept.splice(kept.indexOf(earlier), 1);
    kept.push(c);
  }
  return kept;
}

export function extractDecisions(d: Dialogue, people: People, meetingDate: string): ExtractedDecision[] {
  // One decision per cue: sentences found by different rules in one cue describe one outcome.
  const byCue = new Map<number, Candidate>();
  for (const c of candidatesIn(d, people, meetingDate)) {
    const existing = byCue.get(c.utterance);
    if (!existing) byCue.set(c.utterance, c);
    else {
      const all = [...existing.sentences, ...c.sentences].sort((a, b) => a.start - b.start);
      existing.sentences = all.filter((s, i) => all.findIndex((x) => x.start === s.start) === i);
      existing.confidence = Math.max(existing.confidence, c.confidence);
      existing.confirms = existing.confirms === c.confirms ? c.confirms : undefined;
    }
  }
  const ordered = [...byCue.values()].sort((a, b) => a.utterance - b.utterance);
  return lastWordPerExchange(d, ordered).flatMap((c) => {
    const u = d.utterances[c.utterance];
    if (!u) return [];
    const evidence = quoteSentences(u, c.sentences, false);
    return [{ text: summarize(evidence.quote), evidence, confidence: c.confidence }];
  });
}
