import type { People } from "./dialogue";
import { TURN_TAKING, words } from "./lexicon";
import { perSentenceAnd } from "./memo";
import { isQuestion, tokenCount, type Sentence } from "./sentences";

/** "Kan du fixa det, Erik?", "Oskar, can you draft something?", "Priya, can we have it in writing?" */
export interface Request {
  /** Named addressee, when the request names one. */
  addressee: string | null;
  /** "När kan du ha den klar?": asks for a deadline rather than a task. */
  when: boolean;
}

const REQUEST_SV = words("(?:kan|kunde|skulle|vill|orkar|hinner) (?:du|ni)|kan vi få|kan jag få|får vi|vill jag att (?:du|ni)|jag vill att (?:du|ni)");
const REQUEST_EN = words("(?:can|could|would|will) you|can we (?:have|get)|could we (?:have|get)|would you mind|are you able to|i want you to|i'd like you to|i need you to");
const WHEN_QUESTION = /^(?:(?:okej|okay|ok|bra|och|and|so|så)[,\s]+)*(?:när|till när|hur snart|when|by when)(?![\p{L}])/u;

// Compiled once: these run on every sentence of the meeting.
const ASKS_CAPACITY = words("(?:kan|hinner|orkar|ska|kommer) (?:du|ni)|(?:can|could|will) you|do you think you");
const CALL_CHECK = words("(?:can|could) (?:you|everyone|everybody) (?:hear|see)|(?:kan|hör|ser) (?:du|ni|alla) (?:höra |se )?(?:mig|oss|skärmen|bilden)");
const OFFERS_OWN_WORK = words("(?:vill|ska) (?:du|ni) att jag|(?:do|would) you (?:want|like) me to");
const WANTS_YOU_TO = words("jag vill att|vill jag att|i want you to|i'd like you to|i need you to");
const ELSEWHERE = words("there|där|då|at the|at our|next|nästa|tomorrow|i ?morgon|on (?:monday|tuesday|wednesday|thursday|friday)|på (?:måndag|tisdag|onsdag|torsdag|fredag)");
const MAYBE = words("kanske|maybe|perhaps");
const ABOUT_TIMING = words("när|when|i tid|in time");

// Per sentence and People, one answer per vocative carried over from earlier in the cue.
const readings = perSentenceAnd((_s: Sentence, _people: People) => new Map<string | null, Request | null>());

export function detectRequest(sentence: Sentence, cueVocative: string | null, people: People): Request | null {
  const byVocative = readings(sentence, people);
  const known = byVocative.get(cueVocative);
  if (known !== undefined) return known;
  const request = readRequest(sentence, cueVocative, people);
  byVocative.set(cueVocative, request);
  return request;
}

function readRequest(sentence: Sentence, cueVocative: string | null, people: People): Request | null {
  const lower = sentence.lower;
  // "När kan du ha den klar?" or a bare "När?" asks the task's owner; "When is the deadline?" asks anyone.
  // "When do you need it?" asks the requester for a deadline: that is scheduling talk, not a request.
  const asksCapacity = ASKS_CAPACITY.test(lower);
  if (WHEN_QUESTION.test(lower) && isQuestion(sentence)) {
    // "När får vi besked?" asks when something happens elsewhere; nobody is asked to do anything.
    return asksCapacity || tokenCount(sentence.text) <= 3 ? { addressee: cueVocative, when: true } : null;
  }
  // "Can you hear us?", "Ser ni skärmen?": checking the call, not handing over a task.
  if (CALL_CHECK.test(lower)) return null;
  if (!REQUEST_SV.test(lower) && !REQUEST_EN.test(lower)) return null;
  // "Vill du att jag jagar dem?" offers the speaker's own work; it asks for a yes, not a task.
  if (OFFERS_OWN_WORK.test(lower)) return null;
  if (!isQuestion(sentence) && !WANTS_YOU_TO.test(lower)) return null;
  // "Could you present?" hands over the floor; "could you present our report there?" is a task at
  // another occasion, which a place or a time marks.
  const elsewhere = ELSEWHERE.test(lower);
  if ((TURN_TAKING.test(lower) && !elsewhere) || MAYBE.test(lower)) return null;
  const vocative = people.mentioned(sentence.text).find((m) => m.vocative)?.name ?? cueVocative;
  // "Hinner du få in ansökan i tid?" asks about the timing of a task already taken, like "när".
  return { addressee: vocative, when: ABOUT_TIMING.test(lower) };
}
