import { detectAssignment } from "./commitments";
import type { Dialogue, People, Utterance } from "./dialogue";
import { findDueExpressions } from "./due-dates";
import {
  AFFIRMATIVE_START,
  CONSENSUS_QUESTION,
  DEFERRAL,
  HEDGE,
  LEADING_FILLER,
  NEGATIVE_START,
  NOT_OURS,
  OBJECTION_QUESTION,
  OPINION,
  WITHDRAWAL,
  words,
} from "./lexicon";
import { isQuestion, tokenCount, type Sentence } from "./sentences";

export { OBJECTION_QUESTION };

/**
 * How the room receives what the chair says: agreement, objection, silence. And when a chair's
 * statement is a ruling ("Vi skickar beslutet fredag.", "Då tilldelar vi…", "We enforce MFA from…").
 */

// A reply to an objection question that does raise one ("Nej, men…", "Ja, jag har en invändning").
const RAISES_OBJECTION = words("men|but|invändning|invänder|jag är emot|i'm against|i am against|i object|tveksam|concern|concerned|worried|orolig");

/** Replies that accept a proposal without a plain yes ("Det är rimligt.", "That works for me."). */
const ASSENT_START =
  /^(?:(?:okej|okay|ok|ja|yes|mm)[,.\s]+)?(?:det är rimligt|rimligt|det låter (?:bra|klokt|rimligt|vettigt)|låter (?:klokt|rimligt|vettigt)|det funkar|funkar för mig|makes sense|fair enough|that works|works for me|i'm fine with that|inga)(?![\p{L}])/u;

const firstSentence = (u: Utterance | undefined) => u?.sentences[0]?.lower.trim() ?? "";
const lastSentence = (u: Utterance | undefined) => u?.sentences.at(-1);

export function isBlocked(s: Sentence): boolean {
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
    // "Vi namnger aldrig minderåriga, det vet ni": a standing rule restated, not a ruling on this case.
    // A new standing rule says when it starts ("Från och med januari har vi alltid två i jouren").
    (words("aldrig|alltid|never|always|det vet ni|som ni vet|as you know").test(s.lower) &&
      !words("från och med|fr\\.o\\.m\\.|hädanefter|framöver|from now on|going forward|starting").test(s.lower)) ||
    /(?:^|[^\p{L}])(?:om|if) (?:vi|någon|du|ni|han|hon|de|man|it|we|someone|they)(?![\p{L}])/u.test(s.lower)
  );
}

/** Does the utterance end by asking the room whether anyone objects? */
const asksForObjections = (u: Utterance | undefined) => {
  const last = lastSentence(u);
  return last !== undefined && isQuestion(last) && OBJECTION_QUESTION.test(last.lower);
};

/** The replies in the next `turns` turns by others. */
function repliesTo(d: Dialogue, index: number, turns: number): Utterance[] {
  const u = d.utterances[index];
  if (!u) return [];
  return d.utterances.slice(index + 1, index + 1 + 8 * turns).filter((x) => x.turn > u.turn && x.turn <= u.turn + turns);
}

/** A reply that pushes back, read against the question it answers. */
function objects(reply: Utterance, toObjectionQuestion: boolean): boolean {
  const first = firstSentence(reply);
  if (toObjectionQuestion) return RAISES_OBJECTION.test(reply.segment.text.toLowerCase()) && !ASSENT_START.test(first);
  return NEGATIVE_START.test(first) || WITHDRAWAL.test(first) || /^(?:men|but)(?![\p{L}])/u.test(first);
}

function consents(reply: Utterance, toObjectionQuestion: boolean): boolean {
  const first = firstSentence(reply);
  if (toObjectionQuestion) return !objects(reply, true);
  return AFFIRMATIVE_START.test(first) || ASSENT_START.test(first);
}

/** Nobody pushes back in the next two turns. */
export function noObjection(d: Dialogue, index: number): boolean {
  const question = asksForObjections(d.utterances[index]);
  return !repliesTo(d, index, 2).some((x) => objects(x, question));
}

/** Someone else agreed shortly before, or the room agrees right after, and nobody objects. */
export function hasAgreement(d: Dialogue, index: number, beforeOnly = false): boolean {
  const u = d.utterances[index];
  if (!u) return false;
  const question = asksForObjections(u);
  const after = repliesTo(d, index, 2);
  if (after.some((x) => objects(x, question))) return false;
  if (!beforeOnly && after.some((x) => consents(x, question))) return true;
  const before = d.utterances.slice(Math.max(0, index - 30), index).filter((x) => x.turn < u.turn && x.turn >= u.turn - 3);
  return before.some((x) =>
    x.sentences.some((s) =>
      words("jag håller med|håller med|i can live with|can live with that|kan leva med|i'm with|i like that|fine by me|det kan jag leva med|rimligt|that works|låter bra|sounds good|agreed|same|samma").test(s.lower),
    ),
  );
}

/** The room answers a consensus question ("Alla överens?", "Invändningar?") with consent. */
export function roomAgrees(d: Dialogue, index: number): boolean {
  const question = asksForObjections(d.utterances[index]);
  const replies = repliesTo(d, index, 3);
  const firstReply = replies[0];
  return firstReply !== undefined && consents(firstReply, question) && !replies.some((x) => objects(x, question));
}

export const isConsensusQuestion = (s: Sentence) => isQuestion(s) && (CONSENSUS_QUESTION.test(s.lower) || OBJECTION_QUESTION.test(s.lower));

/** The person with the mandate closes the question ("det behöver vi inte diskutera", "självklart"). */
const CLOSURE = words(
  "det är självklart|självklart|det behöver vi inte diskutera|behöver (?:vi )?inte diskutera|inte (?:vi )?behöver diskutera|inget att diskutera|no need to discuss|not up for discussion|that's obvious|obviously",
);

// Verbs after "vi"/"we" that describe a state, an ability or a habit rather than settle something.
const NOT_RULING_VERBS =
  "har|hade|är|var|kan|ska|borde|måste|behöver|vill|fick|får|sa|brukar|hör|ser|tror|tycker|vet|owe|owes|have|had|are|were|can|could|should|must|need|want|said|did|got|think|know|don't|didn't|also|all|just|really|kind|usually|always|still|already|keep|see|hear";
// Present-tense states and talk, which a chair says without settling anything ("Vi ligger över
// budget", "Vi ses på torsdag", "We meet again in January"), even when someone says "ja".
// Consequences are states too: "Då hamnar vi på ruta ett", "Then we lose the slot".
const STATE_VERB =
  "ligger|saknar|jobbar|väntar|hoppas|ses|hörs|träffas|står|sitter|tittar|kollar|undersöker|funderar|diskuterar|pratar|märker|förstår|lever|blir|hamnar|riskerar|missar|förlorar|tappar|klarar|slipper";
const STATE_VERBS = words(
  `vi (?:${STATE_VERB})|(?:${STATE_VERB}) vi|we (?:meet|talk|discuss|look|wait|hope|understand|lack|work|sit|stand|end up|lose|miss|risk|run out|get|become)`,
);
// Swedish present tense ends in -r; English past tense in -ed. Settling is done in the present.
const pastTense = (lower: string) =>
  /^(?:(?:okej|okay|bra|good|fine|right|då|then)[\s,]+)*(?:vi \p{L}+(?:de|te)|we \p{L}+ed)(?![\p{L}])/u.test(lower);
const WE_PRESENT = new RegExp(
  `^(?:(?:okej|okay|bra|good|fine|right|so|så|då|then)[\\s,]+)*(?:vi|we) (?!(?:${NOT_RULING_VERBS})(?![\\p{L}]))\\p{L}+`,
  "u",
);
// Swedish V2 after a fronted "då": "Då tilldelar vi område 1 till…". "Då" draws a consequence and
// so rules; "sen" only sequences ("Sen tar vi personalfrågan"), which runs the agenda.
// "Han är kommunalråd och det rör kommunens resurser, så vi namnger honom": a reason, then the ruling.
const REASONED_WE = new RegExp(`[^,]{12,}, (?:så|so) (?:vi|we) (?!(?:${NOT_RULING_VERBS})(?![\\p{L}]))\\p{L}+`, "u");
const INVERTED_WE = new RegExp(`^(?:(?:okej|okay|bra|ja)[\\s,.]+)*(?:då|så) (?!(?:${NOT_RULING_VERBS})(?![\\p{L}]))\\p{L}+r vi(?![\\p{L}])`, "u");
// Running the meeting, not ruling: "vi tar budgeten först", "då går vi vidare till…", "we start with the VPN".
const AGENDA =
  /(?:^|[^\p{L}])(?:(?:vi|we) (?:börjar|fortsätter|hoppar|start|begin|move on|turn to|go on|continue|kör (?:direkt|igång|i gång|nu|vidare))|(?:börjar|fortsätter|hoppar) vi|(?:vi går|går vi) (?:vidare|över) till|(?:vi tar|tar vi) (?:(?:\p{L}+ ){0,3}(?:först|sist|sen|sedan|nu|härnäst)|upp|nästa)(?![\p{L}])|nästa punkt|next item|(?:första|nästa|andra|tredje|sista|följande) punkten|first item)/u;
// "Då tar vi det i saneringsfrågan", "Vi tar fönstren i slutregleringen": handled under another
// item or a later settlement, so not settled here.
const ELSEWHERE = /(?:^|[^\p{L}])(?:vi tar|tar vi) (?:\p{L}+ ){1,2}(?:i|under) (?:\p{L}+ )?\p{L}*(?:frågan|punkten|ärendet|regleringen|mötet|sammanträdet|genomgången|avstämningen)(?![\p{L}])/u;
// A ruling's usual opening or setting: a conclusion ("då", "then", "Fine."), a date, "från och med".
// "så"/"so" also open plain reports ("Så vi ligger lite efter"), so they do not count here.
const CONCLUDING_LEAD = /^(?:(?:okej|okay|ok|bra|good|fine|right|ja)[\s,.]+)*(?:då|then|därför|therefore)(?![\p{L}])/u;
const ACCEPTANCE_ONLY = /^(?:okej|okay|ok|bra|good|fine|right|fair|toppen|perfekt|utmärkt|great)[.!]?$/u;

function statesDate(s: Sentence, meetingDate: string): boolean {
  return /^från och med|^(?:with effect )?from (?:the )?\d/u.test(s.lower) || findDueExpressions(s.text, meetingDate).some((e) => e.kind === "date");
}

// Publishing rulings are negative as often as not: "Den bilden publicerar vi inte", "Repliken
// publiceras inte", "We're not naming him". Said by the one with the mandate, they settle it.
const EDITORIAL_VERB_SV = "publicer|namnge|identifier|visa|använd|sänd|citer|återge|pixl";
const EDITORIAL_NEGATIVE = new RegExp(
  [
    `(?:vi|man) (?:${EDITORIAL_VERB_SV})\\p{L}* (?:inte|ingen|inget|inga)`,
    `(?:${EDITORIAL_VERB_SV})\\p{L}*r vi inte`,
    `(?:${EDITORIAL_VERB_SV})\\p{L}*s inte`,
    "we(?:'re| are) not (?:publishing|naming|identifying|running|printing|showing|using)",
    "we (?:won't|will not|don't|do not) (?:publish|name|identify|run|print|show|use)",
    "(?:won't|will not|isn't|is not|aren't|are not) (?:be )?(?:published|named|identified|printed|run)",
  ]
    .map((x) => `(?<![\\p{L}])${x}(?![\\p{L}])`)
    .join("|"),
  "u",
);

// The sentence restates a rule that already exists ("Det har vi redan, det står i stilboken.").
const ROUTINE_SOURCE = words(
  "det står i|står det i|enligt (?:stilboken|policyn|rutinen|lagen|reglementet)|det har vi redan|it's in the (?:policy|style guide|rules)|we already have (?:that|a rule|a policy)|the policy says",
);

/** Confidence that a chair's sentence rules on the question, or 0. */
export function chairRuling(s: Sentence, u: Utterance, d: Dialogue, people: People, index: number, meetingDate: string): number {
  const lower = s.lower.replace(LEADING_FILLER, "");
  // "Nej, självklart inte." only agrees with what someone just said; a closure rules when it
  // carries the matter itself ("Kommunalrådet namnger vi, det är självklart").
  const carriesMatter = tokenCount(s.lower.replace(CLOSURE, " ").replace(/(?<![\p{L}])(?:nej|ja|no|yes|inte|not|okej|okay)(?![\p{L}])/gu, " ")) >= 3;
  if (CLOSURE.test(s.lower) && carriesMatter && !HEDGE.test(s.lower) && !isBlocked(s) && !isQuestion(s)) return 0.7;
  // Weak rules need a full statement, and one that does not hand a task to a named person.
  if (isWeakBlocked(s) || tokenCount(s.text) < 4 || detectAssignment(s, people)) return 0;
  const previous = u.sentences[s.position - 1];
  // "Om han häktas så vill jag veta. Då gör vi en ny bedömning.": what happens if, not a ruling;
  // and after "Det där löser vi inte idag" the next step is parked with it.
  if (ELSEWHERE.test(s.lower) || (previous !== undefined && (/^(?:om|if|ifall)(?![\p{L}])/u.test(previous.lower) || /(?<![\p{L}])(?:om|if) .* (?:så|then) /u.test(previous.lower) || (DEFERRAL.test(previous.lower) && /(?<![\p{L}])(?:inte|not)(?![\p{L}])/u.test(previous.lower))))) return 0;
  if (ROUTINE_SOURCE.test(s.lower) || (previous !== undefined && ROUTINE_SOURCE.test(previous.lower))) return 0;
  if (EDITORIAL_NEGATIVE.test(lower) && noObjection(d, index)) return 0.65;
  // "Ja till en vikarie under våren, under förutsättning att…": a (conditional) approval.
  if (/^(?:(?:okej|okay|bra|good|då|then|so|så)[,\s]+)*(?:ja|yes|nej|no) (?:till|to) (?!(?:att|om|that|if)(?![\p{L}]))/u.test(s.lower) && noObjection(d, index)) return 0.6;
  const normative =
    words("ska(?: inte)? (?:vara|göras|\\p{L}+as)|ska inte|inga \\p{L}+ (?:på|av|i|från)|får (?:\\p{L}+ ){0,3}(?:bara|endast|inte|inte längre|enbart) (?:\\p{L}+ )?\\p{L}+as").test(lower) &&
    !/^(?:jag|du) /.test(lower);
  // "Nämn inte X", "Publicera inte X": a prohibition by the chair.
  const prohibition = /^\p{L}+ inte (?!\p{L}+ (?:är|var|har))/u.test(lower) && !/^(?:det|vi|jag|du|han|hon|de|man|nej|ja|kanske|alltså|nu|då|så|här|där|är|har|kan|ska|vill|bara|också|absolut|tyvärr|helst|verkligen|faktiskt|egentligen|ingen|inget|men|och|it|we|i|you|not|that|this)\s/u.test(lower);
  const conclusion = /^(?:(?:okej|okay|ok|bra|good|right)[\s,]+)?(?:så|so)[\s,:]+/u.test(s.lower) && tokenCount(s.text) >= 5;
  const wePresent = (WE_PRESENT.test(lower) || INVERTED_WE.test(s.lower) || REASONED_WE.test(lower)) && !STATE_VERBS.test(lower) && !pastTense(lower) && !AGENDA.test(lower);
  if (normative || prohibition || wePresent) {
    if (hasAgreement(d, index)) return 0.6;
    // Silence is consent when the chair speaks as the one who settles it: after a conclusion or an
    // acceptance ("Fine. We enforce…", "Då tilldelar vi…"), or with the date it takes effect.
    // One who declared the mandate ("Det är mitt beslut") speaks as the one who settles, too.
    const settles =
      CONCLUDING_LEAD.test(s.lower) || (previous !== undefined && ACCEPTANCE_ONLY.test(previous.lower)) || statesDate(s, meetingDate) || d.declared.has(u.segment.speaker);
    return settles && noObjection(d, index) ? 0.55 : 0;
  }
  // "Okej, så X": a conclusion sums up agreement that was already voiced.
  return conclusion && hasAgreement(d, index, true) ? 0.6 : 0;
}
