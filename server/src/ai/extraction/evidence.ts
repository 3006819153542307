import type { Utterance } from "./dialogue";
import { LEADING_FILLER } from "./lexicon";
import { tokenCount, type Sentence } from "./sentences";
import type { Evidence } from "./types";

// A short cue is quoted whole: a reader sees the utterance in context, and it never runs long.
const WHOLE_CUE_MAX_TOKENS = 23;

/** An exact quote spanning the given sentences of one utterance (or the whole cue when short). */
export function quoteSentences(utterance: Utterance, sentences: readonly Sentence[], wholeCueIfShort: boolean): Evidence {
  const { segment } = utterance;
  if (wholeCueIfShort && tokenCount(segment.text) <= WHOLE_CUE_MAX_TOKENS) {
    return { quote: segment.text, segment: segment.index, startMs: segment.startMs };
  }
  const start = Math.min(...sentences.map((s) => s.start));
  const end = Math.max(...sentences.map((s) => s.end));
  return { quote: segment.text.slice(start, end), segment: segment.index, startMs: segment.startMs };
}

/** A readable one-line paraphrase: the sentence without hesitation and discourse markers. */
export function summarize(text: string): string {
  const stripped = text
    .replace(LEADING_FILLER, "")
    .replace(/^(?:(?:då )?(?:bestämmer|säger|kör|gör) vi(?: (?:det|så)(?: här)?)?(?: att)?|(?:då )?är vi överens|(?:det|då) är (?:det )?(?:bestämt|beslutat)|(?:then )?that's (?:what we go with|settled)|decided|it's decided)[\s,:.]*/iu, "")
    .replace(/\s*(?:alla överens|agreed|everyone okay with that)\?\s*$/iu, "")
    .trim();
  const base = stripped.length >= 3 ? stripped : text.trim();
  return base.charAt(0).toUpperCase() + base.slice(1);
}
