import {
  addDays,
  dateAhead,
  formatIsoDate,
  fridayOfWeekAhead,
  nextWeekday,
  parseIsoDate,
  weekdayOfNextWeek,
  weekdayOfThisWeek,
} from "./calendar";

/**
 * Due-date expressions in Swedish and English. A sentence can hold a concrete date, a vague time
 * ("efter nyår", "snart": explicitly no date), or a deadline tied to an event ("innan
 * pilotstarten"), which only has a date when the meeting states one for that event.
 */
export type DueExpression =
  | { kind: "date"; date: string; index: number; text: string }
  | { kind: "vague"; index: number; text: string }
  | { kind: "event"; event: string; index: number; text: string };

/** The event key of "till dess", "by then": the date last mentioned before the item. */
export const THEN_EVENT = "@then";
/** The event key of "innan den går dit", "before that": the date the speaker gave just before. */
export const SPEAKER_EVENT = "@speaker";

/** Dates that the meeting states for named events ("nästa chefsforum är den 10 december"). */
export type EventDates = ReadonlyMap<string, string>;

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1, februari: 2, february: 2, feb: 2, mars: 3, march: 3, mar: 3, april: 4, apr: 4,
  maj: 5, may: 5, juni: 6, june: 6, jun: 6, juli: 7, july: 7, jul: 7, augusti: 8, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, oktober: 10, october: 10, okt: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH = "(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)";
const WEEKDAYS: Record<string, number> = {
  måndag: 1, tisdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lördag: 6, söndag: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};
const WEEKDAY = "(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:en)?";
const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY}$`, "iu");
const ORDINALS: Record<string, number> = {};
[
  ["första", "first"], ["andra", "second"], ["tredje", "third"], ["fjärde", "fourth"], ["femte", "fifth"],
  ["sjätte", "sixth"], ["sjunde", "seventh"], ["åttonde", "eighth"], ["nionde", "ninth"], ["tionde", "tenth"],
  ["elfte", "eleventh"], ["tolfte", "twelfth"], ["trettonde", "thirteenth"], ["fjortonde", "fourteenth"],
  ["femtonde", "fifteenth"], ["sextonde", "sixteenth"], ["sjuttonde", "seventeenth"], ["artonde", "eighteenth"],
  ["nittonde", "nineteenth"], ["tjugonde", "twentieth"],
].forEach(([sv, en], i) => {
  ORDINALS[sv as string] = i + 1;
  ORDINALS[en as string] = i + 1;
});
["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde"].forEach((w, i) => {
  ORDINALS[`tjugo${w}`] = 21 + i;
});
["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"].forEach((w, i) => {
  ORDINALS[`twenty-${w}`] = 21 + i;
  ORDINALS[`twenty ${w}`] = 21 + i;
});
Object.assign(ORDINALS, { trettionde: 30, thirtieth: 30, trettioförsta: 31, "thirty-first": 31, "thirty first": 31 });
const ORDINAL = `(${Object.keys(ORDINALS).sort((a, b) => b.length - a.length).join("|")})`;
const NUMBER_WORDS: Record<string, number> = { en: 1, ett: 1, a: 1, one: 1, två: 2, two: 2, tre: 3, three: 3, fyra: 4, four: 4 };
const dayNumber = (s: string) => ORDINALS[s] ?? Number.parseInt(s, 10);

interface Rule {
  re: RegExp;
  resolve: (m: RegExpExecArray, meeting: Date) => Date | "vague" | { event: string; word?: string } | null;
}

const b = (source: string) => new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, "gu");

// Order matters only for equal-length overlaps; longer matches win (see findDueExpressions).
const RULES: Rule[] = [
  // Explicit non-deadlines: negated ("inte före jul", "inte förrän efter nyår") and vague times.
  { re: b("(?:inte|not) (?:före|förrän|innan|before|until)(?: [\\p{L}\\d-]+){1,3}"), resolve: () => "vague" },
  {
    re: b(`efter (?:nyår|jul|julen|påsk|sommaren|semestern|årsskiftet|helgerna)|after (?:the )?(?:new year|christmas|the holidays|holidays|summer)|i (?:början|mitten|slutet) av ${MONTH}|(?:i|in|under|during) ${MONTH}|i (?:vår|höst|sommar|vinter)|(?:mid|mitten av)[- ]?${MONTH}|nästa år|next year|snart|så snart som möjligt|längre fram|framöver|någon gång|vid tillfälle|soon|asap|as soon as possible|at some point|later on|eventually|sometime|some time`),
    resolve: () => "vague",
  },
  { re: b("i övermorgon|the day after tomorrow"), resolve: (_m, d) => addDays(d, 2) },
  { re: b("i ?morgon|imorn|i morrn|tomorrow"), resolve: (_m, d) => addDays(d, 1) },
  {
    re: b("i ?dag|i ?kväll|i eftermiddag|i förmiddag|(?:direkt |strax |precis )?efter mötet|före lunch|innan lunch|till lunch|inom (?:en|ett par|några) timm(?:e|ar)|under dagen|today|tonight|this (?:afternoon|morning|evening)|(?:by )?(?:the )?end of (?:the )?day|eod|(?:right )?after (?:the|this) meeting|within (?:the|an) hour"),
    resolve: (_m, d) => d,
  },
  {
    re: b(`${WEEKDAY} (?:nästa vecka|next week)|(?:nästa vecka|next week) (?:på|on) ${WEEKDAY}`),
    resolve: (m, d) => weekdayOfNextWeek(d, WEEKDAYS[m[1] ?? m[2] ?? ""] ?? 5),
  },
  {
    re: b("(?:(?:i |by |by the |at the )?(?:slutet av|end of) )?(?:nästa vecka|next week)|veckan efter|the week after"),
    resolve: (_m, d) => weekdayOfNextWeek(d, 5),
  },
  {
    re: b("(?:i slutet av |by the end of |by end of |end of )?(?:veckan|den här veckan|denna vecka|this week|the week)"),
    resolve: (_m, d) => {
      const friday = weekdayOfThisWeek(d, 5);
      return friday.getTime() >= d.getTime() ? friday : d;
    },
  },
  {
    re: b("(?:om|inom|in|within) (en|ett|två|tre|fyra|a|one|two|three|four|\\d{1,2}) (dag|dagar|vecka|veckor|day|days|week|weeks)"),
    resolve: (m, d) => {
      const n = NUMBER_WORDS[m[1] ?? ""] ?? Number(m[1]);
      return addDays(d, /^(dag|day)/.test(m[2] ?? "") ? n : n * 7);
    },
  },
  { re: b("(?:v\\.|v|vecka|veckan|week|wk\\.?) ?(\\d{1,2})"), resolve: (m, d) => fridayOfWeekAhead(d, Number(m[1])) },
  { re: b("(\\d{4})-(\\d{2})-(\\d{2})"), resolve: (m) => parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`) },
  { re: b("(\\d{1,2})/(\\d{1,2})"), resolve: (m, d) => dateAhead(d, Number(m[2]), Number(m[1])) },
  {
    re: b(`(?:den |the )?(\\d{1,2}|${ORDINAL.slice(1, -1)})(?::e|:a|e|a|st|nd|rd|th)?(?: of)? ${MONTH}(?: (\\d{4}))?`),
    resolve: (m, d) => dateAhead(d, MONTHS[m[2] ?? ""] ?? 0, dayNumber(m[1] ?? ""), m[3] ? Number(m[3]) : undefined),
  },
  {
    re: b(`${MONTH} (?:the )?(\\d{1,2}|${ORDINAL.slice(1, -1)})(?:st|nd|rd|th)?(?:,? (\\d{4}))?`),
    resolve: (m, d) =>
      // "we may first…" is not the first of May.
      m[1] === "may" && !/\d/.test(m[2] ?? "")
        ? null
        : dateAhead(d, MONTHS[m[1] ?? ""] ?? 0, dayNumber(m[2] ?? ""), m[3] ? Number(m[3]) : undefined),
  },
  {
    re: b(`(?:sista|the last day of|end of) ${MONTH}`),
    resolve: (m, d) => {
      const month = MONTHS[m[1] ?? ""] ?? 0;
      const first = dateAhead(d, month, 1);
      const probe = first ?? d;
      const last = new Date(Date.UTC(probe.getUTCFullYear(), month, 0));
      return last.getTime() >= d.getTime() ? last : new Date(Date.UTC(probe.getUTCFullYear() + 1, month, 0));
    },
  },
  {
    re: b(`(?:den|the) (\\d{1,2}(?::e|:a|st|nd|rd|th)|${ORDINAL.slice(1, -1)})`),
    resolve: (m, d) => {
      const raw = m[1] ?? "";
      // "den andra", "the second" usually mean "the other one" / an order, not a day of the month.
      if (!/^\d/.test(raw) && dayNumber(raw) <= 4) return null;
      const day = /^\d/.test(raw) ? Number.parseInt(raw, 10) : dayNumber(raw);
      if (!(day >= 1 && day <= 31)) return null;
      const month = d.getUTCDate() <= day ? d.getUTCMonth() + 1 : d.getUTCMonth() + 2;
      return month === 13 ? dateAhead(d, 1, day) : dateAhead(d, month, day);
    },
  },
  {
    re: b("(?:innan|före|till|senast|by|before) (?:jul|julen|christmas)"),
    resolve: (_m, d) => dateAhead(d, 12, 23),
  },
  {
    re: b("(?:innan|före|till|senast|by|before) (?:nyår|årsskiftet|new year|new year's|the new year|the end of the year|årets slut)"),
    resolve: (_m, d) => dateAhead(d, 12, 31),
  },
  {
    re: b(WEEKDAY),
    // "den 11 december, det är en fredag": the weekday describes the date before it.
    resolve: (m, d) => (/(?:det är|som är|it's|it is|which is) (?:en|a) $/u.test(m.input.slice(0, m.index)) ? null : nextWeekday(d, WEEKDAYS[m[1] ?? ""] ?? 1)),
  },
  // "till dess", "by then": points back at a date said earlier in the exchange.
  { re: b("(?:till|innan|före|senast till|by|before|until) (?:dess|dåförinnan|then)|before that|dessförinnan|dittills"), resolve: () => ({ event: THEN_EVENT }) },
  // "innan den går dit", "before it goes out": the event is the one the speaker has just talked about.
  { re: b("(?:innan|före|before) (?:den|det|de|dom|it|they) (?:går|ska|skickas|tas|behandlas|goes|is|are|gets)"), resolve: () => ({ event: SPEAKER_EVENT }) },
  {
    // Deadlines tied to an event; resolved only through the meeting's own statements.
    re: b("(?:innan|före|inför|till|senast till|before|ahead of|prior to|in time for|by) (?:nästa |next |the next |the |vårt |ditt |our )?([\\p{L}-]{4,})"),
    resolve: (m) => ({ event: eventKey(m[1] ?? ""), word: (m[1] ?? "").toLowerCase() }),
  },
];

const NOT_EVENTS = new Set([
  "det", "den", "dess", "then", "that", "this", "them", "dem", "oss", "mig", "dig", "henne", "honom", "dess",
  ...Object.keys(WEEKDAYS), ...Object.keys(MONTHS), ...Object.keys(ORDINALS), "tomorrow", "today", "imorgon", "idag",
  // "till vecka 2" is a week number, which its own rule reads.
  "vecka", "veckan", "week",
].map(eventKey));

// Full event words are kept beside their stems under this prefix, for compound lookups.
const WORD = "~";
// A compound's head names the same event: "till övningen" after "storövningen är den 20 januari".
const MIN_HEAD = 6;

function compoundHead(events: EventDates, word: string | undefined): string | undefined {
  if (!word || word.length < MIN_HEAD) return undefined;
  for (const [key, date] of events) if (key.startsWith(WORD) && key.length > word.length + 1 && key.endsWith(word)) return date;
  return undefined;
}

/** A crude stem so "chefsforum", "chefsforumet" and "chefsforumet" meet. */
export function eventKey(word: string): string {
  return word.toLowerCase().slice(0, 7);
}

// Per meeting (its event dates), the expressions of each text: the rules and the classifier's
// features scan the same sentences many times over. Without events nothing is remembered, so
// one-off calls leave nothing behind.
const remembered = new WeakMap<EventDates, Map<string, readonly DueExpression[]>>();

/** All due expressions in a sentence, left to right, without overlaps. */
export function findDueExpressions(text: string, meetingDate: string, events?: EventDates): readonly DueExpression[] {
  if (!events) return scanDueExpressions(text, meetingDate, new Map());
  let cache = remembered.get(events);
  if (!cache) {
    cache = new Map();
    remembered.set(events, cache);
  }
  const key = `${meetingDate}\n${text}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = scanDueExpressions(text, meetingDate, events);
    cache.set(key, hit);
  }
  return hit;
}

function scanDueExpressions(text: string, meetingDate: string, events: EventDates): DueExpression[] {
  const meeting = parseIsoDate(meetingDate);
  if (!meeting) return [];
  const lower = text.toLowerCase();
  const found: (DueExpression & { end: number })[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(lower); m; m = rule.re.exec(lower)) {
      const result = rule.resolve(m, meeting);
      const base = { index: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) };
      if (result === null) continue;
      if (result === "vague") found.push({ kind: "vague", ...base });
      else if (result instanceof Date) found.push({ kind: "date", date: formatIsoDate(result), ...base });
      else if (result.event === THEN_EVENT || result.event === SPEAKER_EVENT) found.push({ kind: "event", event: result.event, ...base });
      else if (!NOT_EVENTS.has(result.event) && !/^\d/.test(result.event)) {
        const known = events.get(result.event) ?? compoundHead(events, result.word);
        found.push(known ? { kind: "date", date: known, ...base } : { kind: "event", event: result.event, ...base });
      }
    }
  }
  // Longest first so that "fredag nästa vecka" beats "fredag" and "nästa vecka".
  found.sort((x, y) => y.end - y.index - (x.end - x.index) || x.index - y.index);
  const kept: (DueExpression & { end: number })[] = [];
  for (const f of found) if (!kept.some((k) => f.index < k.end && k.index < f.end)) kept.push(f);
  kept.sort((x, y) => x.index - y.index);
  // "fredag den 18 december", "Thursday, January 14th": the weekday only names the date that follows.
  const named = kept.filter((k, i) => {
    const next = kept[i + 1];
    return !(WEEKDAY_ONLY.test(k.text) && next?.kind === "date" && /^,?\s*$/.test(lower.slice(k.end, next.index)) && !WEEKDAY_ONLY.test(next.text));
  });
  return named.map(({ end: _end, ...rest }) => rest);
}

/**
 * The due date a text states: the first concrete date, or null when the first expression is
 * vague, or when there is none. Event deadlines without a stated date also give null.
 */
export function resolveDueDate(text: string, meetingDate: string, events: EventDates = new Map()): string | null {
  const first = findDueExpressions(text, meetingDate, events).find((e) => e.kind !== "event") ?? null;
  return first?.kind === "date" ? first.date : null;
}

const APPOSITION = /(?<![\p{L}])((?:inför|till|vid|på|efter|innan|före|ahead of|at|for|before|until) (?:nästa |next |the next |the |our )?)([\p{L}-]{4,}(?:et|en|an|na)|(?<=(?:the|next|our) )[\p{L}-]{4,}),? (?=(?:den|on|the) )/giu;

function register(events: Map<string, string>, noun: string, date: string): void {
  events.set(eventKey(noun), date);
  events.set(WORD + noun.toLowerCase(), date);
}

/** "Nästa chefsforum är den 10 december", "the board meeting is on 3 December" → event → date. */
export function findEventDates(sentences: readonly string[], meetingDate: string): Map<string, string> {
  const events = new Map<string, string>();
  const re = /(?<![\p{L}])(?:nästa |next |the next |the )?([\p{L}-]{4,}) (?:är|blir|infaller|ligger|is|will be|falls)(?: on| på)?/giu;
  sentences.forEach((sentence, n) => {
    // "Storövningen. Den är den 20 januari.": a topic named on its own, then dated by a pronoun.
    const topic = /^(?:den|det|it) (?:är|blir|is|will be)(?: on| på)? /iu.exec(sentence);
    const previous = sentences[n - 1]?.trim().replace(/[.:!]+$/u, "") ?? "";
    if (topic && /^[\p{L}-]{4,}$/u.test(previous)) {
      const date = findDueExpressions(sentence.slice(topic[0].length), meetingDate).find((e) => e.index <= 5 && e.kind === "date");
      if (date?.kind === "date") register(events, previous, date.date);
    }
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const date = findDueExpressions(rest, meetingDate).find((e) => e.index <= 5 && e.kind === "date");
      if (date?.kind === "date" && m[1]) register(events, m[1], date.date);
    }
    // Apposition: "inför styrelsemötet den 10 december", "at the board meeting on 3 December". Only
    // a definite noun names an event; "skickar rapporten den 5:e" is a date for the sending.
    APPOSITION.lastIndex = 0;
    for (let m = APPOSITION.exec(sentence); m; m = APPOSITION.exec(sentence)) {
      const noun = m[2] ?? "";
      const rest = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const date = findDueExpressions(rest, meetingDate).find((e) => e.index <= 3 && e.kind === "date");
      if (date?.kind === "date" && noun) register(events, noun, date.date);
    }
  });
  return events;
}
