import type { People } from "./dialogue";
import {
  CONDITIONAL_OFFER,
  GENERIC_TASK_VERBS,
  HEDGE,
  LEADING_FILLER,
  MEETING_META,
  NON_TASK_INFINITIVES_SV,
  NON_TASK_VERBS_EN,
  NON_TASK_VERBS_SV,
  PRONOUN_OBJECTS,
  SUBORDINATORS,
  WITHDRAWAL,
  WORDING_NOTE,
  words,
} from "./lexicon";
import { perSentence, perSentenceAnd } from "./memo";
import { isQuestion, type Sentence } from "./sentences";
import { untagged } from "./tag-questions";

export { detectRequest, type Request } from "./requests";

/** The speaker commits to a task ("jag ringer henne imorgon", "I'll draft it", "det kan jag ta"). */
export interface Commitment {
  /** The verb carries no content ("jag tar det", "I can do it"): the task is in the context. */
  generic: boolean;
  /** "jag kan ta fram…", "I can draft…": an offer of capacity that a firmer "jag tar fram…" may supersede. */
  soft?: boolean;
  /** "Du får den senast fredag": the deadline of a task the speaker has taken, in the asker's terms. */
  delivery?: boolean;
  /** "I need to get it in writing": a need the speaker states; a task once the room takes it up. */
  uptake?: boolean;
}

const SV_MODALS = new Set(["kan", "ska", "skall", "tänker", "får"]);
const SV_ADVERBS = new Set([
  "bara", "också", "själv", "gärna", "nog", "då", "ju", "väl", "även", "direkt", "sen", "sedan", "så", "absolut",
  "faktiskt", "dessutom", "helt", "redan", "snabbt", "självklart", "alltså", "nu", "också", "med", "ändå", "fortfarande",
]);
const NEGATION = words("inte|aldrig|ej|icke|not|never|n't|no longer");

const tokenize = (lower: string) => lower.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);

function skipAdverbs(tokens: string[], from: number): number {
  let i = from;
  while (i < tokens.length && SV_ADVERBS.has(tokens[i] ?? "")) i++;
  return i;
}

/** Swedish: "jag <verb>" (present tense or modal + infinitive), or inverted "<x> <verb> jag <inf>". */
function swedishCommitment(tokens: string[]): Commitment | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] !== "jag") continue;
    const before = tokens[i - 1];
    if (before !== undefined && SUBORDINATORS.has(before)) continue;
    // Inverted word order: "Det kan jag samla in", "Det fixar jag", "Frågorna kan jag ha klara".
    // V2 order needs a fronted phrase before the verb ("Det kan jag", not "Tyvärr, jag …").
    if (before !== undefined && i >= 2 && (SV_MODALS.has(before) || isPresentTaskVerb(before))) {
      if (SV_MODALS.has(before)) {
        const j = skipAdverbs(tokens, i + 1);
        const inf = tokens[j];
        if (inf === undefined) return { generic: true };
        if (NON_TASK_INFINITIVES_SV.has(inf) || !isInfinitive(inf)) continue;
        return { generic: isGenericInf(inf, tokens.slice(j + 1)), soft: before === "kan" };
      }
      return { generic: isGenericInf(before, tokens.slice(i + 1)) };
    }
    // "Den har jag klar onsdag": the fronted object is the result promised by a time.
    if (before === "har" && i >= 2 && hasReadyResult(tokens.slice(i + 1), 0)) return { generic: false };
    if (before === "kör" && i >= 2 && runsSomething(tokens.slice(i + 1))) return { generic: false };
    // "…behöver jag bilder": V2 order put the finite verb before "jag", so what follows is no verb.
    if (before !== undefined && i >= 2 && NON_TASK_VERBS_SV.has(before)) continue;
    const j = skipAdverbs(tokens, i + 1);
    const verb = tokens[j];
    if (verb === undefined) continue;
    if (verb === "kommer" && tokens[j + 1] === "att") {
      const inf = tokens[skipAdverbs(tokens, j + 2)];
      if (inf && !NON_TASK_INFINITIVES_SV.has(inf) && isInfinitive(inf)) return { generic: isGenericInf(inf, tokens.slice(j + 3)) };
      continue;
    }
    if (SV_MODALS.has(verb)) {
      const k = skipAdverbs(tokens, j + 1);
      const inf = tokens[k];
      if (inf === undefined || NON_TASK_INFINITIVES_SV.has(inf) || NON_TASK_VERBS_SV.has(inf) || !isInfinitive(inf)) continue;
      // "jag kan ha utkastet klart" is a commitment; "jag kan ha fel" is not.
      if (inf === "ha" && !/klar|färdig|redo|utkast/.test(tokens.slice(k + 1).join(" "))) continue;
      return { generic: isGenericInf(inf, tokens.slice(k + 1)), soft: verb === "kan" };
    }
    const rest = tokens.slice(j + 1);
    // Fixed phrases whose verb alone reads as perception or state: "jag hör av mig", "jag hör med X".
    if (verb === "hör" && /^(?:av mig|med|efter)(?: |$)/.test(rest.join(" "))) return { generic: false };
    // "jag har utkastet klart till torsdag": a promised result with a deadline.
    if (verb === "har" && hasReadyResult(rest)) return { generic: false };
    if (verb === "kör" && runsSomething(rest)) return { generic: false };
    // "jag räknar på det" calculates; "jag räknar med att…" only expects.
    if (verb === "räknar" && rest[0] === "med") continue;
    if (isPresentTaskVerb(verb)) {
      // "jag tar det kort" opens a report; "jag tar tillbaka det" withdraws.
      if (verb === "tar" && /^(?:det )?(?:kort|snabbt|lugnt|tillbaka)/.test(rest.join(" "))) continue;
      if (verb === "ser" && rest[0] !== "över" && rest[0] !== "till") continue;
      // "Du kör, jag tittar.": watching someone else do it, not a task of one's own.
      if (WATCHING.has(verb) && rest.length === 0) continue;
      return { generic: isGenericInf(verb, rest) };
    }
    // "jag sitter på plats på onsdag och tar live-tråden": the state verb is the setting, the
    // coordinated present-tense verb is the task.
    const coordinated = PRESENCE_VERBS.has(verb) ? coordinatedTaskVerb(rest) : null;
    if (coordinated) return coordinated;
  }
  return null;
}

// A result promised ready, with a time: "har utkastet klart till torsdag", "har det färdigt imorgon".
function hasReadyResult(rest: string[], minIndex = 1): boolean {
  const k = rest.findIndex((t) => /^(?:klar|klart|klara|färdig|färdigt|färdiga|redo)$/.test(t));
  // A time must follow: "jag har rapporten klar, den ligger i mappen" reports something done.
  const after = rest.slice(k + 1).join(" ");
  return (
    k >= minIndex &&
    k <= 4 &&
    /^(?:till|senast|innan|före|imorgon|i ?morgon|idag|i ?dag|ikväll|i ?kväll|i eftermiddag|v|vecka|nästa vecka|(?:på )?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag))(?![\p{L}])/u.test(after)
  );
}

// "kör" drives or agrees ("vi kör på det"); with a definite object ("kör releasen") it runs a task.
const runsSomething = (rest: string[]) => /^\p{L}{3,}(?:en|et|na)$/u.test(rest[0] ?? "") && !["sen", "igen", "hem", "ihop"].includes(rest[0] ?? "");
const WATCHING = new Set(["tittar", "lyssnar", "följer"]);

// Being somewhere is the setting for a task that follows: "jag är där och tar emot dem".
const PRESENCE_VERBS = new Set(["sitter", "är", "står", "finns", "blir", "jobbar", "stannar", "kommer", "åker"]);

function coordinatedTaskVerb(rest: string[]): Commitment | null {
  for (let k = 0; k < rest.length - 1 && k < 12; k++) {
    const t = rest[k] ?? "";
    // A new clause or subject ends the scope of "jag".
    if (SUBORDINATORS.has(t) || t === "men" || t === "eller" || t === "jag" || t === "vi" || t === "du") return null;
    if (t !== "och") continue;
    const verb = rest[k + 1] ?? "";
    if (isPresentTaskVerb(verb) && !NEGATION.test(rest.slice(k + 1, k + 4).join(" "))) return { generic: isGenericInf(verb, rest.slice(k + 2)) };
    return null;
  }
  return null;
}

// Swedish infinitives end in -a, apart from a few short verbs; "jag får bara totalen" has none.
const SHORT_INFINITIVES = new Set(["gå", "se", "ha", "stå", "få", "bo", "tro", "nå", "dö", "slå", "be", "dra", "ge", "sy", "så"]);
const isInfinitive = (word: string) => /a$/.test(word) || SHORT_INFINITIVES.has(word);

// Adverbs and conjunctions that end in -r like present-tense verbs do.
const R_WORDS = new Set(["tyvärr", "där", "här", "när", "efter", "eller", "över", "under", "mer", "därför", "varför", "kvar", "klar", "ungefär", "hur", "var", "för", "år", "nyår", "bättre", "sämre", "större", "mindre", "senare", "tidigare"]);

function isPresentTaskVerb(word: string): boolean {
  return (/r$/.test(word) && word.length >= 3 && !NON_TASK_VERBS_SV.has(word) && !R_WORDS.has(word)) || word === "ser";
}

function isGenericInf(verb: string, rest: string[]): boolean {
  // "det ser jag till" sees to whatever "det" is; "jag ser till att besiktningen blir klar" names it.
  if ((verb === "ser" || verb === "se") && rest[0] === "till") return rest[1] !== "att";
  if (!GENERIC_TASK_VERBS.has(verb)) return false;
  const object = rest.find((t) => !SV_ADVERBS.has(t));
  // "jag tar det", "det gör jag ikväll", "jag fixar det till fredag": no object of its own.
  return object === undefined || PRONOUN_OBJECTS.has(object) || /^(?:till|på|i|by|on|ikväll|idag|imorgon)$/.test(object);
}

// "I need to run a second round of tests": the speaker names a task of their own. Non-task verbs
// ("I need to leave", "I need to say") are filtered below like after "I'll".
const EN_LEAD =
  /(?:^|[^\p{L}])(?:i'll|i will|i shall|i'm going to|i am going to|i can|let me|i'll just|i'd be happy to|i'm happy to|i'll also|i need to)\s+((?:(?:also|just|then|quickly|definitely|certainly|need to|have to|make sure to|go ahead and|try to|get to)\s+)*)([a-z]+)/gu;

// Promising delivery to the person who asked: "Du får den senast den 3 december", "Då har du ett
// utkast till fredag", "You'll have it before Christmas". The speaker commits; a time is required,
// since "du får den" without one only hands something over.
const DELIVERY_PROMISE = new RegExp(
  "(?:^|[^\\p{L}])(?:(?:(?:då |så )?(?:har|får) (?:du|ni)|(?:du|ni) (?:har|får)) (?:(?:det|den|dem|dom|ett|en|mitt|min|mina|alla|hela) )?(?:[\\p{L}-]+ )?|you(?:'ll| will) (?:have|get) (?:it|them|that|this|the|my|a|an)(?: [\\p{L}-]+)?(?: [\\p{L}-]+)? )" +
    "(?:senast|till|innan|före|inför|på|i ?morgon|imorgon|i ?dag|ikväll|nästa|by|before|on|tomorrow|today|tonight|next|in week|end of)(?![\\p{L}])",
  "u",
);

function deliveryPromise(lower: string): Commitment | null {
  // Generic: it names no task of its own, but it says by when, so it can stand for the task taken.
  return DELIVERY_PROMISE.test(lower) ? { generic: true, delivery: true } : null;
}

function englishCommitment(lower: string): Commitment | null {
  if (/(?:^|[^\p{L}])(?:that's on me|that one's on me|i'm on it|leave it (?:with|to) me|i've got (?:it|this))(?![\p{L}])/u.test(lower)) {
    return { generic: true };
  }
  EN_LEAD.lastIndex = 0;
  for (let m = EN_LEAD.exec(lower); m; m = EN_LEAD.exec(lower)) {
    const verb = m[2] ?? "";
    const after = lower.slice(m.index + m[0].length).trim();
    // "…so I can fix it before Friday" states a purpose, not a commitment.
    const previousWord = lower.slice(0, m.index + 1).split(/[^\p{L}']+/u).filter(Boolean).at(-1);
    if (previousWord && (SUBORDINATORS.has(previousWord) || previousWord === "so")) continue;
    // "I'll have a draft by Friday", "I'll have the chain pushed to the laptops": a result, unlike "I'll have lunch".
    const causative = /^(?:(?:the|a|an|my|our|all|those|these|it|them)\s+)?(?:[\p{L}-]+\s+){0,3}\p{L}+ed(?![\p{L}])/u.test(after);
    if (verb === "have" && !causative && !/(?:draft|version|ready|done|finished|by |before |tomorrow|today|monday|tuesday|wednesday|thursday|friday|next week)/.test(after)) continue;
    // "I'll go through the logs", "I'll go over the numbers": a phrasal task verb, unlike "I'll go".
    if (verb === "go" && !/^(?:through|over|and)(?![\p{L}])/u.test(after)) continue;
    if (NON_TASK_VERBS_EN.has(verb) && verb !== "go") continue;
    const object = after.split(/[^\p{L}']+/u).find(Boolean);
    return { generic: GENERIC_TASK_VERBS.has(verb) && (object === undefined || PRONOUN_OBJECTS.has(object)), soft: /\bi can\b/.test(m[0]), ...(/\bi need to\b/.test(m[0]) ? { uptake: true } : {}) };
  }
  return null;
}

/**
 * Drops discourse markers, but keeps a fronted "då"/"sen"/"så": it fills the first position of a
 * V2 clause, so "Då tar jag fram…" stays an inverted commitment rather than a bare "tar jag fram…".
 */
function stripFiller(lower: string): string {
  const lead = LEADING_FILLER.exec(lower)?.[0] ?? "";
  const fronted = /(?:^|[\s,.:!…])(då|sen|sedan|så)[\s,]+$/u.exec(lead)?.[1];
  const body = lower.slice(lead.length);
  return fronted && /^\p{L}+r\s+jag(?![\p{L}])/u.test(body) ? `${fronted} ${body}` : body;
}

// Compiled once: these run on every sentence of the meeting.
const PROVISO = words("if nothing(?: else)?|if all goes|if everything goes|om inget(?: annat)?|om allt går");
const PARTLY_DONE = words("klar till hälften|halvklar|halvvägs|half done|halfway (?:done|there|through)");
const TENTATIVE = words("could|would|might|skulle|kanske|borde|should");

/** A first-person commitment in a statement; null for questions, negations, conditions, hedges. */
export const detectCommitment = perSentence(readCommitment);

function readCommitment(sentence: Sentence): Commitment | null {
  const lower = sentence.lower;
  if (isQuestion(sentence) || WITHDRAWAL.test(lower) || CONDITIONAL_OFFER.test(lower) || MEETING_META.test(lower) || WORDING_NOTE.test(lower)) return null;
  // "If nothing else catches fire, I can have it by week 50": a proviso, not a condition on the offer.
  if (/^(?:om|if)\s/.test(stripFiller(lower)) && !PROVISO.test(lower)) return null;
  // "Jag har researchen klar till hälften": progress so far, not a promise.
  if (PARTLY_DONE.test(lower)) return null;
  // A hedge on one item of a list ("med annons och kanske film") leaves the commitment itself firm.
  // So does a hedge in a clause about someone else ("jag ringer dem i eftermiddag, de skulle ha mer då").
  const ownClauses = lower
    .split(/,\s+/u)
    .filter((c) => !/^(?:de|dom|han|hon|they|he|she)\s/u.test(c) || /(?<![\p{L}])(?:jag|i)(?![\p{L}'])/u.test(c))
    .join(", ");
  const unlisted = ownClauses.replace(/(?:,|och|eller|and|or) (?:kanske|maybe|perhaps|possibly|eventuellt)(?![\p{L}])/gu, " ");
  if (TENTATIVE.test(unlisted)) return null;
  // Clause by clause: "Nej, inte i december, jag har…" has no V2 inversion "december jag".
  const clauses = stripFiller(lower).split(/[,;:]\s+/u);
  const found =
    clauses.reduce<Commitment | null>((hit, c) => hit ?? swedishCommitment(tokenize(c)), null) ?? englishCommitment(lower) ?? deliveryPromise(stripFiller(lower));
  if (!found) return null;
  // A negated commitment ("jag hinner inte", "I can't") commits to nothing.
  if (NEGATION.test(lower) && /(?<![\p{L}])(?:jag|i)(?:'ll| will| can|\s+\p{L}+)?\s+(?:inte|not|never|aldrig)(?![\p{L}])|can't|won't|cannot/u.test(lower)) return null;
  // "Inte jag heller.", "Not me either.": declining, with the negation in front.
  if (/^(?:inte|not) (?:jag|i|me)(?![\p{L}])/u.test(stripFiller(lower))) return null;
  return found;
}

// Compiled once: these run on every sentence of the meeting.
const OFFER_QUESTION = words("ska jag|skall jag|shall i|should i|do you want me to|want me to|vill du att jag|vill ni att jag");
const ATTENDING = words("är med|vara med|be there|join|börja|start");

/** "Skickar jag ut det?", "Ska jag boka?", "Shall I send it?", "Want me to draft it?" */
export const detectOffer = perSentence(readOffer);

function readOffer(sentence: Sentence): boolean {
  if (!isQuestion(sentence)) return false;
  const lower = sentence.lower;
  if (OFFER_QUESTION.test(lower)) {
    return !ATTENDING.test(lower);
  }
  const tokens = tokenize(lower);
  const i = tokens.indexOf("jag");
  const verb = i > 0 ? tokens[i - 1] : undefined;
  return verb !== undefined && isPresentTaskVerb(verb) && !GENERIC_TASK_VERBS.has(verb) && tokens[i - 2] !== undefined;
}

/** "Okej, då tar Johanna brandväggsreglerna", "Oskar takes the risk register", "So Linnea publishes". */
export const detectAssignment = perSentenceAnd(readAssignment);

function readAssignment(sentence: Sentence, people: People): string | null {
  if (isQuestion(sentence) || HEDGE.test(sentence.lower)) return null;
  const text = sentence.text.replace(/^(?:(?:okej|okay|ok|bra|good|så|so|då|then|and|och)[\s,.:]+)+/iu, "");
  const m = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)\s+(\p{L}+)/u.exec(text);
  const verbFirst = /^(tar|gör|fixar|ansvarar|sköter|får)\s+(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.toLowerCase() === text ? "" : text);
  if (verbFirst?.[2]) {
    const person = people.resolve(verbFirst[2]);
    if (person) return person;
  }
  if (!m?.[1] || !m[2]) return null;
  const person = people.resolve(m[1]) ?? people.resolve(m[1].split(/\s+/)[0] ?? "");
  if (!person) return null;
  const verb = m[2].toLowerCase();
  // "Jakob asks how…", "Oscar says…": reporting what someone said (often interpreting it), not a task.
  if (/^(?:is|are|was|has|had|är|var|har|hade|och|and|sa|said|says|säger|tycker|thinks|vet|knows|asks|asked|frågar|frågade|undrar|wonders|menar|means|wants|vill|explains|förklarar|mentions|nämner|points)$/.test(verb)) return null;
  return /(?:s|r|will|'ll)$/.test(verb) ? person : null;
}

// Compiled once: these run on every sentence of the meeting.
const SOMEONE_MUST = words("(?:någon|someone|somebody) (?:måste|behöver|needs to|has to|must)");
const MUST_PASSIVE = words("(?:måste|behöver) (?:(?!(?:vi|jag|du|ni|man|han|hon|de|dom|det|inte)(?![\\p{L}]))[\\p{L}-]+ ){0,2}(?:\\p{L}+as|\\p{L}+ras|göras|tas|fixas|lösas|ses över)");
const WE_NEED_SV = words("vi behöver (?:en|ett|ha en|ha ett|göra en|ta fram|skriva)");
const MUST_BE_DONE_SV = words("(?:måste|behöver) (?:vara|bli) (?:\\p{L}+(?:ad|ld|nd|rd|dd)|gjord|gjort)");
const MUST_BE_DONE_EN = words("(?:needs|has|have) to be (?:done|updated|fixed|written|sent|changed|checked|reviewed|\\w+ed)|we need (?:a|an) \\w+|must be (?:done|updated|fixed)");

/** "Det måste göras", "de måste uppdateras", "vi behöver en faktaruta", "that has to be updated". */
export const detectObligation = perSentence(readObligation);

function readObligation(tagged: Sentence): boolean {
  // "Det måste göras, är vi överens om det?" states the obligation and asks the room to confirm it.
  const sentence = untagged(tagged);
  const lower = sentence.lower;
  if (isQuestion(sentence) || HEDGE.test(lower)) return false;
  if (SOMEONE_MUST.test(lower)) return true;
  // V2 puts the subject after the modal: "Sen måste faktarutan uppdateras" (but not "måste vi …").
  if (MUST_PASSIVE.test(lower)) return true;
  if (WE_NEED_SV.test(lower)) return true;
  // "Den måste vara beställd innan jul": a state that someone has to bring about.
  if (MUST_BE_DONE_SV.test(lower)) return true;
  return MUST_BE_DONE_EN.test(lower);
}
