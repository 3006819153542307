import type { People } from "./dialogue";
import { summarize } from "./evidence";
import { LEADING_FILLER } from "./lexicon";
import { splitSentences } from "./sentences";

/**
 * Task titles as a person writes them in the minutes: "Jag skickar protokollet till Lena senast
 * fredag." → "Skicka protokollet till Lena", "I'll write the rollback plan." → "Write the rollback
 * plan". Deterministic: first person and requests become the infinitive or imperative, fillers,
 * hedges and the deadline (which the item carries in `due`) are dropped.
 */

// Present tense → infinitive for the verbs whose form is not regular (-ar → -a, -er → -a, -ör → -öra).
const SV_IRREGULAR: Record<string, string> = {
  tar: "ta", ser: "se", ber: "be", går: "gå", får: "få", har: "ha", står: "stå", gör: "göra", hör: "höra", kör: "köra",
  ger: "ge", begär: "begära", lär: "lära", drar: "dra", slår: "slå", är: "vara", vet: "veta", sätter: "sätta", lägger: "lägga", säger: "säga",
};
const SV_NON_TASK = new Set(["kan", "ska", "skall", "tänker", "vill", "måste", "behöver", "får", "hinner", "brukar", "tror", "tycker", "menar"]);

function svInfinitive(verb: string): string {
  const irregular = SV_IRREGULAR[verb];
  if (irregular) return irregular;
  if (/ar$/.test(verb)) return verb.slice(0, -1);
  if (/[^e]er$/.test(verb) && verb.length > 3) return `${verb.slice(0, -2)}a`;
  if (/ör$/.test(verb)) return `${verb}a`;
  return verb;
}

// Deadlines and times: the item's `due` carries them, a title does not.
const TIME =
  /\s*,?\s*(?:(?:senast|till|på|innan|före|inför|under|by|on|before|until|no later than|in|within)\s+)?(?:(?:den|the|end of|nästa|next|this|i|på)\s+)*(?:idag|i dag|ikväll|i kväll|imorgon|i morgon|i eftermiddag|direkt efter mötet|efter mötet|today|tonight|tomorrow|end of (?:the )?(?:day|week)|right after (?:this|the) meeting|after the meeting|(?:nästa|next) (?:vecka|week)|(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:nästa vecka|next week|morgon|förmiddag|eftermiddag|morning|afternoon))?|(?:v\.|vecka|week)\s*\d+|(?:vecka|week) \p{L}+|\d{1,2}(?:e|:e|st|nd|rd|th)?(?: (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|june|july|august|october))?|(?:(?:den|the)\s+)?(?:\p{L}+nde|\p{L}*(?:femte|sjätte|elfte|tolfte)|första|andra|tredje|\p{L}*(?:first|second|third)|\p{L}+th)\s+(?:of\s+)?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|june|july|august|october)|(?:den|the)\s+(?:\p{L}+nde|\p{L}*(?:femte|sjätte|elfte|tolfte)|\p{L}*(?:first|second|third)|\p{L}+th)|jul|christmas)(?![\p{L}\d])/giu;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// What follows the task in the same breath: a reason, a condition, the room's agreement.
const TAIL = /(?:,\s*(?:så|so|det är|det|we all|we|vi|because|eftersom|if|om|när|when|then|då)\s.*|\s+(?:så att|so that|när jag|when i|if you can|om du kan|eftersom|because|innan den|before it)\s.*)$/iu;

function clean(s: string): string {
  return s
    .replace(TAIL, "")
    .replace(TIME, "")
    .replace(/\s*,?\s*(?<![\p{L}])(?:då|också|ändå|then|as well|too|alltså|ju|väl|nog|gärna|right away|direkt|senast|till|by|this afternoon|this morning|if you can|om du kan)(?=[\s,.!?]*$)/iu, "")
    .replace(/\s*,?\s*(?<![\p{L}])(?:senast|till|by|på|on)(?=[\s,.!?]*$)/iu, "")
    .replace(/[\s,.!?…:;]+$/u, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** First person, requests and assignments → the task in the infinitive (sv) or imperative (en). */
function toTask(sentence: string, speaker: string | null, owner: string | null, people: People): string | null {
  let s = sentence.replace(LEADING_FILLER, "").replace(/^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?,\s*/u, "").trim();
  const speakerFirst = speaker?.split(/\s+/)[0];
  // A request names its asker as "mig"/"me": in the minutes that is the asker's name.
  if (speakerFirst && owner !== speaker) s = s.replace(/(?<![\p{L}])(?:mig|me)(?![\p{L}])/gu, speakerFirst);
  const lower = s.toLowerCase();
  let m =
    /^(?:i'll|i will|i can|i could|i'm going to|i am going to|i'd|i would|i shall|i'll also|i also|we'll|we will)\s+(?:also\s+|just\s+|then\s+)?(?:go ahead and\s+)?(.+)$/iu.exec(s) ??
    /^(?:(?:can|could|would|will) you(?: please)?|please)\s+(.+)$/iu.exec(s);
  if (m?.[1]) return m[1].replace(/^(?:send|give|get|forward|email|mail) you /iu, (x) => `${x.split(" ")[0]} `);
  // English first person present: "I draft it", "I take the minutes".
  m = /^i\s+(\p{L}+)\s+(.+)$/iu.exec(s);
  if (m?.[1] && m[2] && !/^(?:think|guess|mean|believe|have|am|was|don't|do|can't|won't|need|want|hope)$/iu.test(m[1])) return `${m[1]} ${m[2]}`;
  // "Jag kan ta fram…", "jag ska också ringa…": the infinitive after the modal.
  m = /^(?:jag|vi)\s+(?:kan|ska|skall|tänker|får|hinner|behöver|måste)\s+(?:också\s+|nog\s+|gärna\s+|bara\s+|själv\s+|då\s+)*(?:att\s+)?(.+)$/iu.exec(lower);
  if (m?.[1]) return s.slice(s.length - m[1].length);
  // "Jag skickar X", "jag ringer henne": present → infinitive.
  m = /^(?:jag|vi|du|ni)\s+(?:också\s+|då\s+|bara\s+)*(\p{L}+)(\s.+)?$/iu.exec(s);
  if (m?.[1] && !SV_NON_TASK.has(m[1].toLowerCase()) && /(?:ar|er|ör|år|är)$/iu.test(m[1]))
    return `${svInfinitive(m[1].toLowerCase())}${(m[2] ?? "").replace(/ och (\p{L}+(?:ar|er))(?![\p{L}])/u, (_, v: string) => ` och ${svInfinitive(v)}`)}`;
  // "Kan du skicka X?", "Skulle du kunna ringa Y?"
  m = /^(?:och\s+)?(?:kan|kunde|skulle|vill|hinner) (?:du|ni)(?: (?:också|kunna|bara|även))*\s+(.+)$/iu.exec(s);
  if (m?.[1]) return m[1];
  // "Det tar jag", "Då skickar jag X", "Den skriver jag": a verb-second clause with the speaker after the verb.
  m = /^(?:\p{L}+\s+)?(\p{L}+)\s+(?:jag|du)\s+(?:också\s+|då\s+)*(.*)$/iu.exec(s);
  if (m?.[1] && /(?:ar|er|ör|år)$/iu.test(m[1]) && !SV_NON_TASK.has(m[1].toLowerCase())) {
    const rest = m[2]?.trim() ?? "";
    return rest ? `${svInfinitive(m[1].toLowerCase())} ${rest}` : null;
  }
  // "Då behöver jag skriva ett direktiv", "Då ska jag kolla det": verb second with a modal.
  m = /^(?:\p{L}+\s+)?(?:behöver|ska|kan|måste|tänker)\s+jag\s+(?:också\s+|nog\s+)*(.+)$/iu.exec(s);
  if (m?.[1]) return m[1];
  // "Den texten måste uppdateras", "A risk assessment has to be done": the agreed task in the passive.
  m = /^(.+?)\s+(?:måste|behöver|ska)\s+(?:också\s+)?(\p{L}+)s(?![\p{L}])/iu.exec(s);
  if (m?.[1] && m[2] && tokensOf(m[1]) <= 6) return `${m[2] === "gör" ? "göra" : m[2]} ${m[1].toLowerCase()}`;
  m = /^(.+?)\s+(?:has to|needs to|must|should) be\s+(\p{L}+ed|done|sent|written|set up)(?![\p{L}])/iu.exec(s);
  if (m?.[1] && m[2] && tokensOf(m[1]) <= 6) return `${participleToVerb(m[2])} ${m[1].replace(/^(?:the|this|that)\s+/iu, (x) => x.toLowerCase())}`;
  void people;
  return null;
}

const tokensOf = (s: string) => s.split(/\s+/).filter(Boolean).length;

function participleToVerb(p: string): string {
  const irregular: Record<string, string> = { done: "do", sent: "send", written: "write", "set up": "set up" };
  if (irregular[p.toLowerCase()]) return irregular[p.toLowerCase()] as string;
  return /(?:at|iz|is|ar|or|us|v|c|g)ed$/iu.test(p) ? p.slice(0, -1) : p.slice(0, -2);
}

/** The sentence, then each clause that starts with the speaker ("…, så jag lägger in den"). */
function clauses(sentence: string): string[] {
  const out = [sentence];
  const re = /(?:,\s*|\s(?:så|och|and|so|then|då)\s+)(?=(?:jag|i'll|i will|i can|vi|we'll)\s)/giu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push(sentence.slice(m.index + m[0].length));
  return out;
}

// A commitment with no content of its own: the task is named in the request before it.
const GENERIC = /^(?:ta|göra|fixa|do|take|handle|sort|göra det|ta det|fixa det|do it|do that|take it|take that|ha den klar|ha det klart)(?:\s+(?:det|den|detta|dem|it|that|this|them|one|that one))?$/iu;

export function actionTitle(quote: string, speaker: string | null, owner: string | null, people: People, context?: string): string {
  const sentences = splitSentences(quote, 0).map((s) => s.text);
  // "Jag tar det, jag skickar protokollet": when the first clause only takes the task, the clause
  // after it names it, so it is tried first.
  const ordered = (sentence: string): string[] => {
    const [whole, ...rest] = clauses(sentence);
    if (!rest.length || !whole) return [sentence];
    const head = whole.slice(0, whole.length - rest[0]!.length).replace(/[\s,]*(?:så|och|and|so|then|då)?[\s,]*$/iu, "");
    const headTask = toTask(head, speaker, owner, people);
    return headTask && GENERIC.test(clean(headTask)) ? [...rest, whole] : [whole, ...rest];
  };
  const sources = [...sentences, ...(context ? splitSentences(context, 0).map((s) => s.text) : [])].flatMap(ordered);
  for (const source of sources) {
    const task = toTask(source, speaker, owner, people);
    if (!task) continue;
    const title = clean(task);
    if (title.split(/\s+/).length >= 1 && !GENERIC.test(title)) return capitalise(title.split(/\s+/).slice(0, 14).join(" "));
  }
  return capitalise(clean(summarize(sentences[0] ?? quote)));
}

/** A decision as a statement: the ruling without the marker that announced it. */
export function decisionStatement(quote: string): string {
  const unmarked = quote.replace(/^(?:(?:då|så|okej|okay|ja|bra|good|then|so)[\s,]+)*(?:kör vi på|går vi på|landar vi i att|blir det|we go with|we're going with|let's go with|we'll go with)\s+/iu, "");
  return capitalise(summarize(unmarked.length >= 3 ? unmarked : quote).replace(/[\s.!]+$/u, ""));
}
