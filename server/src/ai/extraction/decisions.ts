import { detectAssignment, detectObligation } from "./commitments";
import type { Dialogue, People, Utterance } from "./dialogue";
import { quoteSentences, summarize } from "./evidence";
import {
  AFFIRMATIVE_START,
  CONSENSUS_QUESTION,
  DEFERRAL,
  HEDGE,
  LEADING_FILLER,
  NEGATIVE_START,
  NOT_OURS,
  OPINION,
  WITHDRAWAL,
  words,
} from "./lexicon";
import { isQuestion, tokenCount, type Sentence } from "./sentences";
import type { ExtractedDecision } from "./types";

/** Phrases by which a group settles something ("då bestämmer vi det", "let's go with"). */
const DECISION_MARKERS = words(
  [
    "då bestämmer vi|vi bestämmer (?:att|oss för)|vi har bestämt|det är bestämt|då är det bestämt|bestämt då",
    "det är beslutat|då är det beslutat|vi beslutar|vi har beslutat|beslut:|beslutet är|jag beslutar|mitt beslut är|det är mitt beslut",
    "då kör vi (?!igång|i gång|nu\\b)\\p{L}+|vi kör på (?:det|den|\\p{L}+)|då säger vi|då gör vi (?:så|det)|vi gör så",
    "då är vi överens|vi är överens om|det är vi överens om|jag landar i att|vi går vidare med|vi godkänner|det är godkänt|klubbat|då klubbar vi|vi säger (?:ja|nej) till",
    "we(?:'ve| have)? decided|it's decided|that's decided|decided,|the decision is|we're going with|we'll go with|let's go with|that's what we go with|we go with|we go ahead with|we're going ahead|that's settled|it's settled|we're doing it|we(?:'ve| have)? agreed|we agree (?:that|to|on)|so agreed|we approve",
  ].join("|"),
);

/** The person with the mandate closes the question ("det behöver vi inte diskutera", "självklart"). */
const CLOSURE = words(
  "det är självklart|självklart|det behöver vi inte diskutera|behöver (?:vi )?inte diskutera|inte (?:vi )?behöver diskutera|inget att diskutera|no need to discuss|not up for discussion|that's obvious|obviously",
);

// What is left of a marker-only sentence ("Det är bestämt.", "Agreed.") must be content to stand alone.
const MARKER_ONLY = /^(?:(?:det är|då är det|då|so|okay|okej|bra|good|ja|yes)[\s,]*)*(?:bestämt|beslutat|agreed|decided|settled|det är mitt beslut|mitt beslut|kör på det|vi kör på det|då säger vi så|då gör vi så|då kör vi så|då kör vi)[\s.!,]*$/u;

interface Candidate {
  utterance: number;
  sentences: Sentence[];
  confidence: number;
}

function isBlocked(s: Sentence): boolean {
  return DEFERRAL.test(s.lower) || NOT_OURS.test(s.lower) || WITHDRAWAL.test(s.lower);
}

function isWeakBlocked(s: Sentence): boolean {
  return (
    isBlocked(s) ||
    HEDGE.test(s.lower) ||
    OPINION.test(s.lower) ||
    isQuestion(s) ||
    // "ju" marks something everybody already knows: routine, not a ruling.
    words("ju|som alltid|som vanligt|det betyder att|det innebär att|that means|which means").test(s.lower) ||
    /(?:^|[^\p{L}])(?:om|if) (?:vi|någon|du|ni|han|hon|de|man|it|we|someone|they)(?![\p{L}])/u.test(s.lower)
  );
}

const firstSentence = (u: Utterance | undefined) => u?.sentences[0]?.lower.trim() ?? "";

/** Someone else agreed shortly before, or the room agrees right after, and nobody objects. */
function hasAgreement(d: Dialogue, index: number, beforeOnly = false): boolean {
  const u = d.utterances[index];
  if (!u) return false;
  const after = d.utterances.slice(index + 1).filter((x) => x.turn > u.turn && x.turn <= u.turn + 2);
  if (after.some((x) => NEGATIVE_START.test(firstSentence(x)) || WITHDRAWAL.test(firstSentence(x)))) return false;
  if (!beforeOnly && after.some((x) => AFFIRMATIVE_START.test(firstSentence(x)))) return true;
  const before = d.utterances.slice(0, index).filter((x) => x.turn < u.turn && x.turn >= u.turn - 3);
  return before.some((x) =>
    x.sentences.some((s) =>
      words("jag håller med|håller med|i'm with|i like that|fine by me|det kan jag leva med|rimligt|that works|låter bra|sounds good|agreed|same|samma").test(s.lower),
    ),
  );
}

/** The room answers a consensus question with yes and no objection. */
function roomAgrees(d: Dialogue, index: number): boolean {
  const u = d.utterances[index];
  if (!u) return false;
  const replies = d.utterances.slice(index + 1).filter((x) => x.turn > u.turn && x.turn <= u.turn + 3);
  const firstReply = replies[0];
  return firstReply !== undefined && AFFIRMATIVE_START.test(firstSentence(firstReply)) && !replies.some((x) => NEGATIVE_START.test(firstSentence(x)));
}

function chairRuling(s: Sentence, d: Dialogue, people: People, index: number): number {
  const lower = s.lower.replace(LEADING_FILLER, "");
  if (CLOSURE.test(s.lower) && !HEDGE.test(s.lower) && !isBlocked(s) && !isQuestion(s)) return 0.7;
  // Weak rules need a full statement, and one that does not hand a task to a named person.
  if (isWeakBlocked(s) || tokenCount(s.text) < 4 || detectAssignment(s, people)) return 0;
  const normative = words("ska(?: inte)? (?:vara|göras|\\p{L}+as)|ska inte|inga \\p{L}+ (?:på|av|i|från)").test(lower) && !/^(?:jag|du) /.test(lower);
  // "Nämn inte X", "Publicera inte X": a prohibition by the chair.
  const prohibition = /^\p{L}+ inte (?!\p{L}+ (?:är|var|har))/u.test(lower) && !/^(?:det|vi|jag|du|han|hon|de|man|nej|ja|kanske|alltså|nu|då|så|här|där|är|har|kan|ska|vill|bara|också|absolut|tyvärr|helst|verkligen|faktiskt|egentligen|ingen|inget|men|och|it|we|i|you|not|that|this)\s/u.test(lower);
  const conclusion = /^(?:(?:okej|okay|ok|bra|good|right)[\s,]+)?(?:så|so)[\s,:]+/u.test(s.lower) && tokenCount(s.text) >= 5;
  const wePresent = /^(?:(?:okej|okay|bra|good|so|så|då|then)[\s,]+)*(?:vi|we) (?!(?:har|hade|är|var|kan|ska|borde|måste|behöver|vill|fick|får|sa|have|had|are|were|can|could|should|must|need|want|said|did|got|think|know|don't|didn't|also|all|just|really|kind|hör|ser|tror|tycker|vet)\b)\p{L}+/u.test(lower);
  if (normative || prohibition || wePresent) return hasAgreement(d, index) ? 0.6 : 0;
  // "Okej, så X": a conclusion sums up agreement that was already voiced.
  return conclusion && hasAgreement(d, index, true) ? 0.6 : 0;
}

function substantive(s: Sentence): boolean {
  return !MARKER_ONLY.test(s.lower.trim()) && tokenCount(s.text) >= 3;
}

export function extractDecisions(d: Dialogue, people: People): ExtractedDecision[] {
  const candidates: Candidate[] = [];
  d.utterances.forEach((u, index) => {
    const isChair = u.segment.speaker === d.chair;
    u.sentences.forEach((s, i) => {
      if (u.recap[i] || detectObligation(s)) return;
      const previous = u.sentences[i - 1];
      if (DECISION_MARKERS.test(s.lower) && !isQuestion(s) && !isBlocked(s)) {
        if (substantive(s)) candidates.push({ utterance: index, sentences: [s], confidence: 0.9 });
        else if (previous && substantive(previous) && !isQuestion(previous) && !isBlocked(previous)) {
          candidates.push({ utterance: index, sentences: [previous, s], confidence: 0.85 });
        }
        return;
      }
      if (CONSENSUS_QUESTION.test(s.lower) && isQuestion(s) && previous && substantive(previous)) {
        // An agreed "det måste göras" is an (unowned) task, not a decision.
        if (!isQuestion(previous) && !isBlocked(previous) && !HEDGE.test(previous.lower) && !detectObligation(previous) && roomAgrees(d, index)) {
          candidates.push({ utterance: index, sentences: [previous], confidence: 0.8 });
        }
        return;
      }
      if (isChair) {
        const confidence = chairRuling(s, d, people, index);
        if (confidence > 0) candidates.push({ utterance: index, sentences: [s], confidence });
      }
    });
  });

  // One decision per cue: sentences found by different rules in one cue describe one outcome.
  const byCue = new Map<number, Candidate>();
  for (const c of candidates) {
    const existing = byCue.get(c.utterance);
    if (!existing) byCue.set(c.utterance, c);
    else {
      const all = [...existing.sentences, ...c.sentences].sort((a, b) => a.start - b.start);
      existing.sentences = all.filter((s, i) => all.findIndex((x) => x.start === s.start) === i);
      existing.confidence = Math.max(existing.confidence, c.confidence);
    }
  }
  return [...byCue.values()]
    .sort((a, b) => a.utterance - b.utterance)
    .flatMap((c) => {
      const u = d.utterances[c.utterance];
      if (!u) return [];
      const evidence = quoteSentences(u, c.sentences, false);
      return [{ text: summarize(evidence.quote), evidence, confidence: c.confidence }];
    });
}
