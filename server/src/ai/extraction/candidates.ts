import { detectCommitment } from "./commitments";
import type { Utterance } from "./dialogue";
import type { Sentence } from "./sentences";

/** What the action-item rules share: candidate tasks, and the sentences they come from. */

export type Kind = "self" | "request" | "when" | "offer" | "assignment" | "unowned";

/** One way of reading an exchange as a task, before candidates for the same task are merged. */
export interface Candidate {
  kind: Kind;
  owner: string | null;
  /** Where the task was agreed: orders candidates and measures distance between them. */
  anchor: number;
  evidence: { utterance: number; sentences: Sentence[] };
  related: number[];
  generic: boolean;
  /** Every commitment in it only offers capacity ("jag kan ta fram…"): a later firm one to the same task takes the quote. */
  soft?: boolean;
  /** Only promises delivery ("Då har du ett utkast senast den 20:e"): the deadline of a task taken earlier. */
  delivery?: boolean;
  confidence: number;
}

export interface Item extends Candidate {
  lastTurn: number;
}

export const CONFIDENCE: Record<Kind, number> = { self: 0.75, request: 0.85, when: 0.8, offer: 0.75, assignment: 0.8, unowned: 0.55 };

export const live = (u: Utterance) => u.sentences.filter((_, i) => !u.recap[i]);
export const commitmentsIn = (u: Utterance) =>
  live(u).flatMap((s) => {
    const c = detectCommitment(s);
    return c ? [{ sentence: s, commitment: c }] : [];
  });

const STOP = new Set(["det", "den", "som", "och", "att", "för", "till", "med", "jag", "the", "and", "that", "this", "with", "from", "have", "kan", "ska", "will"]);
export const stems = (sentences: readonly Sentence[]) =>
  new Set(
    sentences
      .flatMap((s) => s.lower.split(/[^\p{L}]+/u))
      .filter((w) => w.length >= 5 && !STOP.has(w))
      .map((w) => w.slice(0, 5)),
  );

