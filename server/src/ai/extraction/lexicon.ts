/**
 * Word lists and patterns for Swedish and English meeting language. All patterns run on
 * lowercased text (see normalizeForMatching). Patterns describe kinds of speech acts, never
 * particular meetings.
 */

/** Wraps a pattern so it only matches whole words (\b is ASCII-only in JS, so å/ä/ö need this). */
export const words = (source: string, flags = "u") => new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, flags);

/** Hedges and hypotheticals: proposals and musings, not settled outcomes. */
export const HEDGE = words(
  "kanske|borde|skulle kunna|skulle vi|vi kunde|eventuellt|möjligen|typ att|funderar på|maybe|perhaps|might|could|should|would|probably|possibly|i guess|what if|how about|tänk om",
);

/** Deferral and parking: the question is explicitly left open. */
export const DEFERRAL = words(
  "nästa gång|längre fram|en egen fråga|parkera|parkerar|vänta (?:på|med|tills)|vänta|avvakta|skjuter (?:upp|den|det|på|frågan)|skjuta (?:upp|på)|bordlägg\\p{L}*|postpone\\p{L}*|defer\\p{L}*|push (?:it|this|that) (?:back|to)|put (?:it|this|that) on hold|ta ställning|(?:tar|ta) (?:vi )?inte ställning|(?:löser|avgör) vi inte (?:det )?(?:idag|i dag|nu)|inte (?:lösa|avgöra) (?:det )?(?:idag|i dag|nu)|(?:vi tar|tar vi) ställning(?: till \\p{L}+)? (?:när|sen|sedan|senare|efter|nästa|då)|hinner vi inte (?:nu|idag|i dag)|inte bestämma|beroende på (?:hur|vad|om|vilk\\p{L}+)|depending on (?:how|what|whether|which)|det beror på|it depends|inte ta det nu|inte ta det i farten|lyfter det|tar det nästa|tar vi sen|återkomma|återkommer|ta upp (?:det|den|frågan) igen|tar upp (?:det|den|frågan) igen|tittar på (?:det|den) (?:när|på|vid|i)|pick (?:it|this|that) up (?:again|later)|vi får se|får vi se|vi ser|park it|park that|park this|parking|revisit|come back to|not today|not decide|later|for later|next time|table it|hold off|wait (?:for|until|and see)",
);

/** Decisions that belong to another body, or settled by law or routine rather than this meeting. */
export const NOT_OURS = words(
  "fullmäktigebeslut|styrelsebeslut|nämndbeslut|inte vårt beslut|inte vi som beslutar|inte något vi kan (?:bestämma|besluta)|not something we can decide|not our decision|not ours to decide|not (?:really )?(?:our|my) call|inte (?:riktigt )?(?:vårt|mitt) beslut|goes through|som alltid|som vanligt|enligt lag|lagkrav|huvudregeln|as always|as usual|by law|policy is",
);

/** Opinions and proposals: someone's view, not the group's outcome. */
export const OPINION = words(
  "jag tycker|tycker jag|jag tror|tror jag|jag tänkte|jag föreslår|mitt förslag|jag skulle vilja|jag vill inte|i think|i'd rather|i would rather|i suggest|i propose|my suggestion|i'd prefer|i feel|i believe|jag känner|personligen|honestly",
);

/** Withdrawals: "jag tar tillbaka det", "I withdraw that". */
// "I'll drop it" gives an idea up; "I'll drop it in the channel" delivers something, so a place blocks it.
export const WITHDRAWAL = words(
  "(?:tar|drar) (?:jag |vi )?tillbaka|glöm det|låter (?:vi )?(?:det|den) vara|låt (?:det|den) vara|let it (?:be|go)|leave it at that|strunta i det|släpper (?:det|den|idén|förslaget|tanken)|skippar (?:det|den|idén|förslaget)|lägger ner (?:det|idén|förslaget)|i withdraw|i take (?:it|that) back|scratch that|forget it|never mind|drop (?:it|that|this|(?:the|my) (?:\\p{L}+ )?(?:idea|proposal|suggestion|point|request))(?! (?:in|into|on|off|to|by|over|at)(?![\\p{L}]))",
);

/** A condition attached to an offer makes it conditional ("om det behövs", "if needed"). */
export const CONDITIONAL_OFFER = words(
  "om det behövs|om ingen annan|(?:jag kan|i can) (?:[\\p{L}']+ ){1,5}(?:om någon|if someone|if somebody)|om jag (?:hinner|kan|får|tappar|behöver)|if i (?:get|have time|can|need|find)|om (?:ni|du) (?:vill|behöver|önskar)|if (?:you|anyone) (?:need|want)s? (?:it|them|that|those|me)|as long as i|så länge jag|förutsatt att jag|provided (?:that )?i|om det skulle behövas|vid behov|i så fall|if needed|if necessary|if nobody else|if no one else|if you want|if you like|if that helps|in that case|if required",
);

/** Answers that accept. Checked against the start of a reply. */
export const AFFIRMATIVE_START =
  /^(?:(?:eh+|ehm|um+|öh|ah|oh|well|alltså)[,.…\s]+)?(?:ja|japp|jajamen|jo|visst|absolut|okej|ok|okay|sure|yes|yeah|yep|yup|of course|självklart|gärna|mm|mhm|absolutely|definitely|will do|no problem|inga problem|det kan jag|det fixar jag|det gör jag|det tar jag|i can do that|i'll do it|fine|fine by me|agreed|överens|precis|exakt|javisst|toppen|perfekt|great|good|bra|kör|låter bra|sounds good|instämmer|håller med|samma|same)(?![\p{L}])/u;

/** Answers that decline or push back. */
export const NEGATIVE_START =
  /^(?:(?:eh+|ehm|um+|öh|alltså|well)[,.…\s]+)?(?:nej|nja|nä|no|nope|tyvärr|sorry|unfortunately|i can't|i cannot|jag kan inte|jag hinner inte|det hinner jag inte|jag har inte|i'm (?:completely |totally |really )?(?:swamped|busy|off|away)|jag är på|jag är borta|i don't|hmm)(?![\p{L}])/u;

/** "Alla överens?", "Agreed?", "Everyone okay with that?": the chair asks the room to confirm. */
export const CONSENSUS_QUESTION = words(
  "alla överens|är alla överens|är vi överens|(?:är )?(?:alla|vi) eniga|är alla med på det|alla med på det|alla okej med det|några invändningar|någon som invänder|invändningar|kan vi enas om det|agreed|are we agreed|everyone agree|everyone agrees|does everyone agree|everybody agree|everyone okay with that|everyone ok with that|everybody okay with that|any objections|all in favou?r|are we all aligned|is everyone on board|everyone on board",
);

/** "Invändningar?", "Någon som har något emot det?", "Anyone against?": here "nej"/"no" consents. */
export const OBJECTION_QUESTION = words(
  "invändningar|några invändningar|någon som invänder|någon (?:som har )?(?:något )?emot(?: det)?|har någon något emot|är någon emot|någon som är emot|anyone against|anybody against|any objections?|objections|does anyone object|anyone object|anybody object",
);

/** Talk about the call itself ("I'll mute", "jag delar skärmen", "I'll hop off"): no task for the minutes. */
export const MEETING_META = words(
  "(?:share|sharing|dela|delar) (?:my |min |the |)(?:screen|skärm|skärmen)|mute|unmute|mutar|stänger av (?:mikrofonen|micken|kameran|ljudet)|(?:drop|hop|log|sign|jump) off|be right back|brb|är strax tillbaka|kliver av (?:mötet|samtalet)|hoppar av (?:mötet|samtalet)|hoppar in igen",
);

/** How to word a point in a text someone writes anyway ("jag skriver det så i skrivelsen"): not a task. */
export const WORDING_NOTE = words(
  "(?:skriver|formulerar|uttrycker|beskriver) (?:jag )?(?:det|den|dem) (?:så|på det sättet|likadant|så här)|(?:put|phrase|word|write) (?:it|that) (?:that way|like that|this way)",
);

/** Turn-taking requests ("Sara, vill du börja?") that hand over the floor, not a task. */
export const TURN_TAKING = words(
  "börja|börjar|fortsätta|fortsätt|berätta|presentera|inleda|dra(?! (?:igång|i gång|i |ihop|fram|upp|in |ut |iväg|tillbaka))|ta ordet|säga något om|ta oss igenom|uppdatera oss|start|begin|go ahead|kick off|kick us off|walk us through|tell us|introduce|present|take it away|go first|fill us in|give us (?:an? |the )?(?:update|overview|rundown|status)",
);

/** Verbs that do not commit the speaker to a task: states, opinions, perception, past events. */
export const NON_TASK_VERBS_SV = new Set([
  "är", "var", "har", "hade", "vet", "visste", "tror", "trodde", "tycker", "tyckte", "tänkte", "menar", "menade", "ser",
  "såg", "hör", "hörde", "känner", "kände", "undrar", "gillar", "hoppas", "förstår", "förstod", "misstänker",
  "misstänkte", "köper", "sitter", "satt", "ligger", "låg", "står", "stod", "jobbar", "använder", "behöver", "vill",
  "ville", "måste", "hinner", "hann", "orkar", "håller", "höll", "landar", "föreslår", "litar", "minns", "saknar", "blir",
  "blev", "heter", "bor", "antar", "anser", "fick", "gick", "kom", "tog", "gjorde", "skrev", "sa", "sade", "säger",
  "frågar", "mår", "bryr", "tvivlar", "instämmer", "stödjer", "lutar", "brukar", "älskar", "hatar",
  "önskar", "när", "där", "hur", "för", "efter", "eller", "under", "över", "mer", "kommer", "får", "borde", "skulle",
  "kunde", "verkar", "märker", "läser", "kör", "undrar", "svär", "ber", "tackar", "ångrar", "vågar",
  // ", gissar jag": a comment on what was said, not a task.
  "gissar", "förmodar", "befarar", "utgår", "inbillar",
  // "…och jag beklagar": an apology, not a task.
  "beklagar",
  // "Idag fortsätter jag med…", "jag väntar på…": a stand-up status, not a new task.
  // "Jag fattar beslut om…" rules; it is a decision, not a task.
  "fortsätter", "väntar", "fattar",
]);

/** Infinitives after a modal that do not describe a task ("jag kan leva med det", "jag kan vara med"). */
export const NON_TASK_INFINITIVES_SV = new Set([
  "vara", "leva", "tänka", "tycka", "tro", "se", "höra", "vänta", "stå", "sitta", "säga", "förstå", "hålla", "gå",
  "komma", "hjälpa", "acceptera", "köpa", "lova", "inte", "bara", "nog", "väl", "också", "ju",
  // "jag kan behöva gå", "jag kan bli sen": the speaker's own circumstances, not a task.
  "behöva", "vilja", "kunna", "bli", "missa", "råka", "glömma", "springa", "sticka", "försvinna",
  // "4,8 kan jag försvara", "det kan jag godta": a stance on a proposal, not a task.
  "försvara", "godta",
]);

export const NON_TASK_VERBS_EN = new Set([
  "be", "see", "think", "guess", "say", "survive", "live", "bet", "agree", "admit", "hear", "wait", "stay", "join",
  "leave", "try", "imagine", "keep", "accept", "know", "feel", "believe", "hope", "want", "like", "love", "need",
  "just", "only", "not", "never", "probably", "also", "adapt", "manage", "go", "come", "sit", "stand", "miss", "help",
  "talk", "remember", "suppose", "consider", "wonder", "assume", "shout", "yell", "scream", "disappear", "owe",
]);

/** Verbs with no content of their own: the task is whatever "det"/"it" refers to. */
export const GENERIC_TASK_VERBS = new Set([
  "gör", "göra", "tar", "ta", "fixar", "fixa", "ordnar", "ordna", "löser", "lösa", "sköter", "sköta", "kollar", "kolla",
  "do", "take", "handle", "sort", "own", "cover", "fix",
]);

export const PRONOUN_OBJECTS = new Set([
  "det", "den", "dem", "de", "dom", "detta", "it", "that", "this", "them", "those", "så", "då", "nu", "också", "gärna",
  "själv", "sen", "sedan", "then", "too", "as", "on",
]);

/** Subjunctions after which "jag" starts a subordinate clause, not a commitment. */
export const SUBORDINATORS = new Set([
  "att", "som", "när", "om", "innan", "där", "eftersom", "medan", "tills", "fast", "ifall", "hur", "vad", "var",
  "vilket", "that", "if", "when", "because", "unless", "until", "before", "after", "while", "whether",
]);

/** Discourse markers that may precede a statement without changing its meaning. */
export const LEADING_FILLER =
  /^(?:(?:okej|okay|ok|ja|jo|nej|bra|good|great|right|so|så|och|and|men|but|eh+|ehm|um+|öh|alltså|asså|well|then|då|toppen|perfekt|mm|fine|precis|exakt|absolut|ha|of course|sure|yes|yeah)[\s,.:!…]+)+/iu;
