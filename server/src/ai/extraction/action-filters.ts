import { detectCommitment } from "./commitments";
import type { Dialogue } from "./dialogue";
import { words } from "./lexicon";
import type { Sentence } from "./sentences";

/**
 * Exchanges that look like tasks but are not: running the meeting itself, a task the asker takes
 * back, an acceptance of something that only happens if a condition is met.
 */

/** Opening or closing the meeting, keeping the minutes, checking them: the meeting's own procedure. */
export const MEETING_PROCEDURE = words(
  [
    "(?:öppnar|avslutar|förklarar|ajournerar) (?:jag |vi )?(?:härmed )?(?:\\p{L}+ ){0,2}(?:sammanträde\\p{L}*|mötet|möte)(?: \\p{L}+)?",
    "(?:sammanträdet|mötet) (?:är )?(?:öppnat|avslutat|ajournerat)|för protokollet|för protokoll|justerar(?: protokollet)?|justera protokollet|justerare",
    "(?:open|close|adjourn|closing|opening) (?:the|this|today's) meeting|meeting (?:is )?(?:open|closed|adjourned)|takes? (?:the )?minutes|taking (?:the )?minutes",
  ].join("|"),
);

export const isProcedure = (s: Sentence) => MEETING_PROCEDURE.test(s.lower);

// "Då skriver jag det själv", "I'll do it myself then": the speaker takes back the task just handed
// out, which "det"/"it" points at; "Jag ringer henne själv" is a task of its own.
const TAKES_OVER = words("(?:det|den|dem|it|that|this|them)(?: \\p{L}+)? (?:själv|själva|istället|i stället|myself|instead)");

/**
 * After "Tomas, kan du skriva det?" – "Det kan jag, men…" the asker (or a third person) says
 * "Okej, då skriver jag det själv": the task changed hands, so the accepted request is no item.
 */
export function takenOver(d: Dialogue, reply: number): boolean {
  const r = d.utterances[reply];
  if (!r) return false;
  return d.utterances
    .slice(reply + 1)
    .filter((x) => x.turn > r.turn && x.turn <= r.turn + 2 && x.segment.speaker !== r.segment.speaker)
    .some((x) => x.sentences.some((s) => TAKES_OVER.test(s.lower) && detectCommitment(s) !== null));
}

const CONDITION_START = /^(?:(?:och|and|men|but|så|so)[\s,]+)?(?:om|if|ifall|in case)(?![\p{L}])/u;

/**
 * "Om han häktas på måndag vill jag bli uppringd." – "Det gör jag.": a bare acceptance of what
 * somebody asked for in case something happens is a standing instruction, not a task.
 */
export function acceptsConditional(d: Dialogue, index: number): boolean {
  const u = d.utterances[index];
  if (!u) return false;
  const previous = d.utterances.slice(0, index).findLast((x) => x.turn < u.turn);
  return previous !== undefined && previous.turn === u.turn - 1 && previous.sentences.some((s) => CONDITION_START.test(s.lower));
}

// "…förvaltningen får i uppdrag att ta fram en analys": a task given to a unit, not to a person.
const COMMISSION = words("(?:får|ger|ge) (?:\\p{L}+ ){0,2}i uppdrag|uppdraget att|commissions?|(?:gives?|tasks?) the (?:department|unit|office|team) (?:with|to)");
// "Vi tar fram den till vecka 3": the unit's head takes the commission for the unit, with a deadline.
const WE_TAKE_IT = /^(?:(?:okej|okay|ok|ja|yes|bra|då|then)[\s,.]+)*(?:vi|we)(?:'ll| will)? (?:\p{L}+r|deliver|do|have|prepare|draft|write) (?:(?:fram|in|ut|up|together) )?(?:den|det|dem|it|that|them)(?![\p{L}])/u;

/** The reply, for a unit, to a commission the chair just gave it; the speaker owns it. */
export function acceptsCommission(d: Dialogue, index: number, s: Sentence): boolean {
  const u = d.utterances[index];
  if (!u || !WE_TAKE_IT.test(s.lower)) return false;
  return d.utterances
    .slice(0, index)
    .filter((x) => x.turn < u.turn && x.turn >= u.turn - 2 && x.segment.speaker !== u.segment.speaker)
    .some((x) => x.sentences.some((y) => COMMISSION.test(y.lower)));
}
