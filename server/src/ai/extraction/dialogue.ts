import type { Transcript, TranscriptSegment } from "../transcripts/types";
import { splitSentences, type Sentence } from "./sentences";

/** One segment with its sentences and its place in the conversation. */
export interface Utterance {
  segment: TranscriptSegment;
  sentences: Sentence[];
  /** Consecutive segments by the same speaker share a turn. */
  turn: number;
  /** True from a recap marker ("då sammanfattar jag", "to sum up") to the end of that turn. */
  recap: boolean[];
}

export interface Dialogue {
  utterances: Utterance[];
  participants: string[];
  /** Who opened the meeting; in these meetings that is the chair, who rules on questions. */
  chair: string | null;
  /** Turn number → utterance indexes. */
  turns: number[][];
  /** Who may rule: the chair, and anyone who says they hold the mandate ("Jag är ansvarig utgivare"). */
  mandate: ReadonlySet<string>;
  /** Those who said so themselves: their plain "vi publicerar X" rules, as the chair's may only plan. */
  declared: ReadonlySet<string>;
}

// A participant's own statement of a role that decides: the ansvarig utgivare rules on publishing
// even when someone else chairs the meeting.
export const MANDATE = /(?<![\p{L}])(?:jag är (?:ansvarig utgivare|förvaltningschef|ordförande|mötesordförande|den som (?:beslutar|bestämmer))|som ansvarig utgivare|det är (?:mitt beslut|jag som (?:beslutar|bestämmer))|i'm the (?:chair|responsible editor|editor-in-chief|publisher|one who decides)|as (?:the )?(?:chair|responsible editor|publisher)|it's my (?:call|decision))(?![\p{L}])/u;

const RECAP = /(?:sammanfatta|sammanfattar|sammanfattning|summera|summerar|to sum up|summing up|to summari[sz]e|in summary|recap|let me summari[sz]e|so, to recap)/;

export function buildDialogue(transcript: Transcript): Dialogue {
  const utterances: Utterance[] = [];
  const turns: number[][] = [];
  let turn = -1;
  let previousSpeaker: string | null = null;
  let inRecap = false;
  for (const segment of transcript.segments) {
    if (segment.speaker !== previousSpeaker) {
      turn++;
      turns.push([]);
      inRecap = false;
    }
    previousSpeaker = segment.speaker;
    const sentences = splitSentences(segment.text, segment.index);
    const recap = sentences.map((s) => {
      // Only a recap marker near the end of the meeting, or one that introduces a list, counts;
      // "kort sammanfattning:" at the start of a status report is not a recap of decisions.
      if (RECAP.test(s.lower) && !/^(?:ja\.? )?kort sammanfattning/.test(s.lower)) inRecap = true;
      return inRecap;
    });
    turns[turn]?.push(utterances.length);
    utterances.push({ segment, sentences, turn, recap });
  }
  // A recap that is not in the last fifth of the meeting is more likely a status summary.
  const cutoff = Math.floor(utterances.length * 0.7);
  utterances.forEach((u, i) => {
    if (i < cutoff) u.recap = u.recap.map(() => false);
  });
  const chair = transcript.segments[0]?.speaker ?? null;
  const declared = new Set<string>();
  for (const u of utterances) if (u.sentences.some((s) => MANDATE.test(s.lower))) declared.add(u.segment.speaker);
  const mandate = new Set<string>([...(chair ? [chair] : []), ...declared]);
  return { utterances, participants: transcript.participants, chair, turns, mandate, declared };
}

export interface Mention {
  name: string;
  index: number;
  genitive: boolean;
  vocative: boolean;
}

/** Participant lookup by full name, first name, or a first name in the genitive ("Ulrikas"). */
export class People {
  private readonly byName = new Map<string, string>();
  private readonly mentions = new Map<string, Mention[]>();

  constructor(readonly participants: readonly string[]) {
    const firstCounts = new Map<string, number>();
    for (const p of participants) {
      const first = firstName(p).toLowerCase();
      firstCounts.set(first, (firstCounts.get(first) ?? 0) + 1);
    }
    for (const p of participants) {
      this.byName.set(p.toLowerCase(), p);
      const first = firstName(p).toLowerCase();
      if (firstCounts.get(first) === 1) this.byName.set(first, p);
    }
  }

  resolve(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  /** Participants named in the text, in order of appearance (genitive forms count as mentions). */
  mentioned(text: string): readonly Mention[] {
    // The rules and the classifier's features both ask this of every sentence of the meeting.
    let found = this.mentions.get(text);
    if (!found) {
      found = this.findMentions(text);
      this.mentions.set(text, found);
    }
    return found;
  }

  private findMentions(text: string): Mention[] {
    const found: Mention[] = [];
    const re = /\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const words = m[0];
      const candidates = [words, words.split(/\s+/)[0] ?? ""];
      for (const c of candidates) {
        const plain = this.resolve(c);
        const genitive = !plain && /s$/.test(c) ? this.resolve(c.slice(0, -1)) : null;
        const person = plain ?? genitive;
        if (!person) continue;
        const after = text.slice(m.index + c.length, m.index + c.length + 2);
        const before = text.slice(Math.max(0, m.index - 2), m.index);
        // "Per, kan du…", "…kan du, Erik?", "Mohammed?" address the person.
        const vocative = !genitive && (/^\s*[,?!]/.test(after) || /,\s*$/.test(before) && /^\s*[?.!]?\s*$/.test(after));
        found.push({ name: person, index: m.index, genitive: genitive !== null, vocative });
        break;
      }
    }
    return found;
  }
}

const firstName = (full: string) => full.split(/\s+/)[0] ?? full;
