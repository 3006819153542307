import { detectObligation } from "./commitments";
import type { Dialogue } from "./dialogue";
import { CONFIDENCE, live, stems, type Candidate, type Item } from "./candidates";
import { AFFIRMATIVE_START, DEFERRAL, NEGATIVE_START, words } from "./lexicon";
import type { Sentence } from "./sentences";

// How many turns later an explicit "…, det är vi överens om" may restate the task that was agreed.
const RESTATE_TURNS = 3;

const AGREED = words("överens|eniga|håller (?:alla |vi |ni )?med(?: om)?|alla håller med|agree|agreed|agrees");

/** Agreed tasks that nobody takes ("det måste göras" – "Absolut." – "Vem gör det?"). */
export function unowned(d: Dialogue, items: readonly Item[]): Candidate[] {
  const out: Candidate[] = [];
  d.utterances.forEach((u, index) => {
    const s = live(u).find((x) => detectObligation(x));
    if (!s) return;
    const next = d.utterances.slice(index + 1).find((x) => x.turn === u.turn + 1);
    const explicit = (x: Sentence) => AGREED.test(x.lower);
    const agreed = explicit(s) || (next !== undefined && AFFIRMATIVE_START.test(next.sentences[0]?.lower ?? "") && !NEGATIVE_START.test(next.sentences[0]?.lower ?? ""));
    if (!agreed) return;
    // "X måste göras om." – "Ja. Den måste uppdateras, det är vi överens om.": the group's
    // agreement is the evidence of an unowned task, so the restatement is quoted, not the proposal.
    // The same holds when the agreement comes a few turns on, after who could do it was discussed.
    const restated = d.utterances.slice(index + 1).filter((x) => x.turn > u.turn && x.turn <= u.turn + RESTATE_TURNS);
    if (!explicit(s) && restated.some((x) => live(x).some((y) => explicit(y) && detectObligation(y)))) return;
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

