/**
 * The labelling rules of the extraction corpus, copied verbatim from the "## Labelling rules" section
 * of server/src/ai/fixtures/corpus/README.md (itself a copy of ../shared/fixtures/transcripts/README.md).
 * A remote model is asked to label meetings by the same rules the gold labels were written by, so
 * its figures in `npm run eval:extraction -- --provider openai` mean the same as the local ones.
 * labelling-rules.test.ts fails when this copy and the README drift apart: change both together.
 */
export const LABELLING_RULES = `### Decisions
A decision is something the group settles: explicitly agreed, decided or approved (“då bestämmer vi
det”, “det är beslutat”, “alla överens?” – “ja”). It also counts when the person with the mandate (the
chair, the ansvarig utgivare or the förvaltningschef) rules on a question and nobody objects.

* A conditional approval (“ja till en extra samordnare, under förutsättning att kalkylen håller”) is a
  decision.
* An explicit ruling on an open question counts as a decision even when it is negative. Examples are the
  publishing decisions “vi namnger inte den misstänkte” and “vi publicerar inte de bilderna”.
* These are **not** decisions:
  * proposals and opinions
  * hypotheticals (“vi kanske borde…”, “we could…”)
  * a proposal that is rejected or withdrawn (“okej, jag tar tillbaka det”). Only the alternative that is
    finally agreed is labelled.
  * deferrals and parking (“vi tar det nästa gång”, “let's park it”, “vi kan inte bestämma det idag”)
  * statements of existing routine or law
  * decisions that belong to another body (“det är ett fullmäktigebeslut”)
* A decision and an action item may come from the same exchange. For example, “tilldelningsbeslutet
  skickas på måndag” is a decision, and Ahmed preparing it is an action item.

### Action items
An action item is a concrete task that someone commits to (“jag tar det”, “jag fixar det till fredag”,
“I'll send you the draft on Monday”) or is assigned and accepts (“kan du fixa det, Erik?” → “Ja.”).

* **Reassignment.** If a task is suggested to one person and then taken by someone else, the owner is the
  person who finally accepts it. For example, Mohammed is on a course, so Johanna takes the task: the
  owner is Johanna Nyström.
* **\`owner\`** is the participant's full name, whatever form the transcript uses: “jag” resolves to the
  speaker, and a first name in the text or in a speaker label resolves to the full name. It is \`null\`
  only for an **unowned agreed task**: the group explicitly agrees that a concrete task must be done
  (“det måste göras”, “that has to be updated”), but nobody takes it.
* These are **not** action items:
  * a loose “någon borde…” with no agreement
  * conditional offers (“jag kan hjälpa till om det behövs”, “jag kan fota om ingen annan kan”)
  * declined requests
  * reminders addressed to people who aren't in the meeting
  * things that are already done
  * sub-steps that are already covered by a labelled task (for example “jag skriver in det i utkastet”)

### Due dates
Relative expressions resolve against \`meetingDate\` (Europe/Stockholm). The due date is the deadline day
itself, and any time of day is dropped (“senast imorgon klockan tolv” gives the next day).

| Expression | Resolution |
|---|---|
| idag, ikväll, direkt efter mötet, före lunch, i eftermiddag, today, end of day | meetingDate |
| imorgon (förmiddag), tomorrow | meetingDate + 1 |
| weekday name (“senast fredag”, “till måndag”, “på torsdag”, “by Friday”, “on Monday”) | the next such day after meetingDate |
| “nästa vecka” / “next week” without a day; “by end of next week” | Friday of the next ISO week |
| “fredag nästa vecka”, “on Wednesday next week” | that day in the next ISO week |
| “v. 50”, “vecka 43”, “week 51” | Friday of that ISO week in the next year in which the week is still ahead (“vecka 2” said in December 2026 = 2027-01-15) |
| explicit date (“till den 4 december”, “by the tenth of December”, “senast 31 januari”, “sista januari”) | that date, in the next year in which it is still ahead |
| “innan jul”, “before Christmas” | 2026-12-23 |
| a deadline tied to an event (“till nästa skyddskommitté”, “before cut-over”) | the event's date, if the date is stated in the same meeting; otherwise \`null\` |
| “efter nyår”, “i januari”, “i vår”, “at some point before launch”, “innan slutintervjun” (no date given), no time expression | \`null\` |`;
