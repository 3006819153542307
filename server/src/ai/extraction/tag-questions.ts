import { CONSENSUS_QUESTION, OBJECTION_QUESTION } from "./lexicon";
import { normalizeForMatching, tokenCount, type Sentence } from "./sentences";

/**
 * A statement with a confirming question tagged on: "Rutinen måste skrivas om, det är vi överens
 * om, va?", "We freeze on the 14th, any objections?". The question asks the room to confirm the
 * statement in front of it, so the statement is the proposal (or the task), not a sentence before.
 */

/** Where the confirming tag starts (the comma before it), or -1 when the sentence is not tagged. */
function tagStart(s: Sentence): number {
  if (!/\?["”’)]*$/.test(s.text)) return -1;
  const m = CONSENSUS_QUESTION.exec(s.lower) ?? OBJECTION_QUESTION.exec(s.lower);
  if (!m) return -1;
  const head = s.lower.slice(0, m.index);
  // At most two words ("det är", "are we") between the comma and the consensus phrase.
  const comma = /,\s*(?:\p{L}+\s+){0,2}$/u.exec(head);
  return comma && tokenCount(head.slice(0, comma.index)) >= 4 ? comma.index : -1;
}

export const tagQuestion = (s: Sentence): boolean => tagStart(s) >= 0;

/** The statement without its tag ("Rutinen måste skrivas om"), or the sentence itself. */
export function untagged(s: Sentence): Sentence {
  const at = tagStart(s);
  if (at < 0) return s;
  const text = s.text.slice(0, at);
  return { ...s, end: s.start + at, text, lower: normalizeForMatching(text) };
}

// "Är alla eniga om att vi säger upp avtalet?", "Does everyone agree that we drop the print issue?"
const EMBEDDED = /(?<![\p{L}])(?:eniga|överens|agree|agreed|on board|okay|ok|fine) (?:om|on|with)? ?(?:att|that|to) ((?:\S+\s+){2,}\S+)\?["”’)]*$/u;

/** A consensus question that states its proposal itself, so the answer settles that proposal. */
export const embeddedProposal = (s: Sentence): boolean => EMBEDDED.test(s.lower);
